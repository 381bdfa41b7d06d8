import { recommendationPlanCases, SCAN_OPERATORS } from '../../src/recommend/plan-cases.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  expect((await loadDemoData(h.services)).rejected).toEqual([]);
  // Plans made while the statistics still describe an empty database would scan tiny labels.
  await h.services.db.write(h.services.cypher.get('maintenance/prepare-for-replanning'));
});
afterAll(() => h.close());

it('starts every recommendation statement from an index and never scans a label or joins blindly', async () => {
  for (const { statement, params } of recommendationPlanCases(h.services)) {
    const plan = await h.services.db.profile(statement, params);
    const operators = plan.operators.map((o) => o.operator);
    expect({ name: plan.name, scans: operators.filter((o) => SCAN_OPERATORS.has(o)) }).toEqual({
      name: plan.name,
      scans: [],
    });
    expect(operators.some((o) => o === 'NodeUniqueIndexSeek' || o === 'ProcedureCall')).toBe(true);
  }
});
