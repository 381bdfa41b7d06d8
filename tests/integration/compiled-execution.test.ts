import { loadDemoData } from '../../src/seed/demo.js';
import { dataOf, startHarness, type As, type Harness } from '../support/harness.js';

/**
 * Hot queries run compiled (graphql-jit, src/server/compiled.ts); the harness compiles them from
 * their first run. Here the same requests go to a server that compiles and one that never does,
 * over the demo graph: answers and errors must be the same, byte for byte, for nested lists,
 * @skip and @include, aliases, interfaces, privacy, bad variables and domain errors.
 */
let compiled: Harness;
let interpreted: Harness;
let professionalId: string;
let otherId: string;
let themeId: string;

beforeAll(async () => {
  compiled = await startHarness({ env: { GRAPHQL_COMPILE_AFTER: '0' } });
  interpreted = await startHarness({ env: { GRAPHQL_COMPILE_AFTER: '-1' } });
  const report = await loadDemoData(compiled.services);
  expect(report.rejected).toEqual([]);
  const people = dataOf<{ professionals: { edges: { node: { id: string } }[] } }>(
    await compiled.gql('{ professionals(first: 2) { edges { node { id } } } }'),
  ).professionals.edges;
  professionalId = people[0]!.node.id;
  otherId = people[1]!.node.id;
  const themes = dataOf<{ themes: { edges: { node: { id: string } }[] } }>(
    await compiled.gql('{ themes(first: 1) { edges { node { id } } } }'),
  ).themes.edges;
  themeId = themes[0]!.node.id;
});
afterAll(async () => {
  await compiled.close();
  await interpreted.close();
});

const NESTED = `query($first: Int, $withThemes: Boolean!, $noRole: Boolean!) {
  professionals(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name headline languages visibility knows { since professional { id name } }
      memberships { role @skip(if: $noRole) alliance { name themes @include(if: $withThemes) { name } } } } }
  }
}`;
// graphql-jit would put the fragment's fields last: documents with fragments are not compiled.
const WITH_FRAGMENT = `{ professionals(first: 5) { edges { node { memberships { role } ...person } } } }
fragment person on Professional { id name knows { professional { id } } }`;

const requests: [string, string, () => Record<string, unknown>, As][] = [
  [
    'a nested list with @skip and @include',
    NESTED,
    () => ({ first: 8, withThemes: true, noRole: false }),
    'admin',
  ],
  [
    'the same list with the other directives',
    NESTED,
    () => ({ first: 8, withThemes: false, noRole: true }),
    'admin',
  ],
  [
    'the same list seen by the public',
    NESTED,
    () => ({ first: 30, withThemes: true, noRole: false }),
    'anonymous',
  ],
  ['a list with a fragment (not compiled)', WITH_FRAGMENT, () => ({}), 'admin'],
  [
    'a filtered list with aliases',
    `query($themes: [ID!]) { a: professionals(first: 5, where: { expertise: { id_in: $themes } }) { totalCount edges { node { id n: name } } }
      b: themes(first: 3, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } } }`,
    () => ({ themes: [themeId] }),
    'admin',
  ],
  [
    'search over an interface, with __typename',
    'query($text: String!) { search(text: $text, first: 10) { score node { __typename id } } }',
    () => ({ text: 'inclusie' }),
    'admin',
  ],
  [
    'whoKnows with reasons',
    `query($topic: String) { whoKnows(topic: $topic, first: 5) { score professional { id name }
      reasons { kind text weight path { length nodes { id } edges { type from to } } } } }`,
    () => ({ topic: 'armoede' }),
    'admin',
  ],
  [
    'suggestedConnections',
    'query($id: ID!) { suggestedConnections(professionalId: $id, first: 5) { score professional { id name } } }',
    () => ({ id: professionalId }),
    'admin',
  ],
  [
    'one item by id and the node interface',
    `query($id: ID!, $other: ID!) { professional(id: $id) { id name email expertise { level theme { name } } }
      node(id: $other) { __typename id } }`,
    () => ({ id: professionalId, other: otherId }),
    'anonymous',
  ],
  [
    'a missing item',
    'query($id: ID!) { professional(id: $id) { id } }',
    () => ({ id: 'no-such-id' }),
    'admin',
  ],
  ['a missing variable', 'query($id: ID!) { professional(id: $id) { id } }', () => ({}), 'admin'],
  [
    'a nested variable of the wrong type',
    'mutation($i: CreateProfessionalInput!) { createProfessional(input: $i) { id } }',
    () => ({ i: { name: 'Geldig', email: { $gt: '' } } }),
    'admin',
  ],
  [
    'an unknown field in a filter variable',
    'query($w: ProfessionalWhere) { professionals(where: $w) { totalCount } }',
    () => ({ w: { bogus: 1 } }),
    'admin',
  ],
  ['a page size out of range', '{ themes(first: 1000) { totalCount } }', () => ({}), 'admin'],
  [
    'a write refused by the domain',
    'mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }',
    () => ({ i: { name: ' ' } }),
    'admin',
  ],
  [
    'a write refused for the public',
    'mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }',
    () => ({ i: { name: 'nieuw thema' } }),
    'anonymous',
  ],
];

it.each(requests)('answers %s the same compiled as interpreted', async (_title, query, variables, as) => {
  // twice each: the first run of a document may differ in how it runs, not in what it answers
  const expected = JSON.stringify(await interpreted.gql(query, variables(), as));
  for (let run = 0; run < 2; run++) {
    expect(JSON.stringify(await compiled.gql(query, variables(), as))).toBe(expected);
  }
  expect(expected).not.toContain('INTERNAL_SERVER_ERROR');
});

it('keeps the location of a bad variable in compiled runs', async () => {
  const response = await compiled.gql('query($f: Int) { themes(first: $f) { totalCount } }', { f: 1.5 });
  expect(response.errors?.[0]).toMatchObject({
    locations: [{ line: 1, column: 7 }],
    extensions: { code: 'BAD_USER_INPUT' },
  });
});
