import { loadDemoData } from '../../src/seed/demo.js';
import { dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('loads the demo data without rejections, and again without duplicates', async () => {
  const first = await loadDemoData(h.services);
  expect(first.rejected).toEqual([]);
  expect(first.nodesCreated).toBeGreaterThan(250);
  const second = await loadDemoData(h.services);
  expect(second.rejected).toEqual([]);
  expect(second.nodesCreated).toBe(0);
  expect(second.nodesUpdated).toBe(first.nodesCreated);
});

it('meets the sizes the demo promises', async () => {
  const data = dataOf(
    await h.gql(`{
      alliances(first: 0) { totalCount } themes(first: 0) { totalCount }
      professionals(first: 0) { totalCount } organizations(first: 0) { totalCount }
      practices(first: 0) { totalCount } initiatives(first: 0) { totalCount }
      insights(first: 0) { totalCount } bottlenecks(first: 0) { totalCount }
      events(first: 0) { totalCount } regions(first: 0) { totalCount }
      workingElements: insights(first: 0, where: { kind: { eq: WORKING_ELEMENT } }) { totalCount }
      doTanks: initiatives(first: 0, where: { kind: { eq: DO_TANK } }) { totalCount }
    }`),
  );
  const count = (key: string) => data[key].totalCount as number;
  expect(count('alliances')).toBeGreaterThanOrEqual(6);
  expect(count('themes')).toBeGreaterThanOrEqual(8);
  expect(count('professionals')).toBeGreaterThanOrEqual(40);
  expect(count('organizations')).toBeGreaterThanOrEqual(20);
  expect(count('practices')).toBeGreaterThanOrEqual(25);
  expect(count('initiatives')).toBeGreaterThanOrEqual(15);
  expect(count('insights')).toBeGreaterThanOrEqual(60);
  expect(count('bottlenecks')).toBeGreaterThanOrEqual(20);
  expect(count('events')).toBeGreaterThanOrEqual(6);
  expect(count('workingElements')).toBeGreaterThan(0);
  expect(count('doTanks')).toBeGreaterThan(0);
});

it('has every role of the sources among alliance memberships', async () => {
  for (const role of ['INITIATOR', 'MANAGER', 'FACILITATOR', 'COORDINATOR']) {
    const data = dataOf(
      await h.gql(
        `{ professionals(first: 0, where: { memberships: { role_in: [${role}] } }) { totalCount } }`,
      ),
    );
    expect(data.professionals.totalCount).toBeGreaterThan(0);
  }
});

it('has regions from municipality to the whole country', async () => {
  for (const level of ['MUNICIPALITY', 'PROVINCE', 'NATIONAL']) {
    const data = dataOf(
      await h.gql(`{ regions(first: 0, where: { level: { eq: ${level} } }) { totalCount } }`),
    );
    expect(data.regions.totalCount).toBeGreaterThan(0);
  }
});
