import type { CypherLibrary } from '../db/cypher.js';
import type { Database, Row } from '../db/database.js';
import type { Label } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import { BadInput, NotFound } from '../errors.js';
import type { Viewer } from '../graphql/context.js';
import { visibleTo } from '../recommend/paths.js';
import { workSeenOf } from '../auth/viewer.js';
import { networkMetrics, type NetworkStatsRow, type Projection } from './metrics.js';
import {
  metricsOf,
  overviewOf,
  type NetworkOverviewRow,
  type OverviewNodeRow,
  type OverviewRequest,
} from './overview.js';

export interface NetworkScope {
  readonly allianceId?: string | null;
  readonly themeId?: string | null;
}

/**
 * Betweenness costs about nodes × ties; beyond this many nodes one answer would take longer than a
 * request may (see docs/network.md), so the caller is asked to narrow the question.
 */
export const MAX_PROJECTION_NODES = 50_000;
const PAGE_SIZE = 10_000;
/** How long computed metrics are kept at most, even when nothing was written. */
const STATS_TTL_MS = 10 * 60_000;

/**
 * Network metrics over a projection of the graph. Computing them takes the process's CPU (up to
 * seconds on a large graph), so answers are kept per viewer visibility and scope until the next
 * write to the graph, identical questions in flight share one computation, and computations run
 * one at a time: repeating an expensive question costs nothing, and nobody can occupy the
 * process by asking it many times at once.
 */
export class NetworkService {
  private readonly computed = new Map<
    string,
    { version: number; until: number; stats: Promise<NetworkStatsRow> }
  >();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: Database,
    readonly cypher: CypherLibrary,
  ) {
    for (const name of ['alliance-scope', 'theme-scope', 'projection-page', 'projection-of']) {
      cypher.get(`network/${name}`);
    }
  }

  /**
   * Clusters, brokers, isolated work and counts of the whole graph, or of the neighbourhood of an
   * alliance or a theme (of both: the nodes in both neighbourhoods). People the viewer may not
   * see are not part of the projection at all, so they neither appear nor shape the answer.
   */
  stats(viewer: Viewer, scope: NetworkScope = {}): Promise<NetworkStatsRow> {
    const visible = visibleTo(viewer);
    const key = JSON.stringify([visible, scope.allianceId ?? null, scope.themeId ?? null]);
    const version = this.db.version;
    const kept = this.computed.get(key);
    if (kept && kept.version === version && kept.until > Date.now()) return kept.stats;
    const stats = this.queue.then(() => this.compute(viewer, scope));
    this.queue = stats.catch(() => undefined);
    if (this.computed.size >= 200) this.computed.clear();
    this.computed.set(key, { version, until: Date.now() + STATS_TTL_MS, stats });
    // A failed computation is not kept.
    stats.catch(() => this.computed.delete(key));
    return stats;
  }

  /** What the explorer draws first of a large network, from the same kept metrics (overview.ts). */
  async overview(viewer: Viewer, scope: NetworkScope, request: OverviewRequest): Promise<NetworkOverviewRow> {
    return overviewOf(await this.stats(viewer, scope), request);
  }

  /** Degree, betweenness and community of nodes the explorer loaded on demand. */
  async nodeMetrics(viewer: Viewer, scope: NetworkScope, ids: readonly string[]): Promise<OverviewNodeRow[]> {
    return metricsOf(await this.stats(viewer, scope), ids);
  }

  private async compute(viewer: Viewer, scope: NetworkScope): Promise<NetworkStatsRow> {
    const projection = await this.project(visibleTo(viewer), scope);
    if (projection.nodes.length > MAX_PROJECTION_NODES) {
      throw new BadInput(
        scope.allianceId ? 'allianceId' : 'themeId',
        `this network has ${projection.nodes.length} nodes, more than the ${MAX_PROJECTION_NODES} ` +
          'that metrics are computed for; narrow it with allianceId or themeId',
      );
    }
    return networkMetrics(projection);
  }

  async project(visible: readonly string[], scope: NetworkScope): Promise<Projection> {
    const ids = await this.scopeIds(visible, scope);
    if (ids === null) return this.wholeGraph(visible);
    const rows = await this.db.read(this.cypher.get('network/projection-of'), {
      ids,
      visible,
      seen: workSeenOf(visible),
    });
    return toProjection(rows);
  }

  private async scopeIds(visible: readonly string[], scope: NetworkScope): Promise<string[] | null> {
    const scopes: Set<string>[] = [];
    if (scope.allianceId) {
      const params = { allianceId: scope.allianceId, visible };
      scopes.push(await this.scope('alliance-scope', params, 'alliance', scope.allianceId));
    }
    if (scope.themeId) {
      const params = { themeId: scope.themeId, visible };
      scopes.push(await this.scope('theme-scope', params, 'theme', scope.themeId));
    }
    const [first, ...rest] = scopes;
    if (!first) return null;
    return [...first].filter((id) => rest.every((s) => s.has(id)));
  }

  private async scope(name: string, params: object, what: string, id: string): Promise<Set<string>> {
    const rows = await this.db.read(this.cypher.get(`network/${name}`), { ...params });
    if (rows.length === 0) throw new NotFound(what, id);
    return new Set(rows[0]!.ids as string[]);
  }

  /** In pages, each its own short read, so that a large graph stays within the timeout. */
  private async wholeGraph(visible: readonly string[]): Promise<Projection> {
    const statement = this.cypher.get('network/projection-page');
    const rows: Row[] = [];
    for (let after = ''; ;) {
      const page = await this.db.read(statement, {
        after,
        limit: PAGE_SIZE,
        visible,
        seen: workSeenOf(visible),
      });
      rows.push(...page.filter((row) => row.included));
      if (page.length < PAGE_SIZE) break;
      after = String(page[page.length - 1]!.id);
    }
    return toProjection(rows);
  }
}

function toProjection(rows: readonly Row[]): Projection {
  const nodes = rows.map((row) => ({ id: String(row.id), label: row.label as Label }));
  const edges: { type: RelationshipType; from: string; to: string }[] = [];
  for (const row of rows) {
    for (const r of row.out as { type: string; to: string }[]) {
      // Only the domain's relationships shape the network.
      if (r.type in RELATIONSHIPS)
        edges.push({ type: r.type as RelationshipType, from: String(row.id), to: r.to });
    }
  }
  return { nodes, edges };
}
