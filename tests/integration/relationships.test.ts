import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';
import { VALID_INPUT } from '../support/fixtures.js';

let h: Harness;

const NODES: [string, string][] = [
  ['pro-a', 'Professional'],
  ['pro-b', 'Professional'],
  ['org', 'Organization'],
  ['all', 'Alliance'],
  ['thm', 'Theme'],
  ['prc', 'Practice'],
  ['ini', 'Initiative'],
  ['ins', 'Insight'],
  ['btl', 'Bottleneck'],
  ['evt', 'Event'],
  ['reg', 'Region'],
  ['reg-top', 'Region'],
  ['que', 'Question'],
  ['ini-b', 'Initiative'],
  ['all-top', 'Alliance'],
];

const N = '... on Node { id }';
// type, from, to, properties, field on the from side (selection), field on the to side (selection)
const CASES: [string, string, string, Record<string, unknown>, string, string, string, string][] = [
  ['WORKS_AT', 'pro-a', 'org', {}, 'organizations', 'id', 'employees', 'id'],
  [
    'MEMBER_OF',
    'pro-a',
    'all',
    { role: 'FACILITATOR' },
    'memberships',
    'role alliance { id }',
    'members',
    'role professional { id }',
  ],
  ['PARTNER_IN', 'org', 'all', {}, 'alliances', 'id', 'partners', 'id'],
  ['FOCUSES_ON', 'all', 'thm', {}, 'themes', 'id', 'alliances', 'id'],
  [
    'HAS_EXPERTISE',
    'pro-a',
    'thm',
    { level: 'EXPERT' },
    'expertise',
    'level theme { id }',
    'experts',
    'level professional { id }',
  ],
  [
    'KNOWS',
    'pro-a',
    'pro-b',
    { since: '2021-05-01' },
    'knows',
    'since professional { id }',
    'knows',
    'since professional { id }',
  ],
  [
    'CONTRIBUTES_TO',
    'pro-a',
    'prc',
    { role: 'LEAD' },
    'contributions',
    `role work { ${N} }`,
    'contributors',
    'role professional { id }',
  ],
  [
    'CONTRIBUTES_TO',
    'pro-b',
    'ini',
    {},
    'contributions',
    `work { ${N} }`,
    'contributors',
    'professional { id }',
  ],
  ['APPLIES', 'ini', 'prc', {}, 'practices', 'id', 'appliedBy', 'id'],
  ['IN_THEME', 'prc', 'thm', {}, 'themes', 'id', 'practices', 'id'],
  ['IN_THEME', 'ini', 'thm', {}, 'themes', 'id', 'initiatives', 'id'],
  ['IN_THEME', 'btl', 'thm', {}, 'themes', 'id', 'bottlenecks', 'id'],
  ['AUTHORED', 'pro-a', 'ins', {}, 'insights', 'id', 'author', 'id'],
  ['ABOUT', 'ins', 'btl', {}, 'about', N, 'insights', 'id'],
  ['ABOUT', 'ins', 'prc', {}, 'about', N, 'insights', 'id'],
  ['RECORDED', 'all', 'ins', {}, 'insights', 'id', 'recordedBy', N],
  ['RECORDED', 'ini', 'ins', {}, 'recorded', 'id', 'recordedBy', N],
  [
    'RECORDED',
    'all',
    'btl',
    { status: 'ADDRESSED', since: '2026-01-01', note: 'opgelost' },
    'bottleneckFacings',
    'status since note bottleneck { id }',
    'recordedBy',
    'id',
  ],
  [
    'MEMBER_OF',
    'pro-b',
    'ini',
    { role: 'COORDINATOR', since: '2026-02-01', until: '2026-09-01' },
    'groupMemberships',
    `role since until unit { ${N} } alliance { id }`,
    'members',
    'role since professional { id }',
  ],
  ['ASKED_BY', 'que', 'ini', {}, 'askedBy', N, 'questions', 'id'],
  ['ANSWERED_BY', 'que', 'ins', {}, 'answeredBy', N, 'answers', 'id'],
  ['ANSWERED_BY', 'que', 'prc', {}, 'answeredBy', N, 'answers', 'id'],
  ['HARVESTED_AT', 'que', 'evt', {}, 'harvestedAt', 'id', 'harvestedQuestions', 'id'],
  ['HARVESTED_AT', 'ins', 'evt', {}, 'harvestedAt', 'id', 'harvestedInsights', 'id'],
  ['HARVESTED_AT', 'prc', 'evt', {}, 'harvestedAt', 'id', 'harvestedPractices', 'id'],
  ['PART_OF', 'ini', 'all', {}, 'alliances', 'id', 'initiatives', 'id'],
  ['PART_OF', 'all', 'all-top', {}, 'partOf', 'id', 'parts', 'id'],
  ['BUILDS_ON', 'ini-b', 'ini', {}, 'buildsOn', 'id', 'builtOnBy', 'id'],
  ['PRODUCED', 'ini', 'prc', {}, 'produced', 'id', 'producedBy', 'id'],
  ['ADOPTED', 'org', 'prc', {}, 'adopted', 'id', 'adoptedBy', N],
  ['ADOPTED', 'all', 'prc', {}, 'adopted', 'id', 'adoptedBy', N],
  ['TAKEN_UP', 'ins', 'all-top', {}, 'takenUpBy', 'id', 'takenUpInsights', 'id'],
  ['TAKEN_UP', 'prc', 'all-top', {}, 'takenUpBy', 'id', 'takenUpPractices', 'id'],
  ['PRESENTED_AT', 'prc', 'evt', {}, 'presentedAt', 'id', 'presentedPractices', 'id'],
  ['RAISED_BY', 'btl', 'pro-a', {}, 'raisedBy', N, 'bottlenecksRaised', 'id'],
  ['RAISED_BY', 'btl', 'ini', {}, 'raisedBy', N, 'bottlenecksRaised', 'id'],
  ['ADDRESSES', 'prc', 'btl', {}, 'addresses', 'id', 'addressedBy', 'id'],
  ['ATTENDED', 'pro-b', 'evt', {}, 'eventsAttended', 'id', 'attendees', N],
  ['PRESENTED_AT', 'ini', 'evt', {}, 'eventsPresented', 'id', 'presenters', N],
  ['HOSTED_BY', 'evt', 'all', {}, 'hosts', N, 'events', 'id'],
  ['HOSTED_BY', 'evt', 'org', {}, 'hosts', N, 'eventsHosted', 'id'],
  ['LOCATED_IN', 'pro-a', 'reg', {}, 'region', 'id', 'located', N],
  ['LOCATED_IN', 'reg', 'reg-top', {}, 'parent', 'id', 'subregions', 'id'],
];

