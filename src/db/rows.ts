import type { Label } from '../domain/labels.js';

/** A node as the queries return it: plain values (see values.ts) plus its domain label. */
export interface NodeRow {
  readonly __label: Label;
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
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

/** A relationship as the public Edge type shows it. */
export interface EdgeRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>> | null;
}
