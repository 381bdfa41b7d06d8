import type { NodeRow } from '../db/rows.js';
import {
  anotherNoun,
  listOf,
  nounOf,
  relativeOf,
  ROLE_NAMES,
  SECTOR_NAMES,
  theNoun,
} from './language/words.js';
import type { Lang, PathRow } from './paths.js';
import { titleOf } from './paths.js';

/**
 * The sentences that explain a match, per evidence kind, in Dutch and English. Every name a
 * sentence quotes is a node of the proving path; nouns take their article and relative pronoun
 * from the word table (language/words.ts). Templates address nodes by their place in the path shape
 * of their kind, which the statement in cypher/recommend/ that gathers that kind fixes.
 */
type Template = (p: PathRow, lang: Lang) => string;

const nodeAt = (p: PathRow, i: number): NodeRow | undefined => p.nodes.at(i);

/** A name in quotes: single ones, or double ones for a name with an apostrophe ('s-Hertogenbosch). */
export function inQuotes(title: string): string {
  return title.includes("'") ? `"${title}"` : `'${title}'`;
}

/** A node as a sentence names it: a person by name, anything else as "het thema 'Inclusie'". */
export function named(node: NodeRow | undefined, lang: Lang): string {
  if (!node) return lang === 'NL' ? 'iets' : 'something';
  if (node.__label === 'Professional') return titleOf(node);
  return `${theNoun(node.__label, lang)} ${inQuotes(titleOf(node))}`;
}

const who = (p: PathRow, i: number) => titleOf(nodeAt(p, i));
const the = (p: PathRow, i: number, lang: Lang) => named(nodeAt(p, i), lang);
const quoted = (p: PathRow, i: number) => inQuotes(titleOf(nodeAt(p, i)));
const relative = (p: PathRow, i: number, lang: Lang) => relativeOf(nodeAt(p, i)?.__label ?? 'Theme', lang);
const both = (lang: Lang, nl: string, en: string) => (lang === 'NL' ? nl : en);

/** "het vergelijkbare knelpunt 'X'" / "the similar bottleneck 'X'". */
function similarOne(node: NodeRow | undefined, lang: Lang): string {
  const label = node?.__label ?? 'Bottleneck';
  const noun = nounOf(label, lang);
  return lang === 'NL'
    ? `${noun.article} vergelijkbare ${noun.singular} ${inQuotes(titleOf(node))}`
    : `the similar ${noun.singular} ${inQuotes(titleOf(node))}`;
}

/** What two people share through a node of this label: the verb phrase around the node. */
const SHARED_VIA: Readonly<Record<string, Record<Lang, (thing: string) => string>>> = {
  Alliance: {
    NL: (x) => `jullie zijn allebei lid van ${x}`,
    EN: (x) => `you are both members of ${x}`,
  },
  Theme: {
    NL: (x) => `jullie hebben allebei expertise in ${x}`,
    EN: (x) => `you both have expertise in ${x}`,
  },
  Event: { NL: (x) => `jullie waren allebei bij ${x}`, EN: (x) => `you both took part in ${x}` },
  Organization: { NL: (x) => `jullie werken allebei bij ${x}`, EN: (x) => `you both work at ${x}` },
  Practice: { NL: (x) => `jullie dragen allebei bij aan ${x}`, EN: (x) => `you both contribute to ${x}` },
  Initiative: { NL: (x) => `jullie dragen allebei bij aan ${x}`, EN: (x) => `you both contribute to ${x}` },
  Region: { NL: (x) => `jullie zijn allebei actief in ${x}`, EN: (x) => `you are both based in ${x}` },
};

const sharedVia = (node: NodeRow | undefined, lang: Lang): string => {
  const phrase = node ? SHARED_VIA[node.__label]?.[lang] : undefined;
  const thing = named(node, lang);
  return phrase
    ? phrase(thing)
    : both(lang, `jullie zijn allebei verbonden met ${thing}`, `you are both linked to ${thing}`);
};

/** The node where both ends of a path meet: both edges beside it point into it (me → it ← other). */
function apex(p: PathRow): NodeRow | undefined {
  for (let i = 1; i < p.nodes.length - 1; i++) {
    const id = p.nodes[i]?.id;
    if (p.edges[i - 1]?.to === id && p.edges[i]?.to === id) return p.nodes[i];
  }
  return p.nodes[Math.floor(p.nodes.length / 2)];
}

