import { dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;

const QUERY = `query($first: Int) {
  professionals(first: $first) {
    edges { node { name memberships { role alliance { name themes { name } } } } }
  }
}`;

beforeAll(async () => {
  h = await startHarness();
  const nodes = [
    ...Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      label: 'Professional',
      properties: { name: `Persoon ${i}` },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `a${i}`,
      label: 'Alliance',
      properties: { name: `Alliantie ${i}`, level: 'LOCAL' },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `t${i}`,
      label: 'Theme',
      properties: { name: `thema ${i}` },
    })),
  ];
  const relationships = [
    ...Array.from({ length: 50 }, (_, i) => ({
      type: 'MEMBER_OF',
      from: `p${i}`,
      to: `a${i % 5}`,
      properties: { role: 'MEMBER' },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({ type: 'FOCUSES_ON', from: `a${i}`, to: `t${i}` })),
    ...Array.from({ length: 5 }, (_, i) => ({ type: 'FOCUSES_ON', from: `a${i}`, to: `t${(i + 1) % 5}` })),
  ];
  const report = await h.services.importer.import({ nodes, relationships }, null);
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

/**
 * Asks a query once, so that Neo4j has planned the statement of its shape (a shape's first
 * request is answered from statements planned before: see src/db/planned.ts), then again,
 * counting the statements of the second answer.
 */
async function counted(
  query: string,
  variables?: Record<string, unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely shaped JSON
): Promise<{ data: any; statements: number }> {
  // The first answer comes from the fallbacks (as after a warm-up: see planDeferred).
  h.services.db.plans.warm();
  let first;
  try {
    first = dataOf(await h.gql(query, variables));
  } finally {
    await h.services.db.plans.planDeferred(Date.now() + 60_000);
  }
  // The statements this request sent (the observer sees each one the service runs; the one-off
  // background planning of a new shape is not observed, and would not be this request's).
  const sent: string[] = [];
  h.services.db.observe((statement) => sent.push(statement.name));
  let data;
  try {
    data = dataOf(await h.gql(query, variables));
  } finally {
    h.services.db.observe(undefined);
  }
  const statements = sent.length;
  // The first answer (through planned statements and the loaders) is the same answer.
  expect(data).toEqual(first);
  return { data, statements };
}

async function roundTripsOf(first: number): Promise<number> {
  const { data, statements } = await counted(QUERY, { first });
  expect(data.professionals.edges).toHaveLength(first);
  for (const edge of data.professionals.edges) {
    expect(edge.node.memberships[0].alliance.themes).toHaveLength(2);
  }
  return statements;
}

it('reads a new shape in one statement while its fallbacks have not been planned (no warm-up)', async () => {
  const before = h.services.db.roundTrips;
  const data = dataOf(await h.gql(`{ theme(id: "t1") { name alliances { name } } }`));
  expect(h.services.db.roundTrips - before).toBe(1);
  expect(data.theme.alliances).toHaveLength(2);
});

it('reads a three-level nested list over 50 items in one statement', async () => {
  // the page, its memberships with their alliances and the alliances' themes: one statement
  expect(await roundTripsOf(50)).toBe(1);
});

/**
 * Asks a query of a new shape as after a warm-up (answered from the fallbacks, its own statement
 * planned afterwards), then again: the statements of the first answer, and the second answer
 * (one statement, the same data).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely shaped JSON
async function fromFallbacks(query: string): Promise<{ first: any; statements: number }> {
  const before = h.services.db.roundTrips;
  h.services.db.plans.warm();
  let first;
  try {
    first = dataOf(await h.gql(query));
  } finally {
    await h.services.db.plans.planDeferred(Date.now() + 60_000);
  }
  const statements = h.services.db.roundTrips - before;
  const again = await counted(query);
  expect(again.statements).toBe(1);
  expect(again.data).toEqual(first);
  return { first, statements };
}

it('answers a single item of a new shape from planned statements first, then in one statement, alike', async () => {
  const { first, statements } = await fromFallbacks(
    `{ alliance(id: "a1") { name level themes { name } members { role professional { name } } } }`,
  );
  // the node alone, its themes and members in one statement of fixed text (entity/related-of),
  // and the statement of the query's shape once afterwards
  expect(statements).toBe(3);
  expect(first.alliance.themes).toHaveLength(2);
  expect(first.alliance.members).toHaveLength(10);
});

it('answers a list of a new shape from statements of fixed text per level first, then in one statement, alike', async () => {
  const { first, statements } = await fromFallbacks(`{ professionals(first: 12) { edges { node { name headline
    memberships { role alliance { name level themes { name description } } } } } } }`);
  // the page alone, the professionals' memberships with their alliances, the alliances' themes
  // (one entity/related-of per level), and the statement of the query's shape afterwards
  expect(statements).toBe(4);
  expect(first.professionals.edges).toHaveLength(12);
  for (const edge of first.professionals.edges) {
    expect(edge.node.memberships[0].alliance.themes).toHaveLength(2);
    expect(edge.node.memberships[0].alliance.themes[0].name).toMatch(/^thema /);
  }
});

it('gives the folded relation fields exactly what the loaders give', async () => {
  const folded = (await counted(QUERY, { first: 50 })).data.professionals.edges.map(
    (e: { node: unknown }) => e.node,
  );
  // One item at a time goes through the batched loaders instead.
  const single = `query($id: ID!) { professional(id: $id) {
    name memberships { role alliance { name themes { name } } } } }`;
  for (const i of [0, 7, 49]) {
    const loaded = dataOf(await h.gql(single, { id: `p${i}` })).professional;
    expect(folded.find((n: { name: string }) => n.name === loaded.name)).toEqual(loaded);
  }
});

it('folds relation fields reached through fragments and leaves deeper levels to the loaders', async () => {
  const query = `fragment A on Alliance { name themes { name alliances { name members { role } } } }
    { professionals(first: 10) { edges { node { memberships { alliance { ...A } } } } } }`;
  const { data, statements } = await counted(query);
  // list with memberships, alliances' themes and the themes' alliances: one statement; the
  // fourth level (those alliances' members) one more, batched.
  expect(statements).toBe(2);
  const themes = data.professionals.edges[0].node.memberships[0].alliance.themes;
  expect(themes).toHaveLength(2);
  expect(themes[0].alliances.length).toBeGreaterThan(0);
  expect(themes[0].alliances[0].members.length).toBe(10);
});

it('uses as many statements for 50 items as for 5', async () => {
  expect(await roundTripsOf(50)).toBe(await roundTripsOf(5));
});

it('reads only the selected properties for a list, and never serves them for a whole node', async () => {
  const { data } = await counted(`{
      professionals(first: 50) { edges { node { id memberships { professional { name } alliance { name } } } } }
      professional(id: "p3") { name memberships { alliance { name level } } }
      node(id: "a3") { ... on Alliance { name level } }
    }`);
  // A node read for a list with some of its properties is not served whole elsewhere.
  expect(data.node).toEqual({ name: 'Alliantie 3', level: 'LOCAL' });
  const p3 = data.professionals.edges.find((e: { node: { id: string } }) => e.node.id === 'p3').node;
  // The back-reference asks for a property the list did not read: it comes whole from the loader.
  expect(p3.memberships[0].professional.name).toBe('Persoon 3');
  expect(p3.memberships[0].alliance).toEqual({ name: 'Alliantie 3' });
  // The same alliance, asked for with more properties elsewhere in the request, is whole.
  expect(data.professional.memberships[0].alliance).toEqual({ name: 'Alliantie 3', level: 'LOCAL' });
});

it('reads a single item with its relation fields in one statement', async () => {
  const single = `query($id: ID!) { professional(id: $id) {
    name memberships { role alliance { name themes { name } } } } }`;
  const { data, statements } = await counted(single, { id: 'p7' });
  const folded = data.professional;
  expect(statements).toBe(1);
  expect(folded.memberships[0].alliance.themes).toHaveLength(2);
  // The same through the loaders (a list item's relations, asked for through node(id)).
  const loaded = dataOf(
    await h.gql(
      `{ node(id: "p7") { ... on Professional { name memberships { role alliance { name themes { name } } } } } }`,
    ),
  ).node;
  expect(folded).toEqual(loaded);
  expect(dataOf(await h.gql(single, { id: 'a1' })).professional).toBeNull();
  expect(dataOf(await h.gql(single, { id: 'nobody' })).professional).toBeNull();
});

it('keeps folded links to the place that asked for them', async () => {
  const { data } = await counted(`{
      professional(id: "p3") { memberships { alliance { name } } }
      node(id: "p3") { ... on Professional { memberships { alliance { name level } } } }
    }`);
  expect(data.professional.memberships[0].alliance).toEqual({ name: 'Alliantie 3' });
  expect(data.node.memberships[0].alliance).toEqual({ name: 'Alliantie 3', level: 'LOCAL' });
});

it('completes folded links as the loaders give them: ends, labels, properties, both directions', async () => {
  const report = await h.services.importer.import(
    {
      nodes: [
        { id: 'w0', label: 'Practice', properties: { title: 'Praktijk 0', kind: 'METHOD' } },
        { id: 'w1', label: 'Initiative', properties: { name: 'Initiatief 1', kind: 'PROJECT' } },
      ],
      relationships: [
        { type: 'KNOWS', from: 'p0', to: 'p1', properties: { since: '2020-01-01' } },
        { type: 'KNOWS', from: 'p2', to: 'p0' },
        { type: 'CONTRIBUTES_TO', from: 'p0', to: 'w0', properties: { role: 'LEAD' } },
        { type: 'CONTRIBUTES_TO', from: 'p0', to: 'w1' },
        { type: 'HAS_EXPERTISE', from: 'p0', to: 't0', properties: { level: 'EXPERT' } },
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
  const people = `query($ids: [ID!]) { professionals(where: { id: { in: $ids } }) { edges { node {
    id
    knows { since professional { id name } }
    contributions { role professional { id } work { __typename ... on Practice { id title } ... on Initiative { id name } } }
  } } } }`;
  const alliances = `{ alliances(where: { id: { in: ["a0"] } }) { edges { node {
    id members { role professional { id } alliance { id } }
  } } } }`;
  const folded = (await counted(people, { ids: ['p0', 'p1'] })).data.professionals.edges.map(
    (e: { node: { id: string } }) => e.node,
  );
  const p0 = folded.find((n: { id: string }) => n.id === 'p0');
  expect(p0.knows).toEqual([
    { since: '2020-01-01', professional: { id: 'p1', name: 'Persoon 1' } },
    { since: null, professional: { id: 'p2', name: 'Persoon 2' } },
  ]);
  // In the order of the other ends' names or titles: "Initiatief 1" before "Praktijk 0".
  expect(p0.contributions).toEqual([
    {
      role: null,
      professional: { id: 'p0' },
      work: { __typename: 'Initiative', id: 'w1', name: 'Initiatief 1' },
    },
    {
      role: 'LEAD',
      professional: { id: 'p0' },
      work: { __typename: 'Practice', id: 'w0', title: 'Praktijk 0' },
    },
  ]);
  const members = (await counted(alliances)).data.alliances.edges[0].node.members;
  expect(members).toHaveLength(10);
  for (const m of members)
    expect(m).toEqual({ role: 'MEMBER', professional: { id: m.professional.id }, alliance: { id: 'a0' } });
  // Links read from the other side (IN): their ends come from the direction.
  const { data: others } = await counted(`{
      themes(where: { id: { in: ["t0"] } }) { edges { node { experts { level professional { id } theme { id } } } } }
      practices(where: { id: { in: ["w0"] } }) { edges { node { contributors { role professional { id } work { ... on Practice { id } } } } } }
    }`);
  expect(others.themes.edges[0].node.experts).toEqual([
    { level: 'EXPERT', professional: { id: 'p0' }, theme: { id: 't0' } },
  ]);
  expect(others.practices.edges[0].node.contributors).toEqual([
    { role: 'LEAD', professional: { id: 'p0' }, work: { id: 'w0' } },
  ]);
  // The same through the loaders: relation fields below the third level are not folded.
  const WORK = `work { __typename ... on Practice { id title } ... on Initiative { id name } }`;
  const before = h.services.db.roundTrips;
  const deep = dataOf(
    await h.gql(`{ alliance(id: "a0") { members { professional { memberships { alliance { members {
      professional { id
        knows { since professional { id name } }
        contributions { role professional { id } ${WORK} }
        memberships { alliance { members { role professional { id } alliance { id } } } }
      } } } } } } } }`),
  ).alliance.members[0].professional.memberships[0].alliance.members;
  expect(h.services.db.roundTrips - before).toBeGreaterThan(1);
  const viaLoaders = deep.find(
    (m: { professional: { id: string } }) => m.professional.id === 'p0',
  ).professional;
  expect(viaLoaders.knows).toEqual(p0.knows);
  expect(viaLoaders.contributions).toEqual(p0.contributions);
  expect(viaLoaders.memberships[0].alliance.members).toEqual(members);
});

it('reads a page with its totalCount in one statement, with the counts and pages of two', async () => {
  const lists: [string, string][] = [
    ['ordered by a count', 'orderBy: { field: MEMBERSHIPS_COUNT, direction: DESC }'],
    ['ordered by a property every node has', 'orderBy: { field: NAME, direction: ASC }'],
    ['filtered from named ids', 'where: { memberships: { id_in: ["a1", "a3"] } }'],
    ['filtered by a property', 'where: { name: { contains: "4" } }'],
  ];
  for (const [title, args] of lists) {
    for (const after of [null, 'YzE6UHJvZmVzc2lvbmFsOjk', 'YzE6UHJvZmVzc2lvbmFsOjk5']) {
      const page = `edges { cursor node { id name memberships { alliance { name } } } } pageInfo { hasNextPage }`;
      const query = `query($after: String) { professionals(first: 10, after: $after, ${args}) {`;
      const result = await counted(`${query} totalCount ${page} } }`, { after });
      const [together, statements] = [result.data.professionals, result.statements];
      expect({ title, after, statements }).toEqual({
        title,
        after,
        statements: 1,
      });
      const alone = dataOf(await h.gql(`${query} ${page} } }`, { after })).professionals;
      const total = dataOf(
        await h.gql(`${query.replace('first: 10', 'first: 0')} totalCount } }`, { after }),
      );
      expect({ title, after, ...together }).toEqual({
        title,
        after,
        ...alone,
        totalCount: total.professionals.totalCount,
      });
      if (after === null) expect(together.edges.length).toBeGreaterThan(0);
    }
  }
});
