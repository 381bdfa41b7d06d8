import { Activity } from './activity.js';
import * as api from './api.js';
import {
  analyse,
  brokerageSize,
  communityColour,
  degreeSize,
  LABEL_COLOURS,
  visiblePairs,
  type Analysis,
} from './analysis.js';
import { Brokerage } from './brokerage.js';
import { GraphView } from './graph-view.js';
import {
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
import { Layout, placeByCommunity } from './layout.js';
import { showLegend, showStats } from './summary.js';
import { renderDetails, renderLabelFilters, type DetailsActions } from './panels.js';

export type ColourMode = 'community' | 'label';
export type SizeMode = 'degree' | 'brokerage';

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
  private scores: { key: string; values: Map<string, number>; max: number } | null = null;
  private version = 0;
  private readonly brokerage = new Brokerage();
  private brokerageKey = '';
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

  add(sub: api.Subgraph, anchor?: string): string[] {
    const added = mergeSubgraph(this.graph, sub, anchor);
    if (added.length || sub.edges.length) this.version++;
    this.refresh();
    if (added.length > 30 && this.analysis) {
      const centre = anchor ? this.graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
      placeByCommunity(this.graph, added, this.analysis.community, centre);
    }
    if (added.length) this.layout.burst();
    return added;
  }

  async overview(): Promise<void> {
    await this.activity.run(async () => {
      const { alliances, themes } = await api.filterOptions();
      const ids = [...alliances, ...themes].map((o) => o.id);
      // Batches of ten stay well inside the service's alias and cost limits; one merge at the end
      // places the whole picture by cluster at once.
      const parts: api.Subgraph[] = [];
      for (let i = 0; i < ids.length; i += 10)
        parts.push(await api.neighborhoods(ids.slice(i, i + 10), 1, 300));
      this.add({ nodes: parts.flatMap((p) => p.nodes), edges: parts.flatMap((p) => p.edges) });
      this.view.resetCamera();
      this.activity.status(t('loaded', { n: this.graph.order }));
    });
  }

  async expand(id: string, depth: number): Promise<void> {
    await this.activity.run(async () => {
      // 2,000 is the service's cap and what the canvas still draws smoothly.
      const added = this.add(
        await api.neighborhood(id, depth, depth > 1 ? Math.floor(6000 / depth ** 2) : 500),
        id,
      );
      this.activity.status(t('loaded', { n: added.length }));
      await this.select(id);
    });
  }

  /** Shows a node (loading it alone when it is not in the picture yet) and its details. */
  async reveal(node: api.BriefNode): Promise<void> {
    if (!this.graph.hasNode(node.id)) this.add({ nodes: [node], edges: [] });
    this.filters.hiddenLabels.delete(node.kind);
    this.refresh();
    await this.select(node.id);
    this.view.focus([node.id, ...this.graph.neighbors(node.id)]);
  }

  async select(id: string | null): Promise<void> {
    this.selected = id && this.graph.hasNode(id) ? id : null;
    this.view.highlight.selected = this.selected;
    this.app.dataset.selected = this.selected ?? '';
    this.details = null;
    this.view.refresh();
    this.renderDetails();
    if (!this.selected) return;
    const asked = this.selected;
    const fields = await api.details(asked).catch(() => null);
    if (this.selected !== asked) return;
    this.details = fields;
    this.renderDetails();
  }

  hide(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.graph.dropNode(id);
    this.version++;
    if (this.selected === id) void this.select(null);
    this.refresh();
  }

  clear(): void {
    this.layout.kill();
    this.graph.clear();
    this.clearPath();
    this.version++;
    void this.select(null);
    this.refresh();
  }

  async setFilter(kind: 'theme' | 'alliance' | 'region', id: string | null): Promise<void> {
    this.filters[kind] = id;
    if (id && !this.graph.hasNode(id)) {
      // A region holds places that hold things: two steps to reach what is located there.
      await this.activity.run(async () =>
        this.add(await api.neighborhood(id, kind === 'region' ? 2 : 1, 800), id),
      );
    }
    this.version++;
    this.refresh();
    this.view.focus([...this.visible]);
  }

  async findPath(maxHops: number): Promise<void> {
    const { from, to } = this.pathEnds;
    const result = $('path-result');
    if (!from || !to) {
      result.textContent = t('pathNeedBoth');
      return;
    }
    const path = await this.activity.run(() => api.introductionPath(from.id, to.id, maxHops));
    if (path === undefined) return;
    if (!path) {
      this.clearPath();
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

  clearPath(): void {
    this.path = [];
    this.view.highlight.path = null;
    $('path-result').textContent = '';
    this.app.dataset.path = '';
    this.app.dataset.pathLength = '';
    this.view.refresh();
  }

  colourOf = (id: string): string => {
    if (this.colourMode === 'label' || !this.analysis)
      return LABEL_COLOURS[this.graph.getNodeAttribute(id, 'kind')];
    return communityColour(this.analysis, id);
  };

  private sizeOf = (id: string): number => {
    // Crowded pictures get smaller dots, so that clusters stay readable.
    const scale = Math.min(1, Math.max(0.5, Math.sqrt(600 / Math.max(1, this.visible.size))));
    if (this.sizeMode === 'brokerage' && this.scores) {
      return scale * brokerageSize(this.scores.values.get(id) ?? 0, this.scores.max);
    }
    return scale * degreeSize(this.analysis?.degree.get(id) ?? 0);
  };

  /** Starts the betweenness of the visible part when it changed; sizes follow when it arrives. */
  private updateBrokerage(): void {
    const key = `${this.version}:${this.visible.size}:${[...this.filters.hiddenLabels].join()}`;
    if (this.scores?.key === key || this.brokerageKey === key) return;
    this.brokerageKey = key;
    const nodes = [...this.visible];
    const pairs = visiblePairs(this.graph, this.visible);
    void this.activity.run(async () => {
      this.activity.status(t('computing'), 'loading');
      const values = await this.brokerage.compute(nodes, pairs);
      if (this.brokerageKey !== key) return;
      this.scores = { key, values, max: Math.max(0, ...values.values()) };
      this.refresh();
      this.activity.status('');
    });
  }

  /** Recomputes what is visible, clusters and sizes, then redraws the canvas and the side panels. */
  refresh(): void {
    this.visible = visibleNodes(this.graph, this.filters);
    this.analysis = analyse(this.graph, this.visible);
    if (this.sizeMode === 'brokerage') this.updateBrokerage();
    this.view.appearance = { visible: this.visible, colour: this.colourOf, size: this.sizeOf };
    this.view.refresh();
    this.renderSide();
  }

  private renderSide(): void {
    const analysis = this.analysis as Analysis;
    showStats(this.app, $('stats'), this.graph, this.visible, analysis);
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
        this.refresh();
      },
    );
    showLegend($('legend'), this.graph, this.visible, analysis, this.colourMode === 'label');
    this.renderDetails();
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
      return { id: n, kind: a.kind, name: a.name };
    };
    renderDetails(
      container,
      {
        node: brief(id),
        colour: this.colourOf(id),
        fields: this.details,
        degree: this.analysis?.degree.get(id) ?? 0,
        community: this.colourMode === 'community' ? (this.analysis?.community.get(id) ?? null) : null,
        brokerage: this.sizeMode === 'brokerage' ? (this.scores?.values.get(id) ?? 0) : null,
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
      ...visibleSubgraph(this.graph, this.visible, (id) => ({
        community: this.analysis?.community.get(id) ?? null,
        degree: this.analysis?.degree.get(id) ?? 0,
        ...(this.scores ? { brokerage: this.scores.values.get(id) ?? 0 } : {}),
        colour: this.colourOf(id),
      })),
    };
  }
}
