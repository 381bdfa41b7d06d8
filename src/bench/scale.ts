import type { Driver } from 'neo4j-driver';
import type { Services } from '../services.js';
import { generate, settle, wipe } from './dataset.js';
import { runHttp, runLoop } from './load.js';
import { body, operations } from './operations.js';
import { recordStatements, replay, type RecordedStatement } from './recorder.js';
import type { ScaleRow } from './report.js';
import { summarize } from './stats.js';
import type { HttpTarget } from './targets.js';

export interface ScaleStage {
  readonly services: Services;
  readonly ours: HttpTarget;
  readonly driver: Driver;
  /** The driver of the floor, set up as the service's own. */
  readonly raw: Driver;
  readonly database: string;
  readonly log: (line: string) => void;
}

export interface ScaleLoad {
  readonly connections: readonly number[];
  readonly seconds: number;
  readonly warmupSeconds: number;
}

/**
 * For each size in turn: empties the database, generates the synthetic graph of that many
 * professionals (timing the import), then measures suggestedConnections on our server at each
 * number of connections, and its recorded statements through the driver alone.
 */
export async function scale(
  stage: ScaleStage,
  sizes: readonly number[],
  load: ScaleLoad,
): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const size of sizes) {
    stage.log(`${size} professionals: emptying the database`);
    await wipe(stage.driver, stage.database);
    const generated = await generate(stage.services, size, (line) => stage.log(`  ${line}`));
    await settle(stage.driver, stage.database);
    stage.log(
      `  ${generated.nodes} nodes, ${generated.relationships} relationships in ` +
        `${generated.seconds.toFixed(1)} s: ${generated.perSecond.toFixed(0)} per second`,
    );
    const requests = operations(size)
      .find((o) => o.key === 'suggested')!
      .ours.map(body);
    const recorded: RecordedStatement[][] = [];
    for (const request of requests) {
      recorded.push((await recordStatements(stage.services, stage.ours, request)).statements);
    }
    const ours: ScaleRow['ours'] = {};
    for (const connections of load.connections) {
      const shape = { url: stage.ours.url, headers: stage.ours.headers, bodies: requests, connections };
      if (load.warmupSeconds > 0) await runHttp({ ...shape, seconds: load.warmupSeconds });
      const run = await runHttp({ ...shape, seconds: load.seconds });
      ours[String(connections)] = summarize(run.latencies, run.seconds, run.errors);
      const s = ours[String(connections)]!;
      stage.log(
        `  ours c=${connections}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ${s.throughput.toFixed(0)}/s`,
      );
    }
    const once = (i: number) => replay(stage.raw, stage.database, recorded[i % recorded.length]!);
    if (load.warmupSeconds > 0) await runLoop(1, load.warmupSeconds, once);
    const rawRun = await runLoop(1, load.seconds, once);
    const raw = summarize(rawRun.latencies, rawRun.seconds, rawRun.errors);
    stage.log(`  raw c=1: p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms`);
    const statementsPerRequest = recorded.reduce((n, s) => n + s.length, 0) / recorded.length;
    rows.push({ generate: generated, statementsPerRequest, ours, raw });
  }
  return rows;
}
