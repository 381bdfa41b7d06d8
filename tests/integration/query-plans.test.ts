import { fallbackPlanCase, recommendationPlanCases, SCAN_OPERATORS } from '../../src/recommend/plan-cases.js';
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

it('fills short suggestion lists from the person and the id index, never from a label scan', async () => {
  const { statement, params } = fallbackPlanCase(h.services);
  const plan = await h.services.db.profile(statement, params);
  const operators = plan.operators.map((o) => o.operator);
  for (const scan of ['AllNodesScan', 'NodeByLabelScan', 'CartesianProduct'])
    expect(operators).not.toContain(scan);
  expect(operators).toContain('NodeUniqueIndexSeek');
});

it('answers a relation filter from the named ids, without scanning the label', async () => {
  const { cypher, db } = h.services;
  const anchor = { TYPE: 'MEMBER_OF', Others: 'Alliance', Left: '', Right: '>' };
  const list = cypher.get('entity/list-anchored', {
    Label: 'Professional',
    Fields: '.*',
    Related: [],
    ...anchor,
  });
  const count = cypher.get('entity/count-anchored', { Label: 'Professional', ...anchor });
  const params = {
    anchorIds: ['alliance-ma-inclusie'],
    anchorRoles: null,
    filters: [],
    relationFilters: [],
    orderProperty: 'name',
    countOf: null,
    descending: false,
    offset: 0,
    limit: 20,
  };
  expect((await db.read(list, params)).length).toBeGreaterThan(0);
  for (const statement of [list, count]) {
    const operators = (await db.profile(statement, params)).operators.map((o) => o.operator);
    expect(operators.filter((o) => SCAN_OPERATORS.has(o))).toEqual([]);
    expect(operators).toContain('NodeUniqueIndexSeek');
  }
});

it('reads a page ordered by a property every node has in index order, without sorting the label', async () => {
  const { cypher, db } = h.services;
  for (const direction of ['ASC', 'DESC']) {
    const values = { Label: 'Professional', Fields: '.*', Related: [], Order: 'name', Direction: direction };
    const list = cypher.get('entity/list-by-property', values);
    const plan = await db.profile(list, { filters: [], relationFilters: [], offset: 0, limit: 5 });
    const operators = plan.operators.map((o) => o.operator);
    expect(operators).toContain('NodeIndexScan');
    expect(operators).toContain('PartialTop');
    const whole = ['NodeByLabelScan', 'AllNodesScan', 'Sort', 'Top'];
    expect(operators.filter((o) => whole.includes(o))).toEqual([]);
    expect(plan.rows).toBe(5);
    // The same page read with its totalCount (entity/counted): the page still comes in index order.
    const counted = cypher.get('entity/counted', {
      Count: cypher.fragment('entity/count', { Label: 'Professional' }),
      Page: cypher.fragment('entity/list-by-property', values),
    });
    const withCount = await db.profile(counted, { filters: [], relationFilters: [], offset: 0, limit: 5 });
    const countedOperators = withCount.operators.map((o) => o.operator);
    expect(countedOperators).toContain('PartialTop');
    expect(countedOperators.filter((o) => ['Sort', 'Top'].includes(o))).toEqual([]);
  }
});
