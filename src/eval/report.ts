import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison, GraphEvaluation, MethodSummary } from './evaluate-graph.js';
import type { PairedDifference } from './statistics.js';

export interface EvaluationRun {
  readonly date: string;
  /** Length of each suggestion list, and the k of hit@k. */
  readonly k: number;
  readonly hideFraction: number;
  readonly graphs: readonly GraphEvaluation[];
  /** Real networks that were asked for but not evaluated, with the reason. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

export const DEFINITIONS = [
  'Per seed, a seeded share of the KNOWS ties is hidden and the rest imported; each hidden tie a–b is',
  'scored from both ends (b in the suggestions for a, a in those for b).',
  'hit@k: share of those ends whose partner is in the first k suggestions; MRR: mean of 1/rank of the',
  'partner, 0 when not in the first k. Both are computed per seed, then averaged over the seeds.',
  'Baselines (common neighbours, Adamic-Adar 1/ln(degree), resource allocation 1/degree) read every',
  'relationship type as an undirected edge on the generated and demo graphs, and the KNOWS ties only',
  'on the real networks; they never suggest the person or anyone they already know. Plain: the first',
  'k by score, ties by id, only candidates with a shared neighbour.',
  'Tie-fair: the expectation when tied candidates come in random order. With g candidates above the',
  'target and e tied with it (the target included), P(hit@k) = clamp((k-g)/e, 0, 1) and',
  'E[RR] = (1/e) · sum of 1/r for r = g+1 .. min(g+e, k); a target without a shared neighbour ties with',
  'every candidate without one. Candidates: all professionals but the person and those they know.',
  'Recommender, tie-fair (diagnostic): the same expectation over the tied scores of its longest list',
  '(100 suggestions); a partner absent from that list counts 0.',
  'Differences are recommender − baseline, paired by seed; the interval is the 95% Student t-interval',
  'over the per-seed differences, mean ± t(0.975, n−1) · sd / √n (t = 2.093 for 20 seeds). "above" and',
  '"below" mean the interval excludes 0, "level" that it covers 0. The best baseline is the tie-fair',
  'baseline with the highest mean on the metric.',
];

const round = (x: number) => x.toFixed(3);
const average = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const signed = (x: number) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);

function interval(d: PairedDifference): string {
  if (d.low === null || d.high === null) return signed(d.mean);
  return `${signed(d.mean)} [${signed(d.low)}, ${signed(d.high)}]`;
}

function comparisonOf(g: GraphEvaluation, metric: Comparison['metric'], baseline: string) {
  return g.comparisons.find((c) => c.metric === metric && c.baseline === baseline);
}

function bestOf(g: GraphEvaluation, metric: Comparison['metric']) {
  return g.comparisons.find((c) => c.metric === metric && c.best);
}

function method(g: GraphEvaluation, name: string): MethodSummary | undefined {
  return g.methods.find((m) => m.method === name);
}

/** One row per graph: the recommender against the best tie-fair baseline on each metric. */
export function summaryTable(run: EvaluationRun): string {
  const k = run.k;
  const lines = [
    `| graph | seeds | recommender hit@${k} | best baseline | its hit@${k} | difference [95% CI] | ` +
      'recommender MRR | best baseline | its MRR | difference [95% CI] |',
    '|---|---:|---:|---|---:|---|---:|---|---:|---|',
  ];
  for (const g of run.graphs) {
    const ours = g.methods.find((m) => m.role === 'recommender');
    const hit = bestOf(g, 'hitAtK');
    const mrr = bestOf(g, 'mrr');
    if (!ours || !hit || !mrr) continue;
    const hitBase = method(g, hit.baseline);
    const mrrBase = method(g, mrr.baseline);
    lines.push(
      `| ${g.graph} | ${g.seeds.length} | ${round(ours.hitAtK)} | ${hit.baseline} | ${round(hitBase?.hitAtK ?? NaN)} | ` +
        `${interval(hit.difference)} ${hit.verdict} | ${round(ours.mrr)} | ${mrr.baseline} | ` +
        `${round(mrrBase?.mrr ?? NaN)} | ${interval(mrr.difference)} ${mrr.verdict} |`,
    );
  }
  return lines.join('\n');
}

/** Per graph: every method's means, and the recommender's paired difference to each baseline. */
export function graphTable(g: GraphEvaluation, k: number): string {
  const lines = [
    `| method | hit@${k} | MRR | recommender − method, hit@${k} [95% CI] | recommender − method, MRR [95% CI] |`,
    '|---|---:|---:|---|---|',
  ];
  for (const m of g.methods) {
    const cell = (metric: Comparison['metric']) => {
      const c = comparisonOf(g, metric, m.method);
      if (!c) return '';
      return `${interval(c.difference)} ${c.verdict}${c.best ? ' (best baseline)' : ''}`;
    };
    lines.push(`| ${m.method} | ${round(m.hitAtK)} | ${round(m.mrr)} | ${cell('hitAtK')} | ${cell('mrr')} |`);
  }
  return lines.join('\n');
}

function share(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)}%`;
}

function graphSection(g: GraphEvaluation, k: number): string {
  const seeds = g.perSeed;
  const sum = (f: (s: (typeof seeds)[number]) => number) => seeds.reduce((n, s) => n + f(s), 0);
  const cases = sum((s) => s.cases);
  const seedList =
    g.seeds.length === 1 ? `seed ${g.seeds[0]}` : `seeds ${g.seeds[0]}–${g.seeds[g.seeds.length - 1]}`;
  const verdictLine = (metric: Comparison['metric'], label: string) => {
    const best = bestOf(g, metric);
    if (!best) return `- ${label}: no baseline`;
    return (
      `- ${label}: the recommender is ${best.atOrAbove ? 'at or above' : 'below'} the best tie-fair baseline ` +
      `(${best.baseline}) by mean, ${interval(best.difference)}, ${best.verdict}.`
    );
  };
  const truncated = sum((s) => s.truncatedTieGroups);
  return [
    `## ${g.graph}`,
    '',
    `${g.description}. ${g.nodes} nodes, ${g.relationships} relationships, ${g.knowsTies} KNOWS ties; ` +
      `${g.seeds.length} seed${g.seeds.length === 1 ? '' : 's'} (${seedList}), ` +
      `${average(sum((s) => s.hiddenTies) / seeds.length)} hidden ties and ` +
      `${average(sum((s) => s.people) / seeds.length)} people asked per seed; baselines read ` +
      `${g.baselineEdges === 'KNOWS' ? 'the KNOWS ties only' : 'every relationship'}.`,
    '',
    graphTable(g, k),
    '',
    verdictLine('hitAtK', `hit@${k}`),
    verdictLine('mrr', 'MRR'),
    `- Cases (both ends of the hidden ties, all seeds): ${cases}; partner shares no neighbour with the ` +
      `person: ${share(
        sum((s) => s.casesWithoutSharedNeighbour),
        cases,
      )}; person has at most ${k} ` +
      `candidates: ${share(
        sum((s) => s.casesWithAtMostKCandidates),
        cases,
      )}` +
      (truncated > 0
        ? `; tie groups cut off at the end of the recommender's longest list: ${truncated}.`
        : '.'),
  ].join('\n');
}

export function markdownReport(run: EvaluationRun): string {
  const skipped = run.skipped.map((s) => `- ${s.name}: ${s.reason}`);
  return [
    `# Offline evaluation of suggestedConnections, ${run.date}`,
    '',
    `${Math.round(run.hideFraction * 100)}% of the KNOWS ties hidden per seed, top ${run.k} per person.`,
    '',
    summaryTable(run),
    '',
    ...run.graphs.flatMap((g) => [graphSection(g, run.k), '']),
    ...(skipped.length > 0 ? ['Not evaluated:', '', ...skipped, ''] : []),
    ...DEFINITIONS.map((line) => `> ${line}`),
    '',
  ].join('\n');
}

/** Writes eval-recommend-<date>.json and .md into the folder; returns their paths. */
export function writeReport(run: EvaluationRun, folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const base = join(folder, `eval-recommend-${run.date}`);
  const json = {
    ...run,
    interval: '95% Student t-interval over the per-seed paired differences (recommender − baseline)',
    definitions: DEFINITIONS,
  };
  writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdownReport(run));
  return [`${base}.json`, `${base}.md`];
}
