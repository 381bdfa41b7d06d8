import { compare, summarise, type MethodResult, type SeedEvaluation } from '../../src/eval/evaluate-graph.js';
import { mean, pairedDifference, sampleSd, tQuantile975, verdictOf } from '../../src/eval/statistics.js';

describe('t quantile', () => {
  it('takes the table up to 30 degrees of freedom', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(2)).toBe(4.303);
    expect(tQuantile975(19)).toBe(2.093);
    expect(tQuantile975(30)).toBe(2.042);
  });

  it('approaches the normal quantile beyond the table', () => {
    expect(tQuantile975(31)).toBeCloseTo(2.0395, 3);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.9799, 3);
    expect(tQuantile975(100_000)).toBeCloseTo(1.96, 3);
  });

  it('refuses degrees of freedom below 1', () => {
    expect(() => tQuantile975(0)).toThrow();
    expect(() => tQuantile975(1.5)).toThrow();
  });
});

describe('paired difference', () => {
  it('is the mean difference with a t-interval over the pairs', () => {
    // Differences 0.1, 0.2, 0.3: mean 0.2, sd 0.1, t(2) = 4.303.
    const d = pairedDifference([0.5, 0.6, 0.7], [0.4, 0.4, 0.4]);
    expect(d.n).toBe(3);
    expect(d.mean).toBeCloseTo(0.2);
    expect(d.sd).toBeCloseTo(0.1);
    expect(d.t).toBe(4.303);
    const half = (4.303 * 0.1) / Math.sqrt(3);
    expect(d.low).toBeCloseTo(0.2 - half);
    expect(d.high).toBeCloseTo(0.2 + half);
    expect(verdictOf(d)).toBe('level');
  });

  it('over 20 seeds uses t = 2.093', () => {
    // Differences 0.01 .. 0.20: mean 0.105, sd sqrt(35) / 100.
    const ours = Array.from({ length: 20 }, (_, i) => 0.5 + (i + 1) / 100);
    const theirs = Array.from({ length: 20 }, () => 0.5);
    const d = pairedDifference(ours, theirs);
    const half = (2.093 * (Math.sqrt(35) / 100)) / Math.sqrt(20);
    expect(d.mean).toBeCloseTo(0.105);
    expect(d.low).toBeCloseTo(0.105 - half);
    expect(d.high).toBeCloseTo(0.105 + half);
    expect(verdictOf(d)).toBe('above');
    expect(verdictOf(pairedDifference(theirs, ours))).toBe('below');
  });

  it('a constant difference has an interval of width 0', () => {
    const d = pairedDifference([1, 1, 1], [1, 1, 1]);
    expect([d.mean, d.low, d.high]).toEqual([0, 0, 0]);
    expect(verdictOf(d)).toBe('level');
  });

  it('gives no interval for one pair', () => {
    const d = pairedDifference([0.4], [0.3]);
    expect(d).toMatchObject({ n: 1, sd: null, t: null, low: null, high: null });
    expect(d.mean).toBeCloseTo(0.1);
    expect(verdictOf(d)).toBe('higher, one seed');
    expect(verdictOf(pairedDifference([0.3], [0.3]))).toBe('equal, one seed');
  });

  it('refuses unpaired values', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow();
    expect(() => pairedDifference([], [])).toThrow();
  });

  it('mean and sample standard deviation', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7));
    expect(sampleSd([1])).toBeNaN();
  });
});

describe('summaries over seeds', () => {
  const result = (
    method: string,
    role: MethodResult['role'],
    tieFair: boolean,
    hitAtK: number,
    mrr: number,
  ) => ({
    method,
    role,
    tieFair,
    seconds: 0.5,
    people: 4,
    hiddenTies: 2,
    cases: 4,
    hits: hitAtK * 4,
    hitAtK,
    mrr,
  });
  const seed = (
    n: number,
    ours: [number, number],
    a: [number, number],
    b: [number, number],
  ): SeedEvaluation => ({
    seed: n,
    people: 4,
    hiddenTies: 2,
    cases: 4,
    casesWithoutSharedNeighbour: 1,
    casesWithAtMostKCandidates: 0,
    truncatedTieGroups: 0,
    results: [
      result('recommender', 'recommender', false, ...ours),
      result('A', 'baseline', false, 0, 0),
      result('A, tie-fair', 'baseline', true, ...a),
      result('B, tie-fair', 'baseline', true, ...b),
    ],
  });
  const seeds = [
    seed(1, [0.5, 0.3], [0.4, 0.35], [0.45, 0.2]),
    seed(2, [0.7, 0.3], [0.6, 0.25], [0.65, 0.2]),
  ];

  it('averages each method over the seeds', () => {
    const methods = summarise(seeds);
    expect(methods.map((m) => m.method)).toEqual(['recommender', 'A', 'A, tie-fair', 'B, tie-fair']);
    const ours = methods[0];
    expect(ours?.hitAtK).toBeCloseTo(0.6);
    expect(ours?.mrr).toBeCloseTo(0.3);
    expect(ours?.perSeed.hitAtK).toEqual([0.5, 0.7]);
    expect(ours?.hitAtKSd).toBeCloseTo(Math.sqrt(0.02));
    expect(ours?.seconds).toBe(1);
  });

  it('compares the recommender with each baseline and marks the best tie-fair one per metric', () => {
    const comparisons = compare(summarise(seeds));
    const best = comparisons.filter((c) => c.best).map((c) => [c.metric, c.baseline]);
    expect(best).toEqual([
      ['hitAtK', 'B, tie-fair'],
      ['mrr', 'A, tie-fair'],
    ]);
    const hit = comparisons.find((c) => c.metric === 'hitAtK' && c.best);
    expect(hit?.difference.mean).toBeCloseTo(0.05);
    expect(hit?.atOrAbove).toBe(true);
    const mrr = comparisons.find((c) => c.metric === 'mrr' && c.best);
    expect(mrr?.difference.mean).toBeCloseTo(0);
    expect(mrr?.atOrAbove).toBe(true);
    // The plain baseline is compared too, but is never the best.
    expect(comparisons.filter((c) => c.baseline === 'A')).toHaveLength(2);
  });
});
