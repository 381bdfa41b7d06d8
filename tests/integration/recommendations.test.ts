import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;

const person = (id: string, name: string, visibility = 'PUBLIC') => ({
  id,
  label: 'Professional',
  properties: { name, visibility },
});

beforeAll(async () => {
  h = await startHarness({ as: 'anonymous' });
  const report = await h.services.importer.import(
    {
      nodes: [
        person('ann', 'Ann'),
        person('bob', 'Bob'),
        person('cas', 'Cas'),
        person('dia', 'Dia'),
        person('eve', 'Eve', 'PRIVATE'),
        person('fay', 'Fay'),
        person('gil', 'Gil'),
        { id: 'btl', label: 'Bottleneck', properties: { title: 'Jonge ambtenaren vertrekken snel' } },
        { id: 'prc', label: 'Practice', properties: { title: 'Reverse mentoring', kind: 'METHOD' } },
        { id: 'all', label: 'Alliance', properties: { name: 'Alliantie Werk', level: 'NATIONAL' } },
        { id: 'thm', label: 'Theme', properties: { name: 'inclusie' } },
        {
          id: 'ins',
          label: 'Insight',
          properties: { text: 'Koppel starters aan een maatje.', kind: 'LESSON' },
        },
      ],
      relationships: [
        { type: 'KNOWS', from: 'ann', to: 'bob' },
        { type: 'KNOWS', from: 'bob', to: 'cas' },
        { type: 'KNOWS', from: 'eve', to: 'gil' },
        { type: 'KNOWS', from: 'cas', to: 'gil' },
        { type: 'KNOWS', from: 'ann', to: 'eve' },
        { type: 'RAISED_BY', from: 'btl', to: 'ann' },
        { type: 'ADDRESSES', from: 'prc', to: 'btl' },
        { type: 'CONTRIBUTES_TO', from: 'dia', to: 'prc', properties: { role: 'LEAD' } },
        { type: 'CONTRIBUTES_TO', from: 'eve', to: 'prc' },
        { type: 'MEMBER_OF', from: 'ann', to: 'all', properties: { role: 'MEMBER' } },
        { type: 'MEMBER_OF', from: 'fay', to: 'all', properties: { role: 'INITIATOR' } },
        { type: 'AUTHORED', from: 'gil', to: 'ins' },
        { type: 'ABOUT', from: 'ins', to: 'btl' },
        { type: 'HAS_EXPERTISE', from: 'fay', to: 'thm', properties: { level: 'EXPERT' } },
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const REASONS = 'reasons { kind text weight path { length nodes { id } edges { type from to } } }';

describe('suggestedConnections', () => {
  it('ranks complementarity first, then rare shared context, ties by id; excludes me, known and hidden people', async () => {
    const data = dataOf(
      await h.gql(`{ suggestedConnections(professionalId: "ann") { score professional { id } ${REASONS} } }`),
    );
    const ids = data.suggestedConnections.map((s: { professional: { id: string } }) => s.professional.id);
    expect(ids.slice(0, 3)).toEqual(['dia', 'cas', 'fay']);
    expect(ids).not.toContain('ann');
    expect(ids).not.toContain('bob');
    expect(ids).not.toContain('hid');
    // After the evidence of shared context, weaker evidence fills the list, ranked below it.
    for (const weaker of data.suggestedConnections.slice(3)) {
      expect(weaker.score).toBeLessThan(data.suggestedConnections[2].score);
      expect(['THREE_STEPS', 'ALLIANCE_THEME', 'NEARBY', 'CONNECTOR']).toContain(weaker.reasons[0].kind);
    }
    expect(data.suggestedConnections[0].reasons[0].kind).toBe('ADDRESSES_YOUR_BOTTLENECK');
    expect(data.suggestedConnections[0].reasons[0].text).toContain('Reverse mentoring');
  });

  it('explains in English when asked', async () => {
    const data = dataOf(
      await h.gql(`{ suggestedConnections(professionalId: "ann", first: 1, lang: EN) { reasons { text } } }`),
    );
    expect(data.suggestedConnections[0].reasons[0].text).toBe(
      "Dia contributes to the practice 'Reverse mentoring', which addresses your bottleneck 'Jonge ambtenaren vertrekken snel'",
    );
  });

  it('gives reasons whose paths consist of nodes and edges that exist', async () => {
    const data = dataOf(await h.gql(`{ suggestedConnections(professionalId: "ann") { ${REASONS} } }`));
    for (const suggestion of data.suggestedConnections) {
      for (const reason of suggestion.reasons) {
        const { nodes, edges, length } = reason.path;
        expect(edges).toHaveLength(length);
        expect(nodes).toHaveLength(length + 1);
        const ids = nodes.map((n: { id: string }) => n.id);
        expect(ids[0]).toBe('ann');
        edges.forEach((e: { from: string; to: string }, i: number) => {
          expect([e.from, e.to].sort()).toEqual([ids[i], ids[i + 1]].sort());
        });
        for (const id of ids) {
          expect(dataOf(await h.gql(`{ node(id: "${id}") { id } }`)).node).toEqual({ id });
        }
      }
    }
  });

  it('rejects a bad first and a malformed id', async () => {
    expect(
      codesOf(await h.gql('{ suggestedConnections(professionalId: "ann", first: 1000) { score } }')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await h.gql('{ suggestedConnections(professionalId: "a b") { score } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('whoKnows', () => {
  it("gives the times of a reason's nodes and relationships as each holds them", async () => {
    const data = dataOf(
      await h.gql(`{ whoKnows(bottleneckId: "btl") { reasons { path {
        nodes { id ... on Professional { createdAt updatedAt } ... on Bottleneck { createdAt } }
        edges { from to properties } } } } }`),
    );
    const reasons = data.whoKnows.flatMap((m: { reasons: unknown[] }) => m.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    // the times as lists read them (DateTime values, written by toPlain)
    const lists = dataOf(
      await h.gql(`{ professionals(first: 50) { edges { node { id createdAt updatedAt } } }
        bottlenecks(first: 50) { edges { node { id createdAt } } } }`),
    );
    const own = new Map(
      [...lists.professionals.edges, ...lists.bottlenecks.edges].map((e: { node: { id: string } }) => [
        e.node.id,
        e.node,
      ]),
    );
    let compared = 0;
    for (const reason of reasons) {
      for (const node of reason.path.nodes) {
        if (node.createdAt === undefined) continue;
        expect(node.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(node).toEqual(own.get(node.id));
        compared += 1;
      }
      for (const edge of reason.path.edges) {
        expect(edge.properties.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(edge.properties).not.toHaveProperty('updatedAt', null);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('ranks an insight author above a contributor to a practice that addresses the bottleneck, never the hidden', async () => {
    const data = dataOf(
      await h.gql(`{ whoKnows(bottleneckId: "btl") { score professional { id } ${REASONS} } }`),
    );
    expect(data.whoKnows.map((m: { professional: { id: string } }) => m.professional.id)).toEqual([
      'gil',
      'dia',
    ]);
    expect(data.whoKnows[0].reasons[0].kind).toBe('INSIGHT_ABOUT');
  });

  it('proves each reason with a path of existing nodes and edges, from the person to the topic', async () => {
    const data = dataOf(await h.gql(`{ whoKnows(bottleneckId: "btl") { professional { id } ${REASONS} } }`));
    for (const match of data.whoKnows) {
      for (const reason of match.reasons) {
        const ids = reason.path.nodes.map((n: { id: string }) => n.id);
        expect(ids[0]).toBe(match.professional.id);
        expect(ids.at(-1)).toBe('btl');
        expect(reason.path.edges).toHaveLength(ids.length - 1);
        reason.path.edges.forEach((e: { from: string; to: string }, i: number) => {
          expect([e.from, e.to].sort()).toEqual([ids[i], ids[i + 1]].sort());
        });
      }
    }
    const check = await h.services.db.read(
      {
        name: 'test/path-exists',
        text: `MATCH (:Professional {id: 'gil'})-[:AUTHORED]->(:Insight {id: 'ins'})-[:ABOUT]->(:Bottleneck {id: 'btl'})
               RETURN count(*) AS n`,
      },
      {},
    );
    expect(check).toEqual([{ n: 1 }]);
  });

  it('finds the expert of a theme from free text, across Dutch inflections', async () => {
    const data = dataOf(
      await h.gql('{ whoKnows(topic: "inclusieve") { professional { id } reasons { kind } } }'),
    );
    expect(data.whoKnows[0].professional.id).toBe('fay');
    expect(data.whoKnows[0].reasons[0].kind).toBe('HAS_EXPERTISE');
  });

  it('needs a topic, a theme or a bottleneck', async () => {
    expect(codesOf(await h.gql('{ whoKnows { score } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the people of matches', () => {
  it('reads the properties asked for in the ranking statement, and whole people for more', async () => {
    for (const query of [
      '{ whoKnows(bottleneckId: "btl") { professional { id name headline } } }',
      '{ suggestedConnections(professionalId: "ann", first: 3) { professional { id name headline } } }',
    ]) {
      const before = h.services.db.roundTrips;
      const data = dataOf(await h.gql(query));
      expect(h.services.db.roundTrips - before).toBe(1);
      const people = Object.values(data)[0] as { professional: { id: string } }[];
      expect(people.length).toBeGreaterThan(0);
      for (const { professional } of people) {
        const byId = dataOf(
          await h.gql('query($id: ID!) { professional(id: $id) { id name headline } }', {
            id: professional.id,
          }),
        );
        expect(professional).toEqual(byId.professional);
      }
      // A relation field on the person needs the whole node: the loader reads it.
      const whole = dataOf(await h.gql(query.replace('headline', 'headline memberships { role }')));
      expect(Object.values(whole)[0]).toHaveLength(people.length);
    }
  });
});

describe('search', () => {
  it('finds by stem and narrows by type', async () => {
    const data = dataOf(
      await h.gql('{ search(text: "ambtenaar", types: [Bottleneck]) { node { id __typename } } }'),
    );
    expect(data.search).toEqual([{ node: { id: 'btl', __typename: 'Bottleneck' } }]);
  });

  it('survives Lucene syntax and refuses empty or huge text', async () => {
    for (const text of ['"unbalanced', 'a:b AND (c', '*', 'NOT', '\\', '~~~', 'x^99']) {
      const response = await h.gql('query($t: String!) { search(text: $t) { score } }', { t: text });
      expect(response.errors).toBeUndefined();
    }
    expect(codesOf(await h.gql('{ search(text: "   ") { score } }'))).toEqual(['BAD_USER_INPUT']);
    const huge = await h.gql('query($t: String!) { search(text: $t) { score } }', { t: 'a'.repeat(501) });
    expect(codesOf(huge)).toEqual(['BAD_USER_INPUT']);
  });

  it('gives each hit the properties and relations asked for, as a lookup by id does', async () => {
    // Properties only (read alone), and with a relation field (whole nodes, then the loaders).
    for (const fields of [
      'id __typename ... on Bottleneck { title status createdAt } ... on Practice { title }',
      'id ... on Bottleneck { title } ... on Practice { title addresses { id } }',
    ]) {
      const hits = dataOf(await h.gql(`{ search(text: "ambtenaar") { node { ${fields} } } }`)).search;
      expect(hits.length).toBeGreaterThan(0);
      for (const { node } of hits) {
        const byId = dataOf(await h.gql(`query($id: ID!) { node(id: $id) { ${fields} } }`, { id: node.id }));
        expect(node).toEqual(byId.node);
      }
      expect(hits.some((hit: { node: { title?: string } }) => typeof hit.node.title === 'string')).toBe(true);
    }
  });

  it('never returns hidden people', async () => {
    const data = dataOf(await h.gql('{ search(text: "Eve") { node { id } } }'));
    expect(data.search).toEqual([]);
  });
});

describe('practicesForBottleneck', () => {
  it('lists the practice that addresses it, with its visible contacts', async () => {
    const data = dataOf(
      await h.gql(
        '{ practicesForBottleneck(bottleneckId: "btl") { practice { id } contacts { id } reasons { kind } } }',
      ),
    );
    expect(data.practicesForBottleneck).toEqual([
      { practice: { id: 'prc' }, contacts: [{ id: 'dia' }], reasons: [{ kind: 'DIRECT' }] },
    ]);
  });

  it('answers NOT_FOUND for an unknown bottleneck', async () => {
    expect(codesOf(await h.gql('{ practicesForBottleneck(bottleneckId: "nope") { score } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('introductionPath', () => {
  it('gives the shortest chain of ties', async () => {
    const data = dataOf(
      await h.gql('{ introductionPath(fromId: "ann", toId: "cas") { length nodes { id } } }'),
    );
    expect(data.introductionPath).toEqual({
      length: 2,
      nodes: [{ id: 'ann' }, { id: 'bob' }, { id: 'cas' }],
    });
  });

  it('goes around hidden people rather than through them, and is null when maxHops is too short', async () => {
    // ann-eve-gil is shorter, but eve is hidden from anonymous readers.
    const around = dataOf(
      await h.gql('{ introductionPath(fromId: "ann", toId: "gil") { length nodes { id } } }'),
    );
    expect(around.introductionPath).toEqual({
      length: 3,
      nodes: [{ id: 'ann' }, { id: 'bob' }, { id: 'cas' }, { id: 'gil' }],
    });
    const asAdmin = dataOf(
      await h.gql('{ introductionPath(fromId: "ann", toId: "gil") { length } }', {}, 'admin'),
    );
    expect(asAdmin.introductionPath).toEqual({ length: 2 });
    const short = dataOf(
      await h.gql('{ introductionPath(fromId: "ann", toId: "gil", maxHops: 2) { length } }'),
    );
    expect(short.introductionPath).toBeNull();
  });
});

describe('neighborhood', () => {
  it('returns the node, its neighbours and the edges among them, without hidden people', async () => {
    const data = dataOf(await h.gql('{ neighborhood(id: "prc") { nodes { id } edges { type from to } } }'));
    const ids = data.neighborhood.nodes.map((n: { id: string }) => n.id).sort();
    expect(ids).toEqual(['btl', 'dia', 'prc']);
    expect(data.neighborhood.edges).toHaveLength(2);
  });

  it('caps the subgraph at the limit', async () => {
    const data = dataOf(await h.gql('{ neighborhood(id: "ann", depth: 2, limit: 3) { nodes { id } } }'));
    expect(data.neighborhood.nodes).toHaveLength(3);
  });
});
