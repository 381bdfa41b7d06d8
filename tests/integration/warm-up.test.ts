import { buildSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { relatedOfStatement } from '../../src/entities/related.js';
import { knownQueries, queriesOf, warmUp } from '../../src/server/warm-up.js';
import { loadEmbedOperations } from '../../src/server/web/embed-operations.js';
import { projectRoot } from '../../src/util/project-root.js';
import { dataOf, startHarness, type Harness } from '../support/harness.js';

/** The warm-up before /readyz (src/server/warm-up.ts), on the demo data. */
let h: Harness;
const schema = buildSchema(projectRoot());
const logger = createLogger('silent');

beforeAll(async () => {
  h = await startHarness();
  await loadDemoData(h.services);
});
afterAll(() => h.close());

const SIZES = `{
  professionals(first: 0) { totalCount } alliances(first: 0) { totalCount } insights(first: 0) { totalCount }
  questions(first: 0) { totalCount } bottlenecks(first: 0) { totalCount }
}`;

// The warm-up's own budget is 300 s; on a cold, busy machine it takes longer than jest's default minute.
it('asks every read of the schema, each one answering without a failure', async () => {
  const report = await warmUp(h.services, schema, logger, 300_000);
  expect(report.cut).toBe(false);
  expect(report.skipped).toEqual([]);
  expect(report.failed).toBe(0);
  // Every field at least once (for the public); fast ones again for someone who sees everything.
  expect(report.queries).toBeGreaterThan(Object.keys(schema.getQueryType()!.getFields()).length);
}, 300_000);

it('covers every Query field once the graph has nodes of every label', async () => {
  const samples = new Map(
    [
      'Professional',
      'Alliance',
      'Theme',
      'Region',
      'Bottleneck',
      'Event',
      'Initiative',
      'Question',
      'Practice',
      'Organization',
      'Insight',
      'ConditionCheck',
      'Commitment',
    ].map((label) => [label as never, [{ id: `${label}-1`, title: 'wonen' }]]),
  );
  const { documents, skipped } = queriesOf(schema, samples);
  expect(skipped).toEqual([]);
  expect(new Set(documents.map((d) => d.field))).toEqual(
    new Set(Object.keys(schema.getQueryType()!.getFields())),
  );
  // Relationship lists are asked with their own fields: an alliance's members and insights.
  const alliance = documents.find((d) => d.field === 'alliance')!.plain;
  expect(alliance).toMatch(/members \{[^}]*professional \{/);
  expect(alliance).toMatch(/insights \{ id text/);
});

const embedDocuments = [...loadEmbedOperations(projectRoot()).values()].map((o) => o.document);

it('asks the documents clients are known to send (the embeds) with ids of the right kind', async () => {
  const samples = new Map(
    ['Professional', 'Alliance', 'Theme', 'Bottleneck', 'Question'].map((label) => [
      label as never,
      [{ id: `${label}-1`, title: 'wonen' }],
    ]),
  );
  const known = knownQueries(schema, samples, embedDocuments);
  // Every query of the embeds; the live subscription is not asked.
  expect(known).toHaveLength(embedDocuments.filter((d) => /^query /m.test(d)).length);
  const byName = new Map(known.map((k) => [k.field, k.variables]));
  expect(byName.get('EmbedAllianceInsights')).toEqual({ id: 'Alliance-1' });
  expect(byName.get('EmbedQuestionAnswers')).toMatchObject({ id: 'Question-1' });
  expect(byName.get('EmbedBottleneckHelp')).toMatchObject({ id: 'Bottleneck-1' });

  const report = await warmUp(h.services, schema, logger, 300_000, embedDocuments);
  expect(report.failed).toBe(0);
  expect(report.cut).toBe(false);
  // the shapes of its queries were planned at its end (they were answered by the fallbacks)
  expect(report.shapes).toBeGreaterThan(0);
});

it('plans what a query of a shape no warm-up asked is first answered with', async () => {
  await warmUp(h.services, schema, logger, 300_000);
  // every relation field of a label, each read when wanted: one statement per label
  for (const label of ['Professional', 'Alliance', 'Theme', 'Initiative', 'Practice'] as const) {
    expect(h.services.db.plans.has(relatedOfStatement(h.services.cypher, label))).toBe(true);
  }
  // a page without its totalCount, and a shape of relation fields no warm-up asked
  const before = h.services.db.roundTrips;
  const data = dataOf(
    await h.gql(`{ alliances(first: 2) { edges { node { name members { professional { name } } } } } }`),
  );
  expect(data.alliances.edges.length).toBeGreaterThan(0);
  expect(h.services.db.roundTrips - before).toBe(2);
  // a filter of a kind no warm-up asked: its page alone is planned (cheaply), not the whole shape
  const filtered = `{ alliances(first: 5, where: { description: { contains: "e" } }) {
    edges { node { name description themes { name } } } } }`;
  const seen: string[] = [];
  h.services.db.observe((statement) => seen.push(statement.name));
  const first = dataOf(await h.gql(filtered));
  h.services.db.observe(undefined);
  expect(seen).toEqual(['entity/list-by-property', 'entity/related-of']);
  await h.services.db.plans.settled();
  expect(dataOf(await h.gql(filtered))).toEqual(first);
  expect(first.alliances.edges.length).toBeGreaterThan(0);
});

it('changes nothing in the graph', async () => {
  const before = dataOf(await h.gql(SIZES));
  await warmUp(h.services, schema, logger, 300_000);
  expect(dataOf(await h.gql(SIZES))).toEqual(before);
});

it('stops at its deadline', async () => {
  const report = await warmUp(h.services, schema, logger, 0);
  expect(report.cut).toBe(true);
  expect(report.queries).toBeLessThanOrEqual(3);
});
