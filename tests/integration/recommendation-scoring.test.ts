import type { Viewer } from '../../src/auth/viewer.js';
import { rank } from '../../src/recommend/scoring.js';
import { EXPERT_TOPIC_HITS, TOPIC_LABELS } from '../../src/recommend/service.js';
import { dataOf, startHarness, type Harness } from '../support/harness.js';
import { ANSWER_TOPIC_LABELS } from '../../src/recommend/ask.js';
import {
  askEvidence,
  bridging,
  expectedSuggestions,
  NODES,
  RELS,
  shown,
  whoKnowsEvidence,
} from '../support/scoring-fixture.js';

/*
 * whoKnows and suggestedConnections score in Cypher; practicesForBottleneck and similar score
 * with rank() in TypeScript. These tests check that both recommendations give exactly what
 * rank() makes of the evidence of the fixture (tests/support/scoring-fixture.ts).
 */

const ADMIN: Viewer = { role: 'admin', professionalId: null, subject: 'test-admin', alliances: [] };
const ANONYMOUS: Viewer = { role: 'anonymous', professionalId: null, subject: null, alliances: [] };
const FIELDS = 'score professional { id } reasons { kind weight path { nodes { id } } }';

let h: Harness;
beforeAll(async () => {
  // The statements of each request are counted here: no ranking is answered from a kept answer
  // (tests/integration/answer-cache.test.ts covers those).
  h = await startHarness({ env: { ANSWER_CACHE_ENTRIES: '0' } });
  const report = await h.services.importer.import(
    {
      nodes: NODES.map((n) => ({ ...n })),
      relationships: RELS.map((r) => ({ ...r, properties: r.properties ?? {} })),
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

describe('whoKnows scores as rank() does', () => {
  it('for a theme and a bottleneck, with ties between kinds broken by id', async () => {
    const topics = [
      { id: 'thm-mentor', weight: 1 },
      { id: 'btl-start', weight: 1 },
    ];
    const expected = shown(rank(whoKnowsEvidence(topics, ADMIN)), true);
    expect(expected.filter((m) => m.score === 3).map((m) => m.professional.id)).toEqual([
      'p01',
      'p02',
      'p03',
    ]);
    const data = dataOf(
      await h.gql(`{ whoKnows(themeId: "thm-mentor", bottleneckId: "btl-start") { ${FIELDS} } }`),
    );
    expect(data.whoKnows).toEqual(expected);
  });

  it('for free text, each hit weighted by its relevance, and without hidden people', async () => {
    const text = 'mentoring maatje';
    for (const [as, viewer] of [
      ['admin', ADMIN],
      ['anonymous', ANONYMOUS],
    ] as const) {
      const topics = await h.services.recommendations.questionTopics(viewer, text);
      expect(topics.length).toBeGreaterThan(0);
      expect(topics.length).toBeLessThanOrEqual(EXPERT_TOPIC_HITS);
      expect(topics.every((t) => TOPIC_LABELS.includes(t.label))).toBe(true);
      const kinds = new Set(whoKnowsEvidence(topics, viewer).map((e) => e.kind));
      expect([...kinds].sort()).toEqual([
        'AUTHORED',
        'CONTRIBUTES_TO',
        'HAS_EXPERTISE',
        'INSIGHT_ABOUT',
        'WORKS_ON',
      ]);
      const expected = shown(rank(whoKnowsEvidence(topics, viewer)).slice(0, 5), true);
      const data = dataOf(
        await h.gql(`query($t: String!) { whoKnows(topic: $t, first: 5) { ${FIELDS} } }`, { t: text }, as),
      );
      expect(data.whoKnows).toEqual(expected);
      if (as === 'admin') expect(whoKnowsEvidence(topics, viewer).some((e) => e.target === 'hid')).toBe(true);
      else expect(JSON.stringify(data.whoKnows)).not.toContain('"hid"');
    }
  });
});

describe('ask ranks practices and insights in the database as rank() does', () => {
  it.each(['mentoring maatje', 'starters mentoring woningen'])('for "%s"', async (text) => {
    // The ask below is an administrator's, who sees the work of hidden people too.
    const topics = await h.services.recommendations.questionTopics(ADMIN, text, ANSWER_TOPIC_LABELS);
    expect(topics.length).toBeGreaterThan(1);
    const reasons = 'reasons { kind weight path { nodes { id } } }';
    const data = dataOf(
      await h.gql(
        `query($t: String!) { ask(text: $t, first: 2) {
          practices { score practice { id } ${reasons} } insights { score insight { id } ${reasons} } } }`,
        { t: text },
      ),
    );
    const practices = askEvidence(topics, 'Practice');
    const insights = askEvidence(topics, 'Insight');
    // More answers than are shown, and answers reached more than one way: the cut and the sum count.
    expect(new Set(insights.map((e) => e.target)).size).toBeGreaterThan(2);
    expect(practices.length).toBeGreaterThan(new Set(practices.map((e) => e.target)).size);
    expect(data.ask.practices).toEqual(shown(rank(practices).slice(0, 2), false, 'practice'));
    expect(data.ask.insights).toEqual(shown(rank(insights).slice(0, 2), false, 'insight'));
  });
});

describe('suggestedConnections scores as rank() does', () => {
  it('with rarity, diminishing returns, the bridging bonus and ties by id', async () => {
    for (const first of [10, 3, 1]) {
      for (const [as, viewer] of [
        ['admin', ADMIN],
        ['anonymous', ANONYMOUS],
      ] as const) {
        const ranked = expectedSuggestions('me', viewer, first);
        // The bridging bonus is a reason of its own, after the strongest evidence.
        const expected = shown(ranked).map((m, i) => {
          const { bonus, path } = bridging('me', m.professional.id);
          if (bonus === 0) return m;
          const base = ranked[i]!.evidence.reduce((sum, e, j, all) => {
            const n = all.slice(0, j + 1).filter((x) => x.kind === e.kind).length;
            return sum + e.weight / n;
          }, 0);
          const reason = {
            kind: 'BRIDGING',
            weight: Math.round(base * bonus * 1000) / 1000,
            path: { nodes: path.map((id) => ({ id })) },
          };
          return { ...m, reasons: [...m.reasons, reason] };
        });
        const data = dataOf(
          await h.gql(
            `{ suggestedConnections(professionalId: "me", first: ${first}) { ${FIELDS} } }`,
            {},
            as,
          ),
        );
        // Suggestions from weaker evidence may follow when the evidence gives fewer than asked.
        const answer = data.suggestedConnections.slice(0, expected.length);
        expect({ first, as, answer }).toEqual({ first, as, answer: expected });
        expect(data.suggestedConnections.length).toBeLessThanOrEqual(first);
      }
    }
  });

  it('lets the bonus for meeting across differences decide between equal evidence', async () => {
    const data = dataOf(
      await h.gql('{ suggestedConnections(professionalId: "me") { score professional { id } } }'),
    );
    const ids = data.suggestedConnections.map((s: { professional: { id: string } }) => s.professional.id);
    expect(ids.indexOf('p13')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('p13')).toBeLessThan(ids.indexOf('p12'));
  });
});

describe('one statement per recommendation', () => {
  it('answers with the people and their reasons without loading nodes afterwards', async () => {
    for (const query of [
      `{ whoKnows(themeId: "thm-mentor", bottleneckId: "btl-start") { score professional { id name } ${FIELDS} } }`,
      '{ whoKnows(topic: "mentoring") { score professional { id name } } }',
      `{ suggestedConnections(professionalId: "me") { professional { id name } ${FIELDS} } }`,
      '{ suggestedConnections(professionalId: "me") { ...s } } fragment s on ConnectionSuggestion { score professional { name } }',
    ]) {
      const before = h.services.db.roundTrips;
      const data = dataOf(await h.gql(query));
      expect(Object.values(data)[0]).not.toHaveLength(0);
      expect({ query, statements: h.services.db.roundTrips - before }).toEqual({ query, statements: 1 });
    }
  });

  it('gives the same people and scores whether or not reasons are asked for', async () => {
    for (const field of [
      'whoKnows(themeId: "thm-mentor", bottleneckId: "btl-start")',
      'suggestedConnections(professionalId: "me", first: 3)',
    ]) {
      const name = field.slice(0, field.indexOf('('));
      const withReasons = dataOf(await h.gql(`{ ${field} { score professional { id } reasons { kind } } }`));
      const without = dataOf(await h.gql(`{ ${field} { score professional { id } } }`));
      expect(without[name]).toEqual(
        withReasons[name].map((m: { score: number; professional: unknown }) => ({
          score: m.score,
          professional: m.professional,
        })),
      );
    }
  });
});
