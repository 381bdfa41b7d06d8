import { Activity } from './activity.js';
import * as api from './api.js';
import {
  analyse,
  brokerageSize,
  clusterSize,
  communityColour,
  degreeSize,
  LABEL_COLOURS,
  type Analysis,
  type CommunityInfo,
} from './analysis.js';
import { GraphView } from './graph-view.js';
import {
  CLUSTER,
  clusterNodeId,
  countByLabel,
  createGraph,
  edgeKey,
  emptyFilters,
  mergeSubgraph,
  visibleNodes,
  visibleSubgraph,
  type ExplorerGraph,
  type Filters,
} from './graph-model.js';
import { t } from './i18n.js';
import { clusterDiscs, Layout, pointInDisc } from './layout.js';
import { showLegend, showStats } from './summary.js';
import { renderDetails, renderLabelFilters, type DetailsActions } from './panels.js';

export type ColourMode = 'community' | 'label';
export type SizeMode = 'degree' | 'brokerage';

/** What the first picture holds: the largest communities and the network's top nodes. */
const OVERVIEW_TOP = 150;
const OVERVIEW_COMMUNITIES = 40;
/** Members loaded when a cluster is opened. */
const CLUSTER_MEMBERS = 200;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The explorer's state and what can be done with it; main.ts binds the controls to it. */
export class Explorer {
  readonly graph: ExplorerGraph = createGraph();
  readonly view: GraphView;
  readonly layout: Layout;
  filters: Filters = emptyFilters();
  colourMode: ColourMode = 'community';
  sizeMode: SizeMode = 'degree';
  pathEnds: { from: api.BriefNode | null; to: api.BriefNode | null } = { from: null, to: null };
  private visible = new Set<string>();
  private analysis: Analysis | null = null;
  private communities = new Map<number, CommunityInfo>();
  private discs = new Map<number, { x: number; y: number; r: number }>();
  private modularity = 0;
  private maxBetweenness = 0;
  private path: string[] = [];
  private selected: string | null = null;
  private details: Record<string, unknown> | null = null;
  private readonly app = $('app');
  readonly activity = new Activity(this.app, $('status'));

  constructor(readonly actions: Pick<DetailsActions, 'pathFrom' | 'pathTo'>) {
    this.view = new GraphView(this.graph, $('graph'), {
      select: (id) => void this.select(id),
      expand: (id) => void this.expand(id, 1),
    });
    this.layout = new Layout(this.graph);
  }

  /**
   * Adds a subgraph; new nodes are placed next to their neighbours while what was there holds
   * still. No force layout runs: redrawing the whole picture on every step of it kept the page
   * busy for seconds after each answer (the analyst can still start it).
   */
  add(sub: api.Subgraph, anchor?: string): string[] {
    const added = this.merge(sub, anchor);
    this.refresh();
    return added;
  }

  /** add() without the redraw, for callers that redraw themselves right after. */
  private merge(sub: api.Subgraph, anchor?: string): string[] {
    const added = mergeSubgraph(this.graph, sub, anchor);
    for (const id of added) {
      const metric = sub.metrics?.get(id);
      if (metric && !this.graph.getNodeAttribute(id, 'metric'))
        this.graph.setNodeAttribute(id, 'metric', metric);
    }
    if (added.length) void this.loadMetrics(added);
    return added;
  }

