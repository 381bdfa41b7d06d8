import type { Viewer } from '../../src/auth/viewer.js';
import { visibleTo } from '../../src/auth/viewer.js';
import { REASONS_PER_MATCH } from '../../src/recommend/matches.js';
import {
  BRIDGING_BONUS,
  CONNECTION_WEIGHTS,
  EXPERTISE_WEIGHTS,
  INSIGHT_ANSWER_WEIGHTS,
  LEVEL_BONUS,
  PRACTICE_ANSWER_WEIGHTS,
  MAX_BRIDGING_BONUS,
  rank,
  rarity,
  type Evidence,
} from '../../src/recommend/scoring.js';

/*
 * A small graph for checking the scoring statements against rank(): ties between kinds, repeated
 * kinds, a hidden person, candidates across sector, region and alliance. The evidence that
 * cypher/recommend/who-knows and suggested-connections should find is read off the fixture here.
 */

export interface FixtureNode {
  readonly id: string;
  readonly label: string;
  readonly properties: Record<string, unknown>;
}
export interface FixtureRel {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties?: Record<string, unknown>;
}

const pro = (id: string, visibility = 'PUBLIC'): FixtureNode => ({
  id,
  label: 'Professional',
  properties: { name: `Person ${id}`, visibility },
});
const rel = (type: string, from: string, to: string, properties?: Record<string, unknown>): FixtureRel => ({
  type,
  from,
  to,
  properties,
});

export const NODES: FixtureNode[] = [
  ...['me', 'p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12', 'p13'].map(
    (id) => pro(id),
  ),
  pro('hid', 'PRIVATE'),
  { id: 'thm-mentor', label: 'Theme', properties: { name: 'mentoring' } },
  { id: 'thm-wonen', label: 'Theme', properties: { name: 'wonen' } },
  { id: 'btl-start', label: 'Bottleneck', properties: { title: 'Starters zonder mentoring haken af' } },
  { id: 'btl-huis', label: 'Bottleneck', properties: { title: 'Te weinig woningen' } },
  { id: 'prc-maatje', label: 'Practice', properties: { title: 'Maatjes en mentoring', kind: 'METHOD' } },
  { id: 'prc-buddy', label: 'Practice', properties: { title: 'Buddyprogramma', kind: 'PROGRAMME' } },
  { id: 'prc-huis', label: 'Practice', properties: { title: 'Woningruil', kind: 'TOOL' } },
  {
    id: 'ins-1',
    label: 'Insight',
    properties: { text: 'Mentoring werkt als het vrijwillig is', kind: 'LESSON' },
  },
  {
    id: 'ins-2',
    label: 'Insight',
    properties: { text: 'Starters blijven langer met een maatje', kind: 'LESSON' },
  },
  { id: 'ins-3', label: 'Insight', properties: { text: 'Mentoring vraagt tijd', kind: 'OBSERVATION' } },
  { id: 'ins-4', label: 'Insight', properties: { text: 'Een maatje helpt bij mentoring', kind: 'LESSON' } },
  { id: 'org-gem', label: 'Organization', properties: { name: 'Gemeente', sector: 'GOVERNMENT' } },
  { id: 'org-bed', label: 'Organization', properties: { name: 'Bedrijf', sector: 'BUSINESS' } },
  { id: 'reg-a', label: 'Region', properties: { name: 'Regio A', level: 'PROVINCE' } },
  { id: 'reg-b', label: 'Region', properties: { name: 'Regio B', level: 'PROVINCE' } },
  { id: 'all-1', label: 'Alliance', properties: { name: 'Alliantie Een', level: 'NATIONAL' } },
  { id: 'all-2', label: 'Alliance', properties: { name: 'Alliantie Twee', level: 'LOCAL' } },
  { id: 'evt-1', label: 'Event', properties: { name: 'Mentorcafe' } },
];

