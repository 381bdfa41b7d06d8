import DataLoader from 'dataloader';
import type { LinkRow, NodeRow } from '../db/rows.js';
import type { Label } from '../domain/labels.js';
import { maySee, WORK_LABELS, type Viewer } from '../auth/viewer.js';
import type { Services } from '../services.js';

/**
 * Per-request batching: every node lookup and every relation field of one label is fetched with
 * one statement per query level (UNWIND $ids), whatever the number of parents.
 */
export class Loaders {
  readonly node: DataLoader<string, NodeRow | null>;
  private readonly related = new Map<string, DataLoader<string, LinkRow[]>>();

  constructor(
    private readonly services: Services,
    private readonly viewer: Viewer,
  ) {
    this.node = new DataLoader(async (ids) => {
      const found = await services.entities.getByIds(ids);
      return ids.map((id) => {
        const node = found.get(id);
        return node && maySee(viewer, node) ? node : null;
      });
    });
  }

  /**
   * Makes nodes that arrived with a list or a relation available to later node lookups; rows with
   * only some properties (__partial) are not whole nodes and are left out, and links folded into
   * a row (__related) stay with that row.
   */
  prime(rows: readonly NodeRow[]): void {
    for (const row of rows) {
      // Work read without who wrote or asked it (__by) was filtered for its place only, if at all.
      if (row.__partial || (WORK_LABELS.has(row.__label) && !row.__by) || !maySee(this.viewer, row)) continue;
      // Folded relations were read for one place in the query; elsewhere the loaders read them.
      this.node.prime(row.id, row.__related ? withoutRelated(row) : row);
    }
  }

  private readonly batches = new Map<string, DataLoader<string, unknown>>();

  /** A per-request batch loader for a derived value of nodes (one statement per query level). */
  batch<V>(name: string, load: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>, fallback: V) {
    let loader = this.batches.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (ids) => {
        const found = await load(ids);
        return ids.map((id) => found.get(id) ?? fallback);
      });
      this.batches.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  relatedOf(label: Label, field: string): DataLoader<string, LinkRow[]> {
    const key = `${label}.${field}`;
    let loader = this.related.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byId = await this.services.relationships.loadRelated(label, field, ids);
        // People hidden from this viewer do not appear at the other end of any relationship.
        const lists = ids.map((id) => (byId.get(id) ?? []).filter((link) => maySee(this.viewer, link.other)));
        this.prime(lists.flat().map((link) => link.other));
        return lists;
      });
      this.related.set(key, loader);
    }
    return loader;
  }
}

function withoutRelated(row: NodeRow): NodeRow {
  const node: Record<string, unknown> = { ...row };
  delete node.__related;
  return node as NodeRow;
}
