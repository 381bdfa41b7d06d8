import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const MUTATION = `mutation($i: ImportGraphInput!) {
  importGraph(input: $i) { nodesCreated nodesUpdated relationships dryRun rejected { file line reason } }
}`;
const THEMES_CSV = 'id,name\nim-t1,inclusie\nim-t2,\nim-t3,mobiliteit\n';
const GRAPH_JSON = JSON.stringify({
  nodes: [{ id: 'im-p1', label: 'Professional', properties: { name: 'Ida' } }],
  relationships: [{ type: 'HAS_EXPERTISE', from: 'im-p1', to: 'im-t1', properties: { level: 'EXPERT' } }],
});
const files = [
  { name: 'Theme.csv', content: THEMES_CSV },
  { name: 'graph.json', content: GRAPH_JSON },
];

it('imports JSON and CSV for administrators, reports bad rows with file and line, and is idempotent', async () => {
  const dry = dataOf(await h.gql(MUTATION, { i: { files, dryRun: true } })).importGraph;
  expect(dry).toMatchObject({ dryRun: true, nodesCreated: 3 });
  expect(dataOf(await h.gql('{ themes(first: 0) { totalCount } }')).themes.totalCount).toBe(0);

  const first = dataOf(await h.gql(MUTATION, { i: { files } })).importGraph;
  expect(first).toMatchObject({ nodesCreated: 3, nodesUpdated: 0, relationships: 1, dryRun: false });
  expect(first.rejected).toEqual([{ file: 'Theme.csv', line: 3, reason: expect.stringContaining('name') }]);
  const second = dataOf(await h.gql(MUTATION, { i: { files } })).importGraph;
  expect(second).toMatchObject({ nodesCreated: 0, nodesUpdated: 3, relationships: 1 });
  const audit = dataOf(
    await h.gql('{ auditLog(action: "importGraph") { edges { node { actor detail } } } }'),
  );
  expect(audit.auditLog.edges).toHaveLength(2);
});

it('refuses anyone but administrators', async () => {
  const asMember = await h.gql(MUTATION, { i: { files } }, { sub: 'm', role: 'member' });
  const asAnonymous = await h.gql(MUTATION, { i: { files } }, 'anonymous');
  expect(codesOf(asMember)).toEqual(['FORBIDDEN']);
  expect(codesOf(asAnonymous)).toEqual(['UNAUTHENTICATED']);
});