const member = (from: string, to: string) => rel('MEMBER_OF', from, to, { role: 'MEMBER' });
export const RELS: FixtureRel[] = [
  // topics
  rel('IN_THEME', 'prc-maatje', 'thm-mentor'),
  rel('ADDRESSES', 'prc-maatje', 'btl-start'),
  rel('ADDRESSES', 'prc-buddy', 'btl-start'),
  rel('ADDRESSES', 'prc-huis', 'btl-huis'),
  rel('IN_THEME', 'prc-huis', 'thm-wonen'),
  rel('ABOUT', 'ins-1', 'thm-mentor'),
  rel('ABOUT', 'ins-1', 'btl-start'),
  rel('ABOUT', 'ins-2', 'btl-start'),
  rel('ABOUT', 'ins-3', 'thm-mentor'),
  rel('ABOUT', 'ins-4', 'prc-maatje'),
  rel('RAISED_BY', 'btl-start', 'me'),
  rel('RAISED_BY', 'btl-huis', 'me'),
  // me
  rel('WORKS_AT', 'me', 'org-gem'),
  rel('LOCATED_IN', 'me', 'reg-a'),
  member('me', 'all-1'),
  rel('ATTENDED', 'me', 'evt-1'),
  rel('HAS_EXPERTISE', 'me', 'thm-wonen', { level: 'BASIC' }),
  rel('KNOWS', 'me', 'p01'),
  rel('KNOWS', 'hid', 'me'),
  // knowledge: p01, p02 and p03 tie by different kinds; p04 and p05 combine kinds
  rel('HAS_EXPERTISE', 'p01', 'thm-mentor', { level: 'EXPERT' }),
  rel('AUTHORED', 'p02', 'ins-1'),
  rel('AUTHORED', 'p03', 'ins-2'),
  rel('AUTHORED', 'p03', 'ins-3'),
  rel('CONTRIBUTES_TO', 'p04', 'prc-maatje', { role: 'LEAD' }),
  rel('HAS_EXPERTISE', 'p04', 'thm-mentor', { level: 'ADVANCED' }),
  rel('CONTRIBUTES_TO', 'p05', 'prc-maatje'),
  rel('CONTRIBUTES_TO', 'p05', 'prc-buddy'),
  rel('AUTHORED', 'p05', 'ins-1'),
  rel('HAS_EXPERTISE', 'p05', 'thm-mentor', { level: 'BASIC' }),
  rel('HAS_EXPERTISE', 'p06', 'thm-mentor'),
  rel('CONTRIBUTES_TO', 'p07', 'prc-huis'),
  rel('AUTHORED', 'p08', 'ins-4'),
  rel('HAS_EXPERTISE', 'hid', 'thm-mentor', { level: 'EXPERT' }),
  rel('AUTHORED', 'hid', 'ins-2'),
  // context: p12 and p13 raised the same bottleneck as me; only p13 works across sector, region and alliance
  rel('RAISED_BY', 'btl-start', 'p12'),
  rel('RAISED_BY', 'btl-start', 'p13'),
  rel('WORKS_AT', 'p13', 'org-bed'),
  rel('LOCATED_IN', 'p13', 'reg-b'),
  member('p13', 'all-2'),
  rel('WORKS_AT', 'p03', 'org-gem'),
  rel('LOCATED_IN', 'p03', 'reg-a'),
  member('p03', 'all-1'),
  rel('KNOWS', 'p02', 'p01'),
  member('p02', 'all-1'),
  rel('HAS_EXPERTISE', 'p06', 'thm-wonen'),
  rel('ATTENDED', 'p06', 'evt-1'),
  rel('LOCATED_IN', 'p06', 'reg-a'),
  rel('ATTENDED', 'p07', 'evt-1'),
  rel('KNOWS', 'p01', 'p07'),
  rel('KNOWS', 'hid', 'p09'),
  rel('KNOWS', 'p01', 'p10'),
  rel('KNOWS', 'p11', 'p01'),
  rel('KNOWS', 'p01', 'hid'),
  rel('WORKS_AT', 'p10', 'org-bed'),
  rel('WORKS_AT', 'p11', 'org-gem'),
];

const labelOf = new Map(NODES.map((n) => [n.id, n.label]));
const isProfessional = (id: string) => labelOf.get(id) === 'Professional';
const into = (id: string, types: readonly string[]) =>
  RELS.filter((r) => r.to === id && types.includes(r.type));
const outOf = (id: string, types: readonly string[]) =>
  RELS.filter((r) => r.from === id && types.includes(r.type));
const degree = (id: string, types?: readonly string[]) =>
  RELS.filter((r) => (r.from === id || r.to === id) && (!types || types.includes(r.type))).length;
const knows = (id: string) =>
  RELS.filter((r) => r.type === 'KNOWS' && (r.from === id || r.to === id)).map((r) =>
    r.from === id ? r.to : r.from,
  );

type Piece = Evidence<readonly string[]>;

