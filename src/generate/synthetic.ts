import * as E from '../domain/enums.js';
import type { Label } from '../domain/labels.js';
import type { RelationshipType } from '../domain/relationships.js';
import { Random, weightedPicker } from './random.js';

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
 * hidden ties. About 10 relationships per professional in all.
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

const words = (text: string) => text.split('|');
const PROVINCES = words(
  'Groningen|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|Noord-Holland|Zuid-Holland|Zeeland|Noord-Brabant|Limburg',
);
const TOPICS = words(
  'inclusie|armoede|wonen|zorg|onderwijs|werk|energie|klimaat|eenzaamheid|schulden|jeugd|veiligheid|gezondheid|mobiliteit|taal|participatie|digitalisering|migratie|sport|cultuur',
);
const FIRST = words(
  'Anouk|Bram|Daan|Eva|Fatima|Hamza|Iris|Jesse|Lotte|Noor|Mohammed|Pieter|Sanne|Thijs|Yara|Zeynep',
);
const LAST = words(
  'de Vries|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|El Amrani|Yilmaz|van Dijk|Bos|Vos',
);
const PROBLEMS = words('Wachtlijsten|Versnipperde financiering|Geen vaste contactpersoon|Regels die botsen');
const LESSONS = words('een vaste procesbegeleider|vroeg bewoners betrekken|kleine stappen vieren');

/** People who share something: an alliance, employer, bottleneck, practice, initiative or event. */
interface Group {
  readonly id: string;
  readonly label: Label;
  readonly members: number[];
}

interface Community {
  readonly group: Group;
  readonly province: number;
  readonly themes: string[];
  readonly orgs: Group[];
  readonly bottlenecks: string[];
  readonly practices: string[];
}

const pad = (i: number, width = 5) => String(i).padStart(width, '0');

/** One instance per graph; the steps share its state. Groups are complete before anyone draws from them. */
class SyntheticBuilder {
  readonly nodes: SyntheticNode[] = [];
  readonly relationships: SyntheticRelationship[] = [];
  private readonly rng: Random;
  private readonly people: string[] = [];
  private readonly activity: number[] = [];
  private readonly homeOf: number[] = [];
  private readonly alliancesOf: Community[][] = [];
  private readonly themesOf: string[][] = [];
  private readonly contextOf: Group[][] = [];
  private readonly communities: Community[] = [];
  private readonly municipalities: string[][] = PROVINCES.map(() => []);
  private readonly pickers = new Map<Group, (rng: Random) => number>();
  private everyone: Group = { id: 'everyone', label: 'Professional', members: [] };
  private theme: (rng: Random) => string = () => '';
  private community: (rng: Random) => Community = () => this.communities[0] as Community;

  constructor(
    private readonly n: number,
    seed: number,
  ) {
    this.rng = new Random(seed);
  }

  build(): SyntheticGraph {
    this.regionsAndThemes();
    this.alliancesAndOrganisations();
    this.professionals();
    this.bottlenecks();
    this.practicesAndInitiatives();
    this.events();
    this.insights();
    this.knowsTies();
    return { nodes: this.nodes, relationships: this.relationships };
  }

  /** One per `per` professionals, at least `min`. */
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

  private date(from: number, years: number): string {
    const { rng } = this;
    return `${from + rng.int(years)}-${pad(1 + rng.int(12), 2)}-${pad(1 + rng.int(28), 2)}`;
  }

  private municipalityIn(province: number): string {
    return this.rng.pick(this.municipalities[province] as string[]);
  }

  /** A member of the group, the more active the likelier (preferential attachment). */
  private member(group: Group): number {
    let pick = this.pickers.get(group);
    if (!pick) {
      pick = weightedPicker(group.members, (i) => this.activity[i] as number);
      this.pickers.set(group, pick);
    }
    return pick(this.rng);
  }

  /** Adds up to k distinct people to the group, mostly from the community, else from anyone. */
  private recruit(group: Group, from: Group, k: number, link: (person: string, nth: number) => void) {
    for (let tries = 0; group.members.length < k && tries < k * 5; tries++) {
      const person = this.member(from.members.length > 0 && this.rng.chance(0.85) ? from : this.everyone);
      if (group.members.includes(person)) continue;
      group.members.push(person);
      this.contextOf[person]?.push(group);
      link(this.people[person] as string, group.members.length - 1);
    }
  }

