/**
 * Scores the service's question answering (`ask`) against a plain full-text baseline on a judged
 * question set (see questions.ts for the set and the metrics).
 *
 * - ours: the ids of the question's target list of `ask`, with the question's region, alliance,
 *   asker and language, for a viewer who sees everyone.
 * - baseline: the question as written (Lucene special characters escaped, operator words
 *   lower-cased) against the Dutch full-text index, the first hits with the target's label; no
 *   scope, no question analysis, no graph.
 *
 * Both lists hold RUN_K ids. Metrics: nDCG@NDCG_K, recall@RUN_K and reciprocal rank within RUN_K,
 * averaged per split.
 */
import type { Viewer } from '../auth/viewer.js';
import type { Services } from '../services.js';
import {
  ndcgAtK,
  recallAtK,
  reciprocalRankAtK,
  summariseBySplit,
  TARGET_LABELS,
  type Lang,
  type MeanScores,
  type Question,
  type QuestionScore,
  type Split,
  type SplitSummary,
  type Target,
} from './questions.js';

export const RUN_K = 10;
export const NDCG_K = 5;

/** The bar the heldout split has to clear: an absolute nDCG@5 and a multiple of the baseline's. */
export const TARGET = { ndcg: 0.8, ratio: 1.3 } as const;

export const METHODS = ['ours', 'baseline'] as const;
export type Method = (typeof METHODS)[number];

/** Admin, so that visibility hides nobody: the judgments ignore visibility. */
const EVALUATOR: Viewer = { role: 'admin', professionalId: null, subject: 'eval', alliances: [] };

/** The ranked answer ids of each method for one question. */
export type Rankings = Readonly<Record<Method, readonly string[]>>;

export interface MethodScore {
  readonly ndcg: number;
  readonly recall: number;
  readonly reciprocalRank: number;
  /** The ranked ids, at most RUN_K. */
  readonly ranked: readonly string[];
}

export interface QuestionResult {
  readonly id: string;
  readonly split: Split;
  readonly target: Target;
  readonly lang: Lang;
  readonly text: string;
  readonly relevant: Readonly<Record<string, number>>;
  readonly scores: Readonly<Record<Method, MethodScore>>;
}

export interface QuestionRun {
  readonly questions: readonly QuestionResult[];
  readonly summary: Readonly<Record<Method, SplitSummary>>;
  /** Mean nDCG@5 of ours divided by the baseline's, per split; null when the baseline scores 0. */
  readonly ratio: Readonly<Record<Split | 'all', number | null>>;
}

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The question text as a Lucene query that means only "these words": every special character is
 * escaped and the operator words are lower-cased. Nothing is removed or added.
 */
export function baselineQuery(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}

/** The first RUN_K answer ids of `ask` for the question's target list. */
export async function askIds(services: Services, question: Question): Promise<string[]> {
  const answer = await services.answers.ask(
    EVALUATOR,
    {
      text: question.text,
      regionId: question.regionId ?? null,
      allianceId: question.allianceId ?? null,
      askerId: question.askerId ?? null,
      first: RUN_K,
    },
    question.lang,
  );
  return answer[question.target].slice(0, RUN_K).map((match) => match.id);
}

/** The first RUN_K ids of the full-text baseline with the target's label. */
export async function baselineIds(services: Services, question: Question): Promise<string[]> {
  const rows = await services.db.read(services.cypher.get('search/baseline-fulltext'), {
    query: baselineQuery(question.text),
    label: TARGET_LABELS[question.target],
    first: RUN_K,
  });
  return rows.map((row) => String(row.id));
}

/** Asks both methods every question, one question at a time, and scores the answers. */
export async function runQuestions(
  services: Services,
  questions: readonly Question[],
  onQuestion: (question: Question, index: number) => void = () => {},
): Promise<QuestionRun> {
  const rankings = new Map<string, Rankings>();
  for (const [index, question] of questions.entries()) {
    onQuestion(question, index);
    rankings.set(question.id, {
      ours: await askIds(services, question),
      baseline: await baselineIds(services, question),
    });
  }
  return scoreRun(questions, rankings);
}

function scoreMethod(question: Question, ranked: readonly string[]): MethodScore {
  const top = ranked.slice(0, RUN_K);
  return {
    ndcg: ndcgAtK(top, question.relevant, NDCG_K),
    recall: recallAtK(top, question.relevant, RUN_K),
    reciprocalRank: reciprocalRankAtK(top, question.relevant, RUN_K),
    ranked: top,
  };
}