/** The evidence of cypher/recommend/who-knows, read off the fixture. */
export function whoKnowsEvidence(topics: readonly { id: string; weight: number }[], viewer: Viewer): Piece[] {
  const visible = visibleTo(viewer);
  const pieces: Piece[] = [];
  const add = (target: string, kind: string, base: number, weight: number, path: string[]) => {
    const visibility = String(NODES.find((n) => n.id === target)!.properties.visibility);
    if (visible.includes(visibility)) pieces.push({ target, kind, weight: base * weight, path });
  };
  for (const { id: x, weight } of topics) {
    for (const r of into(x, ['AUTHORED', 'CONTRIBUTES_TO', 'HAS_EXPERTISE'])) {
      const level = String(r.properties?.level ?? '');
      const bonus = r.type === 'HAS_EXPERTISE' ? (LEVEL_BONUS[level] ?? 0) : 0;
      add(r.from, r.type, EXPERTISE_WEIGHTS[r.type]! + bonus, weight, [r.from, x]);
    }
    for (const about of into(x, ['ABOUT'])) {
      for (const a of into(about.from, ['AUTHORED'])) {
        add(a.from, 'INSIGHT_ABOUT', EXPERTISE_WEIGHTS.INSIGHT_ABOUT!, weight, [a.from, about.from, x]);
      }
    }
    if (isProfessional(x)) add(x, 'PROFILE', EXPERTISE_WEIGHTS.PROFILE!, weight, [x]);
    for (const work of into(x, ['ADDRESSES', 'IN_THEME'])) {
      for (const c of into(work.from, ['CONTRIBUTES_TO'])) {
        add(c.from, 'WORKS_ON', EXPERTISE_WEIGHTS.WORKS_ON!, weight, [c.from, work.from, x]);
      }
    }
  }
  return pieces;
}

/** The evidence of cypher/recommend/ask-practices or ask-insights, read off the fixture. */
export function askEvidence(
  hits: readonly { id: string; weight: number }[],
  answers: 'Practice' | 'Insight',
  excludeIds: readonly string[] = [],
): Piece[] {
  const weights = answers === 'Practice' ? PRACTICE_ANSWER_WEIGHTS : INSIGHT_ANSWER_WEIGHTS;
  const pieces: Piece[] = [];
  const add = (target: string, kind: string, weight: number, path: string[]) => {
    if (!excludeIds.includes(target)) pieces.push({ target, kind, weight: weights[kind]! * weight, path });
  };
  for (const { id: x, weight } of hits) {
    const label = labelOf.get(x);
    if (label === answers) add(x, 'MATCHES_QUESTION', weight, [x]);
    if (answers === 'Practice') {
      if (label === 'Bottleneck') {
        for (const r of into(x, ['ADDRESSES'])) add(r.from, 'ANSWERS_BOTTLENECK', weight, [r.from, x]);
      }
      if (label === 'Insight') {
        for (const r of outOf(x, ['ABOUT']).filter((r) => labelOf.get(r.to) === 'Practice')) {
          add(r.to, 'INSIGHT_ON', weight, [r.to, x]);
        }
      }
      if (label === 'Initiative') {
        for (const r of outOf(x, ['APPLIES'])) add(r.to, 'APPLIED_IN', weight, [r.to, x]);
      }
      if (label === 'Theme') {
        for (const r of into(x, ['IN_THEME']).filter((r) => labelOf.get(r.from) === 'Practice')) {
          add(r.from, 'IN_THEME', weight, [r.from, x]);
        }
      }
    } else {
      for (const r of into(x, ['ABOUT']).filter((r) => labelOf.get(r.from) === 'Insight')) {
        add(r.from, label === 'Theme' ? 'ABOUT_THEME' : 'ABOUT', weight, [r.from, x]);
      }
    }
  }
  return pieces;
}

const SHARED = [
  'MEMBER_OF',
  'HAS_EXPERTISE',
  'ATTENDED',
  'PRESENTED_AT',
  'WORKS_AT',
  'CONTRIBUTES_TO',
  'LOCATED_IN',
];

