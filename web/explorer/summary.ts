import { LABEL_COLOURS, type Analysis } from './analysis.js';
import type { ExplorerGraph } from './graph-model.js';
import { LABELS, labelName, t, type Label } from './i18n.js';
import { renderLegend } from './panels.js';

// Beyond this the colours repeat; the rest is summed up in one line.
const NAMED_CLUSTERS = 12;

/** Counts of what is in view, as text and as data attributes on #app (the canvas cannot be read). */
export function showStats(
  app: HTMLElement,
  line: HTMLElement,
  graph: ExplorerGraph,
  visible: Set<string>,
  analysis: Analysis,
): void {
  const data = app.dataset;
  data.visibleNodes = String(visible.size);
  data.visibleEdges = String(analysis.edgeCount);
  data.loadedNodes = String(graph.order);
  data.communities = String(analysis.communities.length);
  const stats = t('stats', { nodes: visible.size, edges: analysis.edgeCount, loaded: graph.order });
  const clusters = t('statsCommunities', {
    n: analysis.communities.length,
    q: analysis.modularity.toFixed(2),
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
      present.set(kind, (present.get(kind) ?? 0) + 1);
    }
    const entries = LABELS.filter((label) => present.has(label)).map((label) => ({
      colour: LABEL_COLOURS[label],
      text: `${labelName(label)} (${present.get(label)})`,
    }));
    renderLegend(container, t('legendLabels'), entries);
    return;
  }
  const entries = analysis.communities.slice(0, NAMED_CLUSTERS).map((c) => ({
    colour: c.colour,
    text: [
      t('cluster', { n: c.index + 1 }),
      t('nodesCount', { n: c.size }),
      t('clusterAround', { name: graph.getNodeAttribute(c.hub, 'name') }),
    ].join(' · '),
  }));
  const rest = analysis.communities.slice(NAMED_CLUSTERS);
  if (rest.length) {
    const size = rest.reduce((sum, c) => sum + c.size, 0);
    entries.push({
      colour: rest[0]?.colour ?? '#ccc',
      text: `${t('otherClusters')} · ${t('nodesCount', { n: size })}`,
    });
  }
  renderLegend(container, t('legendCommunities'), entries);
}
