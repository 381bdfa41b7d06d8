import {
  adamicAdar,
  commonNeighbours,
  resourceAllocation,
  undirectedNeighbours,
} from '../../src/eval/baselines.js';
import { hideKnowsTies } from '../../src/eval/holdout.js';
import { casesByPerson, hitAtK, rankOf, reciprocalRank, scoreRankings } from '../../src/eval/metrics.js';

describe('ranking metrics', () => {
  const ranked = ['a', 'b', 'c', 'd'];

  it('hit@k counts the share of targets within the first k', () => {
    expect(hitAtK(ranked, ['b', 'd'], 2)).toBe(0.5);
    expect(hitAtK(ranked, ['b', 'd'], 4)).toBe(1);
    expect(hitAtK(ranked, ['x'], 4)).toBe(0);
    expect(hitAtK(ranked, [], 4)).toBe(0);
  });

  it('reciprocal rank is 1/rank within the first k and 0 beyond it', () => {
    expect(rankOf(ranked, 'c', 10)).toBe(3);
    expect(reciprocalRank(ranked, 'a', 10)).toBe(1);
    expect(reciprocalRank(ranked, 'c', 10)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(ranked, 'd', 3)).toBe(0);
    expect(reciprocalRank(ranked, 'x', 10)).toBe(0);
  });

  it('scores each hidden tie from both of its ends', () => {
    const hidden = casesByPerson([
      ['p', 'q'],
      ['p', 'r'],
    ]);
    expect(hidden).toEqual(
      new Map([
        ['p', ['q', 'r']],
        ['q', ['p']],
        ['r', ['p']],
      ]),
    );
    const rankings = new Map([
      ['p', ['q', 'x', 'y']], // q at rank 1, r missing
      ['q', ['x', 'p']], // p at rank 2
      ['r', ['x', 'y', 'p']], // p at rank 3, beyond k = 2
    ]);
    const score = scoreRankings(hidden, rankings, 2);
    expect(score).toMatchObject({ people: 3, hiddenTies: 2, cases: 4, hits: 2 });
    expect(score.hitAtK).toBe(0.5);
    expect(score.mrr).toBeCloseTo((1 + 0 + 1 / 2 + 0) / 4);
  });
});

describe('neighbour baselines', () => {
  // me shares a niche bottleneck with carol only, a hub theme with everyone, an alliance (with a
  // partner organisation, so three ties) with bob, and knows ann, who knows dan.
  const neighbours = undirectedNeighbours([
    { from: 'me', to: 'niche' },
    { from: 'carol', to: 'niche' },
    ...['me', 'ann', 'bob', 'carol', 'dan'].map((p) => ({ from: p, to: 'hub' })),
    { from: 'me', to: 'alliance' },
    { from: 'bob', to: 'alliance' },
    { from: 'org', to: 'alliance' },
    { from: 'me', to: 'ann' },
    { from: 'ann', to: 'dan' },
  ]);
  const people = new Set(['me', 'ann', 'bob', 'carol', 'dan']);
  const notKnown = (id: string) => people.has(id) && id !== 'ann';

  it('common neighbours counts shared nodes and breaks ties by id', () => {
    expect(commonNeighbours(neighbours, 'me', notKnown, 10)).toEqual([
      { id: 'bob', score: 2 },
      { id: 'carol', score: 2 },
      { id: 'dan', score: 2 },
    ]);
  });

  it('Adamic-Adar weighs a rare shared node above a hub', () => {
    const ranked = adamicAdar(neighbours, 'me', notKnown, 2);
    expect(ranked.map((r) => r.id)).toEqual(['carol', 'bob']);
    expect(ranked[0]!.score).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(5));
  });

  it('resource allocation sums 1 / degree of the shared nodes', () => {
    // carol: niche (2) and hub (5); bob: hub (5) and alliance (3); dan: hub (5) and ann (3).
    const ranked = resourceAllocation(neighbours, 'me', notKnown, 10);
    expect(ranked.map((r) => r.id)).toEqual(['carol', 'bob', 'dan']);
    expect(ranked[0]!.score).toBeCloseTo(1 / 2 + 1 / 5);
    expect(ranked[1]!.score).toBeCloseTo(1 / 5 + 1 / 3);
    expect(ranked[2]!.score).toBeCloseTo(1 / 5 + 1 / 3);
  });

  it('resource allocation punishes busy shared nodes harder than Adamic-Adar', () => {
    // x shares two nodes of degree 7 with p, y one node of degree 3.
    const edges = [
      ...['p', 'x', 'f1', 'f2', 'f3', 'f4', 'f5'].map((q) => ({ from: 'n1', to: q })),
      ...['p', 'x', 'g1', 'g2', 'g3', 'g4', 'g5'].map((q) => ({ from: 'n2', to: q })),
      ...['p', 'y', 'h'].map((q) => ({ from: 'm', to: q })),
    ];
    const graph = undirectedNeighbours(edges);
    const pair = (id: string) => id === 'x' || id === 'y';
    expect(adamicAdar(graph, 'p', pair, 2).map((r) => r.id)).toEqual(['x', 'y']); // 2/ln 7 > 1/ln 3
    const ra = resourceAllocation(graph, 'p', pair, 2);
    expect(ra.map((r) => r.id)).toEqual(['y', 'x']); // 1/3 > 2/7
    expect(ra[1]!.score).toBeCloseTo(2 / 7);
  });

  it('never suggests the person, people already known, or non-candidates', () => {
    const ids = commonNeighbours(neighbours, 'me', notKnown, 10).map((r) => r.id);
    expect(ids).not.toContain('me');
    expect(ids).not.toContain('ann');
    expect(ids).not.toContain('hub');
  });
});

describe('hiding ties', () => {
  const relationships = Array.from({ length: 50 }, (_, i) => ({
    type: 'KNOWS',
    from: `p${i}`,
    to: `p${i + 1}`,
  }));
  const data = { nodes: [], relationships: [...relationships, { type: 'WORKS_AT', from: 'p0', to: 'o' }] };

  it('leaves a seeded tenth of the KNOWS ties out and keeps everything else', () => {
    const holdout = hideKnowsTies(data, 0.1, 1);
    expect(holdout.hidden).toHaveLength(5);
    expect(holdout.visible.relationships).toHaveLength(46);
    expect(holdout.visible.relationships).toContainEqual({ type: 'WORKS_AT', from: 'p0', to: 'o' });
    expect(hideKnowsTies(data, 0.1, 1).hidden).toEqual(holdout.hidden);
    expect(hideKnowsTies(data, 0.1, 2).hidden).not.toEqual(holdout.hidden);
  });
});
