import * as E from '../domain/enums.js';
import type { Label } from '../domain/labels.js';
import type { RelationshipType } from '../domain/relationships.js';

/**
 * A synthetic network of professionals with planted structure, for load tests and the offline
 * evaluation of the recommender. Pure and seeded: the same options always give the same graph.
 *
 * Alliances are the communities (heavy-tailed sizes), each rooted in a province. Every person has a
 * heavy-tailed "activity" that decides how much they join and how often others meet them
 * (preferential attachment in the spirit of Chung-Lu), which skews degrees. Bottlenecks, practices,
 * initiatives, events and organisations mostly draw people from one community. KNOWS ties come
 * mostly from shared context (rare context more often than common), then the alliance, friends of
 * friends and a few random bridges, so that a recommender reading shared context can recover
 * hidden ties.
 */

export interface SyntheticNode {
  readonly id: string;
  readonly label: Label;
  readonly properties: Record<string, unknown>;
}

export interface SyntheticRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties?: Record<string, unknown>;
}

/** Assignable to the importer's GraphData. */
export interface SyntheticGraph {
  readonly nodes: SyntheticNode[];
  readonly relationships: SyntheticRelationship[];
}

export const DEFAULT_SEED = 20_251_205;

/** mulberry32: tiny and fast, and the same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  /** Pareto with mean 1 (shape alpha > 1), capped so one giant cannot swallow a small graph. */
  pareto(alpha: number, cap: number): number {
    return Math.min(cap, (alpha - 1) / alpha / Math.pow(1 - this.next(), 1 / alpha));
  }
  /** Fisher-Yates on a copy. */
  shuffled<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** Draws items with probability proportional to weight (cumulative sums and binary search). */
function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): (rng: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return (rng) => {
    const x = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

const PROVINCES = ['Groningen', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland'].concat([
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
]);
const TOPICS = ['inclusie', 'armoede', 'wonen', 'zorg', 'onderwijs', 'werk', 'energie', 'klimaat']
  .concat(['eenzaamheid', 'schulden', 'jeugd', 'veiligheid', 'gezondheid', 'mobiliteit', 'taal'])
  .concat(['participatie', 'digitalisering', 'migratie', 'sport', 'cultuur']);
const FIRST = ['Anouk', 'Bram', 'Daan', 'Eva', 'Fatima', 'Hamza', 'Iris', 'Jesse', 'Lotte', 'Noor'].concat([
  'Mohammed',
  'Pieter',
  'Sanne',
  'Thijs',
  'Yara',
  'Zeynep',
  'Kees',
  'Marieke',
  'Ruben',
]);
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder'].concat([
  'El Amrani',
  'Yilmaz',
  'van Dijk',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Brouwer',
  'Kok',
]);

interface Group {
  readonly id: string;
  readonly label: Label;
  readonly members: number[];
}

/** Builds the graph; one instance per call, state shared by the steps. */
class SyntheticBuilder {
  readonly nodes: SyntheticNode[] = [];
  readonly relationships: SyntheticRelationship[] = [];
  private readonly rng: Random;
  private readonly people: string[] = [];
  private readonly activity: number[] = [];
  private readonly memberships: number[][] = [];
  private readonly themesOf: string[][] = [];
  private readonly contextOf: Group[][] = [];
  private readonly allianceGroups: Group[] = [];
  private readonly allianceProvince: number[] = [];
  private readonly allianceThemes: string[][] = [];
  private readonly municipalities: string[][] = PROVINCES.map(() => []);
  private readonly bottlenecksOf: string[][] = [];
  private readonly practicesOf: string[][] = [];
  private readonly orgsOf: Group[][] = [];
  private pickerCache = new Map<Group, (rng: Random) => number>();

  constructor(
    private readonly n: number,
    seed: number,
  ) {
    this.rng = new Random(seed);
  }

  /** How many of a kind: one per `per` professionals, at least `min`. */
  private count(per: number, min: number): number {
    return Math.max(min, Math.round(this.n / per));
  }

  private node(label: Label, id: string, properties: Record<string, unknown>): string {
    this.nodes.push({ id, label, properties });
    return id;
  }

  private rel(type: RelationshipType, from: string, to: string, properties?: Record<string, unknown>) {
    this.relationships.push(properties ? { type, from, to, properties } : { type, from, to });
  }

  /** A member of the group, the more active the likelier. */
  private member(group: Group): number {
    let pick = this.pickerCache.get(group);
    if (!pick) {
      pick = weightedPicker(group.members, (i) => this.activity[i] as number);
      this.pickerCache.set(group, pick);
    }
    return pick(this.rng);
  }

