import neo4j, { type DateTime, type Integer } from 'neo4j-driver';

/**
 * Turns driver values (Integer, temporal types, nodes) into plain JSON values, so that nothing
 * driver-specific reaches services or GraphQL. Integers beyond 2^53 are not expected in this graph.
 * Runs over every value of every row: primitives leave first; the lists and maps of a record
 * (plain objects the driver made for this result alone) are converted in place rather than
 * copied, and only what is left is asked which driver type it is.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const item = map[key];
      if (item === undefined || (item !== null && typeof item === 'object')) map[key] = toPlain(item);
    }
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDateTime(value)) return instant(value);
  if (
    neo4j.isLocalDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  return plainObject(value as Record<string, unknown>);
}

/** A copy of a driver object (a node, a relationship) as a plain map of plain values. */
function plainObject(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}

/**
 * An ISO instant in UTC (as Date#toISOString writes it), computed from the fields: parsing the
 * driver's string is much slower, and so are Number() on driver Integers and Date for the common
 * case of an instant stored in UTC.
 */
function instant(value: DateTime): string {
  if (value.timeZoneOffsetSeconds === undefined) return new Date(value.toString()).toISOString();
  const year = int(value.year);
  const month = int(value.month);
  const day = int(value.day);
  const hour = int(value.hour);
  const minute = int(value.minute);
  const second = int(value.second);
  const ms = Math.floor(int(value.nanosecond) / 1e6);
  const offset = int(value.timeZoneOffsetSeconds);
  if (offset === 0 && year >= 1000 && year <= 9999) {
    return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.${three(ms)}Z`;
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 1000).toISOString();
}

function int(value: number | Integer): number {
  return typeof value === 'number' ? value : value.toNumber();
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** Properties some statements send as epoch milliseconds instead of DateTime values. */
const TIMES = ['createdAt', 'updatedAt'] as const;

/**
 * A node's or relationship's properties as read with their times as epoch milliseconds
 * (recommend/_strongest-reasons), with those times as ISO instants, the form toPlain gives a
 * DateTime; a time the element does not have is left out, as a map projection leaves it out.
 * Changes the map in place and returns it.
 */
export function withInstants<T extends Record<string, unknown>>(map: T): T {
  const out = map as Record<string, unknown>;
  for (const key of TIMES) {
    const value = out[key];
    if (typeof value === 'number') out[key] = new Date(value).toISOString();
    else if (value === null) delete out[key];
  }
  return map;
}
