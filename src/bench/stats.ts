/** Latency figures of one measured run: milliseconds, and completed requests per second. */
export interface RunStats {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /**
   * Time the process's main thread (the servers' event loop; the load generator has its own
   * thread) was busy, per completed request, in µs; NaN when not measured.
   */
  readonly busyMicros: number;
}

/**
 * The nearest-rank percentile (the smallest value with at least p% of the values at or below it)
 * of values sorted ascending; NaN for no values. Nearest rank never invents a latency that was
 * not measured, which interpolation does on small samples.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], got ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Summarises the latencies (ms) of the requests that completed during `seconds`. */
export function summarize(
  latencies: readonly number[],
  seconds: number,
  errors = 0,
  busyMs = Number.NaN,
): RunStats {
  const sorted = Float64Array.from(latencies).sort();
  const values = Array.from(sorted);
  return {
    requests: values.length,
    errors,
    seconds,
    throughput: seconds > 0 ? values.length / seconds : Number.NaN,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length > 0 ? values[values.length - 1]! : Number.NaN,
    busyMicros: values.length > 0 ? (busyMs * 1000) / values.length : Number.NaN,
  };
}

/** The median of several rounds' figures (the bench repeats each measurement to expose noise). */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

/** Spread of the rounds as max/min (1 means identical rounds); NaN with fewer than two. */
export function spread(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length < 2) return Number.NaN;
  return Math.max(...finite) / Math.min(...finite);
}

/** a / b, or NaN when either is missing. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) {
    return Number.NaN;
  }
  return a / b;
}

/** Combines rounds: the median of each figure, requests and errors summed. */
export function combineRounds(rounds: readonly RunStats[]): RunStats {
  const pick = (f: (r: RunStats) => number) => median(rounds.map(f));
  return {
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    seconds: rounds.reduce((n, r) => n + r.seconds, 0),
    throughput: pick((r) => r.throughput),
    p50: pick((r) => r.p50),
    p95: pick((r) => r.p95),
    p99: pick((r) => r.p99),
    max: Math.max(...rounds.map((r) => r.max)),
    busyMicros: pick((r) => r.busyMicros),
  };
}
