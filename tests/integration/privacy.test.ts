import { issueApiKey } from '../../src/auth/api-keys.js';
import { codesOf, dataOf, startHarness, type As, type Harness } from '../support/harness.js';

let h: Harness;
const MEMBER: As = { sub: 'member-x', role: 'member', professionalId: 'pv-x' };

beforeAll(async () => {
  h = await startHarness();
  const report = await h.services.importer.import(
    {
      nodes: [
        { id: 'pv-public', label: 'Professional', properties: { name: 'Pim Openbaar' } },
        { id: 'pv-members', label: 'Professional', properties: { name: 'Mo Leden', visibility: 'MEMBERS' } },
        { id: 'pv-private', label: 'Professional', properties: { name: 'Pia Prive', visibility: 'PRIVATE' } },
        { id: 'pv-x', label: 'Professional', properties: { name: 'Xander', email: 'x@example.nl' } },
        { id: 'pv-all', label: 'Alliance', properties: { name: 'Alliantie Zicht', level: 'LOCAL' } },
        { id: 'pv-insight', label: 'Insight', properties: { text: 'Luister eerst.', kind: 'LESSON' } },
      ],
      relationships: [
        { type: 'MEMBER_OF', from: 'pv-public', to: 'pv-all', properties: { role: 'MEMBER' } },
        { type: 'MEMBER_OF', from: 'pv-members', to: 'pv-all', properties: { role: 'MEMBER' } },
        { type: 'MEMBER_OF', from: 'pv-private', to: 'pv-all', properties: { role: 'MEMBER' } },
        { type: 'MEMBER_OF', from: 'pv-x', to: 'pv-all', properties: { role: 'INITIATOR' } },
        { type: 'AUTHORED', from: 'pv-x', to: 'pv-insight' },
        { type: 'KNOWS', from: 'pv-x', to: 'pv-public' },
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const PRIVATE_SELF: As = { sub: 'pia', role: 'member', professionalId: 'pv-private' };

describe('visibility', () => {
  const names = async (as: As) => {
    const data = dataOf(
      await h.gql(
        `{ professionals(where: { id: { in: ["pv-public", "pv-members", "pv-private"] } }) { totalCount edges { node { id } } }
           alliance(id: "pv-all") { members { professional { id } } } }`,
        {},
        as,
      ),
    );
    const listed = data.professionals.edges.map((e: { node: { id: string } }) => e.node.id);
    const idsOf = (list: { professional: { id: string } }[]) =>
      list.map((m) => m.professional.id).filter((id: string) => id !== 'pv-x');
    const members = idsOf(data.alliance.members);
    // The same relation read with a list page (folded into its statement) hides the same people.
    const page = dataOf(
      await h.gql(
        '{ alliances(where: { id: { in: ["pv-all"] } }) { edges { node { members { professional { id } } } } } }',
        {},
        as,
      ),
    );
    expect(idsOf(page.alliances.edges[0].node.members).sort()).toEqual(members.sort());
    // And so do folded relations further down, where the people's label is filled in by the
    // resolvers (the third level: members, their memberships, the alliance's members).
    const deep = dataOf(
      await h.gql(
        `{ alliances(where: { id: { in: ["pv-all"] } }) { edges { node { members { professional {
           id memberships { alliance { members { professional { id } } } } } } } } } }`,
        {},
        as,
      ),
    );
    for (const member of deep.alliances.edges[0].node.members) {
      const below = member.professional.memberships[0].alliance.members;
      expect(idsOf(below).sort()).toEqual(members.sort());
    }
    return { listed, total: data.professionals.totalCount, members: members.sort() };
  };

  it('shows anonymous readers public people only, in lists, counts and relationships', async () => {
    expect(await names('anonymous')).toEqual({ listed: ['pv-public'], total: 1, members: ['pv-public'] });
    expect(dataOf(await h.gql('{ node(id: "pv-members") { id } }', {}, 'anonymous')).node).toBeNull();
  });

  it('shows members the MEMBERS people too, but not PRIVATE ones', async () => {
    expect(await names(MEMBER)).toEqual({
      listed: ['pv-members', 'pv-public'],
      total: 2,
      members: ['pv-members', 'pv-public'],
    });
  });

  it('shows a PRIVATE person to themself and to admins', async () => {
    expect((await names(PRIVATE_SELF)).listed).toContain('pv-private');
    expect((await names('admin')).listed).toEqual(['pv-members', 'pv-private', 'pv-public']);
  });
});

describe('suggestions for a hidden person', () => {
  const suggest = (id: string, as: As) =>
    h.gql(
      `{ suggestedConnections(professionalId: "${id}", first: 5) { professional { id } reasons { kind } } }`,
      {},
      as,
    );

  it('gives the person their own suggestions through their ties', async () => {
    const data = dataOf(await suggest('pv-private', PRIVATE_SELF));
    const ids = data.suggestedConnections.map((s: { professional: { id: string } }) => s.professional.id);
    // Pia shares the alliance with Pim and Xander: evidence, not the filler of the well-connected
    expect(ids).toEqual(expect.arrayContaining(['pv-public', 'pv-x']));
    const kinds = data.suggestedConnections.flatMap((s: { reasons: { kind: string }[] }) =>
      s.reasons.map((r) => r.kind),
    );
    expect(kinds.some((k: string) => k !== 'CONNECTOR' && k !== 'NEARBY')).toBe(true);
  });

  it('finds a way in from the person themself, and none for others', async () => {
    const way = (as: As) =>
      h.gql('{ introductionPath(fromId: "pv-private", toId: "pv-public") { kind nodes { id } } }', {}, as);
    // no chain of ties: the alliance both belong to is the warm way in, for Pia herself
    expect(dataOf(await way(PRIVATE_SELF)).introductionPath).toEqual({
      kind: 'SHARED_ALLIANCE',
      nodes: [{ id: 'pv-private' }, { id: 'pv-all' }, { id: 'pv-public' }],
    });
    expect(dataOf(await way('anonymous')).introductionPath).toBeNull();
    expect(dataOf(await way(MEMBER)).introductionPath).toBeNull();
  });

  it('shows the person their own neighbourhood, and hides it from others', async () => {
    const ids = async (as: As) => {
      const data = dataOf(await h.gql('{ neighborhood(id: "pv-private") { nodes { id } } }', {}, as));
      return data.neighborhood.nodes.map((n: { id: string }) => n.id).sort();
    };
    expect(await ids(PRIVATE_SELF)).toEqual(['pv-all', 'pv-private']);
    // to others the person does not exist
    expect(
      codesOf(await h.gql('{ neighborhood(id: "pv-private") { nodes { id } } }', {}, 'anonymous')),
    ).toEqual(['NOT_FOUND']);
  });

  it('says to anyone else only that there is no such person, as for an unknown id', async () => {
    for (const as of ['anonymous', MEMBER] as As[]) {
      const hidden = await suggest('pv-private', as);
      const unknown = await suggest('pv-nobody', as);
      expect(codesOf(hidden)).toEqual(['NOT_FOUND']);
      expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
      expect(hidden.errors![0]!.message.replace('pv-private', 'ID')).toBe(
        unknown.errors![0]!.message.replace('pv-nobody', 'ID'),
      );
    }
    // a member may see a MEMBERS person, so may ask for their suggestions
    expect(codesOf(await suggest('pv-members', MEMBER))).toEqual([]);
    expect(codesOf(await suggest('pv-members', 'anonymous'))).toEqual(['NOT_FOUND']);
  });
});

describe('credentials', () => {
  it('answers UNAUTHENTICATED with 401 for a bad or foreign token, and never downgrades to anonymous', async () => {
    for (const authorization of ['Bearer not-a-jwt', 'Basic abc', `Bearer ${await forgedToken()}`]) {
      const response = await h.app.fetch('http://brein.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('accepts an API key, stored only as a hash', async () => {
    const key = await issueApiKey(h.services.db, h.services.cypher, {
      name: 'bot',
      role: 'editor',
      alliances: ['pv-all'],
    });
    const response = await h.app.fetch('http://brein.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ me { role alliances } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: { role: 'editor', alliances: ['pv-all'] } } });
    const stored = await h.services.db.read(
      {
        name: 'test/api-key-text',
        text: 'MATCH (k:ApiKey) WHERE any(p IN keys(k) WHERE k[p] = $key) RETURN count(k) AS n',
      },
      { key },
    );
    expect(stored).toEqual([{ n: 0 }]);
  });
});

async function forgedToken(): Promise<string> {
  const { SignJWT } = await import('jose');
  return new SignJWT({ role: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer('maatschappelijk-brein')
    .setAudience('maatschappelijk-brein')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('a-different-secret-of-at-least-32-characters'));
}

describe('audit trail', () => {
  it('records who did what and when, in the write itself', async () => {
    dataOf(await h.gql('mutation { createTheme(input: { id: "pv-theme", name: "zichtbaarheid" }) { id } }'));
    const log = dataOf(
      await h.gql('{ auditLog(targetId: "pv-theme") { edges { node { actor role action label at } } } }'),
    );
    expect(log.auditLog.edges).toHaveLength(1);
    expect(log.auditLog.edges[0].node).toMatchObject({
      actor: 'test-admin',
      role: 'admin',
      action: 'createTheme',
      label: 'Theme',
    });
  });

  it('records nothing for a write that failed', async () => {
    const bad = await h.gql('mutation { createTheme(input: { id: "pv-theme", name: "anders" }) { id } }');
    expect(codesOf(bad)).toEqual(['CONFLICT']);
    const log = dataOf(await h.gql('{ auditLog(targetId: "pv-theme") { edges { node { action } } } }'));
    expect(log.auditLog.edges).toHaveLength(1);
  });
});

describe('erasure', () => {
  it('removes the person, keeps their insight without author, and leaves no trace of their id', async () => {
    dataOf(
      await h.gql(
        'mutation { updateProfessional(input: { id: "pv-x", headline: "Voor het log" }) { id } }',
        {},
        MEMBER,
      ),
    );
    const erased = dataOf(
      await h.gql('mutation { erasePerson(input: { id: "pv-x" }) { pseudonym keptInsights } }', {}, MEMBER),
    ).erasePerson;
    expect(erased.keptInsights).toBe(1);
    expect(dataOf(await h.gql('{ node(id: "pv-x") { id } }')).node).toBeNull();
    expect(dataOf(await h.gql('{ insight(id: "pv-insight") { text author { id } } }')).insight).toEqual({
      text: 'Luister eerst.',
      author: null,
    });
    const traces = await h.services.db.read({
      name: 'test/erasure-traces',
      text: `MATCH (n) WHERE any(p IN keys(n) WHERE n[p] IN ['pv-x', 'member-x', 'x@example.nl'])
             RETURN labels(n) AS labels, n.id AS id`,
    });
    expect(traces).toEqual([]);
    const log = dataOf(
      await h.gql(`{ auditLog(targetId: "${erased.pseudonym}") { edges { node { action } } } }`),
    );
    expect(log.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(
      expect.arrayContaining(['erasePerson', 'updateProfessional']),
    );
  });

  it("stops the erased person's API keys at once, also where they were cached", async () => {
    dataOf(
      await h.gql(
        'mutation { createProfessional(input: { id: "pv-keyholder", name: "Sleutel Houder" }) { id } }',
      ),
    );
    const key = await issueApiKey(h.services.db, h.services.cypher, {
      name: 'test/erased-holder',
      role: 'member',
      professionalId: 'pv-keyholder',
    });
    const me = () =>
      h.app.fetch('http://brein.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: '{ me { professionalId } }' }),
      });
    expect((await me()).status).toBe(200);
    dataOf(await h.gql('mutation { erasePerson(input: { id: "pv-keyholder" }) { pseudonym } }'));
    expect((await me()).status).toBe(401);
  });

  it('answers NOT_FOUND for someone already erased', async () => {
    expect(codesOf(await h.gql('mutation { erasePerson(input: { id: "pv-x" }) { keptInsights } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
