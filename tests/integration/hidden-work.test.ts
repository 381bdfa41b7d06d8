import { ANONYMOUS, workSeenBy, type Viewer } from '../../src/auth/viewer.js';
import { codesOf, dataOf, startHarness, type As, type Harness } from '../support/harness.js';

/**
 * The work of a hidden person (an insight they wrote, a question they asked) is as hidden as the
 * person, in every way a client can reach it: by id, in lists and their totalCount, in relation
 * fields and relation filters, in search, ask, working elements, neighbourhoods and follows. The
 * person themself and administrators see it; an erased person's work stays, without an author.
 */
let h: Harness;

const person = (id: string, visibility: string) => ({
  id,
  label: 'Professional',
  properties: { name: `Persoon ${id}`, visibility },
});
const insight = (id: string, text: string) => ({
  id,
  label: 'Insight',
  properties: { text, kind: 'LESSON' },
});

const anonymous = 'anonymous' as const;
const member = { sub: 'hw-open', role: 'member' as const, professionalId: 'hw-open' };
const shy = { sub: 'hw-shy', role: 'member' as const, professionalId: 'hw-shy' };
const admin = { sub: 'hw-admin', role: 'admin' as const };

beforeAll(async () => {
  h = await startHarness();
  const report = await h.services.importer.import(
    {
      nodes: [
        person('hw-shy', 'PRIVATE'),
        person('hw-members', 'MEMBERS'),
        person('hw-open', 'PUBLIC'),
        {
          id: 'hw-alliance',
          label: 'Alliance',
          properties: { name: 'Werkplaats Zichtbaarheid', level: 'LOCAL' },
        },
        { id: 'hw-bottleneck', label: 'Bottleneck', properties: { title: 'Niemand ziet de kwartelkoning' } },
        insight('hw-i-shy', 'De kwartelkoning zingt alleen bij nacht: verborgen les.'),
        insight('hw-i-members', 'De kwartelkoning broedt in hooiland: les voor leden.'),
        insight('hw-i-open', 'De kwartelkoning telt men op het gehoor: open les.'),
        { id: 'hw-q-shy', label: 'Question', properties: { text: 'Waar hoorde iemand de kwartelkoning?' } },
        { id: 'hw-q-open', label: 'Question', properties: { text: 'Wie telt de kwartelkoning dit jaar?' } },
        { id: 'hw-theme', label: 'Theme', properties: { name: 'Weidevogels' } },
        insight('hw-i-both', 'Samen geschreven: weidevogels tellen vraagt geduld.'),
      ],
      relationships: [
        { type: 'AUTHORED', from: 'hw-shy', to: 'hw-i-shy' },
        { type: 'AUTHORED', from: 'hw-members', to: 'hw-i-members' },
        { type: 'AUTHORED', from: 'hw-open', to: 'hw-i-open' },
        ...['hw-i-shy', 'hw-i-members', 'hw-i-open'].flatMap((id) => [
          { type: 'ABOUT', from: id, to: 'hw-bottleneck' },
          { type: 'RECORDED', from: 'hw-alliance', to: id },
        ]),
        { type: 'ASKED_BY', from: 'hw-q-shy', to: 'hw-shy' },
        { type: 'ASKED_BY', from: 'hw-q-shy', to: 'hw-alliance' },
        { type: 'ASKED_BY', from: 'hw-q-open', to: 'hw-alliance' },
        { type: 'RECORDED', from: 'hw-alliance', to: 'hw-bottleneck' },
        // Written together by a public and a hidden person.
        { type: 'AUTHORED', from: 'hw-open', to: 'hw-i-both' },
        { type: 'AUTHORED', from: 'hw-shy', to: 'hw-i-both' },
        { type: 'ABOUT', from: 'hw-i-both', to: 'hw-theme' },
      ],
    },
    'test',
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const WORK = ['hw-i-shy', 'hw-i-members', 'hw-i-open', 'hw-q-shy', 'hw-q-open'];
/** Which of the work each viewer may see (and the viewer as the service sees them). */
const viewerOf = (role: Viewer['role'], id: string | null): Viewer => ({
  role,
  professionalId: id,
  subject: id,
  alliances: [],
});
const EXPECTED: [string, As, string[], Viewer][] = [
  ['anonymous', anonymous, ['hw-i-open', 'hw-q-open'], ANONYMOUS],
  ['a member', member, ['hw-i-members', 'hw-i-open', 'hw-q-open'], viewerOf('member', 'hw-open')],
  [
    'the hidden person',
    shy,
    ['hw-i-members', 'hw-i-open', 'hw-i-shy', 'hw-q-open', 'hw-q-shy'],
    viewerOf('member', 'hw-shy'),
  ],
  ['an administrator', admin, [...WORK].sort(), viewerOf('admin', null)],
];

const ids = (nodes: ({ id: string } | null)[]) =>
  nodes
    .filter((n): n is { id: string } => n !== null)
    .map((n) => n.id)
    .filter((id) => WORK.includes(id))
    .sort();

describe.each(EXPECTED)('the work of hidden people, for %s', (_who, as, seen, viewer) => {
  const seenInsights = seen.filter((id) => id.startsWith('hw-i-'));
  const seenQuestions = seen.filter((id) => id.startsWith('hw-q-'));

  it('is found by id only when its people may be seen', async () => {
    const byId = dataOf(
      await h.gql(
        `{ a: insight(id: "hw-i-shy") { id } b: insight(id: "hw-i-members") { id } c: insight(id: "hw-i-open") { id }
           d: question(id: "hw-q-shy") { id } e: question(id: "hw-q-open") { id }
           f: node(id: "hw-i-shy") { id } g: node(id: "hw-q-shy") { id }
           h: insight(id: "hw-i-shy") { id about { ... on Node { id } } } }`,
        {},
        as,
      ),
    );
    expect(ids([byId.a, byId.b, byId.c, byId.d, byId.e])).toEqual(seen);
    const see = (id: string) => (seen.includes(id) ? id : null);
    expect([byId.f?.id ?? null, byId.g?.id ?? null, byId.h?.id ?? null]).toEqual([
      see('hw-i-shy'),
      see('hw-q-shy'),
      see('hw-i-shy'),
    ]);
  });

  it('is counted and listed only when its people may be seen, in lists, relation fields and filters', async () => {
    // Two fields a request, one request at a time: a public client may run only a few statements
    // at once (the fair-share limits).
    const ask = async (fields: string) => dataOf(await h.gql(`{ ${fields} }`, {}, as));
    const parts = [
      `insights(first: 10, where: { text: { contains: "kwartelkoning" } }) { totalCount edges { node { id } } }
       questions(first: 10, where: { askedBy: { id_in: ["hw-alliance"] } }) { totalCount edges { node { id } } }`,
      `alliance(id: "hw-alliance") { insights { id } questions { id } }
       alliances(first: 5, where: { name: { contains: "Zichtbaarheid" } }) { edges { node { insights { id } } } }`,
      `byHidden: alliances(first: 5, where: { insights: { id_in: ["hw-i-shy"] } }) { totalCount }
       bottleneck(id: "hw-bottleneck") { insights { id } }`,
    ];
    const lists: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any -- loose JSON
    for (const part of parts) Object.assign(lists, await ask(part));
    expect(ids(lists.insights.edges.map((e: { node: { id: string } }) => e.node))).toEqual(seenInsights);
    expect(lists.insights.totalCount).toBe(seenInsights.length);
    expect(ids(lists.questions.edges.map((e: { node: { id: string } }) => e.node))).toEqual(seenQuestions);
    expect(lists.questions.totalCount).toBe(seenQuestions.length);
    expect(ids(lists.alliance.insights)).toEqual(seenInsights);
    expect(ids(lists.alliance.questions)).toEqual(seenQuestions);
    expect(ids(lists.alliances.edges[0].node.insights)).toEqual(seenInsights);
    expect(lists.byHidden.totalCount).toBe(seen.includes('hw-i-shy') ? 1 : 0);
    expect(ids(lists.bottleneck.insights)).toEqual(seenInsights);
  });

  it('is left out of the count of all insights and questions, as it is node by node', async () => {
    const { cypher, db } = h.services;
    const counted = dataOf(
      await h.gql('{ insights(first: 0) { totalCount } questions(first: 1) { totalCount } }', {}, as),
    );
    for (const [label, total] of [
      ['Insight', counted.insights.totalCount],
      ['Question', counted.questions.totalCount],
    ] as const) {
      const nodeByNode = cypher.get('entity/count', {
        Label: label,
        PropertyFilter: [],
        RelationFilter: [],
        VisibleFilter: [cypher.fragment('entity/_filter-work', {})],
      });
      const rows = await db.read(nodeByNode, { filters: [], relationFilters: [], seen: workSeenBy(viewer) });
      expect([label, total]).toEqual([label, Number(rows[0]!.total)]);
    }
  });

  it('is found by search, ask, working elements and neighbourhoods only when its people may be seen', async () => {
    const found: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any -- loose JSON
    for (const fields of [
      `search(text: "kwartelkoning", first: 50) { node { id } }
       workingElementsFor(bottleneckId: "hw-bottleneck", first: 10) { insight { id } }`,
      `ask(text: "Wat weten we over de kwartelkoning?", first: 10) { insights { insight { id } } }`,
      `neighborhood(id: "hw-alliance", depth: 1) { nodes { id } }`,
    ]) {
      Object.assign(found, dataOf(await h.gql(`{ ${fields} }`, {}, as)));
    }
    expect(ids(found.search.map((hit: { node: { id: string } }) => hit.node))).toEqual(seen);
    expect(ids(found.ask.insights.map((m: { insight: { id: string } }) => m.insight))).toEqual(seenInsights);
    expect(ids(found.workingElementsFor.map((m: { insight: { id: string } }) => m.insight))).toEqual(
      seenInsights,
    );
    expect(ids(found.neighborhood.nodes)).toEqual(seen);
  });
});

describe('following the work of a hidden person', () => {
  it('is as following something that does not exist, for whoever may not see them', async () => {
    const follow = (as: As, forWhom = '') =>
      h.gql(`mutation { follow(input: { targetId: "hw-q-shy"${forWhom} }) { following } }`, {}, as);
    expect(codesOf(await follow(member))).toEqual(['NOT_FOUND']);
    expect(dataOf(await follow(shy)).follow.following).toBe(true);
    // An administrator sees it, and may have someone follow it; but the follower does not see the
    // question among what they follow, nor may they unfollow what they cannot see.
    expect(dataOf(await follow(admin, ', professionalId: "hw-open"')).follow.following).toBe(true);
    const following = (as: As) =>
      h.gql('{ professional(id: "hw-open") { following { id } } }', {}, as).then(dataOf);
    expect((await following(member)).professional.following).toEqual([]);
    expect((await following(admin)).professional.following).toEqual([{ id: 'hw-q-shy' }]);
    const unfollow = await h.gql(
      `mutation { unfollow(input: { targetId: "hw-q-shy" }) { following target { ... on Question { text } } } }`,
      {},
      member,
    );
    expect(codesOf(unfollow)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(unfollow)).not.toContain('kwartelkoning');
  });
});

describe('who knows, through the work of a hidden person', () => {
  it('gives no evidence through an insight a hidden person wrote, alone or with someone else', async () => {
    const query = `{ a: whoKnows(themeId: "hw-theme", first: 10) { professional { id } reasons { path { nodes { id } } } }
      b: whoKnows(themeId: "hw-i-shy", first: 10) { professional { id } reasons { path { nodes { id } } } } }`;
    const anonymously = JSON.stringify(dataOf(await h.gql(query, {}, anonymous)));
    expect(anonymously).not.toContain('hw-i-both');
    expect(anonymously).not.toContain('hw-i-shy');
    const asAdmin = dataOf(await h.gql(query, {}, admin));
    expect(JSON.stringify(asAdmin.a)).toContain('hw-i-both');
    expect(asAdmin.b.map((m: { professional: { id: string } }) => m.professional.id)).toContain('hw-shy');
  });
});
