import {
  connectorsPlanCase,
  fallbackPlanCase,
  recommendationPlanCases,
  SCAN_OPERATORS,
} from '../../src/recommend/plan-cases.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { startHarness, type Harness } from '../support/harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/util/project-root.js';

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
  const connectors = await h.services.db.profile(connectorsPlanCase(h.services).statement);
  const read = connectors.operators.map((o) => o.operator);
  for (const scan of ['AllNodesScan', 'NodeByLabelScan', 'CartesianProduct'])
    expect(read).not.toContain(scan);
  expect(read).toContain('NodeIndexScan');
  expect(connectors.rows).toBeGreaterThan(0);
});

it('finds the same nearby people through the id index when a region is crowded', async () => {
  const { statement, params } = fallbackPlanCase(h.services);
  // People of the demo graph located in a region; a region's first three paths by id are taken,
  // so that the cut decides (the people of my own part of the region have no path through it).
  const demo = JSON.parse(readFileSync(join(projectRoot(), 'data', 'demo.json'), 'utf8')) as {
    relationships: { type: string; from: string }[];
  };
  const located = [
    ...new Set(
      demo.relationships
        .filter((r) => r.type === 'LOCATED_IN' && r.from.startsWith('prof-'))
        .map((r) => r.from),
    ),
  ].slice(0, 12);
  expect(located.length).toBeGreaterThan(5);
  // Only nearness counts, so the people with a score are the ones the NEARBY branch found.
  const nearby = async (id: string, crowd: number) => {
    const asked = { ...params, id, crowd, nearby: 3, first: 100, reasons: 0 };
    const rows = await h.services.db.read(statement, {
      ...asked,
      kindWeights: { NEARBY: 1, ALLIANCE_THEME: 0, CONNECTOR: 0 },
    });
    return rows
      .filter((row) => Number(row.score) > 0)
      .map((row) => String(row.id))
      .sort();
  };
  let found = 0;
  for (const id of located) {
    // Every region counts as crowded with a crowd of one: its people come from the id index.
    const walked = await nearby(id, 1_000);
    found += walked.length;
    expect({ id, people: await nearby(id, 1) }).toEqual({ id, people: walked });
  }
  expect(found).toBeGreaterThan(located.length);
  const plan = await h.services.db.profile(statement, { ...params, crowd: 1 });
  for (const scan of ['AllNodesScan', 'NodeByLabelScan', 'CartesianProduct'])
    expect(plan.operators.map((o) => o.operator)).not.toContain(scan);
});

/**
 * The conditions of entity/_filter, each a fragment placed only when a query has such conditions:
 * none, or all of them (property and relation filters, and the people a public viewer may see).
 */
function conditions(all: boolean) {
  const { cypher } = h.services;
  const names = ['PropertyFilter', 'RelationFilter', 'VisibleFilter'];
  const files = ['entity/_filter-properties', 'entity/_filter-relations', 'entity/_filter-visible'];
  return Object.fromEntries(names.map((name, i) => [name, all ? [cypher.fragment(files[i]!, {})] : []]));
}
const PUBLIC = { visible: { allowed: ['PUBLIC'], self: null }, seen: { allowed: ['PUBLIC'], self: null } };

it.each([false, true])(
  'answers a relation filter from the named ids, without scanning the label (all conditions: %s)',
  async (all) => {
    const { cypher, db } = h.services;
    const anchor = { TYPE: 'MEMBER_OF', Others: 'Alliance', Left: '', Right: '>' };
    const list = cypher.get('entity/list-anchored', {
      Label: 'Professional',
      Fields: '.*',
      Related: [],
      ...anchor,
      ...conditions(all),
    });
    const count = cypher.get('entity/count-anchored', {
      Label: 'Professional',
      ...anchor,
      ...conditions(all),
    });
    const params = {
      ...PUBLIC,
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
  },
);

it.each([false, true])(
  'reads a page ordered by a property every node has in index order, without sorting the label (all conditions: %s)',
  async (all) => {
    const { cypher, db } = h.services;
    const params = { ...PUBLIC, filters: [], relationFilters: [], offset: 0, limit: 5 };
    for (const direction of ['ASC', 'DESC']) {
      const values = {
        Label: 'Professional',
        Fields: '.*',
        Related: [],
        Order: 'name',
        Direction: direction,
        ...conditions(all),
      };
      const list = cypher.get('entity/list-by-property', values);
      const plan = await db.profile(list, params);
      const operators = plan.operators.map((o) => o.operator);
      expect(operators).toContain('NodeIndexScan');
      expect(operators).toContain('PartialTop');
      const whole = ['NodeByLabelScan', 'AllNodesScan', 'Sort', 'Top'];
      expect(operators.filter((o) => whole.includes(o))).toEqual([]);
      expect(plan.rows).toBe(5);
      // The same page read with its totalCount (entity/counted): the page still comes in index order.
      const counted = cypher.get('entity/counted', {
        Count: cypher.fragment('entity/count', { Label: 'Professional', ...conditions(all) }),
        Page: cypher.fragment('entity/list-by-property', values),
      });
      const withCount = await db.profile(counted, params);
      const countedOperators = withCount.operators.map((o) => o.operator);
      expect(countedOperators).toContain('PartialTop');
      expect(countedOperators.filter((o) => ['Sort', 'Top'].includes(o))).toEqual([]);
    }
  },
);
