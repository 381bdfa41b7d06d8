import neo4j from 'neo4j-driver';
import { toPlain, withInstants } from '../../src/db/values.js';

describe('toPlain', () => {
  it('turns a DateTime with an offset into the same instant in UTC', () => {
    const value = new neo4j.types.DateTime(2026, 3, 12, 9, 30, 15, 123_456_789, 3600);
    expect(toPlain(value)).toBe('2026-03-12T08:30:15.123Z');
  });

  it('turns integers, dates and nested maps into plain values', () => {
    const row = {
      n: neo4j.int(42),
      d: new neo4j.types.Date(2025, 12, 5),
      list: [neo4j.int(1), 'a'],
      nested: { ok: true },
    };
    expect(toPlain(row)).toEqual({ n: 42, d: '2025-12-05', list: [1, 'a'], nested: { ok: true } });
  });

  it('converts the maps and lists of a row in place, however deep', () => {
    const links = [{ other: { createdAt: new neo4j.types.Date(2025, 1, 2), tags: [neo4j.int(7)] } }];
    const row = { node: { __related: { themes: links }, missing: undefined } };
    expect(toPlain(row)).toBe(row);
    expect(row.node.__related.themes).toBe(links);
    expect(row).toEqual({
      node: { __related: { themes: [{ other: { createdAt: '2025-01-02', tags: [7] } }] }, missing: null },
    });
  });
});

describe('toPlain of instants', () => {
  it('writes a DateTime in UTC as Date#toISOString does', () => {
    const cases: [number, number, number, number, number, number, number, number][] = [
      [2026, 11, 24, 4, 3, 49, 880_000_000, 0],
      [2026, 1, 2, 3, 4, 5, 6_000_000, 0],
      [1999, 12, 31, 23, 59, 59, 999_999_999, 19_800],
      [2024, 3, 1, 0, 0, 0, 0, -3_600],
      [1000, 1, 1, 0, 0, 0, 0, 0],
      [20000, 3, 1, 0, 0, 0, 0, 0],
    ];
    for (const [year, month, day, hour, minute, second, nanosecond, offset] of cases) {
      const expected = new Date(
        Date.UTC(year, month - 1, day, hour, minute, second, Math.floor(nanosecond / 1e6)) - offset * 1000,
      ).toISOString();
      const asNumbers = new neo4j.types.DateTime(year, month, day, hour, minute, second, nanosecond, offset);
      const asIntegers = new neo4j.types.DateTime(
        neo4j.int(year),
        neo4j.int(month),
        neo4j.int(day),
        neo4j.int(hour),
        neo4j.int(minute),
        neo4j.int(second),
        neo4j.int(nanosecond),
        neo4j.int(offset),
      );
      expect(toPlain(asNumbers)).toBe(expected);
      expect(toPlain(asIntegers)).toBe(expected);
    }
  });

  it('keeps driver values inside lists and maps of a row', () => {
    const row = {
      node: {
        createdAt: new neo4j.types.DateTime(2026, 5, 6, 7, 8, 9, 0, 0),
        tags: ['a', neo4j.int(2)],
        none: null,
      },
    };
    expect(toPlain(row)).toEqual({
      node: { createdAt: '2026-05-06T07:08:09.000Z', tags: ['a', 2], none: null },
    });
  });
});

describe('withInstants', () => {
  it('writes times sent as epoch milliseconds as toPlain writes a DateTime, and leaves out missing ones', () => {
    const value = new neo4j.types.DateTime(2026, 3, 12, 9, 30, 15, 123_456_789, 3600);
    const millis = Date.UTC(2026, 2, 12, 8, 30, 15, 123);
    const node = withInstants({ id: 'x', createdAt: millis, updatedAt: null, name: 'n' });
    expect(node).toEqual({ id: 'x', createdAt: toPlain(value), name: 'n' });
    expect(node).not.toHaveProperty('updatedAt');
    // other values, and times already written, are left as they are
    expect(withInstants({ createdAt: '2026-03-12T08:30:15.123Z', level: 3 })).toEqual({
      createdAt: '2026-03-12T08:30:15.123Z',
      level: 3,
    });
  });
});
