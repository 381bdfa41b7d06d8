import Sigma from 'sigma';
import type { CameraState, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CLUSTER, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from './graph-model.js';
import { term } from './i18n.js';
import { chooseLabels, type LabelBox } from './labels.js';

const DIMMED_NODE = '#e3e7ed';
const DIMMED_EDGE = '#eef1f5';
const EDGE = '#c7ced8';
const FOCUS_EDGE = '#5b6475';
const PATH_EDGE = '#111827';
/** Beyond this many loaded ties, edges are hidden while the camera moves. */
const EDGES_KEPT_ON_MOVE = 300;
/** How long the picture at rest waits for the answer of a control (GraphView.awaitAnswer). */
const HOLD_MS = 400;

export interface Appearance {
  visible: Set<string>;
  colour(id: string): string;
  size(id: string): number;
}

export interface Highlight {
  selected: string | null;
  hovered: string | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  searchHits: Set<string>;
}

export interface ViewEvents {
  select(id: string | null): void;
  expand(id: string): void;
}

/** The sigma canvas: colours, sizes and highlights are applied by reducers, never stored. */
export class GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  appearance: Appearance = { visible: new Set(), colour: () => '#999', size: () => 4 };
  highlight: Highlight = { selected: null, hovered: null, path: null, searchHits: new Set() };
  private focusSet: Set<string> | null = null;
  private dragged: string | null = null;
  private labelled = new Set<string>();
  private labelTimer: number | undefined;
  private glideTimer: number | undefined;
  /** The last frame was drawn at rest: with its labels and ties, as the picture stands. */
  private drawnAtRest = false;
  /** The camera was gliding at its previous move. */
  private gliding = false;
  /** Where the running glide ends. */
  private glideTarget: Partial<CameraState> | null = null;
  /**
   * The picture at rest is not drawn until the answer a control waits for is shown: the number of
   * that control's hold (0: none), so that an older control's release cannot end a newer hold.
   */
  private held = 0;
  private holds = 0;
  /** A redraw is asked for and not drawn yet: positions sigma reports are not framed until then. */
  private drawPending = false;
  /** Every node and tie goes through the reducers again at the next frame (once, however often asked). */
  private reindexPending = false;
  /** Where the camera goes once the pending redraw placed the nodes it needs. */
  private pendingFocus: string[] | null = null;
  layoutRunning = false;

  constructor(
    private readonly graph: ExplorerGraph,
    container: HTMLElement,
    events: ViewEvents,
  ) {
    this.sigma = new Sigma(graph, container, {
      allowInvalidContainer: true,
      zIndex: true,
      renderEdgeLabels: true,
      labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2937' },
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#111827' },
      // Only the labels chosen by chooseLabels (forced) are drawn: never two on top of each other.
      labelRenderedSizeThreshold: Number.POSITIVE_INFINITY,
      // Text is the dearest part of a frame with software rendering (about a third of it): labels
      // wait until the picture rests, where chooseLabels places them again anyway.
      hideLabelsOnMove: true,
      defaultEdgeColor: EDGE,
      nodeReducer: (id, attributes) => this.node(id, attributes),
      edgeReducer: (key, attributes) => this.edge(key, attributes),
    });
    this.sigma.on('clickNode', ({ node }) => events.select(node));
    this.sigma.on('clickStage', () => events.select(null));
    this.sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      events.expand(event.node);
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.getCamera().on('updated', () => this.cameraMoved());
    this.sigma.on('beforeRender', () => this.reindex());
    this.sigma.on('afterRender', () => this.drawn());
    this.enableDragging();
  }

  /**
   * Runs the reducers over the whole picture right before sigma draws it: a control that changes
   * the graph, the selection and the filters pays for one pass, not one per change.
   */
  private reindex(): void {
    if (!this.reindexPending) return;
    this.reindexPending = false;
    // Inside render(): sigma only re-indexes here (its scheduled frame is the one being drawn).
    this.sigma.refresh({ schedule: true });
  }

  /** After a frame: a redraw asked for is done, so a camera move waiting for it can start. */
  private drawn(): void {
    this.drawnAtRest = !this.moving();
    if (this.drawnAtRest) {
      // How many frames were drawn at rest, for tests (each costs a lot with software rendering).
      const container = this.sigma.getContainer();
      container.dataset.framesAtRest = String(Number(container.dataset.framesAtRest ?? 0) + 1);
    }
    if (this.sigma.getCamera().isAnimated()) this.drawAfterGlide();
    if (!this.drawPending) return;
    this.drawPending = false;
    const ids = this.pendingFocus;
    this.pendingFocus = null;
    if (ids) this.focusNow(ids);
    this.scheduleLabels();
  }

  /**
   * A frame drawn while the camera glides has no labels and, on big pictures, no ties. Sigma draws
   * again when the camera moves, but a glide whose last step changes nothing (a glide to where the
   * camera already is) ends without a frame: so the picture is drawn once more after every glide.
   */
  private drawAfterGlide(): void {
    if (this.glideTimer !== undefined) return;
    this.glideTimer = window.setTimeout(() => {
      this.glideTimer = undefined;
      if (this.sigma.getCamera().isAnimated()) this.drawAfterGlide();
      // Only when no frame at rest followed: a full frame with ties costs a lot in software.
      else if (!this.drawnAtRest && this.held === 0) this.sigma.scheduleRender();
    }, 100);
  }

  /** Whether sigma draws the next frame as moving (without labels and, on big pictures, ties). */
  private moving(): boolean {
    const captor = this.sigma.getMouseCaptor();
    return (
      this.sigma.getCamera().isAnimated() ||
      captor.isMoving ||
      captor.draggedEvents > 0 ||
      captor.currentWheelDirection !== 0
    );
  }

  /**
   * The last step of a glide is drawn at rest, in full (ties and labels): its labels are chosen
   * right away, before that frame, so that the picture at rest is drawn once and not again 120 ms
   * later. With software rendering a frame at rest of a thousand dots and their ties costs more
   * than 100 ms, and a control the analyst starts then waits behind it.
   */
  private cameraMoved(): void {
    const gliding = this.sigma.getCamera().isAnimated();
    const glideEnded = this.gliding && !gliding;
    this.setGliding(gliding);
    if (!glideEnded) return this.scheduleLabels();
    window.clearTimeout(this.labelTimer);
    this.placeLabels();
  }

  /** Whether the camera glides, also as #graph[data-camera] for tests. */
  private setGliding(gliding: boolean): void {
    if (gliding === this.gliding) return;
    this.gliding = gliding;
    this.sigma.getContainer().dataset.camera = gliding ? 'gliding' : 'rest';
  }

  /** Labels are chosen again once the camera rests, not on every frame of a pan. */
  private scheduleLabels(): void {
    window.clearTimeout(this.labelTimer);
    this.labelTimer = window.setTimeout(() => this.placeLabels(), 120);
  }

  private placeLabels(): void {
    // Positions are read from sigma, which frames new nodes only when it draws them.
    if (this.drawPending || this.held !== 0) return;
    const boxes = chooseLabels(
      this.sigma,
      this.appearance.visible,
      (id) => this.labelPriority(id),
      (id) => this.graph.getNodeAttribute(id, 'label'),
    );
    const next = new Set(boxes.map((b) => b.id));
    const changed = [...next].filter((id) => !this.labelled.has(id));
    for (const id of this.labelled) if (!next.has(id)) changed.push(id);
    this.labelled = next;
    this.publishLabels(boxes);
    // Drawn again when the labels are the same only if the last frame was drawn moving, with its
    // labels hidden (hideLabelsOnMove): a frame at rest already shows them.
    if (changed.length === 0) {
      if (!this.drawnAtRest) this.sigma.scheduleRender();
      return;
    }
    // Only the nodes whose label comes or goes are processed again (a refresh without
    // partialGraph re-indexes every node and tie whatever skipIndexation says), drawn in the next
    // frame; a node sigma has not indexed yet needs the full pass.
    const known = changed.filter((id) => this.graph.hasNode(id));
    try {
      this.sigma.refresh({ partialGraph: { nodes: known }, skipIndexation: true, schedule: true });
    } catch {
      this.sigma.scheduleRefresh();
    }
  }

  /** Where the labels are, for assistive checks and tests (the canvas itself cannot be read). */
  private publishLabels(boxes: LabelBox[]): void {
    const container = this.sigma.getContainer();
    container.dataset.labelled = String(boxes.length);
    container.dataset.labelBoxes = JSON.stringify(
      boxes.map((b) => ({
        id: b.id,
        x: Math.round(b.x),
        y: Math.round(b.y),
        w: Math.round(b.w),
        h: Math.round(b.h),
        // The labelled dot itself, where a click selects it.
        cx: Math.round(b.cx),
        cy: Math.round(b.cy),
      })),
    );
  }

  /** The path first, then the selection, its neighbours and search hits, then the biggest dots. */
  private labelPriority(id: string): number {
    const { path, selected, searchHits } = this.highlight;
    if (this.focusSet && !this.focusSet.has(id)) return 0;
    const size = this.appearance.size(id);
    if (path?.nodes.has(id)) return 4000 + size;
    if (id === selected) return 3000;
    if (searchHits.has(id)) return 2500 + size;
    if (this.focusSet) return 2000 + size;
    return (this.graph.getNodeAttribute(id, 'kind') === CLUSTER ? 1000 : 0) + size;
  }

  private hover(id: string | null) {
    this.highlight.hovered = id;
    // Which node is under the pointer, for tests and the bench (a drag there moves the node).
    this.sigma.getContainer().dataset.hovered = id ?? '';
    this.refresh();
  }

  // Dragging pins a node (FA2 leaves `fixed` nodes where the analyst put them).
  private enableDragging() {
    this.sigma.on('downNode', ({ node }) => {
      this.dragged = node;
      this.graph.setNodeAttribute(node, 'fixed', true);
    });
    const captor = this.sigma.getMouseCaptor();
    captor.on('mousemovebody', (event) => {
      if (!this.dragged) return;
      const position = this.sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x: position.x, y: position.y });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    captor.on('mouseup', () => {
      this.dragged = null;
    });
  }

  /**
   * Recomputes which nodes are in focus and asks for one redraw in the next frame: however often
   * a control refreshes, the page draws once, after the answer is shown.
   */
  refresh(): void {
    const { path, hovered, selected } = this.highlight;
    const focus = hovered ?? selected;
    if (path) this.focusSet = path.nodes;
    else if (focus && this.graph.hasNode(focus))
      this.focusSet = new Set([focus, ...this.graph.neighbors(focus)]);
    else this.focusSet = null;
    // Software-rendered or slow machines keep panning fluid when pictures with many ties drop them
    // while moving: a few thousand edges halve the frame rate of a pan without a GPU.
    const big = this.graph.size > EDGES_KEPT_ON_MOVE;
    if (this.sigma.getSetting('hideEdgesOnMove') !== big) this.sigma.setSetting('hideEdgesOnMove', big);
    // What is drawn highlighted as a path, for assistive checks and tests.
    this.sigma.getContainer().dataset.highlighted = path
      ? [...path.nodes].filter((id) => this.appearance.visible.has(id)).join(' ')
      : '';
    this.drawPending = true;
    this.reindexPending = true;
    this.held = 0;
    this.sigma.scheduleRender();
  }

  /**
   * For a control that asks the service for a new picture: a running glide (the previous control's)
   * ends at its target at once, and the picture is not drawn at rest until the answer is (at most
   * HOLD_MS). With software rendering every frame of a thousand dots costs tens of milliseconds and
   * the frame at rest more than 100: drawn while the request is in flight, they would delay the
   * answer the analyst is waiting for. Returns what to call when the answer is handled (or failed).
   */
  awaitAnswer(): () => void {
    const camera = this.sigma.getCamera();
    const target = this.glideTarget;
    if (!camera.isAnimated() || !target) return () => undefined;
    // The new animation replaces the running one; its single step finds the camera already there,
    // so it emits no update of its own. (A frame the glide's last step asked for is still drawn,
    // as a moving one: it shows the camera where it now stands.)
    void camera.animate(target, { duration: 1 });
    Object.assign(camera, target);
    this.setGliding(false);
    window.clearTimeout(this.labelTimer);
    const hold = ++this.holds;
    this.held = hold;
    const release = () => {
      window.clearTimeout(timer);
      if (this.held !== hold) return;
      this.held = 0;
      // No answer drew the picture (a failure, an answer that changed nothing, or HOLD_MS over):
      // labels for the camera as it stands, drawn at rest.
      this.placeLabels();
    };
    const timer = window.setTimeout(release, HOLD_MS);
    return release;
  }

  private node(id: string, attributes: NodeAttributes): Partial<NodeDisplayData> {
    const { visible, colour, size } = this.appearance;
    if (!visible.has(id)) return { ...attributes, hidden: true };
    const display: Partial<NodeDisplayData> = {
      ...attributes,
      color: colour(id),
      size: size(id),
      zIndex: 1,
      forceLabel: this.labelled.has(id),
    };
    const { path, selected, searchHits } = this.highlight;
    if (this.focusSet && !this.focusSet.has(id)) {
      return { ...display, color: DIMMED_NODE, label: '', zIndex: 0 };
    }
    if (this.focusSet) display.zIndex = 2;
    if (path?.nodes.has(id)) Object.assign(display, { highlighted: true, size: Math.max(10, size(id)) });
    if (id === selected || searchHits.has(id)) display.highlighted = true;
    return display;
  }

  private edge(key: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> {
    const { source, target } = attributes;
    const { visible } = this.appearance;
    if (!visible.has(source) || !visible.has(target)) return { hidden: true };
    // Big pictures settle faster and stay fluid without thousands of edges redrawn each step.
    if (this.layoutRunning && visible.size > 1500) return { hidden: true };
    const { path, hovered, selected } = this.highlight;
    if (path) {
      return path.edges.has(key)
        ? { color: PATH_EDGE, size: 4, zIndex: 2, label: term(attributes.type), forceLabel: true }
        : { color: DIMMED_EDGE, size: 0.5, zIndex: 0 };
    }
    const focus = hovered ?? selected;
    if (focus) {
      return source === focus || target === focus
        ? { color: FOCUS_EDGE, size: 1.6, zIndex: 1 }
        : { color: DIMMED_EDGE, size: 0.5, zIndex: 0 };
    }
    if (attributes.type === CLUSTER) return { color: EDGE, size: attributes.weight ?? 1 };
    return { color: EDGE, size: 0.8 };
  }

  /** Moves the camera so that these nodes fill most of the view (after a pending redraw). */
  focus(ids: string[]): void {
    if (this.drawPending) this.pendingFocus = ids;
    else this.focusNow(ids);
  }

  private focusNow(ids: string[]): void {
    const points = ids.flatMap((id) => {
      const data = this.sigma.getNodeDisplayData(id);
      return data ? [data] : [];
    });
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.3));
    this.glide({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, 450);
  }

  resetCamera(): void {
    this.glide({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, 300);
  }

  private glide(target: Partial<CameraState>, duration: number): void {
    this.glideTarget = target;
    // Ended or replaced (sigma settles a replaced animation too, e.g. by a wheel zoom): a later
    // control must not jump to where this glide was going.
    void this.sigma
      .getCamera()
      .animate(target, { duration })
      .then(() => {
        if (this.glideTarget === target) this.glideTarget = null;
      });
  }

  /** The current picture as a PNG: the layers drawn on one canvas right after a fresh render. */
  async png(): Promise<Blob> {
    this.sigma.refresh();
    const { width, height } = this.sigma.getDimensions();
    const scale = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // WebGL layers keep no copy of their drawing, so they are read in the task that rendered them.
    for (const [id, layer] of Object.entries(this.sigma.getCanvases())) {
      if (id !== 'mouse') context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    }
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'),
    );
  }
}
