import {
  baselineQuery,
  checkTarget,
  questionTable,
  scoreRun,
  type Rankings,
} from '../../src/eval/question-run.js';
import type { Question } from '../../src/eval/questions.js';

const question = (id: string, split: Question['split'], relevant: Record<string, 1 | 2 | 3>): Question => ({
  id,
  split,
  lang: 'NL',
  text: `vraag ${id}`,
  target: 'people',
  relevant,
});

describe('the baseline query', () => {
  it('escapes every Lucene special character', () => {
    expect(baselineQuery('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('lower-cases the operator words and leaves every other word as written', () => {
    expect(baselineQuery('Wie weet NOT veel AND wie OR TO de Toren?')).toBe(
      'Wie weet not veel and wie or to de Toren\\?',
    );
    expect(baselineQuery('ANDERS TOEN')).toBe('ANDERS TOEN');
  });
});

describe('scoring a run', () => {
  const questions = [
    question('q01', 'tune', { a: 3, b: 1 }),
    question('q02', 'tune', { c: 2, d: 2 }),
    question('q03', 'heldout', { e: 3, f: 3 }),
  ];
  const rankings = new Map<string, Rankings>([
    ['q01', { ours: ['a', 'b'], baseline: ['x', 'b'] }],
    ['q02', { ours: ['c', 'd'], baseline: [] }],
    ['q03', { ours: ['e', 'f'], baseline: ['e', 'f'] }],
  ]);
  const run = scoreRun(questions, rankings);

  it('scores each method with nDCG@5, recall@10 and reciprocal rank', () => {
    const q01 = run.questions[0];
    expect(q01?.scores.ours).toMatchObject({ ndcg: 1, recall: 1, reciprocalRank: 1 });
    // b (grade 1) at rank 2: gain 1 / log2(3), against the ideal 7 + 1 / log2(3).
    const ideal = 7 + 1 / Math.log2(3);
    expect(q01?.scores.baseline.ndcg).toBeCloseTo(1 / Math.log2(3) / ideal);
    expect(q01?.scores.baseline.recall).toBeCloseTo(0.5);
    expect(q01?.scores.baseline.reciprocalRank).toBeCloseTo(0.5);
  });

  it('averages per split and divides the mean nDCG of ours by the baseline', () => {
    expect(run.summary.ours.tune).toMatchObject({ questions: 2, ndcg: 1, recall: 1, mrr: 1 });
    const baselineTune = (run.questions[0]?.scores.baseline.ndcg ?? 0) / 2;
    expect(run.summary.baseline.tune.ndcg).toBeCloseTo(baselineTune);
    expect(run.ratio.tune).toBeCloseTo(1 / baselineTune);
    expect(run.ratio.heldout).toBeCloseTo(1);
  });

  it('meets the target only with nDCG@5 ≥ 0.8 and at least 1.3 times the baseline', () => {
    expect(checkTarget(run, 'tune').met).toBe(true);
    expect(checkTarget(run, 'heldout').met).toBe(false);
  });

  it('counts a question without rankings as two empty lists', () => {
    const empty = scoreRun([question('q04', 'tune', { a: 1, b: 1 })], new Map());
    expect(empty.summary.ours.tune.ndcg).toBe(0);
    expect(empty.ratio.tune).toBeNull();
    expect(checkTarget(empty, 'tune').met).toBe(false);
  });

  it('lists ours top three with their grades', () => {
    expect(questionTable(run.questions)).toContain(
      '| q01 | tune | people | NL | 1.000 | 0.083 | a (3), b (1) |',
    );
  });
});
