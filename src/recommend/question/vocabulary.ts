import snowball from 'snowball-stemmers';

const dutch = snowball.newStemmer('dutch');

/**
 * Stems already worked out, by lower-cased word. Learning the graph's vocabulary stems every word
 * of every text (5.1 s of CPU at 100,000 professionals without this memory, 0.4-0.6 s with it); a
 * graph's texts use far fewer distinct words than they hold. Started over when full.
 */
const stems = new Map<string, string>();
const STEMS_KEPT = 200_000;
/** Words whose compounds one vocabulary remembers. */
const COMPOUNDS_KEPT = 10_000;

/** The stem the Dutch full-text analyzer would index a word under (Snowball's Dutch stemmer). */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let stemmed = stems.get(lower);
  if (stemmed === undefined) {
    stemmed = dutch.stem(lower);
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(lower, stemmed);
  }
  return stemmed;
}

/** Words of a text: lower case, split on everything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The graph's own words: per stem, in how many documents (nodes) it occurs and a word that has
 * it, so that a question can be weighed by rarity, and compounds can be split or matched against
 * the words the graph actually uses.
 */
export class Vocabulary {
  private readonly frequency = new Map<string, number>();
  private readonly surface = new Map<string, string>();
  /** compoundsWith's answers, rarest first, by stem (the vocabulary does not change once learnt). */
  private readonly compounds = new Map<string, string[]>();

  private constructor(readonly documents: number) {}

  static fromTexts(texts: Iterable<string>): Vocabulary {
    const list = [...texts];
    const vocabulary = new Vocabulary(list.length);
    for (const text of list) vocabulary.learn(text);
    return vocabulary;
  }

  /**
   * The same, built in slices with the event loop free in between: a large graph's texts take
   * hundreds of milliseconds to stem, which requests in flight should not wait for.
   */
  static async fromTextsInSlices(texts: readonly string[], slice = 2_000): Promise<Vocabulary> {
    const vocabulary = new Vocabulary(texts.length);
    for (let i = 0; i < texts.length; i += slice) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      for (const text of texts.slice(i, i + slice)) vocabulary.learn(text);
    }
    return vocabulary;
  }

  private learn(text: string): void {
    const seen = new Set<string>();
    for (const word of wordsOf(text)) {
      if (word.length < 2) continue;
      const s = stem(word);
      if (!this.surface.has(s)) this.surface.set(s, word);
      if (seen.has(s)) continue;
      seen.add(s);
      this.frequency.set(s, (this.frequency.get(s) ?? 0) + 1);
    }
  }

  /** Documents holding the stem. */
  documentFrequency(stemmed: string): number {
    return this.frequency.get(stemmed) ?? 0;
  }

  has(stemmed: string): boolean {
    return this.frequency.has(stemmed);
  }

  /** A word of the graph with this stem (what a query sends, so the analyzer stems it alike). */
  wordFor(stemmed: string): string | undefined {
    return this.surface.get(stemmed);
  }

  /**
   * Rarity of a stem in 0..1: 1 for a word in one document, near 0 for a word in all of them
   * (inverse document frequency scaled by its largest value).
   */
  rarity(stemmed: string): number {
    const df = this.documentFrequency(stemmed);
    if (df === 0 || this.documents === 0) return 1;
    return Math.log(1 + this.documents / df) / Math.log(1 + this.documents);
  }

  /** Share of documents holding the stem. */
  share(stemmed: string): number {
    return this.documents === 0 ? 0 : this.documentFrequency(stemmed) / this.documents;
  }

  /**
   * Stems of the graph that hold this stem as a part of a compound (taalwandel for wandel),
   * rarest first, at most `limit`.
   */
  compoundsWith(stemmed: string, limit: number): string[] {
    if (stemmed.length < 4) return [];
    let found = this.compounds.get(stemmed);
    if (found === undefined) {
      // every stem of the graph is looked at once per word, then the answer is kept
      found = [];
      for (const candidate of this.frequency.keys()) {
        if (candidate === stemmed || candidate.length < stemmed.length + 3) continue;
        if (candidate.endsWith(stemmed) || candidate.startsWith(stemmed)) found.push(candidate);
      }
      found.sort((a, b) => this.documentFrequency(a) - this.documentFrequency(b));
      if (this.compounds.size >= COMPOUNDS_KEPT) this.compounds.clear();
      this.compounds.set(stemmed, found);
    }
    return found.slice(0, limit);
  }

  get size(): number {
    return this.frequency.size;
  }
}
