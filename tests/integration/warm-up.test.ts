import { buildSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { queriesOf, warmUp } from '../../src/server/warm-up.js';
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

it('asks every read of the schema, each one answering without a failure', async () => {
  const report = await warmUp(h.services, schema, logger, 300_000);
  expect(report.cut).toBe(false);
  expect(report.skipped).toEqual([]);
  expect(report.failed).toBe(0);
  // Two viewers: the public one and someone in the graph who may see everything.
  const { documents } = queriesOf(schema, new Map());
  expect(report.queries).toBeGreaterThanOrEqual(2 * Object.keys(schema.getQueryType()!.getFields()).length);
  expect(documents.length).toBeGreaterThan(0);
});

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
