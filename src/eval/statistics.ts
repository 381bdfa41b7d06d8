/**
 * Summary statistics over the seeds of an evaluation: means, and the 95% interval of a paired
 * difference (the same hidden ties scored by two methods) as a Student t-interval over the
 * per-seed differences: mean ± t(0.975, n - 1) · sd / √n.
 */

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

/** Sample standard deviation (n - 1 in the denominator); NaN below two values. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, x) => sum + (x - m) ** 2, 0) / (values.length - 1));
}

/** Two-sided 95% critical values of Student's t for 1 to 30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * The 0.975 quantile of Student's t with df degrees of freedom: from the table up to 30, beyond it
 * the Cornish-Fisher expansion around the normal quantile (off by less than 0.001 there).
 */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new Error(`degrees of freedom must be a positive integer, got ${df}`);
  const tabled = T_975[df - 1];
  if (tabled !== undefined) return tabled;
  const z = 1.959964;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}

export interface PairedDifference {
  /** Seeds (pairs). */
  readonly n: number;
  /** Mean of first − second over the pairs. */
  readonly mean: number;
  /** Sample standard deviation of the differences; null below two pairs. */
  readonly sd: number | null;
  /** The t quantile used; null below two pairs. */
  readonly t: number | null;
  /** The 95% interval of the mean difference; null below two pairs. */
  readonly low: number | null;
  readonly high: number | null;
}

/** Mean and 95% t-interval of first[i] − second[i] over paired values (same length). */
export function pairedDifference(first: readonly number[], second: readonly number[]): PairedDifference {
  if (first.length !== second.length) {
    throw new Error(`paired values differ in length: ${first.length} and ${second.length}`);
  }
  if (first.length === 0) throw new Error('no paired values');
  const differences = first.map((x, i) => x - (second[i] as number));
  const n = differences.length;
  const m = mean(differences);
  if (n < 2) return { n, mean: m, sd: null, t: null, low: null, high: null };
  const sd = sampleSd(differences);
  const t = tQuantile975(n - 1);
  const half = (t * sd) / Math.sqrt(n);
  return { n, mean: m, sd, t, low: m - half, high: m + half };
}

/**
 * How the first method compares with the second: above or below when the interval excludes 0,
 * level when it covers 0, and without an interval (one seed) by the sign of the difference alone.
 */
export type Verdict =
  'above' | 'level' | 'below' | 'higher, one seed' | 'equal, one seed' | 'lower, one seed';

export function verdictOf(difference: PairedDifference): Verdict {
  const { low, high } = difference;
  if (low === null || high === null) {
    if (Math.abs(difference.mean) < 1e-12) return 'equal, one seed';
    return difference.mean > 0 ? 'higher, one seed' : 'lower, one seed';
  }
  if (low > 0) return 'above';
  if (high < 0) return 'below';
  return 'level';
}
