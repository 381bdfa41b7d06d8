import type { Lang, PathRow } from './paths.js';
import { titleOf } from './paths.js';

type Words = Record<Lang, (p: PathRow) => string>;

const at = (p: PathRow, i: number) => titleOf(p.nodes.at(i));

const LABEL_WORDS: Record<string, Record<Lang, string>> = {
  Alliance: { NL: 'alliantie', EN: 'alliance' },
  Theme: { NL: 'thema', EN: 'theme' },
  Event: { NL: 'bijeenkomst', EN: 'event' },
  Organization: { NL: 'organisatie', EN: 'organisation' },
  Practice: { NL: 'praktijk', EN: 'practice' },
  Initiative: { NL: 'initiatief', EN: 'initiative' },
  Bottleneck: { NL: 'knelpunt', EN: 'bottleneck' },
  Insight: { NL: 'inzicht', EN: 'insight' },
};

const middle = (p: PathRow, lang: Lang) => {
  const node = p.nodes.at(1);
  const word = node ? (LABEL_WORDS[node.__label]?.[lang] ?? '') : '';
  return `${word} '${titleOf(node)}'`;
};

/** Sentences per evidence kind, in Dutch and English, built from the nodes of the proving path. */
const TEXTS: Record<string, Words> = {
  AUTHORED: {
    NL: (p) => `${at(p, 0)} schreef het inzicht '${at(p, -1)}'`,
    EN: (p) => `${at(p, 0)} wrote the insight '${at(p, -1)}'`,
  },
  CONTRIBUTES_TO: {
    NL: (p) => `${at(p, 0)} draagt bij aan '${at(p, -1)}'`,
    EN: (p) => `${at(p, 0)} contributes to '${at(p, -1)}'`,
  },
  HAS_EXPERTISE: {
    NL: (p) => `${at(p, 0)} heeft expertise in het thema '${at(p, -1)}'`,
    EN: (p) => `${at(p, 0)} has expertise in the theme '${at(p, -1)}'`,
  },
  INSIGHT_ABOUT: {
    NL: (p) => `${at(p, 0)} schreef een inzicht over '${at(p, -1)}': '${at(p, 1)}'`,
    EN: (p) => `${at(p, 0)} wrote an insight about '${at(p, -1)}': '${at(p, 1)}'`,
  },
  WORKS_ON: {
    NL: (p) => `${at(p, 0)} draagt bij aan '${at(p, 1)}', dat over '${at(p, -1)}' gaat`,
    EN: (p) => `${at(p, 0)} contributes to '${at(p, 1)}', which concerns '${at(p, -1)}'`,
  },
  SHARED: {
    NL: (p) => `jullie delen de ${middle(p, 'NL')}`,
    EN: (p) => `you share the ${middle(p, 'EN')}`,
  },
  SHARED_BOTTLENECK: {
    NL: (p) => `jullie lopen allebei tegen het knelpunt '${at(p, 1)}' aan`,
    EN: (p) => `you both face the bottleneck '${at(p, 1)}'`,
  },
  ADDRESSES_YOUR_BOTTLENECK: {
    NL: (p) => `${at(p, -1)} draagt bij aan '${at(p, 2)}', dat jouw knelpunt '${at(p, 1)}' aanpakt`,
    EN: (p) => `${at(p, -1)} contributes to '${at(p, 2)}', which addresses your bottleneck '${at(p, 1)}'`,
  },
  FRIEND_OF_FRIEND: {
    NL: (p) => `jullie kennen allebei ${at(p, 1)}`,
    EN: (p) => `you both know ${at(p, 1)}`,
  },
  DIRECT: {
    NL: (p) => `'${at(p, -1)}' pakt het knelpunt '${at(p, 0)}' aan`,
    EN: (p) => `'${at(p, -1)}' addresses the bottleneck '${at(p, 0)}'`,
  },
  SIMILAR_THEME: {
    NL: (p) => `'${at(p, -1)}' pakt '${at(p, 3)}' aan, een knelpunt in hetzelfde thema '${at(p, 2)}'`,
    EN: (p) => `'${at(p, -1)}' addresses '${at(p, 3)}', a bottleneck in the same theme '${at(p, 2)}'`,
  },
  SIMILAR_TEXT: {
    NL: (p) => `'${at(p, -1)}' pakt het vergelijkbare knelpunt '${at(p, 0)}' aan`,
    EN: (p) => `'${at(p, -1)}' addresses the similar bottleneck '${at(p, 0)}'`,
  },
  BOTTLENECK_IN_COMMON: {
    NL: (p) => `beide allianties legden het knelpunt '${at(p, 1)}' vast`,
    EN: (p) => `both alliances recorded the bottleneck '${at(p, 1)}'`,
  },
  THEME_IN_COMMON: {
    NL: (p) => `beide allianties richten zich op het thema '${at(p, 1)}'`,
    EN: (p) => `both alliances focus on the theme '${at(p, 1)}'`,
  },
  SAME_THEME: {
    NL: (p) => `'${at(p, -1)}' hoort ook bij het thema '${at(p, 1)}'`,
    EN: (p) => `'${at(p, -1)}' is in the same theme '${at(p, 1)}'`,
  },
  SAME_BOTTLENECK: {
    NL: (p) => `'${at(p, -1)}' pakt ook het knelpunt '${at(p, 1)}' aan`,
    EN: (p) => `'${at(p, -1)}' also addresses the bottleneck '${at(p, 1)}'`,
  },
  SAME_CONTRIBUTOR: {
    NL: (p) => `${at(p, 1)} draagt ook bij aan '${at(p, -1)}'`,
    EN: (p) => `${at(p, 1)} also contributes to '${at(p, -1)}'`,
  },
  APPLIED_TOGETHER: {
    NL: (p) => `'${at(p, -1)}' wordt samen toegepast via '${at(p, 1)}'`,
    EN: (p) => `'${at(p, -1)}' is applied together through '${at(p, 1)}'`,
  },
};

export function reasonText(kind: string, path: PathRow, lang: Lang): string {
  const words = TEXTS[kind] ?? (kind.startsWith('SHARED_') ? TEXTS.SHARED : undefined);
  return words ? words[lang](path) : kind;
}
