import { sampleProfessionals } from '../../src/bench/operations.js';
import { combineRounds, median, percentile, ratio, spread, summarize } from '../../src/bench/stats.js';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest rank: p50 of 1..100 is 50, p95 is 95, p99 is 99, p100 the largest', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('never invents a value between two measured ones', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN without values and refuses percentiles outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(hundred, 0)).toThrow();
    expect(() => percentile(hundred, 101)).toThrow();
  });
});

describe('summarize', () => {
  it('sorts the latencies itself and counts completed requests per second', () => {
    const stats = summarize([30, 10, 20, 40], 2, 1);
    expect(stats).toMatchObject({
      requests: 4,
      errors: 1,
      throughput: 2,
      p50: 20,
      p95: 40,
      p99: 40,
      max: 40,
    });
  });

  it('spreads the busy time of the main thread over the completed requests', () => {
    expect(summarize([30, 10, 20, 40], 2, 1, 6).busyMicros).toBe(1500);
    expect(summarize([30, 10], 2).busyMicros).toBeNaN();
  });

  it('gives NaN figures for a run without any completed request', () => {
    const stats = summarize([], 1);
    expect(stats.requests).toBe(0);
    expect(stats.p50).toBeNaN();
    expect(stats.max).toBeNaN();
  });
});

describe('rounds', () => {
  const round = (p50: number, throughput: number) => ({ ...summarize([p50], 1), throughput });

  it('combines rounds by the median of each figure and sums the requests', () => {
    const combined = combineRounds([round(10, 100), round(30, 50), round(20, 80)]);
    expect(combined.p50).toBe(20);
    expect(combined.throughput).toBe(80);
    expect(combined.requests).toBe(3);
  });

  it('measures noise as the largest over the smallest value', () => {
    expect(spread([10, 15, 12])).toBe(1.5);
    expect(spread([10])).toBeNaN();
  });

  it('takes the middle or the mean of the two middle values as median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives NaN ratios when a side is missing or zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeNaN();
    expect(ratio(3, 0)).toBeNaN();
  });
});

describe('sampleProfessionals', () => {
  it('spreads the sample evenly over the synthetic ids', () => {
    expect(sampleProfessionals(1000, 4)).toEqual(['prof-00000', 'prof-00250', 'prof-00500', 'prof-00750']);
    expect(sampleProfessionals(100_000, 2)).toEqual(['prof-00000', 'prof-50000']);
  });

  it('never names more people than the graph has', () => {
    expect(sampleProfessionals(3, 25)).toEqual(['prof-00000', 'prof-00001', 'prof-00002']);
  });
});
