import {
  sharedNeighbourScores,
  undirectedNeighbours,
  COMMON_NEIGHBOURS_WEIGHT,
} from '../../src/eval/baselines.js';
import {
  sameScore,
  tieFairExpectation,
  tieFairHit,
  tieFairReciprocalRank,
  tiePosition,
} from '../../src/eval/tie-fair.js';

/** Harmonic number H_n. */
const harmonic = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

describe('tie position', () => {
  it('counts the candidates above the target and those tied with it, the target included', () => {
    const scores = new Map([
      ['a', 3],
      ['b', 2],
      ['t', 2],
      ['c', 2],
      ['d', 1],
    ]);
    expect(tiePosition(scores, 8, 't', true)).toEqual({ above: 1, tied: 3 });
    expect(tiePosition(scores, 8, 'a', true)).toEqual({ above: 0, tied: 1 });
    expect(tiePosition(scores, 8, 'd', true)).toEqual({ above: 4, tied: 1 });
  });

  it('ties a target without a score with every candidate without one', () => {
    // 12 candidates, 2 of them with a positive score: the target ties with the other 10.
    const scores = new Map([
      ['a', 1],
      ['b', 0.5],
    ]);
    expect(tiePosition(scores, 12, 't', true)).toEqual({ above: 2, tied: 10 });
    // Nobody has a score: everyone ties.
    expect(tiePosition(new Map(), 15, 't', true)).toEqual({ above: 0, tied: 15 });
  });

  it('treats sums that differ by rounding only as equal', () => {
    expect(sameScore(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameScore(0.3, 0.30001)).toBe(false);
    const scores = new Map([
      ['a', 0.1 + 0.2],
      ['t', 0.3],
    ]);
    expect(tiePosition(scores, 2, 't', true)).toEqual({ above: 0, tied: 2 });
  });

  it('gives no position to a target that is not a candidate', () => {
    expect(tiePosition(new Map([['a', 1]]), 3, 't', false)).toBeNull();
    expect(tieFairExpectation(null, 10)).toEqual({ hit: 0, reciprocalRank: 0 });
  });
});

describe('tie-fair expectation', () => {
  it('a unique top target hits with reciprocal rank 1', () => {
    expect(tieFairExpectation({ above: 0, tied: 1 }, 10)).toEqual({ hit: 1, reciprocalRank: 1 });
  });

  it('a tie across the k-th place hits with the share of tied places within k', () => {
    // Places 2, 3, 4 equally likely; k = 2: only place 2 is within k.
    const position = { above: 1, tied: 3 };
    expect(tieFairHit(position, 2)).toBeCloseTo(1 / 3);
    expect(tieFairReciprocalRank(position, 2)).toBeCloseTo(1 / 2 / 3);
    // k = 10: always within k; E[1/rank] = (1/2 + 1/3 + 1/4) / 3 = 13/36.
    expect(tieFairHit(position, 10)).toBe(1);
    expect(tieFairReciprocalRank(position, 10)).toBeCloseTo(13 / 36);
  });

  it('all-zero ties: a target without a shared neighbour among 15 such candidates', () => {
    const position = tiePosition(new Map(), 15, 't', true);
    expect(position).not.toBeNull();
    const expected = tieFairExpectation(position, 10);
    expect(expected.hit).toBeCloseTo(10 / 15);
    expect(expected.reciprocalRank).toBeCloseTo(harmonic(10) / 15); // (1 + 1/2 + ... + 1/10) / 15
  });

  it('zero ties behind candidates with a score take the places after them', () => {
    const position = tiePosition(
      new Map([
        ['a', 1],
        ['b', 0.5],
      ]),
      12,
      't',
      true,
    ) as { above: number; tied: number };
    // Places 3 .. 12 equally likely, 8 of them within 10.
    expect(tieFairHit(position, 10)).toBeCloseTo(0.8);
    expect(tieFairReciprocalRank(position, 10)).toBeCloseTo((harmonic(10) - 1 - 1 / 2) / 10);
  });

  it('a target behind k or more candidates never hits', () => {
    expect(tieFairExpectation({ above: 10, tied: 4 }, 10)).toEqual({ hit: 0, reciprocalRank: 0 });
    expect(tieFairExpectation({ above: 12, tied: 1 }, 10)).toEqual({ hit: 0, reciprocalRank: 0 });
  });

  it('equals the average over every order of the tied candidates', () => {
    // 2 above, 4 tied, k = 4: enumerate the target's place in each of the 4! orders of the tie.
    const above = 2;
    const tied = 4;
    const k = 4;
    const places: number[] = [];
    const permute = (items: number[], prefix: number[]) => {
      if (items.length === 0) {
        places.push(above + prefix.indexOf(0) + 1);
        return;
      }
      items.forEach((item, i) => permute([...items.slice(0, i), ...items.slice(i + 1)], [...prefix, item]));
    };
    permute([0, 1, 2, 3], []);
    const hit = places.filter((p) => p <= k).length / places.length;
    const rr = places.map((p) => (p <= k ? 1 / p : 0)).reduce((a, b) => a + b, 0) / places.length;
    expect(tieFairHit({ above, tied }, k)).toBeCloseTo(hit);
    expect(tieFairReciprocalRank({ above, tied }, k)).toBeCloseTo(rr);
  });

  it('works from baseline scores: common neighbours on a small friendship graph', () => {
    // me knows a and b; a knows x and y; b knows x. Candidates: x (2 shared), y (1), z and w (0).
    const neighbours = undirectedNeighbours([
      { from: 'me', to: 'a' },
      { from: 'me', to: 'b' },
      { from: 'a', to: 'x' },
      { from: 'a', to: 'y' },
      { from: 'b', to: 'x' },
      { from: 'z', to: 'w' },
    ]);
    const candidates = new Set(['x', 'y', 'z', 'w']);
    const scores = sharedNeighbourScores(
      neighbours,
      'me',
      (id) => candidates.has(id),
      COMMON_NEIGHBOURS_WEIGHT,
    );
    expect(scores).toEqual(
      new Map([
        ['x', 2],
        ['y', 1],
      ]),
    );
    expect(tieFairExpectation(tiePosition(scores, 4, 'y', true), 2)).toEqual({
      hit: 1,
      reciprocalRank: 1 / 2,
    });
    // z ties with w behind x and y: place 3 or 4, k = 3.
    const z = tieFairExpectation(tiePosition(scores, 4, 'z', true), 3);
    expect(z.hit).toBeCloseTo(1 / 2);
    expect(z.reciprocalRank).toBeCloseTo(1 / 3 / 2);
  });
});