  private regionsAndThemes() {
    const nl = this.node('Region', 'region-nl', { name: 'Nederland', level: 'NATIONAL' });
    const provinces = PROVINCES.map((name, p) => {
      const id = this.node('Region', `region-p${pad(p, 2)}`, { name, level: 'PROVINCE' });
      this.rel('LOCATED_IN', id, nl);
      return id;
    });
    for (let m = 0; m < this.count(40, PROVINCES.length); m++) {
      const p = m % PROVINCES.length;
      const name = `Gemeente ${PROVINCES[p]} ${m}`;
      const id = this.node('Region', `region-m${pad(m)}`, { name, level: 'MUNICIPALITY' });
      this.rel('LOCATED_IN', id, provinces[p] as string);
      this.municipalities[p]?.push(id);
    }
    const themes = Array.from({ length: this.count(60, 8) }, (_, t) => {
      const topic = TOPICS[t % TOPICS.length] as string;
      const name = t < TOPICS.length ? topic : `${topic} ${Math.floor(t / TOPICS.length) + 1}`;
      return this.node('Theme', `theme-${pad(t)}`, { name });
    });
    // A few popular themes, many niche ones (Zipf-like).
    const rank = new Map(themes.map((id, t) => [id, t]));
    this.theme = weightedPicker(themes, (id) => 1 / Math.pow((rank.get(id) as number) + 1, 0.8));
  }

  private alliancesAndOrganisations() {
    const { rng } = this;
    const size: number[] = [];
    for (let a = 0; a < this.count(30, 4); a++) {
      const province = rng.int(PROVINCES.length);
      const level = rng.chance(0.5) ? 'LOCAL' : rng.chance(0.7) ? 'REGIONAL' : 'NATIONAL';
      const id = this.node('Alliance', `alliance-${pad(a)}`, {
        name: `Alliantie ${a} ${PROVINCES[province]}`,
        level,
      });
      this.rel('LOCATED_IN', id, this.municipalityIn(province));
      const themes = [...new Set([this.theme(rng), this.theme(rng)])];
      for (const t of themes) this.rel('FOCUSES_ON', id, t);
      const group: Group = { id, label: 'Alliance', members: [] };
      this.communities.push({ group, province, themes, orgs: [], bottlenecks: [], practices: [] });
      size.push(rng.pareto(1.6, 30));
    }
    const bySize = new Map(this.communities.map((c, a) => [c, size[a] as number]));
    this.community = weightedPicker(this.communities, (c) => bySize.get(c) as number);
    for (let o = 0; o < this.count(10, 4); o++) {
      const home = this.community(rng);
      const id = this.node('Organization', `org-${pad(o)}`, {
        name: `Organisatie ${o}`,
        sector: rng.pick(E.Sector),
      });
      this.rel('LOCATED_IN', id, this.municipalityIn(home.province));
      this.rel('PARTNER_IN', id, home.group.id);
      const other = this.community(rng);
      if (other !== home && rng.chance(0.3)) this.rel('PARTNER_IN', id, other.group.id);
      home.orgs.push({ id, label: 'Organization', members: [] });
    }
  }