  /** k distinct people, mostly from the community, else from anyone. */
  private recruit(group: Group, community: Group, k: number, everyone: Group, role?: string[]) {
    for (let tries = 0; group.members.length < k && tries < k * 5; tries++) {
      const from = this.rng.chance(0.85) && community.members.length > 0 ? community : everyone;
      const person = this.member(from);
      if (group.members.includes(person)) continue;
      group.members.push(person);
      this.contextOf[person]?.push(group);
      const props = role ? { role: role[Math.min(group.members.length - 1, role.length - 1)] } : undefined;
      this.rel(
        group.label === 'Event' ? 'ATTENDED' : 'CONTRIBUTES_TO',
        this.people[person] as string,
        group.id,
        props,
      );
    }
  }

  build(): SyntheticGraph {
    const { rng } = this;
    const pad = (i: number, width = 5) => String(i).padStart(width, '0');
    const date = (from: number, years: number) =>
      `${from + rng.int(years)}-${pad(1 + rng.int(12), 2)}-${pad(1 + rng.int(28), 2)}`;

    const nl = this.node('Region', 'region-nl', { name: 'Nederland', level: 'NATIONAL' });
    const provinces = PROVINCES.map((name, p) => {
      const id = this.node('Region', `region-p${pad(p, 2)}`, { name, level: 'PROVINCE' });
      this.rel('LOCATED_IN', id, nl);
      return id;
    });
    for (let m = 0; m < this.count(40, PROVINCES.length); m++) {
      const p = m % PROVINCES.length;
      const id = this.node('Region', `region-m${pad(m)}`, {
        name: `Gemeente ${PROVINCES[p]} ${m}`,
        level: 'MUNICIPALITY',
      });
      this.rel('LOCATED_IN', id, provinces[p] as string);
      this.municipalities[p]?.push(id);
    }
    const inProvince = (p: number) => rng.pick(this.municipalities[p] as string[]);

    // Themes: a few popular, many niche (Zipf-like).
    const themes = Array.from({ length: this.count(60, 8) }, (_, t) => {
      const topic = TOPICS[t % TOPICS.length] as string;
      const name = t < TOPICS.length ? topic : `${topic} ${Math.floor(t / TOPICS.length) + 1}`;
      return this.node('Theme', `theme-${pad(t)}`, { name });
    });
    const theme = weightedPicker(themes, (id) => 1 / Math.pow(themes.indexOf(id) + 1, 0.8));

    const allianceSize: number[] = [];
    for (let a = 0; a < this.count(30, 4); a++) {
      const province = rng.int(PROVINCES.length);
      const level = rng.chance(0.5) ? 'LOCAL' : rng.chance(0.7) ? 'REGIONAL' : 'NATIONAL';
      const id = this.node('Alliance', `alliance-${pad(a)}`, {
        name: `Alliantie ${a} ${PROVINCES[province]}`,
        level,
      });
      this.rel('LOCATED_IN', id, inProvince(province));
      const focus = [...new Set([theme(rng), theme(rng)])];
      for (const t of focus) this.rel('FOCUSES_ON', id, t);
      this.allianceGroups.push({ id, label: 'Alliance', members: [] });
      this.allianceProvince.push(province);
      this.allianceThemes.push(focus);
      allianceSize.push(rng.pareto(1.6, 30));
      this.bottlenecksOf.push([]);
      this.practicesOf.push([]);
      this.orgsOf.push([]);
    }
    const alliance = weightedPicker(
      allianceSize.map((_, a) => a),
      (a) => allianceSize[a] as number,
    );

    for (let o = 0; o < this.count(10, 4); o++) {
      const home = alliance(rng);
      const id = this.node('Organization', `org-${pad(o)}`, {
        name: `Organisatie ${o}`,
        sector: rng.pick(E.Sector),
      });
      this.rel('LOCATED_IN', id, inProvince(this.allianceProvince[home] as number));
      this.rel('PARTNER_IN', id, this.allianceGroups[home]?.id as string);
      if (rng.chance(0.3)) this.rel('PARTNER_IN', id, this.allianceGroups[alliance(rng)]?.id as string);
      this.orgsOf[home]?.push({ id, label: 'Organization', members: [] });
    }
    const allOrgs = this.orgsOf.flat();

    for (let i = 0; i < this.n; i++) {
      const a = rng.pareto(2.1, 40);
      const home = alliance(rng);
      const id = this.node('Professional', `prof-${pad(i)}`, {
        name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
        headline: `Werkt aan ${rng.pick(TOPICS)}`,
        languages: rng.chance(0.4) ? ['nl', 'en'] : ['nl'],
        visibility: rng.chance(0.92) ? 'PUBLIC' : rng.chance(0.75) ? 'MEMBERS' : 'PRIVATE',
      });
      this.people.push(id);
      this.activity.push(a);
      const mine = [home];
      if (rng.chance(Math.min(0.5, 0.2 * a))) mine.push(alliance(rng));
      this.memberships.push([...new Set(mine)]);
      for (const m of new Set(mine)) {
        this.allianceGroups[m]?.members.push(i);
        this.rel('MEMBER_OF', id, this.allianceGroups[m]?.id as string, {
          role: rng.chance(0.85) ? 'MEMBER' : rng.pick(E.AllianceRole),
        });
      }
      const province = rng.chance(0.85) ? (this.allianceProvince[home] as number) : rng.int(PROVINCES.length);
      this.rel('LOCATED_IN', id, inProvince(province));
      const orgs = this.orgsOf[home] as Group[];
      const org = orgs.length > 0 && rng.chance(0.85) ? rng.pick(orgs) : rng.pick(allOrgs);
      org.members.push(i);
      this.contextOf.push([org]);
      this.rel('WORKS_AT', id, org.id);
      const expertise = new Set<string>();
      for (let k = 1 + (rng.chance(0.4) ? 1 : 0); k > 0; k--)
        expertise.add(rng.chance(0.7) ? rng.pick(this.allianceThemes[home] as string[]) : theme(rng));
      for (const t of expertise) this.rel('HAS_EXPERTISE', id, t, { level: rng.pick(E.ExpertiseLevel) });
      this.themesOf.push([...expertise]);
    }
    const everyone: Group = { id: 'everyone', label: 'Professional', members: this.people.map((_, i) => i) };
    const community = () => {
      const a = alliance(rng);
      return { a, group: this.allianceGroups[a] as Group, themes: this.allianceThemes[a] as string[] };
    };

    for (let b = 0; b < this.count(6, 4); b++) {
      const { a, group, themes: focus } = community();
      const topic = rng.pick(TOPICS);
      const id = this.node('Bottleneck', `bottleneck-${pad(b)}`, {
        title: `${rng.pick(['Wachtlijsten', 'Versnipperde financiering', 'Geen vaste contactpersoon', 'Regels die botsen'])} bij ${topic} (${b})`,
        status: rng.chance(0.7) ? 'OPEN' : 'ADDRESSED',
      });
      this.rel('IN_THEME', id, rng.pick(focus));
      if (rng.chance(0.5)) this.rel('RECORDED', group.id, id);
      if (rng.chance(0.15)) this.rel('RAISED_BY', id, group.id);
      const raisers: Group = { id, label: 'Bottleneck', members: [] };
      for (let k = 1 + rng.int(3); k > 0; k--) {
        const person = this.member(group.members.length > 0 && rng.chance(0.85) ? group : everyone);
        if (raisers.members.includes(person)) continue;
        raisers.members.push(person);
        this.contextOf[person]?.push(raisers);
        this.rel('RAISED_BY', id, this.people[person] as string);
      }
      this.bottlenecksOf[a]?.push(id);
    }
    const allBottlenecks = this.bottlenecksOf.flat();

    for (let p = 0; p < this.count(7, 4); p++) {
      const { a, group, themes: focus } = community();
      const id = this.node('Practice', `practice-${pad(p)}`, {
        title: `${rng.pick(['Methode', 'Werkwijze', 'Aanpak', 'Toolkit'])} ${rng.pick(TOPICS)} ${p}`,
        kind: rng.pick(E.PracticeKind),
        stage: rng.pick(E.PracticeStage),
      });
      this.rel('IN_THEME', id, rng.pick(focus));
      const local = this.bottlenecksOf[a] as string[];
      const targets = new Set<string>();
      for (let k = 1 + (rng.chance(0.3) ? 1 : 0); k > 0; k--)
        targets.add(local.length > 0 && rng.chance(0.8) ? rng.pick(local) : rng.pick(allBottlenecks));
      for (const t of targets) this.rel('ADDRESSES', id, t);
      this.recruit({ id, label: 'Practice', members: [] }, group, 1 + rng.int(3), everyone, [
        'LEAD',
        'CONTRIBUTOR',
      ]);
      this.practicesOf[a]?.push(id);
    }

    for (let v = 0; v < this.count(25, 2); v++) {
      const { a, group, themes: focus } = community();
      const id = this.node('Initiative', `initiative-${pad(v)}`, {
        name: `Initiatief ${rng.pick(TOPICS)} ${v}`,
        kind: rng.pick(E.InitiativeKind),
        stage: rng.pick(E.InitiativeStage),
      });
      this.rel('IN_THEME', id, rng.pick(focus));
      this.rel('LOCATED_IN', id, inProvince(this.allianceProvince[a] as number));
      const practices = this.practicesOf[a] as string[];
      if (practices.length > 0) this.rel('APPLIES', id, rng.pick(practices));
      this.recruit({ id, label: 'Initiative', members: [] }, group, 2 + rng.int(3), everyone, [
        'LEAD',
        'CONTRIBUTOR',
        'ADVISOR',
      ]);
    }

    for (let e = 0; e < this.count(40, 2); e++) {
      const { a, group } = community();
      const id = this.node('Event', `event-${pad(e)}`, {
        name: `${rng.pick(['Kenniscafé', 'Werkplaats', 'Netwerkdag', 'Festival'])} ${e}`,
        date: date(2022, 4),
        kind: rng.pick(E.EventKind),
      });
      const orgs = this.orgsOf[a] as Group[];
      this.rel('HOSTED_BY', id, orgs.length > 0 && rng.chance(0.3) ? rng.pick(orgs).id : group.id);
      this.rel('LOCATED_IN', id, inProvince(this.allianceProvince[a] as number));
      const attendees: Group = { id, label: 'Event', members: [] };
      this.recruit(attendees, group, 4 + rng.int(9), everyone);
      this.rel('PRESENTED_AT', this.people[rng.pick(attendees.members)] as string, id);
    }

    for (let s = 0; s < this.count(3, 4); s++) {
      const author = this.member(everyone);
      const id = this.node('Insight', `insight-${pad(s)}`, {
        text: `Les ${s}: ${rng.pick(['een vaste procesbegeleider', 'vroeg bewoners betrekken', 'kleine stappen vieren'])} helpt bij ${rng.pick(TOPICS)}.`,
        kind: rng.pick(E.InsightKind),
      });
      this.rel('AUTHORED', this.people[author] as string, id);
      const work = (this.contextOf[author] as Group[]).filter(
        (g) => g.label !== 'Organization' && g.label !== 'Event',
      );
      this.rel(
        'ABOUT',
        id,
        work.length > 0 && rng.chance(0.7) ? rng.pick(work).id : rng.pick(this.themesOf[author] as string[]),
      );
      if (rng.chance(0.4))
        this.rel('RECORDED', this.allianceGroups[this.memberships[author]?.[0] as number]?.id as string, id);
    }

    this.knowsTies(everyone, date);
    return { nodes: this.nodes, relationships: this.relationships };
  }

