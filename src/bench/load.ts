import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What one measured run gives: the latency (ms) of every request that completed, and the rest. */
export interface RawRun {
  readonly latencies: number[];
  readonly errors: number;
  readonly seconds: number;
}

export interface HttpLoad {
  readonly url: string;
  readonly headers: Record<string, string>;
  /** Request bodies; every connection sends them in turn. */
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

/**
 * autocannon runs in a worker thread of this process, so that the load generator does not share
 * the event loop with the servers it measures (a real client is another machine). The worker is
 * plain JavaScript: tsx does not load TypeScript in workers. Latencies are collected per response
 * (autocannon's own summary has no p95) and only 2xx responses count; the rest are errors.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannon);
const { url, headers, bodies, connections, seconds } = workerData;
const latencies = [];
let bad = 0;
const instance = autocannon(
  { url, connections, duration: seconds, method: 'POST', headers, requests: bodies.map((body) => ({ body })) },
  (error, result) => {
    if (error) parentPort.postMessage({ error: String(error) });
    else parentPort.postMessage({ latencies, errors: bad + result.errors + result.timeouts, seconds: result.duration });
  },
);
instance.on('response', (_client, status, _bytes, ms) => {
  if (status >= 200 && status < 300) latencies.push(ms);
  else bad += 1;
});
`;

const autocannonPath = createRequire(import.meta.url).resolve('autocannon');

/**
 * Runs the load and returns once the requests that the end of the run cut off have had time to
 * finish on the server (as long as the slowest measured request, at most 10 s): the server still
 * executes them, and they must neither slow the next run nor meet a closed driver.
 */
export async function runHttp(load: HttpLoad): Promise<RawRun> {
  const run = await runInWorker(load);
  const slowest =
    run.latencies.length > 0 ? run.latencies.reduce((a, b) => Math.max(a, b), 100) : load.seconds * 1000;
  await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, slowest)));
  return run;
}

function runInWorker(load: HttpLoad): Promise<RawRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { autocannon: autocannonPath, ...load, bodies: [...load.bodies] },
    });
    worker.once('message', (message: RawRun | { error: string }) => {
      void worker.terminate();
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}

/**
 * The driver's equivalent of autocannon: `connections` loops, each with one operation in flight,
 * for `seconds`; operation i is given its sequence number so that variants take turns.
 */
export async function runLoop(
  connections: number,
  seconds: number,
  operation: (i: number) => Promise<void>,
): Promise<RawRun> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const i = next++;
      const t0 = performance.now();
      try {
        await operation(i);
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { latencies, errors, seconds: (performance.now() - start) / 1000 };
}