/** The evidence of cypher/recommend/suggested-connections, read off the fixture. */
function suggestionEvidence(me: string, viewer: Viewer): Piece[] {
  const visible = visibleTo(viewer);
  const seen = (id: string) =>
    !isProfessional(id) || visible.includes(String(NODES.find((n) => n.id === id)!.properties.visibility));
  const known = new Set(knows(me));
  const pieces: Piece[] = [];
  const add = (kind: string, shared: number, path: string[]) => {
    const other = path.at(-1)!;
    if (other === me || known.has(other) || !path.every(seen)) return;
    const weight = (CONNECTION_WEIGHTS[kind] ?? 0.5) * rarity(shared);
    pieces.push({ target: other, kind, weight, path });
  };
  for (const mine of outOf(me, SHARED)) {
    for (const theirs of into(mine.to, SHARED).filter((r) => isProfessional(r.from))) {
      add(`SHARED_${labelOf.get(mine.to)!.toUpperCase()}`, degree(mine.to), [me, mine.to, theirs.from]);
    }
  }
  for (const raised of into(me, ['RAISED_BY'])) {
    const b = raised.from;
    for (const r of outOf(b, ['RAISED_BY']).filter((r) => r.to !== me && isProfessional(r.to))) {
      add('SHARED_BOTTLENECK', degree(b), [me, b, r.to]);
    }
    for (const a of into(b, ['ADDRESSES'])) {
      for (const c of into(a.from, ['CONTRIBUTES_TO'])) {
        add('ADDRESSES_YOUR_BOTTLENECK', degree(b), [me, b, a.from, c.from]);
      }
    }
  }
  for (const friend of knows(me)) {
    for (const other of knows(friend).filter((o) => o !== me)) {
      add('FRIEND_OF_FRIEND', degree(friend, ['KNOWS']), [me, friend, other]);
    }
  }
  for (const a of knows(me)) {
    for (const b of knows(a).filter((o) => o !== me)) {
      for (const other of knows(b).filter((o) => o !== a)) {
        add('THREE_STEPS', degree(a, ['KNOWS']) * degree(b, ['KNOWS']), [me, a, b, other]);
      }
    }
  }
  return pieces;
}

const sectorOf = (org: string) => NODES.find((n) => n.id === org)!.properties.sector;
const firstOut = (id: string, type: string) =>
  outOf(id, [type])
    .map((r) => r.to)
    .sort()[0];

/** The bridging bonus of a candidate and the nodes of its BRIDGING reason (me, ..., other). */
export function bridging(me: string, other: string): { bonus: number; path: string[] } {
  const profile = (id: string) => ({
    sectors: [...new Set(outOf(id, ['WORKS_AT']).map((r) => sectorOf(r.to)))],
    regions: outOf(id, ['LOCATED_IN']).map((r) => r.to),
    alliances: outOf(id, ['MEMBER_OF']).map((r) => r.to),
  });
  const a = profile(me);
  const b = profile(other);
  const differs = (x: readonly unknown[], y: readonly unknown[]) =>
    x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));
  const sector = differs(a.sectors, b.sectors);
  const region = differs(a.regions, b.regions);
  const alliance = differs(a.alliances, b.alliances);
  return {
    bonus:
      (sector ? BRIDGING_BONUS.sector : 0) +
      (region ? BRIDGING_BONUS.region : 0) +
      (alliance ? BRIDGING_BONUS.alliance : 0),
    path: [
      me,
      ...(sector ? [firstOut(me, 'WORKS_AT')!, firstOut(other, 'WORKS_AT')!] : []),
      ...(region ? [firstOut(other, 'LOCATED_IN')!] : []),
      ...(alliance ? [firstOut(other, 'MEMBER_OF')!] : []),
      other,
    ],
  };
}

const bridgingBonus = (me: string, other: string) => bridging(me, other).bonus;

/** Suggestions as rank() makes them: the bonus goes to the candidates that can still reach the top k. */
export function expectedSuggestions(me: string, viewer: Viewer, first: number) {
  const evidence = suggestionEvidence(me, viewer);
  const base = rank(evidence);
  const kth = base[Math.min(first, base.length) - 1]?.score ?? 0;
  const contenders = new Set(base.filter((c) => c.score * (1 + MAX_BRIDGING_BONUS) >= kth).map((c) => c.id));
  return rank(
    evidence.filter((e) => contenders.has(e.target)),
    (other) => bridgingBonus(me, other),
  ).slice(0, first);
}

const byPath = (a: readonly string[], b: readonly string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
};

/** The answer as the API shows it: the strongest reasons, ties by kind and then by path. */
export function shown<K extends 'professional' | 'practice' | 'insight' = 'professional'>(
  ranked: ReturnType<typeof rank<readonly string[]>>,
  /** whoKnows: a person's pieces about the same first step (what they did) count once. */
  distinctSteps = false,
  /** The field that holds the answer's node. */
  key: K = 'professional' as K,
) {
  return ranked.map((m) => ({
    ...({ [key]: { id: m.id } } as Record<K, { id: string }>),
    score: m.score,
    reasons: [...m.evidence]
      .sort(
        (a, b) =>
          b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || byPath(a.path, b.path),
      )
      .filter((e, i, sorted) => {
        if (!distinctSteps) return true;
        const step = (path: readonly string[]) => path[1] ?? path[0];
        return sorted.findIndex((other) => step(other.path) === step(e.path)) === i;
      })
      .slice(0, REASONS_PER_MATCH)
      .map((e) => ({
        kind: e.kind,
        weight: Math.round(e.weight * 1000) / 1000,
        path: { nodes: e.path.map((id) => ({ id })) },
      })),
  }));
}
