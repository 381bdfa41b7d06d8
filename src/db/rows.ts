import type { Label } from '../domain/labels.js';

/** A node as the queries return it: plain values (see values.ts) plus its domain label. */
export interface NodeRow {
  readonly __label: Label;
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set when the row holds only the properties a query selected (see entities/related.ts). */
  readonly __partial?: boolean;
  /** Links of relation fields read with the row, by field (see entities/related.ts). */
  readonly __related?: Readonly<Record<string, readonly FoldedLink[]>>;
  /** Of an insight or a question: who wrote or asked it (entity/_by), for maySee. */
  readonly __by?: readonly { readonly id: string; readonly visibility?: unknown }[] | null;
  readonly [property: string]: unknown;
}

/** A relationship seen from one of its ends, with the node at the other end. */
export interface LinkRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly other: NodeRow;
}

/**
 * A link as a list statement folds it into its row (entity/_related): what the relation resolvers
 * know themselves is left out (see completeLinks in entities/related.ts).
 */
export interface FoldedLink {
  readonly from?: string;
  readonly to?: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly other: FoldedNode;
}

/**
 * The node at the other end of a folded link: without its label when only one is possible, so
 * that only a completed LinkRow (completeLinks), never a folded one, can reach a visibility check.
 */
export interface FoldedNode {
  __label?: Label;
  readonly id: string;
  readonly [property: string]: unknown;
}

/** A relationship as the public Edge type shows it. */
export interface EdgeRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>> | null;
}
