import { BadInput } from '../errors.js';

const MAX_TEXT = 200;
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A word with every Lucene special character escaped, so that it can only mean itself. */
export function escapeTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The Dutch stemmer maps "inclusieve" and "inclusie" to different stems; a fuzzy variant of longer
 * words bridges such inflections, while the exact term keeps the higher weight.
 */
function withVariants(term: string): string {
  const letters = term.replace(/\\/g, '').length;
  if (letters < 5) return term;
  return `${term}^3 ${term}~${letters >= 8 ? 2 : 1}`;
}

/**
 * Turns user text into a safe Lucene query: every special character is escaped and the operator
 * words are lower-cased, so text can only ever mean "these words" (any of them, best first).
 */
/** Returns null when the text holds no searchable word (only punctuation, say). */
export function toLuceneQuery(text: string, field = 'text'): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BadInput(field, `'${field}' must not be empty`);
  if (trimmed.length > MAX_TEXT)
    throw new BadInput(field, `'${field}' must be at most ${MAX_TEXT} characters`);
  const terms = trimmed
    .split(/\s+/)
    .map(escapeTerm)
    .map((term) => (/^(AND|OR|NOT|TO)$/.test(term) ? term.toLowerCase() : term))
    .filter((term) => /[\p{L}\p{N}]/u.test(term));
  return terms.length > 0 ? terms.map(withVariants).join(' ') : null;
}
