import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationOptions, GraphEvaluation } from './evaluate-graph.js';

export interface EvaluationRun {
  readonly date: string;
  readonly options: EvaluationOptions;
  readonly graphs: readonly GraphEvaluation[];
}

export const DEFINITIONS = [
  'Each hidden KNOWS tie a–b is scored from both ends (b in the suggestions for a, a in those for b).',
  'hit@k: share of those ends whose partner is in the first k suggestions.',
  'MRR: mean of 1/rank of the partner over those ends, 0 when not in the first k.',
  'Baselines read every relationship type as an undirected edge, without the hidden ties, and',
  'never suggest the person or anyone they already know.',
];

const round = (x: number) => x.toFixed(3);

/** The table: rows graph × method; columns people evaluated, hidden ties, hit@k, MRR. */
export function markdownTable(run: EvaluationRun): string {
  const k = run.options.k;
  const lines = [
    `| graph | method | people evaluated | hidden ties | hit@${k} | MRR |`,
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const g of run.graphs) {
    for (const r of g.results) {
      lines.push(
        `| ${g.graph} | ${r.method} | ${r.people} | ${r.hiddenTies} | ${round(r.hitAtK)} | ${round(r.mrr)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function markdownReport(run: EvaluationRun): string {
  const graphs = run.graphs
    .map((g) => `- ${g.graph}: ${g.nodes} nodes, ${g.relationships} relationships, ${g.knowsTies} KNOWS ties`)
    .join('\n');
  return [
    `# Offline evaluation of suggestedConnections, ${run.date}`,
    '',
    `${Math.round(run.options.hideFraction * 100)}% of the KNOWS ties hidden (seed ${run.options.seed}), ` +
      `top ${run.options.k} per person.`,
    '',
    markdownTable(run),
    '',
    graphs,
    '',
    ...DEFINITIONS.map((line) => `> ${line}`),
    '',
  ].join('\n');
}

/** Writes eval-recommend-<date>.json and .md into the folder; returns their paths. */
export function writeReport(run: EvaluationRun, folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const base = join(folder, `eval-recommend-${run.date}`);
  writeFileSync(`${base}.json`, `${JSON.stringify({ ...run, definitions: DEFINITIONS }, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdownReport(run));
  return [`${base}.json`, `${base}.md`];
}
