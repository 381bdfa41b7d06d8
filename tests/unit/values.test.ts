import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/values.js';

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
});
