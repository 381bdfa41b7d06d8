import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { sampledBetweenness } from '../../src/network/betweenness.js';
import { networkMetrics, type Projection } from '../../src/network/metrics.js';
import { mulberry32 } from '../../src/util/random.js';

const exactBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

/** Two groups of four who all know each other, joined only through 'broker' (who knows two of each). */
function twoClusters(): Projection {
  const people = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'broker'];
  const edges: { type: 'KNOWS'; from: string; to: string }[] = [];
  for (const group of ['a', 'b']) {
    for (let i = 1; i <= 4; i++) {
      for (let j = i + 1; j <= 4; j++)
        edges.push({ type: 'KNOWS', from: `${group}${i}`, to: `${group}${j}` });
    }
  }
  for (const other of ['a1', 'a2', 'b1', 'b2']) edges.push({ type: 'KNOWS', from: 'broker', to: other });
  return {
    nodes: [
      ...people.map((id) => ({ id, label: 'Professional' as const })),
      { id: 'lonely', label: 'Practice' },
    ],
    edges,
  };
}

describe('networkMetrics', () => {
  it('ranks the broker first, finds both clusters and the isolated practice', () => {
    const stats = networkMetrics(twoClusters());
    expect(stats.brokers[0]).toMatchObject({ id: 'broker', communities: 2 });
    expect(stats.brokersExact).toBe(true);
    expect(stats.communities.map((c) => c.size).sort()).toEqual([4, 5]);
    expect(stats.isolatedIds).toEqual(['lonely']);
    expect(stats).toMatchObject({ nodeCount: 10, relationshipCount: 16, components: 2, largestComponent: 9 });
    expect(stats.density).toBeCloseTo((2 * 16) / (10 * 9));
  });

  it('gives the same answer for the same graph in any order', () => {
    const projection = twoClusters();
    const shuffled = { nodes: [...projection.nodes].reverse(), edges: [...projection.edges].reverse() };
    expect(networkMetrics(shuffled)).toEqual(networkMetrics(projection));
  });

  it('counts an isolated practice as linked once someone contributes to it', () => {
    const projection = twoClusters();
    const stats = networkMetrics({
      nodes: projection.nodes,
      edges: [...projection.edges, { type: 'CONTRIBUTES_TO', from: 'a2', to: 'lonely' }],
    });
    expect(stats.isolatedIds).toEqual([]);
    expect(stats.components).toBe(1);
  });

  it('copes with a network without ties', () => {
    const stats = networkMetrics({ nodes: [{ id: 'x', label: 'Initiative' }], edges: [] });
    expect(stats).toMatchObject({
      nodeCount: 1,
      communities: [],
      brokers: [],
      isolatedIds: ['x'],
      density: 0,
    });
  });
});

describe('sampledBetweenness', () => {
  it('equals the exact betweenness of graphology-metrics when every node is a source', () => {
    const graph = new UndirectedGraph();
    const random = mulberry32(7);
    for (let i = 0; i < 60; i++) graph.addNode(`n${i}`);
    for (let i = 0; i < 150; i++) {
      const [a, b] = [Math.floor(random() * 60), Math.floor(random() * 60)];
      if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
    }
    const exact = exactBetweenness(graph, { getEdgeWeight: null, normalized: true });
    const all = sampledBetweenness(
      graph,
      graph.nodes().map((_, i) => i),
    );
    for (const id of graph.nodes()) expect(all[id]).toBeCloseTo(exact[id]!, 10);
  });
});
