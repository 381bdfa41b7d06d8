import { LABELS, type Label } from '../../src/domain/labels.js';
import { codesOf, dataOf, startHarness, type As, type Harness } from '../support/harness.js';
import { TITLE, VALID_INPUT } from '../support/fixtures.js';

let h: Harness;

const MEMBER: As = { sub: 'member-1', role: 'member', professionalId: 'sec-member' };
const EDITOR: As = {
  sub: 'editor-1',
  role: 'editor',
  professionalId: 'sec-editor',
  alliances: ['sec-alliance'],
};
const ROLES: [string, As][] = [
  ['anonymous', 'anonymous'],
  ['member', MEMBER],
  ['editor', EDITOR],
  ['admin', 'admin'],
];

/** The outcome the rules promise; 'ok' means no error. */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

function expected(role: string, allowedFor: string[]): Outcome {
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  return allowedFor.includes(role) ? 'ok' : 'FORBIDDEN';
}

async function outcome(query: string, variables: Record<string, unknown>, as: As): Promise<string> {
  const response = await h.gql(query, variables, as);
  return response.errors?.length ? codesOf(response).join(',') : 'ok';
}

let counter = 0;
async function adminCreates(label: Label): Promise<string> {
  const id = `sec-${label.toLowerCase()}-${++counter}`;
  dataOf(
    await h.gql(`mutation($i: Create${label}Input!) { create${label}(input: $i) { id } }`, {
      i: { id, ...VALID_INPUT[label] },
    }),
  );
  return id;
}

beforeAll(async () => {
  h = await startHarness();
  const setup = `mutation {
    a: createAlliance(input: { id: "sec-alliance", name: "Alliantie Wonen", level: LOCAL }) { id }
    b: createAlliance(input: { id: "sec-other-alliance", name: "Alliantie Zorg", level: LOCAL }) { id }
    m: createProfessional(input: { id: "sec-member", name: "Mila Lid", email: "mila@example.nl" }) { id }
    e: createProfessional(input: { id: "sec-editor", name: "Eli Redacteur" }) { id }
    x: createProfessional(input: { id: "sec-stranger", name: "Sam Vreemd" }) { id }
    t: createTheme(input: { id: "sec-theme", name: "wonen" }) { id }
    i: createInsight(input: { id: "sec-scoped-insight", text: "Werk met vaste teams.", kind: LESSON }) { id }
    r: connect(input: { type: RECORDED, fromId: "sec-alliance", toId: "sec-scoped-insight" }) { type }
  }`;
  dataOf(await h.gql(setup));
});
afterAll(() => h.close());

describe.each(ROLES)('as %s', (role, as) => {
  it.each(LABELS.map((l) => [l]))('create%s follows the rules', async (label) => {
    // Members add knowledge: insights, bottlenecks, commitments and condition checks.
    const memberMay = ['Insight', 'Bottleneck', 'Commitment', 'ConditionCheck'].includes(label);
    const allowed = memberMay ? ['member', 'editor', 'admin'] : ['editor', 'admin'];
    const got = await outcome(
      `mutation($i: Create${label}Input!) { create${label}(input: $i) { id } }`,
      { i: { ...VALID_INPUT[label] } },
      as,
    );
    expect(got).toBe(expected(role, allowed));
  });

  it.each(LABELS.map((l) => [l]))(
    'update%s and delete%s of a node they have nothing to do with: admins only',
    async (label) => {
      const id = await adminCreates(label);
      const title = TITLE[label]!;
      const update = await outcome(
        `mutation($i: Update${label}Input!) { update${label}(input: $i) { id } }`,
        { i: { id, [title]: 'Anders' } },
        as,
      );
      const remove = await outcome(
        `mutation($id: ID!) { delete${label}(input: { id: $id }) { id } }`,
        { id },
        as,
      );
      expect([update, remove]).toEqual([expected(role, ['admin']), expected(role, ['admin'])]);
    },
  );

  it('connect and disconnect between strangers: admins only', async () => {
    const input = { type: 'HAS_EXPERTISE', fromId: 'sec-stranger', toId: 'sec-theme' };
    expect(
      await outcome('mutation($i: ConnectInput!) { connect(input: $i) { type } }', { i: input }, as),
    ).toBe(expected(role, ['admin']));
    expect(
      await outcome('mutation($i: DisconnectInput!) { disconnect(input: $i) { removed } }', { i: input }, as),
    ).toBe(expected(role, ['admin']));
  });

  it('linking oneself: the person themself and admins', async () => {
    const self = role === 'editor' ? 'sec-editor' : 'sec-member';
    const input = { type: 'HAS_EXPERTISE', fromId: self, toId: 'sec-theme' };
    const allowed = role === 'member' || role === 'editor' ? [role, 'admin'] : ['admin'];
    expect(
      await outcome('mutation($i: ConnectInput!) { connect(input: $i) { type } }', { i: input }, as),
    ).toBe(expected(role, allowed));
  });

  it("editing a node of the editor's alliance: its editors and admins", async () => {
    const got = await outcome(
      'mutation { updateInsight(input: { id: "sec-scoped-insight", text: "Werk met vaste, kleine teams." }) { id } }',
      {},
      as,
    );
    expect(got).toBe(expected(role, ['editor', 'admin']));
  });

  it("editing one's own profile: the person and admins; someone else's: admins only", async () => {
    const own = role === 'editor' ? 'sec-editor' : 'sec-member';
    const ownResult = await outcome(
      `mutation { updateProfessional(input: { id: "${own}", headline: "Nieuw" }) { id } }`,
      {},
      as,
    );
    const other = await outcome(
      'mutation { updateProfessional(input: { id: "sec-stranger", headline: "X" }) { id } }',
      {},
      as,
    );
    expect(ownResult).toBe(expected(role, role === 'anonymous' ? [] : [role, 'admin']));
    expect(other).toBe(expected(role, ['admin']));
  });

  it('the audit trail: admins only', async () => {
    expect(await outcome('{ auditLog(first: 1) { edges { node { action } } } }', {}, as)).toBe(
      expected(role, ['admin']),
    );
  });

  it('erasing someone else: admins only', async () => {
    const id = await adminCreates('Professional');
    expect(
      await outcome('mutation($id: ID!) { erasePerson(input: { id: $id }) { keptInsights } }', { id }, as),
    ).toBe(expected(role, ['admin']));
  });

  it('private fields: the person and admins only', async () => {
    const data = dataOf(await h.gql('{ professional(id: "sec-member") { email } }', {}, as));
    expect(data.professional.email).toBe(role === 'member' || role === 'admin' ? 'mila@example.nl' : null);
  });
});

describe('what members add', () => {
  it('links an insight to its author and lets the author change it', async () => {
    const created = dataOf(
      await h.gql(
        'mutation { createInsight(input: { text: "Vier kleine successen.", kind: LESSON }) { id author { id } } }',
        {},
        MEMBER,
      ),
    ).createInsight;
    expect(created.author).toEqual({ id: 'sec-member' });
    const id = created.id;
    expect(
      await outcome(
        `mutation { updateInsight(input: { id: "${id}", kind: OBSERVATION }) { id } }`,
        {},
        MEMBER,
      ),
    ).toBe('ok');
    expect(
      await outcome(`mutation { updateInsight(input: { id: "${id}", kind: LESSON }) { id } }`, {}, EDITOR),
    ).toBe('FORBIDDEN');
  });
});