/** Scores given rankings (a question without rankings counts as two empty lists). */
export function scoreRun(
  questions: readonly Question[],
  rankings: ReadonlyMap<string, Rankings>,
): QuestionRun {
  const results: QuestionResult[] = questions.map((question) => {
    const ranked = rankings.get(question.id);
    return {
      id: question.id,
      split: question.split,
      target: question.target,
      lang: question.lang,
      text: question.text,
      relevant: question.relevant,
      scores: {
        ours: scoreMethod(question, ranked?.ours ?? []),
        baseline: scoreMethod(question, ranked?.baseline ?? []),
      },
    };
  });
  const summaryOf = (method: Method): SplitSummary =>
    summariseBySplit(
      results.map((r): QuestionScore => ({
        id: r.id,
        split: r.split,
        target: r.target,
        lang: r.lang,
        ndcg: r.scores[method].ndcg,
        recall: r.scores[method].recall,
        reciprocalRank: r.scores[method].reciprocalRank,
      })),
    );
  const summary = { ours: summaryOf('ours'), baseline: summaryOf('baseline') };
  const ratioOf = (key: Split | 'all'): number | null => {
    const base = summary.baseline[key].ndcg;
    return base === 0 ? null : summary.ours[key].ndcg / base;
  };
  return {
    questions: results,
    summary,
    ratio: { tune: ratioOf('tune'), heldout: ratioOf('heldout'), all: ratioOf('all') },
  };
}

export interface TargetCheck {
  readonly ndcg: number;
  readonly ratio: number | null;
  readonly met: boolean;
}

/** Whether a split's mean nDCG@5 clears TARGET (absolute and relative to the baseline). */
export function checkTarget(run: QuestionRun, split: Split): TargetCheck {
  const ndcg = run.summary.ours[split].ndcg;
  const ratio = run.ratio[split];
  const met = ndcg >= TARGET.ndcg && (ratio === null ? ndcg > 0 : ratio >= TARGET.ratio);
  return { ndcg, ratio, met };
}

const fixed = (x: number) => x.toFixed(3);
const times = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);

/** One table: per split, each method's means. */
export function summaryTable(run: QuestionRun, splits: readonly (Split | 'all')[]): string {
  const lines = [
    `| split | method | nDCG@${NDCG_K} | recall@${RUN_K} | MRR@${RUN_K} | n |`,
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const split of splits) {
    for (const method of METHODS) {
      const m: MeanScores = run.summary[method][split];
      lines.push(
        `| ${split} | ${method} | ${fixed(m.ndcg)} | ${fixed(m.recall)} | ${fixed(m.mrr)} | ${m.questions} |`,
      );
    }
    lines.push(`| ${split} | ours / baseline | ${times(run.ratio[split])} | | | |`);
  }
  return lines.join('\n');
}

/** An id with its judged grade, when it has one. */
function graded(answerId: string, relevant: Readonly<Record<string, number>>): string {
  const grade = relevant[answerId];
  return grade === undefined ? answerId : `${answerId} (${grade})`;
}

/** One row per question: both nDCG@5 scores, and ours' first three ids with their grades. */
export function questionTable(results: readonly QuestionResult[]): string {
  const lines = [
    `| id | split | target | lang | ours nDCG@${NDCG_K} | baseline nDCG@${NDCG_K} | ours top 3 (grade) |`,
    '|---|---|---|---|---:|---:|---|',
  ];
  for (const r of results) {
    const top = r.scores.ours.ranked
      .slice(0, 3)
      .map((answerId) => graded(answerId, r.relevant))
      .join(', ');
    lines.push(
      `| ${r.id} | ${r.split} | ${r.target} | ${r.lang} | ${fixed(r.scores.ours.ndcg)} | ` +
        `${fixed(r.scores.baseline.ndcg)} | ${top || '—'} |`,
    );
  }
  return lines.join('\n');
}

/** The target line: met or not, with the numbers it was judged on. */
export function targetLine(check: TargetCheck, split: Split): string {
  return (
    `${split} nDCG@${NDCG_K} ${fixed(check.ndcg)} (needs ≥ ${TARGET.ndcg}), ${times(check.ratio)} the ` +
    `baseline (needs ≥ ${TARGET.ratio}×): ${check.met ? 'met' : 'not met'}`
  );
}
