import type { EdgeRow, NodeRow } from '../db/rows.js';

export interface PathRow {
  readonly nodes: readonly NodeRow[];
  readonly edges: readonly EdgeRow[];
  /** Set on introductions only: what the path rests on (KNOWS, or a shared context) and in words. */
  readonly kind?: string;
  readonly text?: string;
}

export type Lang = 'NL' | 'EN';

export interface ReasonRow {
  readonly kind: string;
  readonly text: string;
  readonly weight: number;
  readonly path: PathRow;
}

export { visibleTo } from '../auth/viewer.js';

export function pathOf(row: Record<string, unknown>): PathRow {
  return { nodes: row.nodes as NodeRow[], edges: row.edges as EdgeRow[] };
}

/** The name a person reads for a node. */
export function titleOf(node: NodeRow | undefined): string {
  if (!node) return '?';
  const candidates = [node.name, node.title, node.text, node.id];
  const title = candidates
    .map((c) => (typeof c === 'string' ? c.replace(/\s+/g, ' ').trim() : ''))
    .find(Boolean);
  const text = title ?? String(node.id);
  return text.length > 80 ? `${text.slice(0, 77).trimEnd()}...` : text;
}
