/** Seeded randomness for generated data and evaluations: the same seed, the same sequence. */
import { mulberry32 } from '../util/random.js';

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** Pareto with mean 1 (shape alpha > 1), capped so that one giant cannot swallow a small graph. */
  pareto(alpha: number, cap: number): number {
    return Math.min(cap, (alpha - 1) / alpha / Math.pow(1 - this.next(), 1 / alpha));
  }

  /** Fisher-Yates on a copy. */
  shuffled<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/**
 * Draws items with probability proportional to their weight. Cumulative sums and a binary search,
 * because groups of thousands are drawn from tens of thousands of times.
 */
export function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): (rng: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return (rng) => {
    const x = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}
