import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { TARGETS, type OperationResult, type TargetKey, type TargetResult } from './compare.js';
import type { GenerateReport } from './dataset.js';
import { ratio, spread, type RunStats } from './stats.js';

export interface Environment {
  readonly date: string;
  readonly node: string;
  /** NODE_ENV of the run (production unless the bench was started another way). */
  readonly nodeEnv: string;
  readonly cpus: number;
  readonly loadAverageBefore: readonly number[];
  loadAverageAfter?: readonly number[];
}

export function environment(): Environment {
  return {
    date: new Date().toISOString(),
    node: process.version,
    nodeEnv: process.env.NODE_ENV ?? 'unset',
    cpus: cpus().length,
    loadAverageBefore: loadavg().map(round2),
  };
}

export interface CompareReport {
  readonly kind: 'compare';
  readonly environment: Environment;
  readonly graph: { professionals: number; generated: GenerateReport | null };
  readonly load: { connections: number; seconds: number; warmupSeconds: number; rounds: number };
  readonly operations: OperationResult[];
}

export interface ScaleRow {
  readonly generate: GenerateReport;
  readonly statementsPerRequest: number;
  /** Ours, by number of connections. */
  readonly ours: Record<string, RunStats>;
  /** The recorded statements through the driver alone, one at a time. */
  readonly raw: RunStats;
}

export interface ScaleReport {
  readonly kind: 'scale';
  readonly environment: Environment;
  readonly load: { connections: number[]; seconds: number; warmupSeconds: number };
  readonly rows: ScaleRow[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const SERVER: Record<TargetKey, string> = {
  ours: 'ours',
  'ours-uncached': 'ours, no kept answers',
  'neo4j-graphql': '@neo4j/graphql 7',
  yoga: 'raw Cypher behind graphql-yoga',
  'raw-http': 'raw Cypher over bare HTTP',
  raw: 'raw Cypher (driver)',
};

const combined = (t: TargetResult | undefined): RunStats | undefined =>
  t && 'combined' in t ? t.combined : undefined;

function machine(env: Environment): string {
  return (
    `Node ${env.node} (NODE_ENV ${env.nodeEnv}), ${env.cpus} cores shared with other work; load average (1, 5, 15 min) ` +
    `${env.loadAverageBefore.join(', ')} before, ${env.loadAverageAfter?.join(', ') ?? '?'} after.`
  );
}

/** The comparison as markdown: the figures per server, then the ratios. */
export function compareMarkdown(report: CompareReport): string {
  const { graph, load } = report;
  const size = graph.generated
    ? `${graph.generated.nodes} nodes, ${graph.generated.relationships} relationships`
    : 'as found';
  const lines = [
    `# Benchmark ${report.environment.date.slice(0, 10)}`,
    '',
    `Graph: synthetic, ${graph.professionals} professionals (${size}). Load: ${load.connections} ` +
      `concurrent connections, ${load.seconds} s measured after ${load.warmupSeconds} s warm-up, ` +
      `${load.rounds} rounds; figures are the median of the rounds, "spread" is the largest over the ` +
      `smallest p50 of the rounds (noise). "Node µs/req" is the time the main thread (every server's ` +
      `event loop; the load generator runs in a worker) was busy per completed request. ` +
      `${machine(report.environment)}`,
    '',
    '| operation | server | p50 ms | p95 ms | p99 ms | req/s | errors | p50 spread | Node µs/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const op of report.operations) {
    for (const target of TARGETS) {
      const result = op.targets[target];
      if (!result) continue;
      if ('unsupported' in result) {
        lines.push(`| ${op.key} | ${SERVER[target]} | not expressible: ${result.unsupported} | | | | | | |`);
        continue;
      }
      const c = result.combined;
      const noise = spread(result.rounds.map((r) => r.p50));
      lines.push(
        `| ${op.key} | ${SERVER[target]} | ${ms(c.p50)} | ${ms(c.p95)} | ${ms(c.p99)} | ` +
          `${fixed(c.throughput, 0)} | ${c.errors} | ${fixed(noise)} | ${fixed(c.busyMicros, 0)} |`,
      );
    }
  }
  lines.push(
    '',
    '| operation | ours/raw over HTTP p50 | ours, no kept answers/raw over HTTP p50 | raw over HTTP/ours req/s | ours/raw behind yoga p50 | raw behind yoga/raw over HTTP p50 | ours/raw p50 | raw over HTTP/raw p50 | ours/@neo4j/graphql req/s | same answers | our statements per request | @neo4j/graphql version |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const op of report.operations) {
    const ours = combined(op.targets.ours);
    const uncached = combined(op.targets['ours-uncached']);
    const raw = combined(op.targets.raw);
    const theirs = combined(op.targets['neo4j-graphql']);
    const overHttp = combined(op.targets['raw-http']);
    const behindYoga = combined(op.targets.yoga);
    lines.push(
      `| ${op.key} | ${fixed(ratio(ours?.p50, overHttp?.p50))} | ${fixed(ratio(uncached?.p50, overHttp?.p50))} | ` +
        `${fixed(ratio(overHttp?.throughput, ours?.throughput))} | ` +
        `${fixed(ratio(ours?.p50, behindYoga?.p50))} | ${fixed(ratio(behindYoga?.p50, overHttp?.p50))} | ` +
        `${fixed(ratio(ours?.p50, raw?.p50))} | ${fixed(ratio(overHttp?.p50, raw?.p50))} | ` +
        `${fixed(ratio(ours?.throughput, theirs?.throughput))} | ` +
        `${op.agreement} | ${fixed(op.statementsPerRequest, 1)} | ${op.note} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The scale run as markdown: suggestedConnections by graph size, and the import speed. */
export function scaleMarkdown(report: ScaleReport): string {
  const { load } = report;
  const cols = load.connections;
  const lines = [
    `# suggestedConnections by graph size ${report.environment.date.slice(0, 10)}`,
    '',
    `Ours (HTTP, as administrator) at ${cols.join(' and ')} concurrent connections, and the recorded ` +
      `statements through the driver alone at 1; ${load.seconds} s each after ${load.warmupSeconds} s ` +
      `warm-up, 25 people spread over the ids taking turns. ${machine(report.environment)}`,
    '',
    `| professionals | nodes | relationships | import s | imported per s | statements | ${cols
      .map((c) => `ours c=${c} p50 / p95 / p99 ms | ours c=${c} req/s`)
      .join(' | ')} | raw c=1 p50 / p95 ms |`,
    `|---:|---:|---:|---:|---:|---:|${cols.map(() => '---:|---:|').join('')}---:|`,
  ];
  for (const row of report.rows) {
    const g = row.generate;
    const ours = cols.map((c) => {
      const s = row.ours[String(c)]!;
      return `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} | ${fixed(s.throughput, 0)}`;
    });
    lines.push(
      `| ${g.professionals} | ${g.nodes} | ${g.relationships} | ${fixed(g.seconds, 1)} | ` +
        `${fixed(g.perSecond, 0)} | ${fixed(row.statementsPerRequest, 1)} | ${ours.join(' | ')} | ` +
        `${ms(row.raw.p50)} / ${ms(row.raw.p95)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes <dir>/<prefix><date><suffix>.json and .md and returns their paths. */
export function writeReport(dir: string, prefix: string, suffix: string, json: object, markdown: string) {
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const base = join(dir, `${prefix}${date}${suffix}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown);
  return [`${base}.json`, `${base}.md`];
}
