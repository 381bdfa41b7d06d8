import type { NodeRow } from '../../src/db/rows.js';
import { NOUNS } from '../../src/recommend/language/words.js';
import { titleOf, type Lang, type PathRow } from '../../src/recommend/paths.js';

/**
 * What every reason sentence must be, whatever its kind and path: each quoted name is a node of
 * the path, no node stands for itself twice ("'X' pakt 'X' aan"), Dutch nouns carry their own
 * article and relative pronoun, no empty quotes, doubled spaces or raw enum values, and it reads
 * as a sentence (a capital first, no dangling punctuation). Returns the problems found.
 */
export function problemsOf(text: string, path: PathRow, lang: Lang): string[] {
  const problems: string[] = [];
  const titles = path.nodes.map((n) => titleOf(n));
  // Names are quoted with single quotes, or with double ones when they hold an apostrophe.
  const quoted = [...text.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]!);
  if (quoted.some((q) => q.trim() === '')) problems.push('empty quotes');
  for (const q of quoted) if (!titles.includes(q)) problems.push(`quoted '${q}' is not a node of the path`);
  for (const q of new Set(quoted)) {
    const times = quoted.filter((x) => x === q).length;
    const nodes = titles.filter((t) => t === q).length;
    if (times > nodes) problems.push(`'${q}' stands for itself twice`);
  }
  if (/\s{2,}/.test(text)) problems.push('doubled space');
  if (/\s[,.:]/.test(text) || /[,:]$/.test(text.trim())) problems.push('dangling punctuation');
  if (text !== text.trim()) problems.push('leading or trailing space');
  if (!/^\p{Lu}/u.test(text) && !/^['‘]/.test(text)) problems.push('does not start with a capital');
  if (/\b(undefined|null|NaN)\b|\[object|\?\?/.test(text)) problems.push('placeholder leaked');
  const outside = text.replace(/"[^"]*"|'[^']*'/g, "''").replace(/\([^)]*\)/g, '()');
  const names = path.nodes.filter((n) => n.__label === 'Professional').map((n) => titleOf(n));
  let bare = outside;
  for (const name of names) bare = bare.split(name).join('');
  if (/\b[A-Z][A-Z_]{2,}\b/.test(bare)) problems.push('raw enum value or type name');
  if (lang === 'NL') problems.push(...dutchAgreement(text));
  else if (/\b(de|het|een|jullie|allebei)\b/.test(bare)) problems.push('Dutch word in an English sentence');
  return problems;
}

/** Article and relative pronoun of every Dutch noun of the word table that the sentence uses. */
function dutchAgreement(text: string): string[] {
  const problems: string[] = [];
  for (const forms of Object.values(NOUNS)) {
    const noun = forms.NL;
    const wrong = noun.article === 'het' ? 'de' : 'het';
    if (new RegExp(`\\b${wrong} ${noun.singular}\\b`, 'i').test(text)) {
      problems.push(`wrong article: '${wrong} ${noun.singular}'`);
    }
    const otherForm = noun.article === 'het' ? 'andere' : 'ander';
    if (new RegExp(`\\been ${otherForm} ${noun.singular}\\b`, 'i').test(text)) {
      problems.push(`wrong adjective: 'een ${otherForm} ${noun.singular}'`);
    }
    const pronoun = noun.article === 'het' ? 'die' : 'dat';
    if (new RegExp(`\\b(de|het) ${noun.singular} ("[^"]*"|'[^']*'), ${pronoun}\\b`, 'i').test(text)) {
      problems.push(`wrong relative pronoun after '${noun.singular}'`);
    }
  }
  return problems;
}

/** A node as the statements return it, for hand-built paths. */
export function node(label: string, id: string, properties: Record<string, unknown> = {}): NodeRow {
  const named =
    label === 'Insight'
      ? { text: `Inzicht ${id}` }
      : label === 'Bottleneck' || label === 'Practice'
        ? { title: `Titel ${id}` }
        : { name: `Naam ${id}` };
  return { __label: label, id, createdAt: '', updatedAt: '', ...named, ...properties } as NodeRow;
}
