import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from './graph-model.js';

/**
 * Starts new nodes near the centre of their cluster (clusters around a circle, biggest first), so
 * that the layout refines the picture instead of untangling a random cloud.
 */
export function placeByCommunity(
  graph: ExplorerGraph,
  ids: string[],
  community: Map<string, number>,
  centre: { x: number; y: number },
): void {
  const sizes = new Map<number, number>();
  for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const spread = sizes.size > 1 ? Math.sqrt(graph.order) * 6 : 0;
  for (const id of ids) {
    const c = community.get(id);
    if (c === undefined) continue;
    const angle = (2 * Math.PI * c) / sizes.size;
    const radius = Math.random() * Math.sqrt(sizes.get(c) ?? 1) * 2;
    const turn = Math.random() * 2 * Math.PI;
    graph.mergeNodeAttributes(id, {
      x: centre.x + spread * Math.cos(angle) + radius * Math.cos(turn),
      y: centre.y + spread * Math.sin(angle) + radius * Math.sin(turn),
    });
  }
}

/**
 * ForceAtlas2 in a web worker, run in bursts: long enough to settle what was added, then stopped so
 * that a large picture does not keep the processor busy. The analyst can resume it.
 */
export class Layout {
  private supervisor: FA2Layout | null = null;
  private timer: number | undefined;
  private size = -1;
  onChange: (running: boolean) => void = () => {};

  constructor(private readonly graph: ExplorerGraph) {}

  private ensure(): FA2Layout {
    // Settings depend on the size of the graph: re-create the worker when it grew a lot.
    if (this.supervisor && Math.abs(this.graph.order - this.size) < this.size / 2) return this.supervisor;
    this.supervisor?.kill();
    this.size = this.graph.order;
    const inferred = forceAtlas2.inferSettings(this.graph);
    this.supervisor = new FA2Layout(this.graph, {
      settings: {
        ...inferred,
        barnesHutOptimize: this.graph.order > 250,
        linLogMode: true,
        gravity: 1,
        slowDown: 3,
      },
    });
    return this.supervisor;
  }

  running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Runs for a while that grows with the graph (at most 6 s). */
  burst(): void {
    if (this.graph.order < 2) return;
    this.ensure().start();
    this.onChange(true);
    window.clearTimeout(this.timer);
    const ms = Math.min(6000, 1500 + this.graph.order * 2);
    this.timer = window.setTimeout(() => this.stop(), ms);
  }

  stop(): void {
    window.clearTimeout(this.timer);
    this.supervisor?.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.running()) this.stop();
    else this.burst();
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = null;
    this.size = -1;
  }
}
