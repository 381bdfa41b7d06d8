import { loadDemoData } from '../../src/seed/demo.js';
import { chooseHits } from '../../src/recommend/question-hits.js';
import { EXPERT_TOPIC_HITS, TOPIC_HITS, TOPIC_LABELS, topicHitsFor } from '../../src/recommend/service.js';
import { ANSWER_TOPIC_LABELS } from '../../src/recommend/ask.js';
import { ANONYMOUS } from '../../src/auth/viewer.js';
import { startHarness, type Harness } from '../support/harness.js';

/**
 * ask reads the knowledge index once and chooses each list's topic nodes itself
 * (src/recommend/question-hits.ts); the choice must be the one recommend/_question-hits makes
 * inside a statement, which whoKnows still uses.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadDemoData(h.services);
});
afterAll(() => h.close());

const QUESTIONS = [
  'Wie heeft ervaring met laaggeletterdheid en brieven van de gemeente?',
  'Hoe houden we vrijwilligers vast in de wijk?',
  'Wie weet iets van eenzaamheid en taal in de buurt?',
  'Welke aanpak werkt tegen schulden bij jonge gezinnen?',
];

it.each(QUESTIONS)('chooses the same topic nodes as the statement does: %s', async (text) => {
  const { recommendations } = h.services;
  const question = await recommendations.questionParams(ANONYMOUS, text, 'text', {
    askerId: 'prof-sophie-lindeman',
  });
  expect(question.query).not.toBeNull();
  const raw = (
    await h.services.db.read(h.services.cypher.get('recommend/question-hits'), {
      query: question.query,
      labelSets: [TOPIC_LABELS, ANSWER_TOPIC_LABELS],
      topicHits: question.topicHits,
      excludeIds: question.excludeIds,
      seen: question.seen,
    })
  ).map((row) => ({ id: String(row.id), label: String(row.label), score: Number(row.score) }));
  // Only the hits some list may choose leave the database: the best topicHits of each list.
  expect(raw.length).toBeLessThanOrEqual(2 * question.topicHits);
  for (const labels of [TOPIC_LABELS, ANSWER_TOPIC_LABELS]) {
    const inStatement = await recommendations.questionTopics(ANONYMOUS, text, labels, {
      askerId: 'prof-sophie-lindeman',
    });
    const chosen = chooseHits(raw, labels, question.excludeIds, topicHitsFor(labels), question.minRelative);
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.map((c) => c.id)).toEqual(inStatement.map((t) => t.id));
    chosen.forEach((c, i) => expect(c.weight).toBeCloseTo(inStatement[i]!.weight, 9));
  }
});

it('answers a question with people, practices and insights from the one reading', async () => {
  const answer = await h.gql(
    `{ ask(text: "Wie weet iets van laaggeletterdheid?", first: 5) {
        people { professional { id } reasons { text } } practices { practice { id } } insights { insight { id } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data.ask.people.length).toBeGreaterThan(0);
  expect(answer.data.ask.practices.length + answer.data.ask.insights.length).toBeGreaterThan(0);
});

it('takes fewer topics for a list of people than for a list of practices or insights', async () => {
  // Common words match many texts: more hits than a list of people takes.
  const text = 'Wie weet iets over de wijk, de gemeente, vrijwilligers en jongeren?';
  const { recommendations } = h.services;
  const people = await recommendations.questionTopics(ANONYMOUS, text, TOPIC_LABELS);
  const answers = await recommendations.questionTopics(ANONYMOUS, text, ANSWER_TOPIC_LABELS);
  expect(EXPERT_TOPIC_HITS).toBeLessThan(TOPIC_HITS);
  expect(people).toHaveLength(EXPERT_TOPIC_HITS);
  expect(answers.length).toBeGreaterThan(EXPERT_TOPIC_HITS);
  expect(answers.length).toBeLessThanOrEqual(TOPIC_HITS);
  // whoKnows sends the same count to its statement.
  const sent: unknown[] = [];
  h.services.db.observe((statement, params) => {
    if (statement.name === 'recommend/who-knows') sent.push(params.topicHits);
  });
  try {
    const found = await h.gql('query($t: String!) { whoKnows(topic: $t, first: 3) { score } }', { t: text });
    expect(found.errors).toBeUndefined();
  } finally {
    h.services.db.observe(undefined);
  }
  expect(sent).toEqual([EXPERT_TOPIC_HITS]);
});
