import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { runHttp, runLoop, type RawRun } from './load.js';
import { body, type Operation } from './operations.js';
import { recordStatements, replay, type RecordedStatement } from './recorder.js';
import { combineRounds, summarize, type RunStats } from './stats.js';
import { post, type FloorHttpTarget, type HttpTarget } from './targets.js';
import type { Services } from '../services.js';

export const TARGETS = ['ours', 'ours-uncached', 'neo4j-graphql', 'yoga', 'raw-http', 'raw'] as const;
export type TargetKey = (typeof TARGETS)[number];

export interface LoadShape {
  readonly connections: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly rounds: number;
  /** The targets to measure (all by default; fewer when profiling one). */
  readonly targets?: readonly TargetKey[];
}

export type TargetResult =
  { readonly rounds: RunStats[]; readonly combined: RunStats } | { readonly unsupported: string };

export interface OperationResult {
  readonly key: string;
  readonly title: string;
  readonly note: string;
  /** Variants where both servers named the same ids in the same order, e.g. "25/25". */
  readonly agreement: string;
  /** Statements our server sends per request (mean over the variants). */
  readonly statementsPerRequest: number;
  /** Missing when not measured in this run (see LoadShape.targets). */
  readonly targets: Partial<Record<TargetKey, TargetResult>>;
}

export interface Stage {
  readonly services: Services;
  readonly ours: HttpTarget;
  /**
   * Ours without the rankings' kept answers (ANSWER_CACHE_ENTRIES=0): what every request costs
   * when none is asked twice. The statements of the floors are recorded through it, so that a kept
   * answer never leaves a floor without its statements.
   */
  readonly oursUncached: HttpTarget;
  readonly theirs: HttpTarget;
  /** The driver of the floor, set up as the service's own. */
  readonly raw: Driver;
  /** The floor behind a bare HTTP server (its routes are filled by prepare). */
  readonly floorHttp: FloorHttpTarget;
  /** The floor behind graphql-yoga with our schema (it answers floorHttp's routes). */
  readonly floorYoga: HttpTarget;
  readonly database: string;
  readonly log: (line: string) => void;
}

interface Prepared {
  readonly operation: Operation;
  readonly recorded: RecordedStatement[][];
  readonly agreement: string;
}

/** Runs every variant once on both servers: checks the answers and records our statements. */
export async function prepare(stage: Stage, operation: Operation): Promise<Prepared> {
  const recorded: RecordedStatement[][] = [];
  let same = 0;
  for (const [i, request] of operation.ours.entries()) {
    const { data, statements } = await recordStatements(stage.services, stage.oursUncached, body(request));
    recorded.push(statements);
    stage.floorHttp.routes.set(body(request), { statements, response: JSON.stringify({ data }), data });
    const theirs = operation.theirs?.[i];
    if (!theirs) continue;
    const ids = operation.idsOfOurs(data);
    const theirIds = operation.idsOfTheirs(await post(stage.theirs, body(theirs)));
    if (JSON.stringify(ids) === JSON.stringify(theirIds)) same += 1;
    else stage.log(`  ${operation.key} variant ${i}: ours ${ids.join(',')} / theirs ${theirIds.join(',')}`);
  }
  const agreement = operation.theirs ? `${same}/${operation.ours.length}` : 'n/a';
  return { operation, recorded, agreement };
}

async function measureOnce(stage: Stage, prepared: Prepared, target: TargetKey, load: LoadShape) {
  const run = async (seconds: number): Promise<RawRun> => {
    if (target === 'raw') {
      const { recorded } = prepared;
      return runLoop(load.connections, seconds, (i) =>
        replay(stage.raw, stage.database, recorded[i % recorded.length]!),
      );
    }
    const http = {
      ours: stage.ours,
      'ours-uncached': stage.oursUncached,
      yoga: stage.floorYoga,
      'raw-http': stage.floorHttp,
      'neo4j-graphql': stage.theirs,
    }[target];
    const requests = target === 'neo4j-graphql' ? prepared.operation.theirs! : prepared.operation.ours;
    return runHttp({
      url: http.url,
      headers: http.headers,
      bodies: requests.map(body),
      connections: load.connections,
      seconds,
    });
  };
  if (load.warmupSeconds > 0) await run(load.warmupSeconds);
  const before = performance.eventLoopUtilization();
  const measured = await run(load.seconds);
  const busy = performance.eventLoopUtilization(before).active;
  return summarize(measured.latencies, measured.seconds, measured.errors, busy);
}

/**
 * Measures every operation on every target, `rounds` times. Within a round the targets take turns
 * on the same operation, in an order that reverses every round, so that drift of the shared
 * machine (other work, JIT, caches) falls on all of them alike.
 */
export async function compare(
  stage: Stage,
  operationList: readonly Operation[],
  load: LoadShape,
): Promise<OperationResult[]> {
  // The question vocabulary is the service's own cache (read at most every few minutes), not
  // part of any request: read before recording, it is not replayed with every floor request.
  await stage.services.recommendations.questions.vocabulary();
  const prepared: Prepared[] = [];
  for (const operation of operationList) prepared.push(await prepare(stage, operation));
  const rounds = new Map<string, RunStats[]>();
  for (let round = 0; round < load.rounds; round++) {
    const chosen = TARGETS.filter((t) => !load.targets || load.targets.includes(t));
    const order = round % 2 === 0 ? chosen : chosen.reverse();
    for (const p of prepared) {
      for (const target of order) {
        if (target === 'neo4j-graphql' && !p.operation.theirs) continue;
        const stats = await measureOnce(stage, p, target, load);
        const key = `${p.operation.key}/${target}`;
        rounds.set(key, [...(rounds.get(key) ?? []), stats]);
        stage.log(
          `round ${round + 1} ${key}: p50 ${stats.p50.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms, ` +
            `${stats.throughput.toFixed(0)}/s, ${stats.errors} errors`,
        );
      }
    }
  }
  return prepared.map((p) => {
    const targets: Partial<Record<TargetKey, TargetResult>> = {};
    for (const target of TARGETS) {
      const list = rounds.get(`${p.operation.key}/${target}`);
      if (list) targets[target] = { rounds: list, combined: combineRounds(list) };
      else if (target === 'neo4j-graphql' && !p.operation.theirs)
        targets[target] = { unsupported: p.operation.note };
    }
    const statements = p.recorded.reduce((n, s) => n + s.length, 0) / p.recorded.length;
    return {
      key: p.operation.key,
      title: p.operation.title,
      note: p.operation.note,
      agreement: p.agreement,
      statementsPerRequest: statements,
      targets,
    };
  });
}
