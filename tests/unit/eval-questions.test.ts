import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphData } from '../../src/importing/graph-import.js';
import {
  checkQuestionSet,
  countQuestions,
  dcgAtK,
  idealDcgAtK,
  loadQuestionSet,
  ndcgAtK,
  parseQuestionSet,
  recallAtK,
  reciprocalRankAtK,
  scoreQuestion,
  summariseBySplit,
  type Question,
  type QuestionScore,
} from '../../src/eval/questions.js';
import { projectRoot } from '../../src/util/project-root.js';

describe('graded ranking metrics', () => {
  const judged = { a: 3, b: 2, c: 1 };
  // Gains 2^g - 1: a = 7, b = 3, c = 1. Discounts log2(rank + 1): 1, log2(3), 2, log2(5).
  const ideal3 = 7 + 3 / Math.log2(3) + 1 / 2;

  it('DCG sums graded gains discounted by rank', () => {
    // b at rank 1 (3 / 1), x at rank 2 (0), a at rank 3 (7 / 2).
    expect(dcgAtK(['b', 'x', 'a', 'c'], judged, 3)).toBeCloseTo(6.5);
    expect(dcgAtK(['b', 'x', 'a', 'c'], judged, 4)).toBeCloseTo(6.5 + 1 / Math.log2(5));
    expect(dcgAtK(['x', 'y'], judged, 2)).toBe(0);
  });

  it('the ideal DCG takes the judged grades in descending order', () => {
    expect(idealDcgAtK(judged, 3)).toBeCloseTo(ideal3);
    expect(idealDcgAtK(judged, 1)).toBe(7);
    expect(idealDcgAtK(judged, 10)).toBeCloseTo(ideal3);
  });

  it('nDCG is 1 for the ideal order and DCG / ideal DCG otherwise', () => {
    expect(ndcgAtK(['a', 'b', 'c'], judged, 3)).toBeCloseTo(1);
    expect(ndcgAtK(['b', 'x', 'a', 'c'], judged, 3)).toBeCloseTo(6.5 / ideal3); // ≈ 0.6920
    // k = 1: only b is seen, against the ideal a.
    expect(ndcgAtK(['b', 'a'], judged, 1)).toBeCloseTo(3 / 7);
    expect(ndcgAtK(['x'], judged, 5)).toBe(0);
    expect(ndcgAtK(['a'], {}, 5)).toBe(0);
  });

  it('a repeated id counts once, at its first position', () => {
    expect(ndcgAtK(['a', 'a', 'b'], judged, 3)).toBeCloseTo(ndcgAtK(['a', 'b'], judged, 3));
    expect(recallAtK(['c', 'c', 'c'], judged, 3)).toBeCloseTo(1 / 3);
  });

  it('recall@k is the share of ids of any grade found in the first k', () => {
    expect(recallAtK(['b', 'x', 'a', 'c'], judged, 1)).toBeCloseTo(1 / 3);
    expect(recallAtK(['b', 'x', 'a', 'c'], judged, 3)).toBeCloseTo(2 / 3);
    expect(recallAtK(['b', 'x', 'a', 'c'], judged, 4)).toBe(1);
    expect(recallAtK([], judged, 4)).toBe(0);
    expect(recallAtK(['a'], {}, 4)).toBe(0);
  });

  it('reciprocal rank uses the first id of any grade within k', () => {
    expect(reciprocalRankAtK(['b', 'a'], judged, 10)).toBe(1);
    expect(reciprocalRankAtK(['x', 'y', 'c', 'a'], judged, 10)).toBeCloseTo(1 / 3);
    expect(reciprocalRankAtK(['x', 'y', 'c'], judged, 2)).toBe(0);
    expect(reciprocalRankAtK(['x', 'x', 'c'], judged, 2)).toBe(1 / 2);
    expect(reciprocalRankAtK([], judged, 10)).toBe(0);
  });

  it('scores a question and averages per split', () => {
    const question: Question = {
      id: 'q01',
      split: 'tune',
      lang: 'NL',
      text: 'Wie kent de bodem?',
      target: 'people',
      relevant: { a: 3, b: 1 },
    };
    // DCG = 1 / log2(3) (b at rank 2); ideal = 7 + 1 / log2(3).
    const score = scoreQuestion(question, ['x', 'b', 'y'], 3);
    expect(score).toMatchObject({ id: 'q01', split: 'tune', target: 'people', lang: 'NL' });
    expect(score.ndcg).toBeCloseTo(1 / Math.log2(3) / (7 + 1 / Math.log2(3))); // ≈ 0.0827
    expect(score.recall).toBe(0.5);
    expect(score.reciprocalRank).toBe(0.5);

    const base = { target: 'people', lang: 'NL' } as const;
    const scores: QuestionScore[] = [
      { ...base, id: 'q01', split: 'tune', ndcg: 1, recall: 1, reciprocalRank: 1 },
      { ...base, id: 'q02', split: 'tune', ndcg: 0.5, recall: 0.5, reciprocalRank: 0.25 },
      { ...base, id: 'q03', split: 'heldout', ndcg: 0.2, recall: 0, reciprocalRank: 0 },
    ];
    const summary = summariseBySplit(scores);
    expect(summary.tune).toEqual({ questions: 2, ndcg: 0.75, recall: 0.75, mrr: 0.625 });
    expect(summary.heldout).toEqual({ questions: 1, ndcg: 0.2, recall: 0, mrr: 0 });
    expect(summary.all.questions).toBe(3);
    expect(summary.all.ndcg).toBeCloseTo(1.7 / 3);
    expect(summary.all.mrr).toBeCloseTo(1.25 / 3);
    expect(summariseBySplit([]).tune).toEqual({ questions: 0, ndcg: 0, recall: 0, mrr: 0 });
  });
});