const labelOf = Object.fromEntries(NODES);

async function readField(id: string, field: string, selection: string): Promise<unknown> {
  const label = labelOf[id];
  const data = dataOf(await h.gql(`{ node(id: "${id}") { ... on ${label} { ${field} { ${selection} } } } }`));
  return data.node[field];
}

/** The ids found in a field's value, whatever its shape. */
function idsIn(value: unknown): string[] {
  const json = JSON.stringify(value ?? null);
  return [...json.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  h = await startHarness();
  for (const [id, label] of NODES) {
    dataOf(
      await h.gql(`mutation($input: Create${label}Input!) { create${label}(input: $input) { id } }`, {
        input: { id, ...VALID_INPUT[label] },
      }),
    );
  }
});
afterAll(() => h.close());

describe.each(CASES)('%s from %s to %s', (type, from, to, properties, fromField, fromSel, toField, toSel) => {
  it('links, reads from both ends, and unlinks', async () => {
    const edge = dataOf(
      await h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type from to properties } }`, {
        input: { type, fromId: from, toId: to, properties },
      }),
    ).connect;
    expect(edge).toMatchObject({ type, from, to });
    expect(edge.properties).toMatchObject(properties);

    const fromValue = await readField(from, fromField, fromSel);
    const toValue = await readField(to, toField, toSel);
    expect(idsIn(fromValue)).toContain(to);
    expect(idsIn(toValue)).toContain(from);
    for (const [key, value] of Object.entries(properties)) {
      expect(JSON.stringify(fromValue)).toContain(`"${key}":"${value}"`);
    }

    const removed = dataOf(
      await h.gql(`mutation($input: DisconnectInput!) { disconnect(input: $input) { removed } }`, {
        input: { type, fromId: from, toId: to },
      }),
    ).disconnect.removed;
    expect(removed).toBe(1);
    expect(idsIn(await readField(from, fromField, fromSel))).not.toContain(to);
  });
});

describe("relationship properties of the seeds' structure", () => {
  it.each([
    ['ANSWERED_BY', 'que', 'ins', { note: 'zie inzicht', on: '2026-06-01' }],
    ['ADOPTED', 'org', 'prc', { on: '2026-04-01' }],
    ['TAKEN_UP', 'ins', 'all-top', { on: '2026-07-01', note: 'landelijk' }],
  ])('%s keeps its properties and shows them on the edge', async (type, fromId, toId, properties) => {
    const edge = dataOf(
      await h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { properties } }`, {
        input: { type, fromId, toId, properties },
      }),
    ).connect;
    expect(edge.properties).toMatchObject(properties);
    const around = dataOf(
      await h.gql(`{ neighborhood(id: "${fromId}") { edges { type from to properties } } }`),
    ).neighborhood.edges.find((e: { type: string; to: string }) => e.type === type && e.to === toId);
    expect(around.properties).toMatchObject(properties);
  });
});

