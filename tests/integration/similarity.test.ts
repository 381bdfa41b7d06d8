import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

let h: Harness;

const node = (id: string, label: string, properties: Record<string, unknown>) => ({ id, label, properties });
const rel = (type: string, from: string, to: string) => ({ type, from, to });

beforeAll(async () => {
  h = await startHarness({ as: 'anonymous' });
  const alliance = (id: string) => node(id, 'Alliance', { name: `Alliantie ${id}`, level: 'REGIONAL' });
  const practice = (id: string) => node(id, 'Practice', { title: `Praktijk ${id}`, kind: 'METHOD' });
  const report = await h.services.importer.import(
    {
      nodes: [
        ...['a1', 'a2', 'a3', 'a4'].map(alliance),
        ...['p1', 'p2', 'p3', 'p4', 'p5'].map(practice),
        node('b1', 'Bottleneck', { title: 'Kennis verdwijnt' }),
        node('b2', 'Bottleneck', { title: 'Geen gedeelde taal' }),
        node('t1', 'Theme', { name: 'inclusie' }),
        node('i1', 'Initiative', { name: 'Doetank', kind: 'DO_TANK' }),
        node('ghost', 'Professional', { name: 'Verborgen', visibility: 'PRIVATE' }),
      ],
      relationships: [
        rel('RECORDED', 'a1', 'b1'),
        rel('RECORDED', 'a2', 'b1'),
        rel('RECORDED', 'a1', 'b2'),
        rel('RECORDED', 'a2', 'b2'),
        rel('RECORDED', 'a3', 'b2'),
        rel('FOCUSES_ON', 'a1', 't1'),
        rel('FOCUSES_ON', 'a3', 't1'),
        rel('FOCUSES_ON', 'a4', 't1'),
        rel('IN_THEME', 'p1', 't1'),
        rel('IN_THEME', 'p3', 't1'),
        rel('ADDRESSES', 'p1', 'b1'),
        rel('ADDRESSES', 'p2', 'b1'),
        rel('APPLIES', 'i1', 'p1'),
        rel('APPLIES', 'i1', 'p4'),
        rel('CONTRIBUTES_TO', 'ghost', 'p1'),
        rel('CONTRIBUTES_TO', 'ghost', 'p5'),
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

describe('alliancesSharingBottlenecks', () => {
  it('ranks a shared rare bottleneck above a shared broad theme, and lists what is shared', async () => {
    const data = dataOf(
      await h.gql(`{ alliancesSharingBottlenecks(allianceId: "a1") {
        alliance { id } sharedBottlenecks { id } sharedThemes { id } reasons { kind text }
      } }`),
    );
    const result = data.alliancesSharingBottlenecks;
    expect(result.map((r: { alliance: { id: string } }) => r.alliance.id)).toEqual(['a2', 'a3', 'a4']);
    expect(result[0].sharedBottlenecks.map((b: { id: string }) => b.id).sort()).toEqual(['b1', 'b2']);
    expect(result[1]).toMatchObject({ sharedBottlenecks: [{ id: 'b2' }], sharedThemes: [{ id: 't1' }] });
    expect(result[0].reasons[0].text).toBe("Beide allianties legden het knelpunt 'Kennis verdwijnt' vast");
  });

  it('answers NOT_FOUND for an id that is not an alliance', async () => {
    expect(codesOf(await h.gql('{ alliancesSharingBottlenecks(allianceId: "p1") { score } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('similar', () => {
  it('ranks by shared bottleneck, then applied together, then shared theme; hidden contributors prove nothing', async () => {
    const data = dataOf(await h.gql('{ similar(id: "p1", lang: EN) { node { id } reasons { kind text } } }'));
    expect(data.similar.map((m: { node: { id: string } }) => m.node.id)).toEqual(['p2', 'p4', 'p3']);
    expect(data.similar[0].reasons[0]).toEqual({
      kind: 'SAME_BOTTLENECK',
      text: "The practice 'Praktijk p2' also addresses the bottleneck 'Kennis verdwijnt'",
    });
  });

  it('answers NOT_FOUND for a theme', async () => {
    expect(codesOf(await h.gql('{ similar(id: "t1") { score } }'))).toEqual(['NOT_FOUND']);
  });
});