  /**
   * About 2.7 ties per person (about 5.4 acquaintances each). The source is drawn by activity, so
   * degrees follow the heavy tail of activity; the partner by mechanism.
   */
  private knowsTies(everyone: Group, date: (from: number, years: number) => string) {
    const { rng } = this;
    const friends: number[][] = this.people.map(() => []);
    const seen = new Set<number>();
    const target = Math.round(this.n * 2.7);
    let ties = 0;
    for (let tries = 0; ties < target && tries < target * 20; tries++) {
      const i = this.member(everyone);
      const r = rng.float();
      let j: number | undefined;
      if (r < 0.5) j = this.fromSharedContext(i);
      else if (r < 0.75)
        j = this.member(this.allianceGroups[rng.pick(this.memberships[i] as number[])] as Group);
      else if (r < 0.9) {
        const friend = (friends[i] as number[]).length > 0 ? rng.pick(friends[i] as number[]) : undefined;
        const theirs = friend === undefined ? [] : (friends[friend] as number[]);
        j = theirs.length > 0 ? rng.pick(theirs) : undefined;
      } else j = this.member(everyone);
      if (j === undefined || j === i || (friends[j] as number[]).length >= 200) continue;
      const key = Math.min(i, j) * this.n + Math.max(i, j);
      if (seen.has(key)) continue;
      seen.add(key);
      friends[i]?.push(j);
      friends[j]?.push(i);
      this.rel('KNOWS', this.people[i] as string, this.people[j] as string, { since: date(2010, 16) });
      ties++;
    }
  }

  /** Someone who shares a bottleneck, practice, initiative, event or employer; rare groups first. */
  private fromSharedContext(i: number): number | undefined {
    const shared = (this.contextOf[i] as Group[]).filter((g) => g.members.length > 1);
    if (shared.length === 0) return undefined;
    const group = weightedPicker(shared, (g) => 1 / (g.members.length - 1))(this.rng);
    return this.member(group);
  }
}

export function generateSyntheticGraph(options: { professionals: number; seed?: number }): SyntheticGraph {
  if (!Number.isInteger(options.professionals) || options.professionals < 10) {
    throw new Error('professionals must be an integer of at least 10');
  }
  return new SyntheticBuilder(options.professionals, options.seed ?? DEFAULT_SEED).build();
}
