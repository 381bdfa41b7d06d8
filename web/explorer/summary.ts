import { communityColour, LABEL_COLOURS, NAMED_COMMUNITIES, type Analysis } from './analysis.js';
import { CLUSTER, type ExplorerGraph } from './graph-model.js';
import { LABELS, labelName, t, type Label } from './i18n.js';
import { renderLegend } from './panels.js';

/** Counts of what is in view, as text and as data attributes on #app (the canvas cannot be read). */
export function showStats(
  app: HTMLElement,
  line: HTMLElement,
  graph: ExplorerGraph,
  visible: Set<string>,
  analysis: Analysis,
  modularity: number,
): void {
  const data = app.dataset;
  // Opened cluster nodes stay in the graph out of view; their members count instead.
  const loaded = graph.order - graph.filterNodes((_id, a) => a.opened === true).length;
  data.visibleNodes = String(visible.size);
  data.visibleEdges = String(analysis.edgeCount);
  data.loadedNodes = String(loaded);
  data.communities = String(analysis.inView.length);
  const stats = t('stats', { nodes: visible.size, edges: analysis.edgeCount, loaded });
  const clusters = t('statsCommunities', {
    n: analysis.inView.length,
    q: modularity.toFixed(2),
  });
  line.textContent = `${stats} · ${clusters}`;
}

/** The legend of what is in view: kinds with counts, or clusters named after their best-connected member. */
export function showLegend(
  container: HTMLElement,
  graph: ExplorerGraph,
  visible: Set<string>,
  analysis: Analysis,
  byLabel: boolean,
): void {
  if (byLabel) {
    const present = new Map<Label, number>();
    for (const id of visible) {
      const kind = graph.getNodeAttribute(id, 'kind');
      if (kind !== CLUSTER) present.set(kind, (present.get(kind) ?? 0) + 1);
    }
    const entries = LABELS.filter((label) => present.has(label)).map((label) => ({
      colour: LABEL_COLOURS[label],
      text: `${labelName(label)} (${present.get(label)})`,
    }));
    renderLegend(container, t('legendLabels'), entries);
    return;
  }
  const named = analysis.inView.filter((c) => c.info.id <= NAMED_COMMUNITIES);
  const entries = named.map(({ info, shown }) => ({
    colour: communityColour(info.id),
    text:
      [
        t('cluster', { n: info.id }),
        t('nodesCount', { n: info.size }),
        info.hubName ? t('clusterAround', { name: info.hubName }) : '',
      ]
        .filter(Boolean)
        .join(' · ') + (shown < info.size ? ` (${shown} ${t('inView')})` : ''),
  }));
  const rest = analysis.inView.filter((c) => c.info.id > NAMED_COMMUNITIES);
  if (rest.length) {
    const size = rest.reduce((sum, c) => sum + c.info.size, 0);
    entries.push({
      colour: communityColour(null),
      text: `${t('otherClusters')} · ${t('nodesCount', { n: size })}`,
    });
  }
  renderLegend(container, t('legendCommunities'), entries);
}
