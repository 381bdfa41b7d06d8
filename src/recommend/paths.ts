import type { EdgeRow, NodeRow } from '../db/rows.js';
import type { Viewer } from '../graphql/context.js';

export interface PathRow {
  readonly nodes: readonly NodeRow[];
  readonly edges: readonly EdgeRow[];
}

export type Lang = 'NL' | 'EN';

export interface ReasonRow {
  readonly kind: string;
  readonly text: string;
  readonly weight: number;
  readonly path: PathRow;
}

/** Which professional visibilities a viewer may see in graph answers. */
export function visibleTo(viewer: Viewer): string[] {
  if (viewer.role === 'admin') return ['PUBLIC', 'MEMBERS', 'PRIVATE'];
  if (viewer.role === 'anonymous') return ['PUBLIC'];
  return ['PUBLIC', 'MEMBERS'];
}

export function pathOf(row: Record<string, unknown>): PathRow {
  return { nodes: row.nodes as NodeRow[], edges: row.edges as EdgeRow[] };
}

/** The name a person reads for a node. */
export function titleOf(node: NodeRow | undefined): string {
  if (!node) return '?';
  const title = node.name ?? node.title ?? node.text ?? node.id;
  const text = String(title);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
