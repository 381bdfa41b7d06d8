import { buildSchema } from '../../src/graphql/schema.js';
import { DOMAIN, LABELS } from '../../src/domain/labels.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { projectRoot } from '../../src/util/project-root.js';
import { dataOf, startHarness, type Harness } from '../support/harness.js';

/**
 * Every statement the service sends goes in the access mode that fits it: reads in read
 * transactions (so that a `neo4j://` routing driver may send them to a secondary of a cluster),
 * writes in write transactions. The observer of the Database sees each statement with its mode.
 */
let h: Harness;
const seen: { name: string; text: string; mode: 'READ' | 'WRITE' }[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  const report = await loadDemoData(h.services);
  expect(report.rejected).toEqual([]);
  for (const label of LABELS) {
    const { plural } = DOMAIN[label];
    const page = dataOf(await h.gql(`{ ${plural}(first: 1) { edges { node { id } } } }`));
    const id = page[plural].edges[0]?.node.id as string | undefined;
    if (id) ids[label] = id;
  }
  h.services.db.observe((statement, _params, _alone, mode) =>
    seen.push({ name: statement.name, text: statement.text, mode }),
  );
});
afterAll(async () => {
  h.services.db.observe(undefined);
  await h.close();
});

const WRITES = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/;
/** The statement's Cypher without its comments. */
const cypherOf = (text: string) => text.replace(/\/\/[^\n]*/g, '');

/** One query per root field, over the demo graph (as an administrator with a person of its own). */
function queries(): Record<string, string> {
  const queries: Record<string, string> = {};
  for (const label of LABELS) {
    const { singular, plural } = DOMAIN[label];
    queries[plural] = `{ ${plural}(first: 5) { totalCount edges { node { id } } } }`;
    queries[singular] = `{ ${singular}(id: "${ids[label] ?? 'none'}") { id } }`;
  }
  const person = ids.Professional!;
  const other = 'prof-jeroen-bakker';
  return {
    ...queries,
    node: `{ node(id: "${ids.Theme}") { id } }`,
    digest: `{ digest(since: "2000-01-01T00:00:00Z") { kind } }`,
    membershipRequests: '{ membershipRequests { id } }',
    networkStats: '{ networkStats { nodeCount } }',
    networkOverview: '{ networkOverview(top: 10, communities: 5) { __typename } }',
    networkNodeMetrics: `{ networkNodeMetrics(ids: ["${person}"]) { __typename } }`,
    search: '{ search(text: "taal", first: 5) { score } }',
    whoKnows: '{ whoKnows(topic: "laaggeletterdheid", first: 3) { score } }',
    suggestedConnections: `{ suggestedConnections(professionalId: "${person}", first: 3) { score } }`,
    practicesForBottleneck: `{ practicesForBottleneck(bottleneckId: "${ids.Bottleneck}", first: 3) { score } }`,
    introductionPath: `{ introductionPath(fromId: "${person}", toId: "${other}") { length } }`,
    neighborhood: `{ neighborhood(id: "${person}", depth: 2, limit: 50) { nodes { id } } }`,
    alliancesSharingBottlenecks: `{ alliancesSharingBottlenecks(allianceId: "${ids.Alliance}") { score } }`,
    similar: `{ similar(id: "${ids.Practice}") { score } }`,
    ask: '{ ask(text: "Wie weet iets van taalcafés?") { people { score } } }',
    me: '{ me { role } }',
    auditLog: '{ auditLog(first: 3) { pageInfo { hasNextPage } } }',
    workingElementsFor: `{ workingElementsFor(bottleneckId: "${ids.Bottleneck}") { score } }`,
    roleGaps: '{ roleGaps { missing } }',
    bottleneckSpread: `{ bottleneckSpread(bottleneckId: "${ids.Bottleneck}") { systemic } }`,
  };
}

it('reads every root field in read transactions only', async () => {
  const all = queries();
  const fields = Object.keys(buildSchema(projectRoot()).getQueryType()!.getFields());
  // Every root field has a query here: a new one must be added to this list.
  expect(fields.filter((f) => !(f in all))).toEqual([]);
  for (const [field, query] of Object.entries(all)) {
    seen.length = 0;
    const response = await h.gql(
      query,
      {},
      { sub: 'am-admin', role: 'admin', professionalId: ids.Professional },
    );
    expect([field, response.errors ?? []]).toEqual([field, []]);
    expect([field, seen.filter((s) => s.mode !== 'READ').map((s) => s.name)]).toEqual([field, []]);
  }
});

it('sends every statement that changes the graph in a write transaction', async () => {
  seen.length = 0;
  const created = dataOf(await h.gql('mutation { createTheme(input: { name: "Toegangsmodus" }) { id } }'))
    .createTheme.id as string;
  dataOf(
    await h.gql(
      `mutation { connect(input: { type: IN_THEME, fromId: "${ids.Practice}", toId: "${created}" }) { type } }`,
    ),
  );
  dataOf(await h.gql(`mutation { updateTheme(input: { id: "${created}", description: "x" }) { id } }`));
  dataOf(
    await h.gql(
      `mutation { follow(input: { targetId: "${created}", professionalId: "${ids.Professional}" }) { following } }`,
    ),
  );
  dataOf(await h.gql(`mutation { deleteTheme(input: { id: "${created}" }) { id } }`));
  const writing = seen.filter((s) => WRITES.test(cypherOf(s.text)));
  expect(writing.length).toBeGreaterThanOrEqual(5);
  expect(writing.filter((s) => s.mode !== 'WRITE').map((s) => s.name)).toEqual([]);
});
