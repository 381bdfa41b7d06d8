import { dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;

const QUERY = `query($first: Int) {
  professionals(first: $first) {
    edges { node { name memberships { role alliance { name themes { name } } } } }
  }
}`;

beforeAll(async () => {
  h = await startHarness();
  const nodes = [
    ...Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      label: 'Professional',
      properties: { name: `Persoon ${i}` },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `a${i}`,
      label: 'Alliance',
      properties: { name: `Alliantie ${i}`, level: 'LOCAL' },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `t${i}`,
      label: 'Theme',
      properties: { name: `thema ${i}` },
    })),
  ];
  const relationships = [
    ...Array.from({ length: 50 }, (_, i) => ({
      type: 'MEMBER_OF',
      from: `p${i}`,
      to: `a${i % 5}`,
      properties: { role: 'MEMBER' },
    })),
    ...Array.from({ length: 5 }, (_, i) => ({ type: 'FOCUSES_ON', from: `a${i}`, to: `t${i}` })),
    ...Array.from({ length: 5 }, (_, i) => ({ type: 'FOCUSES_ON', from: `a${i}`, to: `t${(i + 1) % 5}` })),
  ];
  const report = await h.services.importer.import({ nodes, relationships }, null);
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

async function roundTripsOf(first: number): Promise<number> {
  const before = h.services.db.roundTrips;
  const data = dataOf(await h.gql(QUERY, { first }));
  expect(data.professionals.edges).toHaveLength(first);
  for (const edge of data.professionals.edges) {
    expect(edge.node.memberships[0].alliance.themes).toHaveLength(2);
  }
  return h.services.db.roundTrips - before;
}

it('reads a three-level nested query over 50 items in one statement per level', async () => {
  // list, memberships (with their alliances), the alliances' themes
  expect(await roundTripsOf(50)).toBe(3);
});

it('uses as many statements for 50 items as for 5', async () => {
  expect(await roundTripsOf(50)).toBe(await roundTripsOf(5));
});
