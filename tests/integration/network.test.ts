import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;

const person = (id: string, visibility = 'PUBLIC') => ({
  id,
  label: 'Professional',
  properties: { name: id.toUpperCase(), visibility },
});
const knows = (from: string, to: string) => ({ type: 'KNOWS', from, to });
const member = (from: string, to: string) => ({
  type: 'MEMBER_OF',
  from,
  to,
  properties: { role: 'MEMBER' },
});
const clique = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => knows(a, b)));

/**
 * Two alliances whose members all know each other, joined only through 'brk'. 'hid' (PRIVATE)
 * also knows someone on each side. 'lonely' is a practice nobody works on; everyone is located in
 * one region, which the metrics leave out.
 */
beforeAll(async () => {
  h = await startHarness();
  const left = ['a1', 'a2', 'a3', 'a4'];
  const right = ['b1', 'b2', 'b3', 'b4'];
  const report = await h.services.importer.import(
    {
      nodes: [
        ...[...left, ...right, 'brk'].map((id) => person(id)),
        person('hid', 'PRIVATE'),
        { id: 'all-a', label: 'Alliance', properties: { name: 'Links', level: 'LOCAL' } },
        { id: 'all-b', label: 'Alliance', properties: { name: 'Rechts', level: 'LOCAL' } },
        { id: 'thm', label: 'Theme', properties: { name: 'inclusie' } },
        { id: 'used', label: 'Practice', properties: { title: 'Taalcafé', kind: 'METHOD' } },
        { id: 'lonely', label: 'Practice', properties: { title: 'Vergeten aanpak', kind: 'TOOL' } },
        { id: 'nl', label: 'Region', properties: { name: 'Nederland', level: 'NATIONAL' } },
      ],
      relationships: [
        ...clique(left),
        ...clique(right),
        knows('brk', 'a1'),
        knows('brk', 'a2'),
        knows('b1', 'brk'),
        knows('b2', 'brk'),
        knows('hid', 'a2'),
        knows('hid', 'b2'),
        ...left.map((p) => member(p, 'all-a')),
        ...right.map((p) => member(p, 'all-b')),
        { type: 'CONTRIBUTES_TO', from: 'a3', to: 'used' },
        { type: 'CONTRIBUTES_TO', from: 'a4', to: 'used' },
        { type: 'IN_THEME', from: 'used', to: 'thm' },
        { type: 'FOCUSES_ON', from: 'all-a', to: 'thm' },
        ...[...left, ...right, 'brk', 'hid'].map((p) => ({ type: 'LOCATED_IN', from: p, to: 'nl' })),
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const STATS = `query($allianceId: ID, $themeId: ID) {
  networkStats(allianceId: $allianceId, themeId: $themeId) {
    nodeCount relationshipCount density components largestComponent modularity brokersExact
    nodesByLabel { label count }
    relationshipsByType { type count }
    communities { id size members(first: 100) { id } }
    brokers(first: 20) { professional { id } betweenness communities }
    isolated { id }
  }
}`;

describe('networkStats', () => {
  it('ranks the person joining the two clusters first and finds the two communities', async () => {
    const stats = dataOf(await h.gql(STATS, {}, 'anonymous')).networkStats;
    expect(stats.brokers[0].professional.id).toBe('brk');
    expect(stats.brokers[0].communities).toBe(2);
    expect(stats.brokersExact).toBe(true);
    expect(stats.communities).toHaveLength(2);
    const sides = stats.communities.map((c: { members: { id: string }[] }) =>
      c.members.map((m) => m.id).filter((id) => /^[ab]\d$/.test(id)),
    );
    expect(sides.map((ids: string[]) => ids[0]![0]).sort()).toEqual(['a', 'b']);
    expect(sides.every((ids: string[]) => ids.every((id) => id[0] === ids[0]![0]))).toBe(true);
    expect(stats.modularity).toBeGreaterThan(0.3);
  });

  it('lists the practice nobody works on as isolated', async () => {
    const stats = dataOf(await h.gql(STATS, {}, 'anonymous')).networkStats;
    expect(stats.isolated).toEqual([{ id: 'lonely' }]);
    expect(stats.components).toBe(2);
  });

  it('counts nodes and relationships per label and type, without regions and hidden people', async () => {
    const stats = dataOf(await h.gql(STATS, {}, 'anonymous')).networkStats;
    expect(stats.nodesByLabel).toEqual([
      { label: 'Professional', count: 9 },
      { label: 'Alliance', count: 2 },
      { label: 'Practice', count: 2 },
      { label: 'Theme', count: 1 },
    ]);
    expect(stats.relationshipsByType).toEqual([
      { type: 'KNOWS', count: 16 },
      { type: 'MEMBER_OF', count: 8 },
      { type: 'CONTRIBUTES_TO', count: 2 },
      { type: 'FOCUSES_ON', count: 1 },
      { type: 'IN_THEME', count: 1 },
    ]);
    expect(stats).toMatchObject({ nodeCount: 14, relationshipCount: 28, largestComponent: 13 });
    expect(stats.density).toBeCloseTo((2 * 28) / (14 * 13));
  });

  it('keeps hidden people out of the brokers for anonymous viewers, not for administrators', async () => {
    const ids = (stats: { brokers: { professional: { id: string } }[] }) =>
      stats.brokers.map((b) => b.professional.id);
    expect(ids(dataOf(await h.gql(STATS, {}, 'anonymous')).networkStats)).not.toContain('hid');
    const admin = dataOf(await h.gql(STATS, {}, 'admin')).networkStats;
    expect(ids(admin)).toContain('hid');
    expect(admin.nodeCount).toBe(15);
  });

  it('computes once per graph version: repeats and concurrent twins cost no statement, a write recomputes', async () => {
    const count = '{ networkStats { nodeCount } }';
    const first = dataOf(await h.gql(count, {}, 'anonymous')).networkStats.nodeCount;
    const before = h.services.db.roundTrips;
    const twins = await Promise.all([h.gql(count, {}, 'anonymous'), h.gql(count, {}, 'anonymous')]);
    expect(twins.map((t) => dataOf(t).networkStats.nodeCount)).toEqual([first, first]);
    expect(h.services.db.roundTrips).toBe(before);
    dataOf(
      await h.gql(
        'mutation { createTheme(input: { id: "thm-new", name: "nieuw thema" }) { id } }',
        {},
        'admin',
      ),
    );
    expect(dataOf(await h.gql(count, {}, 'anonymous')).networkStats.nodeCount).toBe(first + 1);
    dataOf(await h.gql('mutation { deleteTheme(input: { id: "thm-new" }) { __typename } }', {}, 'admin'));
    expect(dataOf(await h.gql(count, {}, 'anonymous')).networkStats.nodeCount).toBe(first);
  });

  it('gives the same answer every time', async () => {
    const first = dataOf(await h.gql(STATS, {}, 'anonymous'));
    expect(dataOf(await h.gql(STATS, {}, 'anonymous'))).toEqual(first);
  });

  it("narrows to an alliance's neighbourhood", async () => {
    const stats = dataOf(await h.gql(STATS, { allianceId: 'all-a' }, 'anonymous')).networkStats;
    // the alliance, its four members, its theme and the practice a member contributes to
    expect(stats.nodeCount).toBe(7);
    expect(stats.nodesByLabel).toContainEqual({ label: 'Professional', count: 4 });
    expect(stats.brokers.map((b: { professional: { id: string } }) => b.professional.id)).not.toContain(
      'brk',
    );
  });

  it("narrows to a theme's neighbourhood, and to both at once", async () => {
    const theme = dataOf(await h.gql(STATS, { themeId: 'thm' }, 'anonymous')).networkStats;
    // the theme, the alliance focusing on it and its members, the practice in it and its contributor
    expect(theme.nodeCount).toBe(7);
    const both = dataOf(
      await h.gql(STATS, { allianceId: 'all-b', themeId: 'thm' }, 'anonymous'),
    ).networkStats;
    expect(both.nodeCount).toBe(0);
  });

  it('says NOT_FOUND for an alliance that does not exist', async () => {
    expect(codesOf(await h.gql(STATS, { allianceId: 'no-such' }, 'anonymous'))).toEqual(['NOT_FOUND']);
  });
});

describe('a neighbourhood with its metrics', () => {
  it('carries the metrics networkNodeMetrics gives for the same nodes, hidden people left out', async () => {
    for (const as of ['admin', 'anonymous'] as const) {
      const sub = dataOf(
        await h.gql(
          `{ neighborhood(id: "brk", depth: 1) { nodes { id } metrics { id community degree betweenness } } }`,
          {},
          as,
        ),
      ).neighborhood;
      const ids = sub.nodes.map((n: { id: string }) => n.id);
      expect(ids).toContain('brk');
      const metrics = dataOf(
        await h.gql(
          `query($ids: [ID!]!) { networkNodeMetrics(ids: $ids) { id community degree betweenness } }`,
          { ids },
          as,
        ),
      ).networkNodeMetrics;
      expect(sub.metrics).toEqual(metrics);
      expect(sub.metrics.find((m: { id: string }) => m.id === 'brk').betweenness).toBeGreaterThan(0);
      if (as === 'anonymous') expect(sub.metrics.map((m: { id: string }) => m.id)).not.toContain('hid');
    }
  });
});
