import { DirectedGraph } from 'graphology';
import { placeNewNodes } from '../../web/explorer/placement.js';

type Point = { x: number; y: number };

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Two people far apart already in the picture; what arrives is tied to one, the other or both. */
function picture() {
  const graph = new DirectedGraph<Point>();
  graph.addNode('left', { x: -50, y: 0 });
  graph.addNode('right', { x: 50, y: 0 });
  const arrived = ['l1', 'l2', 'l3', 'both', 'alone'];
  for (const id of arrived) graph.addNode(id, { x: 0, y: 0 });
  for (const id of ['l1', 'l2', 'l3', 'both']) graph.addEdge('left', id);
  graph.addEdge('right', 'both');
  return { graph, arrived };
}

it('leaves every node that was already in the picture where it was', () => {
  const { graph, arrived } = picture();
  placeNewNodes(graph, arrived, graph.getNodeAttributes('left'));
  expect(graph.getNodeAttributes('left')).toEqual({ x: -50, y: 0 });
  expect(graph.getNodeAttributes('right')).toEqual({ x: 50, y: 0 });
});

it('puts a new node next to its neighbour in view, and one tied to two between them', () => {
  const { graph, arrived } = picture();
  placeNewNodes(graph, arrived, null);
  const left = graph.getNodeAttributes('left');
  for (const id of ['l1', 'l2', 'l3']) expect(distance(graph.getNodeAttributes(id), left)).toBeLessThan(5);
  expect(distance(graph.getNodeAttributes('both'), { x: 0, y: 0 })).toBeLessThan(5);
});

it('places a node without ties in view around the anchor', () => {
  const { graph, arrived } = picture();
  placeNewNodes(graph, arrived, { x: 20, y: 30 });
  expect(distance(graph.getNodeAttributes('alone'), { x: 20, y: 30 })).toBeLessThan(5);
});

it('spreads nodes that hang from the same node instead of stacking them', () => {
  const graph = new DirectedGraph<Point>();
  graph.addNode('hub', { x: 0, y: 0 });
  const arrived = Array.from({ length: 200 }, (_, i) => `n${i}`);
  for (const id of arrived) {
    graph.addNode(id, { x: 0, y: 0 });
    graph.addEdge('hub', id);
  }
  placeNewNodes(graph, arrived, null);
  const points = arrived.map((id) => graph.getNodeAttributes(id));
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    expect(distance(points[i]!, { x: 0, y: 0 })).toBeGreaterThan(1);
    for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, distance(points[i]!, points[j]!));
  }
  expect(closest).toBeGreaterThan(0.5);
});
