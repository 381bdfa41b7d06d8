/**
 * Judged questions for evaluating question answering, and the graded ranking metrics to score them.
 *
 * A question set (eval/questions.json) holds free-text questions, each with the answer list it is
 * scored on (`target`: people, practices or insights) and the ids judged relevant, graded 1–3; any
 * id not listed counts as grade 0. Optional `regionId`, `allianceId` and `askerId` narrow which
 * answers are relevant; checkQuestionSet verifies that against the graph the questions were judged on.
 *
 * Metrics, all over the first k ids of a ranked list (later repeats of an id are dropped first):
 * - nDCG@k: DCG = Σ (2^grade − 1) / log2(rank + 1); the ideal DCG puts the judged grades in
 *   descending order. 0 when nothing is judged relevant.
 * - recall@k: share of the ids with grade ≥ 1 that appear in the first k.
 * - reciprocal rank: 1 / rank of the first id with any grade ≥ 1 in the first k, else 0. Grade 1
 *   counts on purpose: a partly relevant answer at the top still gives the asker a lead.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GraphData } from '../importing/graph-import.js';

/** The label of the ids each answer list holds. */
export const TARGET_LABELS = {
  people: 'Professional',
  practices: 'Practice',
  insights: 'Insight',
} as const;

export type Target = keyof typeof TARGET_LABELS;
export const SPLITS = ['tune', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];
export type Lang = 'NL' | 'EN';
export type Grade = 1 | 2 | 3;

const id = z.string().trim().min(1);
const grade = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const questionSchema = z.strictObject({
  id: z.string().regex(/^q\d{2,}$/, 'question ids look like q01'),
  split: z.enum(SPLITS),
  lang: z.enum(['NL', 'EN']),
  text: z.string().trim().min(3),
  target: z.enum(['people', 'practices', 'insights']),
  regionId: id.optional(),
  allianceId: id.optional(),
  askerId: id.optional(),
  relevant: z
    .record(id, grade)
    .refine((judged) => Object.keys(judged).length >= 2, 'judge at least two ids per question'),
});

