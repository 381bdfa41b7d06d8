import { BadInput } from '../../errors.js';
import { escapeTerm } from '../lucene.js';
import { GLOSSARY, ROLE_STEMS, STOP_WORDS } from './lexicon.js';
import { stem, wordsOf, type Vocabulary } from './vocabulary.js';

const MAX_TEXT = 500;
/** Words shorter than this never get fuzzy variants: "taal~1" would also find "tal" and "baal". */
const FUZZY_MIN_LENGTH = 7;
/** A word in more than this share of the documents says little: it is weighed down further. */
const COMMON_SHARE = 0.15;
const COMPOUNDS_PER_TERM = 4;

export interface QueryTerm {
  /** The word sent to the full-text index (analysed there as the indexed texts were). */
  readonly word: string;
  readonly stem: string;
  readonly weight: number;
  /** Edit distance allowed (0: exact). */
  readonly fuzzy: 0 | 1 | 2;
  /** How the term came from the question. */
  readonly source: 'word' | 'synonym' | 'part' | 'compound' | 'fuzzy';
}

export interface AnalysedQuestion {
  readonly terms: readonly QueryTerm[];
  /** Roles the question asks for by name (FACILITATOR for "procesbegeleider"). */
  readonly roles: readonly string[];
  /** The Lucene query of the terms (boosted), or null when the question holds no topic word. */
  readonly lucene: string | null;
  /**
   * Whether the roles are all the question asks about ("wie is procesbegeleider?"), rather than a
   * qualifier of a topic ("initiatiefnemers die weten hoe vrijwilligers behouden blijven").
   */
  readonly rolesOnly: boolean;
}

/** Length of the text checked like every other text argument. */
export function checkQuestionText(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BadInput(field, `'${field}' must not be empty`);
  if (trimmed.length > MAX_TEXT)
    throw new BadInput(field, `'${field}' must be at most ${MAX_TEXT} characters`);
  return trimmed;
}

function rolesOf(word: string, stemmed: string): string[] {
  return Object.entries(ROLE_STEMS)
    .filter(([, stems]) =>
      stems.some((s) => stemmed === s || word === s || (s.length >= 8 && word.startsWith(s))),
    )
    .map(([role]) => role);
}

/**
 * Splits a word the graph does not know into two parts it does know (taalwandelingen → taal +
 * wandelingen), allowing the Dutch linking letters (s, e, en) at the seam. Prefers the most even
 * split. Returns null when no split has both parts in the vocabulary.
 */
export function splitCompound(word: string, vocabulary: Vocabulary): [string, string] | null {
  let best: [string, string] | null = null;
  let bestScore = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const right = word.slice(i);
    for (const link of ['', 's', 'e', 'en']) {
      const left = word.slice(0, i);
      if (link && !left.endsWith(link)) continue;
      const head = link ? left.slice(0, -link.length) : left;
      if (head.length < 3) continue;
      if (!vocabulary.has(stem(head)) || !vocabulary.has(stem(right))) continue;
      const score = Math.min(head.length, right.length);
      if (score > bestScore) {
        best = [head, right];
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * Reads a question in Dutch or English as terms for the full-text index: stop words and question
 * scaffolding dropped, English domain words mapped to the graph's Dutch, each term weighed by its
 * rarity in the graph, unknown compounds split against the graph's vocabulary, known words also
 * matched inside the graph's compounds, and fuzzy variants only for long words the graph does not
 * know (a typo or an inflection), never for short or common ones.
 */
export function analyseQuestion(text: string, vocabulary: Vocabulary): AnalysedQuestion {
  const terms = new Map<string, QueryTerm>();
  const roles = new Set<string>();
  const add = (term: QueryTerm) => {
    const key = `${term.stem}~${term.fuzzy}`;
    const known = terms.get(key);
    if (!known || known.weight < term.weight) terms.set(key, term);
  };
  const weightOf = (stemmed: string, factor: number) => {
    const common = vocabulary.share(stemmed) > COMMON_SHARE ? 0.3 : 1;
    return factor * common * vocabulary.rarity(stemmed);
  };

  const words = wordsOf(text).filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
  let topicWords = 0;
  for (const word of words) {
    const stemmed = stem(word);
    const named = rolesOf(word, stemmed);
    for (const role of named) roles.add(role);
    if (named.length === 0) topicWords += 1;
    const candidates: [string, QueryTerm['source'], number][] = [[word, 'word', 1]];
    for (const synonym of GLOSSARY[word] ?? []) candidates.push([synonym, 'synonym', 0.8]);
    for (const [candidate, source, factor] of candidates) {
      const s = stem(candidate);
      if (vocabulary.has(s)) {
        add({ word: candidate, stem: s, weight: weightOf(s, factor), fuzzy: 0, source });
        for (const compound of vocabulary.compoundsWith(s, COMPOUNDS_PER_TERM)) {
          const w = vocabulary.wordFor(compound) ?? compound;
          add({
            word: w,
            stem: compound,
            weight: weightOf(compound, factor * 0.5),
            fuzzy: 0,
            source: 'compound',
          });
        }
        continue;
      }
      const parts = splitCompound(candidate, vocabulary);
      if (parts) {
        for (const part of parts) {
          const ps = stem(part);
          add({ word: part, stem: ps, weight: weightOf(ps, factor * 0.8), fuzzy: 0, source: 'part' });
        }
        continue;
      }
      if (source === 'word' && candidate.length >= FUZZY_MIN_LENGTH && !/\d/.test(candidate)) {
        add({
          word: s,
          stem: s,
          weight: factor * 0.5,
          fuzzy: candidate.length >= 10 ? 2 : 1,
          source: 'fuzzy',
        });
      } else if (source === 'word') {
        add({ word: candidate, stem: s, weight: factor * 0.5, fuzzy: 0, source });
      }
    }
  }
  const list = [...terms.values()].sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
  return { terms: list, roles: [...roles].sort(), lucene: toLucene(list), rolesOnly: topicWords === 0 };
}

function toLucene(terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      const word = escapeTerm(t.word);
      const boost = Math.max(0.01, Math.round(t.weight * 100) / 100);
      return t.fuzzy > 0 ? `${word}~${t.fuzzy}^${boost}` : `${word}^${boost}`;
    })
    .join(' ');
}