describe('question set validation', () => {
  const header = { description: 'test', written: '2026-12-02', grades: { '3': 'clearly the answer' } };
  const question = (over: Record<string, unknown> = {}) => ({
    id: 'q01',
    split: 'tune',
    lang: 'NL',
    text: 'Wie weet iets van taalcafés?',
    target: 'people',
    relevant: { 'prof-ann': 3, 'prof-bob': 1 },
    ...over,
  });

  it('accepts a well-formed set', () => {
    const set = parseQuestionSet({ ...header, questions: [question()] });
    expect(set.questions[0]!.relevant).toEqual({ 'prof-ann': 3, 'prof-bob': 1 });
  });

  it('rejects bad grades, too few judged ids, unknown fields and duplicate ids', () => {
    const parse = (questions: unknown[]) => () => parseQuestionSet({ ...header, questions });
    expect(parse([question({ relevant: { 'prof-ann': 4, 'prof-bob': 1 } })])).toThrow(/invalid question set/);
    expect(parse([question({ relevant: { 'prof-ann': 0, 'prof-bob': 1 } })])).toThrow();
    expect(parse([question({ relevant: { 'prof-ann': 3 } })])).toThrow(/at least two/);
    expect(parse([question({ target: 'events' })])).toThrow();
    expect(parse([question({ split: 'test' })])).toThrow();
    expect(parse([question({ extra: true })])).toThrow();
    expect(parse([question(), question()])).toThrow(/duplicate id q01/);
    expect(() => parseQuestionSet({ ...header, written: '2 december', questions: [question()] })).toThrow();
  });

  // Utrecht lies in the province, which lies in the country; Zwolle lies elsewhere.
  const graph: GraphData = {
    nodes: [
      { id: 'region-nl', label: 'Region' },
      { id: 'region-prov', label: 'Region' },
      { id: 'region-utrecht', label: 'Region' },
      { id: 'region-zwolle', label: 'Region' },
      { id: 'prof-ann', label: 'Professional' },
      { id: 'prof-bob', label: 'Professional' },
      { id: 'alliance-taal', label: 'Alliance' },
      { id: 'insight-ann', label: 'Insight' },
      { id: 'insight-bob', label: 'Insight' },
      { id: 'practice-taalcafe', label: 'Practice' },
      { id: 'initiative-wandel', label: 'Initiative' },
    ],
    relationships: [
      { type: 'LOCATED_IN', from: 'region-prov', to: 'region-nl' },
      { type: 'LOCATED_IN', from: 'region-utrecht', to: 'region-prov' },
      { type: 'LOCATED_IN', from: 'region-zwolle', to: 'region-nl' },
      { type: 'LOCATED_IN', from: 'prof-ann', to: 'region-utrecht' },
      { type: 'LOCATED_IN', from: 'prof-bob', to: 'region-zwolle' },
      { type: 'MEMBER_OF', from: 'prof-ann', to: 'alliance-taal', properties: { role: 'FACILITATOR' } },
      { type: 'AUTHORED', from: 'prof-ann', to: 'insight-ann' },
      { type: 'AUTHORED', from: 'prof-bob', to: 'insight-bob' },
      { type: 'RECORDED', from: 'alliance-taal', to: 'insight-ann' },
      { type: 'ABOUT', from: 'insight-bob', to: 'initiative-wandel' },
      { type: 'APPLIES', from: 'initiative-wandel', to: 'practice-taalcafe' },
    ],
  };
  const check = (...questions: Record<string, unknown>[]) =>
    checkQuestionSet(parseQuestionSet({ ...header, questions }), graph);

  it('finds no problems in a consistent question', () => {
    expect(check(question({ regionId: 'region-nl' }))).toEqual([]);
    expect(check(question({ target: 'insights', relevant: { 'insight-ann': 3, 'insight-bob': 2 } }))).toEqual(
      [],
    );
  });

  it('reports unknown ids and ids of another label than the target', () => {
    expect(check(question({ relevant: { 'prof-ann': 3, 'prof-nobody': 1 } }))).toEqual([
      'q01: prof-nobody does not exist',
    ]);
    expect(check(question({ relevant: { 'prof-ann': 3, 'insight-ann': 1 } }))).toEqual([
      'q01: insight-ann is labelled Insight, not Professional',
    ]);
  });

  it('keeps judged people inside the region, counting sub-regions', () => {
    expect(check(question({ regionId: 'region-prov' }))).toEqual([
      'q01: prof-bob is not located in region-prov',
    ]);
    expect(check(question({ regionId: 'prof-ann' }))).toContain('q01: regionId prof-ann is not a Region');
  });

  it('keeps judged people and insights inside the alliance', () => {
    expect(check(question({ allianceId: 'alliance-taal' }))).toEqual([
      'q01: prof-bob is not a member of alliance-taal',
    ]);
    expect(
      check(
        question({
          target: 'insights',
          allianceId: 'alliance-taal',
          relevant: { 'insight-ann': 3, 'insight-bob': 1 },
        }),
      ),
    ).toEqual(['q01: insight-bob was not recorded by alliance-taal']);
  });

  it("never counts the asker's own material as an answer", () => {
    expect(check(question({ askerId: 'prof-bob' }))).toEqual(['q01: prof-bob belongs to the asker prof-bob']);
    expect(
      check(
        question({
          target: 'insights',
          askerId: 'prof-ann',
          relevant: { 'insight-ann': 3, 'insight-bob': 1 },
        }),
      ),
    ).toEqual(['q01: insight-ann belongs to the asker prof-ann']);
    expect(
      check(
        question({
          target: 'insights',
          askerId: 'initiative-wandel',
          relevant: { 'insight-ann': 3, 'insight-bob': 1 },
        }),
      ),
    ).toEqual(['q01: insight-bob belongs to the asker initiative-wandel']);
    expect(check(question({ askerId: 'alliance-taal' }))).toEqual([
      'q01: askerId alliance-taal is not a Professional or Initiative',
    ]);
  });
});