function roleName(role: unknown, lang: Lang): string {
  const name = ROLE_NAMES[String(role)]?.[lang] ?? ROLE_NAMES.MEMBER![lang];
  if (lang === 'NL') return name;
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** The parts of a bridging reason: another sector, region or network, read off the path's nodes. */
function bridgeParts(p: PathRow, lang: Lang): string[] {
  const other = p.nodes.at(-1);
  const parts: string[] = [];
  const theirOrg = p.nodes.find(
    (n) => n.__label === 'Organization' && p.edges.some((e) => e.to === n.id && e.from === other?.id),
  );
  if (theirOrg) {
    const sector = SECTOR_NAMES[String(theirOrg.sector)]?.[lang];
    parts.push(`${anotherNoun('Sector', lang)} (${sector ? `${sector}, ` : ''}${named(theirOrg, lang)})`);
  }
  const region = p.nodes.find((n) => n.__label === 'Region');
  if (region) parts.push(`${anotherNoun('Region', lang)} (${quotedTitle(region)})`);
  const alliance = p.nodes.find((n) => n.__label === 'Alliance');
  if (alliance) parts.push(`${anotherNoun('Network', lang)} (${named(alliance, lang)})`);
  if (parts.length === 0) parts.push(anotherNoun('Network', lang));
  return parts;
}

const quotedTitle = (node: NodeRow) => inQuotes(titleOf(node));

const TEXTS: Readonly<Record<string, Template>> = {
  // Who knows what: paths run from the person to the topic.
  AUTHORED: (p, l) => both(l, `${who(p, 0)} schreef ${the(p, -1, l)}`, `${who(p, 0)} wrote ${the(p, -1, l)}`),
  CONTRIBUTES_TO: (p, l) =>
    both(l, `${who(p, 0)} draagt bij aan ${the(p, -1, l)}`, `${who(p, 0)} contributes to ${the(p, -1, l)}`),
  HAS_EXPERTISE: (p, l) => {
    const expert = p.edges[0]?.properties?.level === 'EXPERT';
    return l === 'NL'
      ? `${who(p, 0)} ${expert ? 'is expert in' : 'heeft expertise in'} ${the(p, -1, l)}`
      : `${who(p, 0)} ${expert ? 'is an expert in' : 'has expertise in'} ${the(p, -1, l)}`;
  },
  INSIGHT_ABOUT: (p, l) =>
    both(
      l,
      `${who(p, 0)} schreef een inzicht over ${the(p, -1, l)}: ${quoted(p, 1)}`,
      `${who(p, 0)} wrote an insight about ${the(p, -1, l)}: ${quoted(p, 1)}`,
    ),
  WORKS_ON: (p, l) => {
    const addresses = p.edges[1]?.type === 'ADDRESSES';
    const rel = relative(p, 1, l);
    return l === 'NL'
      ? `${who(p, 0)} draagt bij aan ${the(p, 1, l)}, ${rel} ${addresses ? `${the(p, 2, l)} aanpakt` : `bij ${the(p, 2, l)} hoort`}`
      : `${who(p, 0)} contributes to ${the(p, 1, l)}, which ${addresses ? 'addresses' : 'belongs to'} ${the(p, 2, l)}`;
  },
  ROLE: (p, l) =>
    both(
      l,
      `${who(p, 0)} is ${roleName(p.edges[0]?.properties?.role, l)} van ${the(p, 1, l)}`,
      `${who(p, 0)} is ${roleName(p.edges[0]?.properties?.role, l)} of ${the(p, 1, l)}`,
    ),
  PROFILE: (p, l) => {
    const headline = String(nodeAt(p, 0)?.headline ?? '').trim();
    const said = headline ? ` (${headline})` : '';
    return both(
      l,
      `het profiel van ${who(p, 0)}${said} past bij je vraag`,
      `the profile of ${who(p, 0)}${said} matches your question`,
    );
  },

  // People to meet: paths run from me to the other person.
  SHARED_BOTTLENECK: (p, l) =>
    both(l, `jullie lopen allebei tegen ${the(p, 1, l)} aan`, `you both face ${the(p, 1, l)}`),
  ADDRESSES_YOUR_BOTTLENECK: (p, l) =>
    both(
      l,
      `${who(p, -1)} draagt bij aan ${the(p, 2, l)}, ${relative(p, 2, l)} jouw knelpunt ${quoted(p, 1)} aanpakt`,
      `${who(p, -1)} contributes to ${the(p, 2, l)}, which addresses your bottleneck ${quoted(p, 1)}`,
    ),
  FRIEND_OF_FRIEND: (p, l) => both(l, `jullie kennen allebei ${who(p, 1)}`, `you both know ${who(p, 1)}`),
  THREE_STEPS: (p, l) =>
    both(
      l,
      `via ${who(p, 1)} en ${who(p, 2)} zijn jullie drie stappen van elkaar verwijderd`,
      `you are three steps apart, through ${who(p, 1)} and ${who(p, 2)}`,
    ),
  NEARBY: (p, l) => sharedVia(apex(p), l),
  ALLIANCE_THEME: (p, l) =>
    both(
      l,
      `${who(p, -1)} heeft expertise in ${the(p, 2, l)}, waar jouw alliantie ${quoted(p, 1)} zich op richt`,
      `${who(p, -1)} has expertise in ${the(p, 2, l)}, the focus of your alliance ${quoted(p, 1)}`,
    ),
  CONNECTOR: (p, l) => {
    const person = nodeAt(p, -1);
    return both(
      l,
      `${titleOf(person)} kent veel mensen in het netwerk en kan je verder helpen`,
      `${titleOf(person)} knows many people in the network and can help you further`,
    );
  },
  BRIDGING: (p, l) =>
    both(
      l,
      `${who(p, -1)} brengt je in contact met ${listOf(bridgeParts(p, l), l)}`,
      `${who(p, -1)} connects you with ${listOf(bridgeParts(p, l), l)}`,
    ),

  // Answers to a question: paths run from the practice or insight to what the question found.
  MATCHES_QUESTION: (p, l) =>
    both(l, `${the(p, 0, l)} past bij je vraag`, `${the(p, 0, l)} matches your question`),
  ANSWERS_BOTTLENECK: (p, l) =>
    both(l, `${the(p, 0, l)} pakt ${the(p, 1, l)} aan`, `${the(p, 0, l)} addresses ${the(p, 1, l)}`),
  INSIGHT_ON: (p, l) =>
    both(l, `${the(p, 1, l)} gaat over ${the(p, 0, l)}`, `${the(p, 1, l)} is about ${the(p, 0, l)}`),
  APPLIED_IN: (p, l) =>
    both(l, `${the(p, 1, l)} past ${the(p, 0, l)} toe`, `${the(p, 1, l)} applies ${the(p, 0, l)}`),
  IN_THEME: (p, l) =>
    both(l, `${the(p, 0, l)} hoort bij ${the(p, 1, l)}`, `${the(p, 0, l)} belongs to ${the(p, 1, l)}`),
  ABOUT: (p, l) =>
    both(l, `${the(p, 0, l)} gaat over ${the(p, 1, l)}`, `${the(p, 0, l)} is about ${the(p, 1, l)}`),
  ABOUT_THEME: (p, l) =>
    both(l, `${the(p, 0, l)} gaat over ${the(p, 1, l)}`, `${the(p, 0, l)} is about ${the(p, 1, l)}`),

  // Practices for a bottleneck: paths run from the bottleneck to the practice.
  DIRECT: (p, l) =>
    both(l, `${the(p, -1, l)} pakt ${the(p, 0, l)} aan`, `${the(p, -1, l)} addresses ${the(p, 0, l)}`),
  SIMILAR_THEME: (p, l) =>
    both(
      l,
      `${the(p, 3, l)} pakt ${the(p, 2, l)} aan, ${relative(p, 2, l)} ook bij ${the(p, 1, l)} hoort`,
      `${the(p, 3, l)} addresses ${the(p, 2, l)}, which also belongs to ${the(p, 1, l)}`,
    ),
  SIMILAR_TEXT: (p, l) =>
    both(
      l,
      `${the(p, -1, l)} pakt ${similarOne(nodeAt(p, 0), l)} aan`,
      `${the(p, -1, l)} addresses ${similarOne(nodeAt(p, 0), l)}`,
    ),

  // The spread of a bottleneck: paths run from the alliance to the bottleneck.
  FACES_OPEN: (p, l) =>
    both(
      l,
      `${the(p, 0, l)} loopt nog tegen ${the(p, 1, l)} aan`,
      `${the(p, 0, l)} still faces ${the(p, 1, l)}`,
    ),
  FACED_ADDRESSED: (p, l) =>
    both(
      l,
      `${the(p, 0, l)} heeft ${the(p, 1, l)} aangepakt`,
      `${the(p, 0, l)} has addressed ${the(p, 1, l)}`,
    ),

  // Working elements for a bottleneck: paths run from the bottleneck to the insight.
  FROM_ALLIANCE: (p, l) =>
    both(
      l,
      `${the(p, 1, l)} liep ook tegen ${the(p, 0, l)} aan en legde ${the(p, 2, l)} vast`,
      `${the(p, 1, l)} also faced ${the(p, 0, l)} and recorded ${the(p, 2, l)}`,
    ),
  FROM_PRACTICE: (p, l) =>
    both(
      l,
      `${the(p, 2, l)} gaat over ${the(p, 1, l)}, ${relative(p, 1, l)} ${the(p, 0, l)} aanpakt`,
      `${the(p, 2, l)} is about ${the(p, 1, l)}, which addresses ${the(p, 0, l)}`,
    ),
  ABOUT_IT: (p, l) =>
    both(l, `${the(p, 1, l)} gaat over ${the(p, 0, l)}`, `${the(p, 1, l)} is about ${the(p, 0, l)}`),

  // Alliances and similar work: paths run from the given node to the match.
  BOTTLENECK_IN_COMMON: (p, l) =>
    both(l, `beide allianties legden ${the(p, 1, l)} vast`, `both alliances recorded ${the(p, 1, l)}`),
  THEME_IN_COMMON: (p, l) =>
    both(l, `beide allianties richten zich op ${the(p, 1, l)}`, `both alliances focus on ${the(p, 1, l)}`),
  SAME_THEME: (p, l) =>
    both(
      l,
      `${the(p, -1, l)} hoort ook bij ${the(p, 1, l)}`,
      `${the(p, -1, l)} also belongs to ${the(p, 1, l)}`,
    ),
  SAME_BOTTLENECK: (p, l) =>
    both(
      l,
      `${the(p, -1, l)} pakt ook ${the(p, 1, l)} aan`,
      `${the(p, -1, l)} also addresses ${the(p, 1, l)}`,
    ),
  SAME_CONTRIBUTOR: (p, l) =>
    both(
      l,
      `${who(p, 1)} draagt ook bij aan ${the(p, -1, l)}`,
      `${who(p, 1)} also contributes to ${the(p, -1, l)}`,
    ),
  APPLIED_TOGETHER: (p, l) =>
    nodeAt(p, 1)?.__label === 'Initiative'
      ? both(
          l,
          `${the(p, 1, l)} past zowel ${the(p, 0, l)} als ${the(p, -1, l)} toe`,
          `${the(p, 1, l)} applies both ${the(p, 0, l)} and ${the(p, -1, l)}`,
        )
      : both(
          l,
          `${the(p, -1, l)} en ${the(p, 0, l)} passen allebei ${the(p, 1, l)} toe`,
          `${the(p, -1, l)} and ${the(p, 0, l)} both apply ${the(p, 1, l)}`,
        ),
};

const sharedKind: Template = (p, l) => sharedVia(nodeAt(p, 1), l);

/** The kinds this module can put into words (SHARED_<LABEL> for every label of SHARED_VIA). */
export const REASON_KINDS: readonly string[] = [
  ...Object.keys(TEXTS),
  ...Object.keys(SHARED_VIA).map((label) => `SHARED_${label.toUpperCase()}`),
];

/** The sentence for a piece of evidence, starting with a capital as a sentence does. */
export function reasonText(kind: string, path: PathRow, lang: Lang): string {
  const template = TEXTS[kind] ?? (kind.startsWith('SHARED_') ? sharedKind : undefined);
  if (!template) throw new Error(`no sentence for reason kind ${kind}`);
  const text = template(path, lang).trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What an introduction rests on: a chain of ties ("Anna and Bert can introduce you to Carla"), or,
 * without one, the context both people share (kind SHARED_<LABEL>), said as a warm way in.
 */
export function introductionText(kind: string, path: PathRow, lang: Lang): string {
  if (kind === 'KNOWS') {
    const between = path.nodes.slice(1, -1).map((n) => titleOf(n));
    const target = who(path, -1);
    if (between.length === 0) {
      return both(lang, `Je kent ${target} al`, `You already know ${target}`);
    }
    return lang === 'NL'
      ? `Via ${listOf(between, lang)} kun je kennismaken met ${target}`
      : `${listOf(between, lang)} can introduce you to ${target}`;
  }
  const shared = sharedVia(nodeAt(path, 1), lang);
  return both(
    lang,
    `Er is geen keten van bekenden tussen jullie, maar ${shared}: een goede aanleiding om kennis te maken`,
    `There is no chain of acquaintances between you, but ${shared}: a good reason to get in touch`,
  );
}