const questionSetSchema = z
  .strictObject({
    description: z.string().trim().min(1),
    written: z.iso.date(),
    grades: z.record(z.string(), z.string()),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `duplicate id ${question.id}`,
        });
      }
      seen.add(question.id);
    });
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** Validates the shape of a parsed question set; throws with every problem listed. */
export function parseQuestionSet(raw: unknown): QuestionSet {
  const result = questionSetSchema.safeParse(raw);
  if (!result.success) throw new Error(`invalid question set:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and validates a question set file (its shape only; see checkQuestionSet for the ids). */
export function loadQuestionSet(file: string): QuestionSet {
  return parseQuestionSet(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

/** Labels and relationships of a graph, indexed for the checks below. */
interface GraphIndex {
  readonly labels: ReadonlyMap<string, string>;
  /** "TYPE from to" for every relationship. */
  readonly edges: ReadonlySet<string>;
  /** Region → the region it lies in. */
  readonly parentRegion: ReadonlyMap<string, string>;
  /** Node → the regions it is LOCATED_IN directly. */
  readonly locatedIn: ReadonlyMap<string, readonly string[]>;
}

function indexGraph(data: GraphData): GraphIndex {
  const labels = new Map<string, string>();
  for (const node of data.nodes ?? []) {
    if (typeof node.id === 'string' && typeof node.label === 'string') labels.set(node.id, node.label);
  }
  const edges = new Set<string>();
  const parentRegion = new Map<string, string>();
  const locatedIn = new Map<string, string[]>();
  for (const rel of data.relationships ?? []) {
    const { type, from, to } = rel;
    if (typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string') continue;
    edges.add(`${type} ${from} ${to}`);
    if (type !== 'LOCATED_IN') continue;
    if (labels.get(from) === 'Region') parentRegion.set(from, to);
    else locatedIn.set(from, [...(locatedIn.get(from) ?? []), to]);
  }
  return { labels, edges, parentRegion, locatedIn };
}

function has(graph: GraphIndex, type: string, from: string, to: string): boolean {
  return graph.edges.has(`${type} ${from} ${to}`);
}

/** Whether the node lies in the region directly or in one of its sub-regions. */
function isWithin(graph: GraphIndex, nodeId: string, regionId: string): boolean {
  for (const start of graph.locatedIn.get(nodeId) ?? []) {
    const visited = new Set<string>();
    for (let region: string | undefined = start; region && !visited.has(region);) {
      if (region === regionId) return true;
      visited.add(region);
      region = graph.parentRegion.get(region);
    }
  }
  return false;
}

/** Whether the id is the asker's own material, which never counts as an answer to its question. */
function isOwnedByAsker(graph: GraphIndex, askerId: string, answerId: string): boolean {
  return (
    answerId === askerId ||
    has(graph, 'AUTHORED', askerId, answerId) ||
    has(graph, 'ABOUT', answerId, askerId) ||
    has(graph, 'CONTRIBUTES_TO', askerId, answerId) ||
    has(graph, 'CONTRIBUTES_TO', answerId, askerId) ||
    has(graph, 'APPLIES', askerId, answerId)
  );
}

/**
 * Checks a question set against the graph it was judged on. Returns the problems found (empty when
 * the set is consistent):
 * - every judged id exists and carries the target's label;
 * - regionId is a Region, and for people every judged person lies in it or in a sub-region;
 * - allianceId is an Alliance; judged people are MEMBER_OF it and judged insights were RECORDED by it;
 * - askerId is a Professional or Initiative, and none of its own material is judged relevant.
 */
export function checkQuestionSet(set: QuestionSet, data: GraphData): string[] {
  const graph = indexGraph(data);
  const problems: string[] = [];
  for (const question of set.questions) {
    const report = (message: string) => problems.push(`${question.id}: ${message}`);
    const label = TARGET_LABELS[question.target];
    const { regionId, allianceId, askerId } = question;
    if (regionId !== undefined && graph.labels.get(regionId) !== 'Region') {
      report(`regionId ${regionId} is not a Region`);
    }
    if (allianceId !== undefined && graph.labels.get(allianceId) !== 'Alliance') {
      report(`allianceId ${allianceId} is not an Alliance`);
    }
    const askerLabel = askerId === undefined ? undefined : graph.labels.get(askerId);
    if (askerId !== undefined && askerLabel !== 'Professional' && askerLabel !== 'Initiative') {
      report(`askerId ${askerId} is not a Professional or Initiative`);
    }
    for (const answerId of Object.keys(question.relevant)) {
      const actual = graph.labels.get(answerId);
      if (actual === undefined) {
        report(`${answerId} does not exist`);
        continue;
      }
      if (actual !== label) report(`${answerId} is labelled ${actual}, not ${label}`);
      if (regionId !== undefined && question.target === 'people' && !isWithin(graph, answerId, regionId)) {
        report(`${answerId} is not located in ${regionId}`);
      }
      if (allianceId !== undefined) {
        if (question.target === 'people' && !has(graph, 'MEMBER_OF', answerId, allianceId)) {
          report(`${answerId} is not a member of ${allianceId}`);
        }
        if (question.target === 'insights' && !has(graph, 'RECORDED', allianceId, answerId)) {
          report(`${answerId} was not recorded by ${allianceId}`);
        }
      }
      if (askerId !== undefined && isOwnedByAsker(graph, askerId, answerId)) {
        report(`${answerId} belongs to the asker ${askerId}`);
      }
    }
  }
  return problems;
}

/** Number of questions per split, target and language, keyed "split/target/lang". */
export function countQuestions(questions: readonly Question[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of questions) {
    const key = `${q.split}/${q.target}/${q.lang}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The first k distinct ids, in ranked order. */
function topK(ranked: readonly string[], k: number): string[] {
  const top: string[] = [];
  const seen = new Set<string>();
  for (const answerId of ranked) {
    if (top.length >= k) break;
    if (seen.has(answerId)) continue;
    seen.add(answerId);
    top.push(answerId);
  }
  return top;
}

const gain = (g: number): number => 2 ** g - 1;
const discount = (rank: number): number => Math.log2(rank + 1);

/** Discounted cumulative gain of the first k ids (rank 1 has discount log2(2) = 1). */
export function dcgAtK(
  ranked: readonly string[],
  relevant: Readonly<Record<string, number>>,
  k: number,
): number {
  return topK(ranked, k).reduce(
    (sum, answerId, index) => sum + gain(relevant[answerId] ?? 0) / discount(index + 1),
    0,
  );
}

/** DCG of the best possible list: the judged grades in descending order, cut at k. */
export function idealDcgAtK(relevant: Readonly<Record<string, number>>, k: number): number {
  return Object.values(relevant)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, Math.max(0, k))
    .reduce((sum, g, index) => sum + gain(g) / discount(index + 1), 0);
}

/** DCG@k divided by the ideal DCG@k; 0 when no id is judged relevant. */
export function ndcgAtK(
  ranked: readonly string[],
  relevant: Readonly<Record<string, number>>,
  k: number,
): number {
  const ideal = idealDcgAtK(relevant, k);
  return ideal === 0 ? 0 : dcgAtK(ranked, relevant, k) / ideal;
}

/** Share of the ids with grade ≥ 1 found among the first k; 0 when no id is judged relevant. */
export function recallAtK(
  ranked: readonly string[],
  relevant: Readonly<Record<string, number>>,
  k: number,
): number {
  const wanted = Object.keys(relevant).filter((answerId) => (relevant[answerId] ?? 0) >= 1);
  if (wanted.length === 0) return 0;
  const top = new Set(topK(ranked, k));
  return wanted.filter((answerId) => top.has(answerId)).length / wanted.length;
}

/** 1 / rank of the first id of any grade ≥ 1 among the first k, 0 when there is none. */
export function reciprocalRankAtK(
  ranked: readonly string[],
  relevant: Readonly<Record<string, number>>,
  k: number,
): number {
  const index = topK(ranked, k).findIndex((answerId) => (relevant[answerId] ?? 0) >= 1);
  return index < 0 ? 0 : 1 / (index + 1);
}

export interface QuestionScore {
  readonly id: string;
  readonly split: Split;
  readonly target: Target;
  readonly lang: Lang;
  readonly ndcg: number;
  readonly recall: number;
  readonly reciprocalRank: number;
}

/** Scores one question's ranked answer ids (of its target list) at cut-off k. */
export function scoreQuestion(question: Question, ranked: readonly string[], k: number): QuestionScore {
  return {
    id: question.id,
    split: question.split,
    target: question.target,
    lang: question.lang,
    ndcg: ndcgAtK(ranked, question.relevant, k),
    recall: recallAtK(ranked, question.relevant, k),
    reciprocalRank: reciprocalRankAtK(ranked, question.relevant, k),
  };
}

export interface MeanScores {
  readonly questions: number;
  readonly ndcg: number;
  readonly recall: number;
  /** Mean reciprocal rank. */
  readonly mrr: number;
}

export type SplitSummary = Readonly<Record<Split | 'all', MeanScores>>;

function means(scores: readonly QuestionScore[]): MeanScores {
  const n = scores.length;
  const mean = (pick: (s: QuestionScore) => number) =>
    n === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / n;
  return {
    questions: n,
    ndcg: mean((s) => s.ndcg),
    recall: mean((s) => s.recall),
    mrr: mean((s) => s.reciprocalRank),
  };
}

/** Mean scores per split and over all questions (zeros for a split without questions). */
export function summariseBySplit(scores: readonly QuestionScore[]): SplitSummary {
  return {
    tune: means(scores.filter((s) => s.split === 'tune')),
    heldout: means(scores.filter((s) => s.split === 'heldout')),
    all: means(scores),
  };
}
