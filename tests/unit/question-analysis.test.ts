import { analyseQuestion, splitCompound } from '../../src/recommend/question/analyze.js';
import { stem, Vocabulary } from '../../src/recommend/question/vocabulary.js';

const vocabulary = Vocabulary.fromTexts([
  'Taalcafé in de wijk: samen oefenen met taal',
  'Een wandeling door de wijk met bewoners, samen',
  'Laaggeletterdheid blijft onzichtbaar voor hulpverleners, samen',
  'Vrijwilligers raken overbelast, samen met de gemeente',
  'Schuldhulpverleners en taalhuizen werken samen',
  'Eenzaamheid onder ouderen in de wijk, samen',
  'Energiecoach aan huis, samen met de woningcorporatie',
  'Tal van ideeën, samen',
]);
const words = (text: string) => analyseQuestion(text, vocabulary).terms.map((t) => t.stem);
const term = (text: string, word: string) =>
  analyseQuestion(text, vocabulary).terms.find((t) => t.stem === stem(word));

describe('reading a question', () => {
  it('drops stop words and the scaffolding of a question', () => {
    const stems = words('Wie heeft ervaring met laaggeletterdheid in de wijk?');
    expect(stems).toContain(stem('laaggeletterdheid'));
    expect(stems).toContain(stem('wijk'));
    for (const w of ['wie', 'heeft', 'ervaring', 'met', 'in', 'de']) expect(stems).not.toContain(stem(w));
  });

  it('weighs a rare word above a word of every text', () => {
    const rare = term('laaggeletterdheid samen', 'laaggeletterdheid')!;
    const common = term('laaggeletterdheid samen', 'samen')!;
    expect(rare.weight).toBeGreaterThan(3 * common.weight);
  });

  it('splits a compound the graph does not know into parts it does know', () => {
    expect(splitCompound('taalwandelingen', vocabulary)).toEqual(['taal', 'wandelingen']);
    const stems = words('Wie weet iets van taalwandelingen?');
    expect(stems).toEqual(expect.arrayContaining([stem('taal'), stem('wandelingen')]));
    expect(stems).not.toContain(stem('taalwandelingen'));
  });

  it("also finds a known word inside the graph's own compounds", () => {
    const compound = analyseQuestion('hulpverleners', vocabulary).terms.find((t) => t.source === 'compound');
    expect(compound?.stem).toBe(stem('schuldhulpverleners'));
  });

  it('allows typos only in long words the graph does not know, never in short or known ones', () => {
    expect(term('vrijwiligers', 'vrijwiligers')?.fuzzy).toBeGreaterThan(0);
    expect(term('taal', 'taal')?.fuzzy).toBe(0);
    expect(term('vrijwilligers', 'vrijwilligers')?.fuzzy).toBe(0);
    expect(term('xyz', 'xyz')?.fuzzy).toBe(0);
    expect(analyseQuestion('taal', vocabulary).lucene).not.toContain('~');
  });

  it('maps English domain words onto the Dutch of the graph', () => {
    const stems = words('Who knows about loneliness among the elderly?');
    expect(stems).toEqual(expect.arrayContaining([stem('eenzaamheid'), stem('ouderen')]));
  });

  it('recognises roles asked for by name', () => {
    expect(analyseQuestion('Ik zoek procesbegeleiding voor onze werkplaats', vocabulary).roles).toEqual([
      'FACILITATOR',
    ]);
    expect(analyseQuestion('een coördinator gezocht', vocabulary).roles).toEqual(['COORDINATOR']);
    expect(analyseQuestion('Is er een kwartiermaker?', vocabulary).roles).toEqual(['INITIATOR']);
    expect(analyseQuestion('looking for a process facilitator', vocabulary).roles).toEqual(['FACILITATOR']);
  });

  it('gives null for a question without a topic word, and a query that can only mean words', () => {
    expect(analyseQuestion('Wie kan mij helpen?', vocabulary).lucene).toBeNull();
    const lucene = analyseQuestion('taal AND (wijk OR "x") NOT* ~~ \\', vocabulary).lucene!;
    expect(lucene).not.toMatch(/\bAND\b|\bOR\b|\bNOT\b|\(|"/);
  });
});

describe('the vocabulary remembers what it worked out', () => {
  it('stems a word the same however it is written and however often', () => {
    for (const word of ['Wandelingen', 'wandelingen', 'WANDELINGEN', 'wandelingen']) {
      expect(stem(word)).toBe('wandel');
    }
    expect(stem('ouderen')).toBe(stem('Ouderen'));
  });

  it('gives the same compounds, rarest first, when asked again with another limit', () => {
    const known = Vocabulary.fromTexts([
      'taalwandeling',
      'taalwandeling taalcafé',
      'stadswandeling taalwandeling',
      'wandeling',
    ]);
    const all = known.compoundsWith(stem('wandeling'), 5);
    expect(all).toEqual([stem('stadswandeling'), stem('taalwandeling')]);
    expect(known.compoundsWith(stem('wandeling'), 1)).toEqual([stem('stadswandeling')]);
    expect(known.compoundsWith(stem('wandeling'), 5)).toEqual(all);
    // the list handed out is a copy: changing it changes no later answer
    all.pop();
    expect(known.compoundsWith(stem('wandeling'), 5)).toHaveLength(2);
  });
});
