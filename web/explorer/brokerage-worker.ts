// Betweenness off the main thread: O(V·E) takes a second or more on 2,000 nodes, and the canvas
// must keep moving meanwhile.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';

export interface BrokerageRequest {
  id: number;
  nodes: string[];
  edges: [string, string][];
}
export interface BrokerageAnswer {
  id: number;
  scores: Record<string, number>;
}

// The DOM typings describe `self` as a window; in a worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BrokerageRequest>) => void) | null;
  postMessage(answer: BrokerageAnswer): void;
};

scope.onmessage = ({ data }) => {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const node of data.nodes) graph.addNode(node);
  for (const [a, b] of data.edges) graph.mergeEdge(a, b);
  const scores = graph.size > 0 ? betweenness(graph, { normalized: true }) : {};
  scope.postMessage({ id: data.id, scores });
};
