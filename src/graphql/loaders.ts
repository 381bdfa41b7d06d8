import DataLoader from 'dataloader';
import type { LinkRow, NodeRow } from '../db/rows.js';
import type { Label } from '../domain/labels.js';
import { maySee, type Viewer } from '../auth/viewer.js';
import type { Services } from '../services.js';
import type { RelatedLinks } from '../entities/related.js';

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

  /** Makes nodes that arrived with a list or a relation available to later node lookups. */
  prime(rows: readonly NodeRow[]): void {
    for (const row of rows) if (maySee(this.viewer, row)) this.node.prime(row.id, row);
  }

  /**
   * Makes the links that arrived with a list page (and the links below them) available to the
   * relation fields, filtered as the loaders filter them, so resolving those fields sends nothing.
   */
  primeRelated(label: Label, id: string, related: RelatedLinks): void {
    for (const [field, links] of Object.entries(related)) {
      const visible = links.filter((link) => maySee(this.viewer, link.other));
      this.relatedOf(label, field).prime(id, visible);
      this.prime(visible.map((link) => link.other));
      for (const link of visible) this.primeRelated(link.other.__label, link.other.id, link.related);
    }
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
