import { migrate } from '../../src/db/migrate.js';
import { createLogger } from '../../src/logger.js';
import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('applies nothing on a second run', async () => {
  const applied = await migrate(h.services.db, h.services.cypher, createLogger('silent'));
  expect(applied).toEqual([]);
});

it('enforces unique ids across labels', async () => {
  dataOf(await h.gql('mutation { createTheme(input: { id: "shared-id", name: "wonen" }) { id } }'));
  const other = await h.gql(
    'mutation { createRegion(input: { id: "shared-id", name: "Ede", level: MUNICIPALITY }) { id } }',
  );
  expect(codesOf(other)).toEqual(['CONFLICT']);
});

it('has a Dutch full-text index', async () => {
  const rows = await h.services.db.read({
    name: 'test/show-index',
    text: "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_text' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer",
  });
  expect(rows).toEqual([{ analyzer: 'dutch' }]);
});
