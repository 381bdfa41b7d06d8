import { jest } from '@jest/globals';
import { Vocabulary, stem } from '../../src/recommend/question/vocabulary.js';
import { dataOf, startHarness, type Harness } from '../support/harness.js';

/**
 * The question reader keeps the graph's vocabulary: it reads it again 30 s after this process
 * wrote to the graph, and otherwise only after ten minutes (a large graph's texts are seconds of
 * work to read and stem).
 */
let h: Harness;
let reads = 0;
beforeAll(async () => {
  h = await startHarness();
  h.services.db.observe((statement) => {
    if (statement.name === 'search/vocabulary') reads += 1;
  });
});
afterAll(async () => {
  h.services.db.observe(undefined);
  await h.close();
});
afterEach(() => jest.restoreAllMocks());

const ask = () => h.gql('{ search(text: "eenzaamheid ouderen", first: 3) { score } }');
/** Lets a background read and its slices of stemming finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

it('builds the same vocabulary in slices as at once', async () => {
  const texts = Array.from(
    { length: 5_000 },
    (_, i) => `Eenzaamheid onder ouderen ${i % 7} in de wijk nummer ${i}`,
  );
  const whole = Vocabulary.fromTexts(texts);
  const sliced = await Vocabulary.fromTextsInSlices(texts, 700);
  for (const word of ['eenzaamheid', 'ouderen', 'wijk', '3', '4999']) {
    expect(sliced.documentFrequency(stem(word))).toBe(whole.documentFrequency(stem(word)));
    expect(sliced.wordFor(stem(word))).toBe(whole.wordFor(stem(word)));
  }
  expect(sliced.documents).toBe(5_000);
});

it('reads the vocabulary again after a write, not while the graph stays the same', async () => {
  h.services.recommendations.questions.invalidate();
  dataOf(await ask());
  await settle();
  const first = reads;
  expect(first).toBeGreaterThan(0);

  // A minute later, nothing written: the vocabulary kept is used.
  const start = Date.now();
  jest.spyOn(Date, 'now').mockImplementation(() => start + 60_000);
  dataOf(await ask());
  await settle();
  expect(reads).toBe(first);

  // A write through this process: 30 s on, the next question reads it again (in the background).
  dataOf(await h.gql('mutation { createTheme(input: { name: "Buurtkracht" }) { id } }'));
  jest.spyOn(Date, 'now').mockImplementation(() => start + 95_000);
  dataOf(await ask());
  await settle();
  expect(reads).toBe(first + 1);

  // Eleven minutes without writes: read again, for writes through other replicas.
  jest.spyOn(Date, 'now').mockImplementation(() => start + 95_000 + 11 * 60_000);
  dataOf(await ask());
  await settle();
  expect(reads).toBe(first + 2);
});