describe('relationship writes', () => {
  const connect = (input: Record<string, unknown>) =>
    h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type from to properties } }`, {
      input,
    });

  it('is idempotent: connecting twice keeps one relationship and updates its properties', async () => {
    await connect({ type: 'MEMBER_OF', fromId: 'pro-b', toId: 'all', properties: { role: 'MEMBER' } });
    await connect({ type: 'MEMBER_OF', fromId: 'pro-b', toId: 'all', properties: { role: 'COORDINATOR' } });
    const members = await readField('all', 'members', 'role professional { id }');
    expect(members).toEqual([{ role: 'COORDINATOR', professional: { id: 'pro-b' } }]);
  });

  it('treats KNOWS as undirected: the reverse connect finds the existing tie', async () => {
    await connect({ type: 'KNOWS', fromId: 'pro-a', toId: 'pro-b' });
    await connect({ type: 'KNOWS', fromId: 'pro-b', toId: 'pro-a', properties: { since: '2020-01-01' } });
    expect(await readField('pro-a', 'knows', 'since professional { id }')).toEqual([
      { since: '2020-01-01', professional: { id: 'pro-b' } },
    ]);
    const removed = dataOf(
      await h.gql(
        `mutation { disconnect(input: { type: KNOWS, fromId: "pro-b", toId: "pro-a" }) { removed } }`,
      ),
    );
    expect(removed.disconnect.removed).toBe(1);
  });

  it('rejects a label pair the model does not allow, a missing role, a bad role and a missing node', async () => {
    const wrongPair = await connect({ type: 'WORKS_AT', fromId: 'pro-a', toId: 'thm' });
    const noRole = await connect({ type: 'MEMBER_OF', fromId: 'pro-a', toId: 'all' });
    const badRole = await connect({
      type: 'MEMBER_OF',
      fromId: 'pro-a',
      toId: 'all',
      properties: { role: 'KING' },
    });
    const missing = await connect({ type: 'WORKS_AT', fromId: 'pro-a', toId: 'no-such-org' });
    expect(codesOf(wrongPair)).toEqual(['BAD_USER_INPUT']);
    expect(wrongPair.errors![0]!.extensions!.field).toBe('toId');
    expect(codesOf(noRole)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(badRole)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
    expect(await readField('pro-a', 'memberships', 'role')).toEqual([]);
    expect(idsIn(await readField('thm', 'experts', 'professional { id }'))).toEqual([]);
  });

  it('removes the relationships of a deleted node', async () => {
    await connect({ type: 'WORKS_AT', fromId: 'pro-b', toId: 'org' });
    dataOf(await h.gql(`mutation { deleteProfessional(input: { id: "pro-b" }) { id } }`));
    expect(await readField('org', 'employees', 'id')).toEqual([]);
  });
});
