import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from './graph-model.js';

/**
 * Places communities on a sunflower spiral, largest in the middle, each a disc whose area grows
 * with its members; returns the centre and radius of each. Deterministic: the same overview gives
 * the same picture, and no layout has to untangle thousands of nodes in the page.
 */
export function clusterDiscs(
  sizes: { id: number; size: number }[],
): Map<number, { x: number; y: number; r: number }> {
  const discs = new Map<number, { x: number; y: number; r: number }>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  const unit = Math.sqrt(Math.max(1, ...sizes.map((s) => s.size)));
  sizes.forEach(({ id, size }, i) => {
    const distance = unit * 2.2 * Math.sqrt(i);
    discs.set(id, {
      x: distance * Math.cos(i * golden),
      y: distance * Math.sin(i * golden),
      r: Math.sqrt(size) * 0.9 + 1,
    });
  });
  return discs;
}

/** A point in a disc, spread evenly by index (sunflower), so members do not pile up. */
export function pointInDisc(disc: { x: number; y: number; r: number }, index: number, count: number) {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const radius = disc.r * Math.sqrt((index + 0.5) / Math.max(1, count));
  return { x: disc.x + radius * Math.cos(index * golden), y: disc.y + radius * Math.sin(index * golden) };
}

/**
 * ForceAtlas2 in a web worker, run in bursts: long enough to settle what was added, then stopped so
 * that a large picture does not keep the processor busy. The analyst can resume it.
 */
export class Layout {
  private supervisor: FA2Layout | null = null;
  private timer: number | undefined;
  private size = -1;
  private readonly held: string[] = [];
  onChange: (running: boolean) => void = () => {};

  constructor(private readonly graph: ExplorerGraph) {}

  private ensure(): FA2Layout {
    // Settings depend on the size of the graph: re-create the worker when it grew a lot.
    if (this.supervisor?.isRunning()) this.supervisor.stop();
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

  /**
   * Runs for a while that grows with the graph (at most 6 s). With `only`, the rest of the picture
   * holds still while those nodes find their place, so that what the analyst saw does not move.
   */
  burst(only?: readonly string[]): void {
    if (this.graph.order < 2) return;
    this.release();
    if (only) {
      const moving = new Set(only);
      this.graph.forEachNode((id, a) => {
        if (!moving.has(id) && !a.fixed) {
          this.held.push(id);
          this.graph.setNodeAttribute(id, 'fixed', true);
        }
      });
      // start() copies the graph, `fixed` included, to the worker.
    }
    this.ensure().start();
    this.onChange(true);
    window.clearTimeout(this.timer);
    const ms = Math.min(6000, 1500 + this.graph.order * 2);
    this.timer = window.setTimeout(() => this.stop(), ms);
  }

  stop(): void {
    window.clearTimeout(this.timer);
    this.supervisor?.stop();
    this.release();
    this.onChange(false);
  }

  private release(): void {
    for (const id of this.held.splice(0)) {
      if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'fixed', false);
    }
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
