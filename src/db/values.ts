import neo4j, { type DateTime } from 'neo4j-driver';

/**
 * Turns driver values (Integer, temporal types, nodes) into plain JSON values, so that nothing
 * driver-specific reaches services or GraphQL. Integers beyond 2^53 are not expected in this graph.
 * Runs over every value of every row, so primitives leave first.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
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
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** An ISO instant in UTC, computed from the fields (parsing the driver's string is much slower). */
function instant(value: DateTime): string {
  if (value.timeZoneOffsetSeconds === undefined) return new Date(value.toString()).toISOString();
  const ms = Date.UTC(
    Number(value.year),
    Number(value.month) - 1,
    Number(value.day),
    Number(value.hour),
    Number(value.minute),
    Number(value.second),
    Math.floor(Number(value.nanosecond) / 1e6),
  );
  return new Date(ms - Number(value.timeZoneOffsetSeconds) * 1000).toISOString();
}