  private professionals() {
    const { rng } = this;
    const allOrgs = this.communities.flatMap((c) => c.orgs);
    for (let i = 0; i < this.n; i++) {
      const activity = rng.pareto(2.1, 40);
      const home = this.community(rng);
      const id = this.node('Professional', `prof-${pad(i)}`, {
        name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
        headline: `Werkt aan ${rng.pick(TOPICS)}`,
        languages: rng.chance(0.4) ? ['nl', 'en'] : ['nl'],
        visibility: rng.chance(0.92) ? 'PUBLIC' : rng.chance(0.75) ? 'MEMBERS' : 'PRIVATE',
      });
      this.people.push(id);
      this.activity.push(activity);
      this.homeOf.push(this.communities.indexOf(home));
      const alliances = [
        ...new Set([home, ...(rng.chance(Math.min(0.5, 0.2 * activity)) ? [this.community(rng)] : [])]),
      ];
      this.alliancesOf.push(alliances);
      for (const c of alliances) {
        c.group.members.push(i);
        this.rel('MEMBER_OF', id, c.group.id, {
          role: rng.chance(0.85) ? 'MEMBER' : rng.pick(E.AllianceRole),
        });
      }
      const province = rng.chance(0.85) ? home.province : rng.int(PROVINCES.length);
      this.rel('LOCATED_IN', id, this.municipalityIn(province));
      const org = home.orgs.length > 0 && rng.chance(0.85) ? rng.pick(home.orgs) : rng.pick(allOrgs);
      org.members.push(i);
      this.contextOf.push([org]);
      this.rel('WORKS_AT', id, org.id);
      const expertise = new Set<string>();
      for (let k = rng.chance(0.4) ? 2 : 1; k > 0; k--)
        expertise.add(rng.chance(0.7) ? rng.pick(home.themes) : this.theme(rng));
      for (const t of expertise) this.rel('HAS_EXPERTISE', id, t, { level: rng.pick(E.ExpertiseLevel) });
      this.themesOf.push([...expertise]);
    }
    this.everyone = { id: 'everyone', label: 'Professional', members: this.people.map((_, i) => i) };
  }

  private bottlenecks() {
    const { rng } = this;
    for (let b = 0; b < this.count(6, 4); b++) {
      const c = this.community(rng);
      const title = `${rng.pick(PROBLEMS)} bij ${rng.pick(TOPICS)} (${b})`;
      const id = this.node('Bottleneck', `bottleneck-${pad(b)}`, {
        title,
        status: rng.chance(0.7) ? 'OPEN' : 'ADDRESSED',
      });
      this.rel('IN_THEME', id, rng.pick(c.themes));
      if (rng.chance(0.5)) this.rel('RECORDED', c.group.id, id);
      if (rng.chance(0.15)) this.rel('RAISED_BY', id, c.group.id);
      const raisers: Group = { id, label: 'Bottleneck', members: [] };
      this.recruit(raisers, c.group, 1 + rng.int(3), (person) => this.rel('RAISED_BY', id, person));
      c.bottlenecks.push(id);
    }
  }

  private practicesAndInitiatives() {
    const { rng } = this;
    const allBottlenecks = this.communities.flatMap((c) => c.bottlenecks);
    const contributor = (id: string, roles: string[]) => (person: string, nth: number) =>
      this.rel('CONTRIBUTES_TO', person, id, { role: roles[Math.min(nth, roles.length - 1)] });
    for (let p = 0; p < this.count(7, 4); p++) {
      const c = this.community(rng);
      const id = this.node('Practice', `practice-${pad(p)}`, {
        title: `${rng.pick(words('Methode|Werkwijze|Aanpak|Toolkit'))} ${rng.pick(TOPICS)} ${p}`,
        kind: rng.pick(E.PracticeKind),
        stage: rng.pick(E.PracticeStage),
      });
      this.rel('IN_THEME', id, rng.pick(c.themes));
      const targets = new Set<string>();
      for (let k = rng.chance(0.3) ? 2 : 1; k > 0; k--)
        targets.add(
          c.bottlenecks.length > 0 && rng.chance(0.8) ? rng.pick(c.bottlenecks) : rng.pick(allBottlenecks),
        );
      for (const t of targets) this.rel('ADDRESSES', id, t);
      const group: Group = { id, label: 'Practice', members: [] };
      this.recruit(group, c.group, 1 + rng.int(3), contributor(id, ['LEAD', 'CONTRIBUTOR']));
      c.practices.push(id);
    }
    for (let v = 0; v < this.count(25, 2); v++) {
      const c = this.community(rng);
      const id = this.node('Initiative', `initiative-${pad(v)}`, {
        name: `Initiatief ${rng.pick(TOPICS)} ${v}`,
        kind: rng.pick(E.InitiativeKind),
        stage: rng.pick(E.InitiativeStage),
      });
      this.rel('IN_THEME', id, rng.pick(c.themes));
      this.rel('LOCATED_IN', id, this.municipalityIn(c.province));
      if (c.practices.length > 0) this.rel('APPLIES', id, rng.pick(c.practices));
      const group: Group = { id, label: 'Initiative', members: [] };
      this.recruit(group, c.group, 2 + rng.int(3), contributor(id, ['LEAD', 'CONTRIBUTOR', 'ADVISOR']));
    }
  }