describe('eval/questions.json', () => {
  const root = projectRoot();
  const set = loadQuestionSet(join(root, 'eval', 'questions.json'));
  const demo = JSON.parse(readFileSync(join(root, 'data', 'demo.json'), 'utf8')) as GraphData;

  it('is consistent with the demo data', () => {
    expect(checkQuestionSet(set, demo)).toEqual([]);
  });

  it('holds at least 40 questions, split evenly per target and language', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(40);
    const counts = countQuestions(set.questions);
    for (const target of ['people', 'practices', 'insights']) {
      for (const lang of ['NL', 'EN']) {
        expect([target, lang, counts.get(`tune/${target}/${lang}`) ?? 0]).toEqual([
          target,
          lang,
          counts.get(`heldout/${target}/${lang}`) ?? 0,
        ]);
      }
    }
    const tune = set.questions.filter((q) => q.split === 'tune').length;
    expect(tune * 2).toBe(set.questions.length);
  });

  it('asks about people in about half of the questions and in both languages', () => {
    const people = set.questions.filter((q) => q.target === 'people').length;
    expect(people / set.questions.length).toBeGreaterThanOrEqual(0.4);
    expect(people / set.questions.length).toBeLessThanOrEqual(0.6);
    const english = set.questions.filter((q) => q.lang === 'EN').length;
    expect(english / set.questions.length).toBeGreaterThanOrEqual(0.15);
    expect(english / set.questions.length).toBeLessThanOrEqual(0.35);
  });
});
