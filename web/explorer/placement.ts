import type { AbstractGraph, Attributes } from 'graphology-types';

interface Point {
  x: number;
  y: number;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring dots of one group, in graph units (a cluster disc uses about 1). */
const SPACING = 1.1;
/** First ring: a new node never lands on the node it hangs from. */
const INNER = 1.6;

/**
 * Places nodes that just arrived, once, without moving anything that was there: each at the
 * middle of its neighbours already in the picture (or at `anchor`, or `fallback`), and nodes that
 * share such a place spread on a sunflower around it. Linear in the new nodes and their ties, so
 * that a neighbourhood of hundreds of nodes costs the page a millisecond or two instead of seconds
 * of a force layout redrawing the whole picture; the analyst can still run the layout on request.
 */
export function placeNewNodes<N extends Point & Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  added: readonly string[],
  anchor: Point | null,
  fallback: Point = { x: 0, y: 0 },
): void {
  const fresh = new Set(added);
  const groups = new Map<string, { base: Point; ids: string[] }>();
  for (const id of added) {
    if (!graph.hasNode(id)) continue;
    const placed: string[] = [];
    graph.forEachNeighbor(id, (other: string) => {
      if (!fresh.has(other)) placed.push(other);
    });
    let base = anchor ?? fallback;
    if (placed.length > 0) {
      let x = 0;
      let y = 0;
      for (const other of placed) {
        const a = graph.getNodeAttributes(other);
        x += a.x;
        y += a.y;
      }
      base = { x: x / placed.length, y: y / placed.length };
    }
    // Nodes hanging from the same nodes form one group around one point.
    const key = placed.length > 0 ? placed.sort().join('\n') : '';
    const group = groups.get(key) ?? { base, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  for (const { base, ids } of groups.values()) {
    ids.forEach((id, i) => {
      const radius = INNER + SPACING * Math.sqrt(i);
      const angle = i * GOLDEN;
      graph.mergeNodeAttributes(id, {
        x: base.x + radius * Math.cos(angle),
        y: base.y + radius * Math.sin(angle),
      } as Partial<N>);
    });
  }
}