  /** Server metrics (community, degree, betweenness) of nodes that arrived without them. */
  private async loadMetrics(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => this.graph.hasNode(id) && !this.graph.getNodeAttribute(id, 'metric'));
    if (missing.length === 0) return;
    const metrics = await api.nodeMetrics(missing.slice(0, 5000)).catch(() => null);
    if (!metrics) return;
    for (const [id, metric] of metrics) {
      if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'metric', metric);
    }
    this.refresh();
  }

  /**
   * The first picture: the server's communities as one node each (sized by members, tied by the
   * ties between them) and the network's top nodes inside their community's disc. Details load
   * when the analyst opens a cluster or expands a node.
   */
  async overview(): Promise<void> {
    await this.activity.run(async () => {
      const overview = await api.networkOverview(OVERVIEW_TOP, OVERVIEW_COMMUNITIES);
      this.layout.kill();
      this.graph.clear();
      this.clearPath();
      this.selectNow(null);
      this.modularity = overview.modularity;
      this.communities = new Map(
        overview.communities.map((c) => [c.id, { id: c.id, size: c.size, hubName: c.hub?.name ?? '' }]),
      );
      this.discs = clusterDiscs(overview.communities);
      for (const c of overview.communities) {
        const disc = this.discs.get(c.id)!;
        this.graph.addNode(clusterNodeId(c.id), {
          x: disc.x,
          y: disc.y,
          kind: CLUSTER,
          name: t('clusterName', { n: c.id, name: c.hub?.name ?? '' }),
          label: t('clusterLabel', { n: c.id, name: c.hub?.name ?? '', size: c.size }),
          members: c.size,
          metric: { community: c.id, degree: 0, betweenness: 0 },
        });
      }
      const maxTies = Math.max(1, ...overview.communityTies.map((tie) => tie.ties));
      for (const tie of overview.communityTies) {
        const [from, to] = [clusterNodeId(tie.from), clusterNodeId(tie.to)];
        this.graph.mergeEdgeWithKey(edgeKey(CLUSTER, from, to), from, to, {
          type: CLUSTER,
          source: from,
          target: to,
          weight: 0.5 + 5 * Math.sqrt(tie.ties / maxTies),
        });
      }
      this.placeMembers(overview.nodes);
      mergeSubgraph(this.graph, { nodes: [], edges: overview.edges });
      this.refresh();
      this.view.resetCamera();
      this.activity.status(
        t('overviewLoaded', { clusters: overview.communities.length, n: overview.nodeCount }),
      );
    });
  }

  /** Adds nodes with their metrics, each inside its community's disc (or around the middle). */
  private placeMembers(nodes: (api.BriefNode & api.Metric)[]): string[] {
    const byCommunity = new Map<number | null, (api.BriefNode & api.Metric)[]>();
    for (const n of nodes) byCommunity.set(n.community, [...(byCommunity.get(n.community) ?? []), n]);
    const added: string[] = [];
    for (const [community, members] of byCommunity) {
      const disc = (community !== null && this.discs.get(community)) || { x: 0, y: 0, r: 4 };
      members.forEach((n, i) => {
        const { community: c, degree, betweenness, ...node } = n;
        if (this.graph.hasNode(node.id)) return;
        mergeSubgraph(this.graph, { nodes: [node], edges: [] });
        this.graph.mergeNodeAttributes(node.id, {
          ...pointInDisc(disc, i + 1, members.length + 1),
          metric: { community: c, degree, betweenness },
        });
        added.push(node.id);
      });
    }
    return added;
  }

  /**
   * A control whose answer changes the picture: a glide still running from the previous control
   * ends at once and the picture is drawn at rest with the answer, not while it is in flight.
   */
  private async load<T>(task: () => Promise<T>, where: HTMLElement): Promise<T | undefined> {
    const answered = this.view.awaitAnswer();
    try {
      return await this.activity.run(task, where);
    } finally {
      answered();
    }
  }

  /** Replaces a cluster node by its best connected members, tied to what is in view. */
  async openCluster(community: number): Promise<void> {
    await this.load(async () => {
      const part = await api.networkOverview(CLUSTER_MEMBERS, 0, community);
      const clusterId = clusterNodeId(community);
      if (this.graph.hasNode(clusterId)) this.graph.setNodeAttribute(clusterId, 'opened', true);
      this.selectNow(null);
      const added = this.placeMembers(part.nodes);
      mergeSubgraph(this.graph, { nodes: [], edges: part.edges });
      this.refresh();
      this.activity.status(t('loaded', { n: added.length }));
      this.view.focus(added);
    }, $('details-error'));
  }

  async expand(id: string, depth: number): Promise<void> {
    if (!this.graph.hasNode(id)) return;
    const community = this.graph.getNodeAttribute(id, 'metric')?.community;
    if (this.graph.getNodeAttribute(id, 'kind') === CLUSTER && community != null) {
      await this.openCluster(community);
      return;
    }
    await this.load(async () => {
      const added = this.add(
        await api.neighborhood(id, depth, depth > 1 ? Math.floor(6000 / depth ** 2) : 500),
        id,
      );
      this.activity.status(t('loaded', { n: added.length }));
      await this.select(id);
    }, $('details-error'));
  }

  /** Shows a node (loading it alone when it is not in the picture yet) and its details. */
  async reveal(node: api.BriefNode): Promise<void> {
    await this.load(async () => {
      // A node not in the picture yet comes with its metrics in the same request as its details.
      const known = this.graph.hasNode(node.id);
      const asked = known
        ? api.details(node.id).then((details) => ({ details, metric: null }))
        : api.detailsAndMetric(node.id);
      const answer = await asked.catch(() => ({ details: null, metric: null }));
      if (!this.graph.hasNode(node.id)) {
        const { metric } = answer;
        const disc = metric?.community != null ? this.discs.get(metric.community) : undefined;
        mergeSubgraph(this.graph, { nodes: [node], edges: [] });
        if (metric) this.graph.setNodeAttribute(node.id, 'metric', metric);
        if (disc) this.graph.mergeNodeAttributes(node.id, pointInDisc(disc, 0, 1));
      }
      this.filters.hiddenLabels.delete(node.kind);
      this.clearPath();
      this.refresh();
      await this.select(node.id, Promise.resolve(answer.details));
      // The camera glides once the answer is drawn: its frames would otherwise delay the details.
      this.view.focus([node.id, ...this.graph.neighbors(node.id)]);
    }, $('search-error'));
  }

  private selectNow(id: string | null): boolean {
    this.selected = id && this.graph.hasNode(id) ? id : null;
    this.view.highlight.selected = this.selected;
    this.app.dataset.selected = this.selected ?? '';
    this.details = null;
    $('details-error').textContent = '';
    this.view.refresh();
    this.renderDetails();
    this.renderStageActions();
    return this.selected !== null;
  }

  /** Selects a node and reads its details (or takes them from `pending`, asked for already). */
  async select(id: string | null, pending?: Promise<Record<string, unknown> | null>): Promise<void> {
    // Selecting what is selected (as expanding does) keeps the details already read.
    if (id !== null && id === this.selected && this.details) return;
    if (!this.selectNow(id) || this.graph.getNodeAttribute(id!, 'kind') === CLUSTER) return;
    const asked = this.selected!;
    const fields = await (pending ?? api.details(asked).catch(() => null));
    if (this.selected !== asked) return;
    this.details = fields;
    this.renderDetails();
  }

  hide(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.graph.dropNode(id);
    if (this.selected === id) this.selectNow(null);
    this.refresh();
  }

  clear(): void {
    this.layout.kill();
    this.graph.clear();
    this.clearPath();
    this.selectNow(null);
    this.refresh();
  }

  /**
   * After any filter change: a selection that is out of view, or any selection when the scope
   * changed, and a path with a hidden step, are stale and go.
   */
  filtersChanged(scopeChanged: boolean): void {
    this.refresh();
    const staleSelection = this.selected !== null && (scopeChanged || !this.visible.has(this.selected));
    const stalePath = this.path.some((id) => !this.visible.has(id));
    if (staleSelection) this.selectNow(null);
    if (stalePath) this.clearPath();
    if (staleSelection || stalePath) this.refresh();
  }

  async setFilter(kind: 'theme' | 'alliance' | 'region', id: string | null): Promise<void> {
    this.filters[kind] = id;
    if (id && !this.graph.hasNode(id)) {
      // A region holds places that hold things: two steps to reach what is located there.
      await this.load(
        async () => this.merge(await api.neighborhood(id, kind === 'region' ? 2 : 1, 800), id),
        $('filter-error'),
      );
    }
    this.filtersChanged(true);
    this.view.focus([...this.visible]);
  }

  async findPath(maxHops: number): Promise<void> {
    const { from, to } = this.pathEnds;
    const result = $('path-result');
    // A new question: the old answer and an unrelated selection go first.
    this.clearPath();
    this.selectNow(null);
    if (!from || !to) {
      result.textContent = t(from ? 'pathNeedTo' : to ? 'pathNeedFrom' : 'pathNeedBoth');
      result.className = 'inline-error';
      return;
    }
    const path = await this.load(() => api.introductionPath(from.id, to.id, maxHops), result);
    if (path === undefined) return;
    if (!path) {
      result.textContent = t('pathNone', { n: maxHops });
      return;
    }
    for (const node of path.nodes) this.filters.hiddenLabels.delete(node.kind);
    this.add(path);
    this.path = path.nodes.map((n) => n.id);
    const edges = new Set(
      path.edges.flatMap((e) => [edgeKey(e.type, e.from, e.to), edgeKey(e.type, e.to, e.from)]),
    );
    this.view.highlight.path = { nodes: new Set(this.path), edges };
    result.replaceChildren(
      document.createTextNode(`${t('pathFound', { n: path.length })} `),
      document.createTextNode(path.nodes.map((n) => n.name).join(' → ')),
    );
    this.app.dataset.path = this.path.join(' ');
    this.app.dataset.pathLength = String(path.length);
    this.refresh();
    this.view.focus(this.path);
  }

  /** The selected node with its kind, or null. */
  selection(): api.BriefNode | null {
    const id = this.selected;
    if (!id || !this.graph.hasNode(id)) return null;
    const a = this.graph.getNodeAttributes(id);
    return a.kind === CLUSTER ? null : { id, kind: a.kind, name: a.name };
  }

  /**
   * Highlights the path that proves an answer (adding its nodes when they are not in view yet);
   * null goes back to no highlight. Returns the ids of the path's nodes.
   */
  highlightPath(path: api.Subgraph | null, centre = false): string[] {
    if (!path) {
      this.view.highlight.path = null;
      this.app.dataset.highlight = '';
      this.refresh();
      return [];
    }
    for (const node of path.nodes) this.filters.hiddenLabels.delete(node.kind);
    // Missing nodes settle next to a step of the path that is already in view.
    this.add(path, path.nodes.find((n) => this.graph.hasNode(n.id))?.id);
    const ids = path.nodes.map((n) => n.id);
    const edges = new Set(
      path.edges.flatMap((e) => [edgeKey(e.type, e.from, e.to), edgeKey(e.type, e.to, e.from)]),
    );
    this.view.highlight.path = { nodes: new Set(ids), edges };
    this.app.dataset.highlight = ids.join(' ');
    this.refresh();
    if (centre) this.view.focus(ids);
    return ids;
  }

  clearPath(): void {
    this.path = [];
    this.view.highlight.path = null;
    const result = $('path-result');
    result.textContent = '';
    result.className = '';
    this.app.dataset.path = '';
    this.app.dataset.pathLength = '';
    this.view.refresh();
  }

  colourOf = (id: string): string => {
    const attributes = this.graph.getNodeAttributes(id);
    if (this.colourMode === 'label' && attributes.kind !== CLUSTER) return LABEL_COLOURS[attributes.kind];
    return communityColour(attributes.metric?.community);
  };

  private sizeOf = (id: string): number => {
    const attributes = this.graph.getNodeAttributes(id);
    if (attributes.kind === CLUSTER) return clusterSize(attributes.members ?? 1);
    // Crowded pictures get smaller dots, so that clusters stay readable.
    const scale = Math.min(1, Math.max(0.5, Math.sqrt(600 / Math.max(1, this.visible.size))));
    if (this.sizeMode === 'brokerage') {
      return scale * brokerageSize(attributes.metric?.betweenness ?? 0, this.maxBetweenness);
    }
    return scale * degreeSize(attributes.metric?.degree ?? this.analysis?.degree.get(id) ?? 0);
  };

  /** Recomputes what is visible and the sizes, then redraws the canvas and the side panels. */
  refresh(): void {
    this.visible = visibleNodes(this.graph, this.filters);
    this.analysis = analyse(this.graph, this.visible, this.communities);
    this.maxBetweenness = 0;
    for (const id of this.visible) {
      this.maxBetweenness = Math.max(
        this.maxBetweenness,
        this.graph.getNodeAttribute(id, 'metric')?.betweenness ?? 0,
      );
    }
    this.view.appearance = { visible: this.visible, colour: this.colourOf, size: this.sizeOf };
    this.view.refresh();
    this.renderSide();
  }

  private renderSide(): void {
    const analysis = this.analysis as Analysis;
    showStats(this.app, $('stats'), this.graph, this.visible, analysis, this.modularity);
    this.app.dataset.colourMode = this.colourMode;
    this.app.dataset.sizeMode = this.sizeMode;
    renderLabelFilters(
      $('label-filters'),
      countByLabel(this.graph),
      this.filters.hiddenLabels,
      (label) => LABEL_COLOURS[label],
      (label, shown) => {
        if (shown) this.filters.hiddenLabels.delete(label);
        else this.filters.hiddenLabels.add(label);
        this.filtersChanged(false);
      },
    );
    showLegend($('legend'), this.graph, this.visible, analysis, this.colourMode === 'label');
    this.renderDetails();
    this.renderStageActions();
  }

  /** A visible way to expand what is selected (double-click works too, but nobody guesses it). */
  private renderStageActions(): void {
    const button = $<HTMLButtonElement>('expand-selected');
    const hint = $('hint');
    const id = this.selected;
    if (!id || !this.graph.hasNode(id)) {
      button.hidden = true;
      hint.hidden = false;
      return;
    }
    const attributes = this.graph.getNodeAttributes(id);
    button.hidden = false;
    hint.hidden = true;
    button.textContent =
      attributes.kind === CLUSTER
        ? t('openCluster', { name: attributes.name })
        : t('expandNamed', { name: attributes.name });
  }

  expandSelected(): void {
    if (this.selected) void this.expand(this.selected, 1);
  }

  renderDetails(): void {
    const container = $('details-body');
    const id = this.selected;
    if (!id || !this.graph.hasNode(id)) {
      container.replaceChildren(
        Object.assign(document.createElement('p'), { className: 'muted', textContent: t('detailsEmpty') }),
      );
      return;
    }
    const brief = (n: string): api.BriefNode => {
      const a = this.graph.getNodeAttributes(n);
      return { id: n, kind: a.kind === CLUSTER ? 'Professional' : a.kind, name: a.name };
    };
    const attributes = this.graph.getNodeAttributes(id);
    const metric = attributes.metric;
    renderDetails(
      container,
      {
        node: { ...brief(id), kind: attributes.kind },
        colour: this.colourOf(id),
        fields: attributes.kind === CLUSTER ? { members: attributes.members } : this.details,
        degree: this.analysis?.degree.get(id) ?? 0,
        community: metric?.community ?? null,
        brokerage: attributes.kind === CLUSTER ? null : (metric?.betweenness ?? null),
        neighbours: this.graph
          .neighbors(id)
          .filter((n) => this.visible.has(n))
          .map(brief),
      },
      {
        ...this.actions,
        expand: (node, depth) => void this.expand(node, depth),
        centre: (node) => this.view.focus([node]),
        hide: (node) => this.hide(node),
        select: (node) => {
          void this.select(node);
          this.view.focus([node]);
        },
      },
    );
  }

  exportJson(): object {
    return {
      exportedAt: new Date().toISOString(),
      colourMode: this.colourMode,
      sizeMode: this.sizeMode,
      path: this.path,
      ...visibleSubgraph(this.graph, this.visible, (id) => {
        const metric = this.graph.getNodeAttribute(id, 'metric');
        return {
          community: metric?.community ?? null,
          degree: this.analysis?.degree.get(id) ?? 0,
          ...(metric ? { networkDegree: metric.degree, brokerage: metric.betweenness } : {}),
          colour: this.colourOf(id),
        };
      }),
    };
  }
}
