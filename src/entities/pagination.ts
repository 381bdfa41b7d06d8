import { BadInput } from '../errors.js';
import type { NodeRow } from '../db/rows.js';
import type { Label } from '../domain/labels.js';

/** What a list query gives a *Connection type: one page, and the total on demand. */
export interface ConnectionRow {
  readonly label: Label;
  readonly nodes: readonly NodeRow[];
  readonly offset: number;
  readonly hasNextPage: () => Promise<boolean>;
  /** Runs the count query only when a client asks for totalCount. */
  readonly totalCount: () => Promise<number>;
}

export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

const PREFIX = 'c1';

/** Cursors are opaque to clients: base64url of the label and the position in the ordering. */
export function encodeCursor(label: string, position: number): string {
  return Buffer.from(`${PREFIX}:${label}:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(label: string, cursor: string): number {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const position = Number(parts[2]);
  if (
    parts.length !== 3 ||
    parts[0] !== PREFIX ||
    parts[1] !== label ||
    !Number.isSafeInteger(position) ||
    position < 0
  ) {
    throw new BadInput('after', `'after' is not a cursor of this ${label} list`);
  }
  return position;
}

export function pageRequest(
  label: string,
  first: number | null | undefined,
  after: string | null | undefined,
  defaultSize: number,
  maxSize: number,
): PageRequest {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0) {
    throw new BadInput('first', "'first' must be zero or a positive whole number");
  }
  if (size > maxSize) {
    throw new BadInput('first', `'first' must be at most ${maxSize}`);
  }
  const offset = after ? decodeCursor(label, after) + 1 : 0;
  return { offset, limit: size };
}