  private events() {
    const { rng } = this;
    for (let e = 0; e < this.count(40, 2); e++) {
      const c = this.community(rng);
      const id = this.node('Event', `event-${pad(e)}`, {
        name: `${rng.pick(words('Kenniscafé|Werkplaats|Netwerkdag|Festival'))} ${e}`,
        date: this.date(2022, 4),
        kind: rng.pick(E.EventKind),
      });
      this.rel('HOSTED_BY', id, c.orgs.length > 0 && rng.chance(0.3) ? rng.pick(c.orgs).id : c.group.id);
      this.rel('LOCATED_IN', id, this.municipalityIn(c.province));
      const attendees: Group = { id, label: 'Event', members: [] };
      this.recruit(attendees, c.group, 4 + rng.int(9), (person) => this.rel('ATTENDED', person, id));
      this.rel('PRESENTED_AT', this.people[rng.pick(attendees.members)] as string, id);
    }
  }

  private insights() {
    const { rng } = this;
    for (let s = 0; s < this.count(3, 4); s++) {
      const author = this.member(this.everyone);
      const id = this.node('Insight', `insight-${pad(s)}`, {
        text: `Les ${s}: ${rng.pick(LESSONS)} helpt bij ${rng.pick(TOPICS)}.`,
        kind: rng.pick(E.InsightKind),
      });
      this.rel('AUTHORED', this.people[author] as string, id);
      const work = (this.contextOf[author] as Group[]).filter(
        (g) => g.label !== 'Organization' && g.label !== 'Event',
      );
      const about =
        work.length > 0 && rng.chance(0.7) ? rng.pick(work).id : rng.pick(this.themesOf[author] as string[]);
      this.rel('ABOUT', id, about);
      const home = this.communities[this.homeOf[author] as number] as Community;
      if (rng.chance(0.4)) this.rel('RECORDED', home.group.id, id);
    }
  }

  /**
   * About 2.7 ties per person (5.4 acquaintances on average). The first person is drawn by
   * activity, so degrees follow its heavy tail; the second by one of four mechanisms.
   */
  private knowsTies() {
    const { rng } = this;
    const friends: number[][] = this.people.map(() => []);
    const seen = new Set<number>();
    const target = Math.round(this.n * 2.7);
    let ties = 0;
    for (let tries = 0; ties < target && tries < target * 20; tries++) {
      const i = this.member(this.everyone);
      const mine = friends[i] as number[];
      const r = rng.float();
      let j: number | undefined;
      if (r < 0.5) j = this.fromSharedContext(i);
      else if (r < 0.75) j = this.member(rng.pick(this.alliancesOf[i] as Community[]).group);
      else if (r < 0.9) j = mine.length > 0 ? rng.pick(friends[rng.pick(mine)] as number[]) : undefined;
      else j = this.member(this.everyone);
      if (j === undefined || j === i || (friends[j] as number[]).length >= 200) continue;
      const key = Math.min(i, j) * this.n + Math.max(i, j);
      if (seen.has(key)) continue;
      seen.add(key);
      mine.push(j);
      friends[j]?.push(i);
      this.rel('KNOWS', this.people[i] as string, this.people[j] as string, { since: this.date(2010, 16) });
      ties++;
    }
  }

  /** Someone who shares an employer, bottleneck, practice, initiative or event; rare groups first. */
  private fromSharedContext(i: number): number | undefined {
    const shared = (this.contextOf[i] as Group[]).filter((g) => g.members.length > 1);
    if (shared.length === 0) return undefined;
    return this.member(weightedPicker(shared, (g) => 1 / (g.members.length - 1))(this.rng));
  }
}

export function generateSyntheticGraph(options: { professionals: number; seed?: number }): SyntheticGraph {
  if (!Number.isInteger(options.professionals) || options.professionals < 10) {
    throw new Error('professionals must be an integer of at least 10');
  }
  return new SyntheticBuilder(options.professionals, options.seed ?? DEFAULT_SEED).build();
}
