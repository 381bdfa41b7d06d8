import { decodeCursor, encodeCursor, pageRequest } from '../../src/entities/pagination.js';

describe('cursors', () => {
  it('round-trip a position for the same label', () => {
    expect(decodeCursor('Theme', encodeCursor('Theme', 41))).toBe(41);
  });

  it('refuse a cursor of another label or a tampered one', () => {
    expect(() => decodeCursor('Practice', encodeCursor('Theme', 1))).toThrow(/not a cursor/);
    expect(() => decodeCursor('Theme', Buffer.from('c1:Theme:-3').toString('base64url'))).toThrow();
    expect(() => decodeCursor('Theme', 'bm9uc2Vuc2U')).toThrow();
  });
});

describe('page requests', () => {
  it('start after the cursor position', () => {
    expect(pageRequest('Theme', 5, encodeCursor('Theme', 9), 20, 100)).toEqual({ offset: 10, limit: 5 });
  });

  it('use the default size when first is absent and refuse sizes out of range', () => {
    expect(pageRequest('Theme', undefined, undefined, 20, 100)).toEqual({ offset: 0, limit: 20 });
    expect(() => pageRequest('Theme', 101, null, 20, 100)).toThrow(/at most 100/);
    expect(() => pageRequest('Theme', -1, null, 20, 100)).toThrow();
  });
});
