import { node, person, rel } from '../support/graph-rows.js';
import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

/*
 * Questions asked in sentences, roles as evidence, the scope of a question (region with its
 * sub-regions, the asker and its own texts, the viewer), practices that address a bottleneck
 * first, suggestions that never come up short and warm introductions, on a small graph whose
 * answers can be read off it.
 */

let h: Harness;

beforeAll(async () => {
  // The statements each request sends are counted here: no ranking is answered from a kept
  // answer (tests/integration/answer-cache.test.ts covers those).
  h = await startHarness({ as: 'anonymous', env: { ANSWER_CACHE_ENTRIES: '0' } });
  const report = await h.services.importer.import(
    {
      nodes: [
        person('fac', 'Fleur'),
        person('mem', 'Mo'),
        person('tess', 'Tess'),
        person('sam', 'Sam'),
        person('anna', 'Anna'),
        person('cor', 'Cor'),
        person('hid', 'Hidde', 'PRIVATE'),
        person('lone', 'Lotte'),
        ...['p1', 'p2', 'p3', 'p4'].map((id) => person(id, `Persoon ${id}`)),
        node('reg-nl', 'Region', { name: 'Nederland', level: 'NATIONAL' }),
        node('reg-utr', 'Region', { name: 'Utrecht', level: 'PROVINCE' }),
        node('reg-utrecht', 'Region', { name: 'Utrecht (gemeente)', level: 'MUNICIPALITY' }),
        node('reg-zh', 'Region', { name: 'Zuid-Holland', level: 'PROVINCE' }),
        node('reg-rdam', 'Region', { name: 'Rotterdam', level: 'MUNICIPALITY' }),
        ...['a1', 'a2', 'a3'].map((id) => node(id, 'Alliance', { name: `Alliantie ${id}`, level: 'LOCAL' })),
        node('prc-wandel', 'Practice', {
          title: 'Wandelen en praten',
          summary: 'Een wekelijkse wandeling waarin nieuwkomers de taal oefenen.',
          kind: 'METHOD',
        }),
        node('ins-schuld', 'Insight', {
          text: 'Schuldhulp werkt beter met een vaste contactpersoon.',
          kind: 'LESSON',
        }),
        node('ins-ask', 'Insight', { text: 'Schuldhulp voor gezinnen komt te laat.', kind: 'OBSERVATION' }),
        node('init-ask', 'Initiative', { name: 'Schuldhulp gezinnen Utrecht', kind: 'PROJECT' }),
        ...['p1', 'p2', 'p3', 'p4'].map((id) =>
          node(`ins-${id}`, 'Insight', { text: `Samen optrekken met partners ${id}.`, kind: 'LESSON' }),
        ),
        node('thm', 'Theme', { name: 'armoede en schulden' }),
        node('btl-1', 'Bottleneck', { title: 'Gezinnen melden schulden te laat' }),
        node('btl-2', 'Bottleneck', { title: 'Schulden van gezinnen groeien ongemerkt' }),
        node('btl-3', 'Bottleneck', { title: 'Gezinnen met schulden zijn moeilijk te bereiken' }),
        node('prc-direct', 'Practice', { title: 'Vroegsignalering', kind: 'METHOD' }),
        node('prc-indirect', 'Practice', { title: 'Keukentafelgesprek over schulden', kind: 'METHOD' }),
        node('evt', 'Event', { name: 'Festijn van de schuldhulp' }),
      ],
      relationships: [
        rel('LOCATED_IN', 'reg-utr', 'reg-nl'),
        rel('LOCATED_IN', 'reg-utrecht', 'reg-utr'),
        rel('LOCATED_IN', 'reg-zh', 'reg-nl'),
        rel('LOCATED_IN', 'reg-rdam', 'reg-zh'),
        ...['a1', 'a2', 'a3'].map((a) => rel('MEMBER_OF', 'fac', a, { role: 'FACILITATOR' })),
        rel('MEMBER_OF', 'hid', 'a1', { role: 'FACILITATOR' }),
        rel('MEMBER_OF', 'mem', 'a1', { role: 'MEMBER' }),
        rel('CONTRIBUTES_TO', 'tess', 'prc-wandel'),
        rel('LOCATED_IN', 'tess', 'reg-rdam'),
        rel('AUTHORED', 'sam', 'ins-schuld'),
        rel('LOCATED_IN', 'sam', 'reg-utrecht'),
        rel('AUTHORED', 'anna', 'ins-ask'),
        rel('CONTRIBUTES_TO', 'anna', 'init-ask'),
        rel('CONTRIBUTES_TO', 'cor', 'init-ask'),
        ...['p1', 'p2', 'p3', 'p4'].map((p) => rel('AUTHORED', p, `ins-${p}`)),
        rel('LOCATED_IN', 'lone', 'reg-utrecht'),
        ...['btl-1', 'btl-2', 'btl-3'].map((b) => rel('IN_THEME', b, 'thm')),
        rel('ADDRESSES', 'prc-direct', 'btl-1'),
        rel('ADDRESSES', 'prc-indirect', 'btl-2'),
        rel('ADDRESSES', 'prc-indirect', 'btl-3'),
        rel('ATTENDED', 'tess', 'evt'),
        rel('ATTENDED', 'sam', 'evt'),
        rel('KNOWS', 'fac', 'mem'),
        rel('KNOWS', 'mem', 'cor'),
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const WHO = 'professional { id } score reasons { kind text }';
const idsOf = (list: { professional: { id: string } }[]) => list.map((m) => m.professional.id);

async function whoKnows(args: string, as?: 'admin') {
  const data = dataOf(await h.gql(`{ whoKnows(${args}) { ${WHO} } }`, {}, as));
  return data.whoKnows as {
    professional: { id: string };
    score: number;
    reasons: { kind: string; text: string }[];
  }[];
}

describe('roles are evidence', () => {
  it('finds the procesbegeleider of three alliances for "procesbegeleiding", with the role as reason', async () => {
    const matches = await whoKnows('topic: "Wie kan ons helpen met procesbegeleiding?", lang: NL');
    expect(idsOf(matches)[0]).toBe('fac');
    expect(matches[0]!.reasons.map((r) => r.kind)).toEqual(['ROLE', 'ROLE', 'ROLE']);
    expect(matches[0]!.reasons[0]!.text).toBe("Fleur is procesbegeleider van de alliantie 'Alliantie a1'");
    expect(idsOf(matches)).not.toContain('mem');
    expect(idsOf(matches)).not.toContain('hid');
  });

  it('in English too, and an administrator also sees the hidden facilitator', async () => {
    const matches = await whoKnows('topic: "Who can act as process facilitator?", lang: EN', 'admin');
    expect(idsOf(matches)).toEqual(['fac', 'hid']);
    expect(matches[0]!.reasons[0]!.text).toBe(
      "Fleur is a process facilitator of the alliance 'Alliantie a1'",
    );
  });
});

describe('questions in sentences', () => {
  it('lets the rare word decide, not the common one', async () => {
    const ids = idsOf(await whoKnows('topic: "Wie kan ons samen helpen met schuldhulp?"'));
    // Everyone with evidence about schuldhulp, and no one whose only link is the word "samen".
    expect([...ids].sort()).toEqual(['anna', 'cor', 'sam']);
  });

  it('splits a compound into the words of the graph', async () => {
    expect(idsOf(await whoKnows('topic: "Wie weet iets van taalwandelingen?"'))).toContain('tess');
  });

  it('keeps people in the region or a region inside it', async () => {
    expect(idsOf(await whoKnows('topic: "schuldhulp", regionId: "reg-utr"'))).toEqual(['sam']);
    expect(idsOf(await whoKnows('topic: "schuldhulp", regionId: "reg-zh"'))).toEqual([]);
    expect(idsOf(await whoKnows('topic: "taal wandeling", regionId: "reg-nl"'))).toContain('tess');
    const unknown = await h.gql('{ whoKnows(topic: "schuldhulp", regionId: "reg-none") { score } }');
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
  });

  it('leaves out the asker, its own texts and its own people', async () => {
    const open = idsOf(await whoKnows('topic: "schuldhulp voor gezinnen"'));
    expect(open).toEqual(expect.arrayContaining(['anna', 'cor']));
    const asked = idsOf(await whoKnows('topic: "schuldhulp voor gezinnen", askerId: "anna"'));
    expect(asked).not.toContain('anna');
    expect(asked).not.toContain('cor');
    expect(asked).toContain('sam');
  });

  it('never offers the viewer themselves', async () => {
    const data = dataOf(
      await h.gql(
        `{ whoKnows(topic: "schuldhulp") { ${WHO} } }`,
        {},
        { sub: 's', role: 'member', professionalId: 'sam' },
      ),
    );
    expect(idsOf(data.whoKnows)).not.toContain('sam');
  });
});

describe('ask', () => {
  it('answers with people, practices and insights, each with reasons', async () => {
    const data = dataOf(
      await h.gql(`{ ask(text: "Hoe oefenen nieuwkomers de taal tijdens een wandeling?", lang: NL) {
        people { professional { id } reasons { kind } }
        practices { practice { id } contacts { id } reasons { kind text } }
        insights { insight { id } reasons { kind } }
      } }`),
    );
    expect(data.ask.practices[0].practice.id).toBe('prc-wandel');
    expect(data.ask.practices[0].contacts).toEqual([{ id: 'tess' }]);
    expect(data.ask.practices[0].reasons[0]).toEqual({
      kind: 'MATCHES_QUESTION',
      text: "De praktijk 'Wandelen en praten' past bij je vraag",
    });
    expect(data.ask.people[0].professional.id).toBe('tess');
    const insights = dataOf(
      await h.gql('{ ask(text: "schuldhulp", lang: EN) { insights { insight { id } } } }'),
    );
    expect(insights.ask.insights.map((i: { insight: { id: string } }) => i.insight.id)).toContain(
      'ins-schuld',
    );
  });

  it('reads the question and its scope once for all three rankings', async () => {
    const query = `{ ask(text: "schuldhulp voor gezinnen", askerId: "anna", regionId: "reg-nl") {
      people { score } practices { score } insights { score } } }`;
    dataOf(await h.gql(query)); // the vocabulary is read once per process, then kept
    const before = h.services.db.roundTrips;
    const data = dataOf(await h.gql(query));
    expect(data.ask.people.length).toBeGreaterThan(0);
    // asker-own, labels-of (region), the index's hits (once, for all three), who-knows,
    // ask-practices, ask-insights (contacts are not selected, so not read)
    expect(h.services.db.roundTrips - before).toBe(6);
  });

  it('ranks only the lists asked for, with reasons and contacts only when selected', async () => {
    const text = 'Hoe oefenen nieuwkomers de taal tijdens een wandeling?';
    const sent = async (selection: string, question = text) => {
      const statements: { name: string; reasons: unknown }[] = [];
      h.services.db.observe((s, p) => statements.push({ name: s.name, reasons: p.reasons }));
      try {
        const data = dataOf(await h.gql(`{ ask(text: "${question}", lang: NL) { ${selection} } }`));
        return { data: data.ask, statements };
      } finally {
        h.services.db.observe(undefined);
      }
    };
    const names = (s: { name: string }[]) => s.map((x) => x.name).filter((n) => n.startsWith('recommend/'));
    const full = await sent(`people { score professional { id } reasons { text } }
      practices { score practice { id } contacts { id } reasons { text } }
      insights { score insight { id } reasons { text } }`);
    expect(full.data.practices[0].contacts).toEqual([{ id: 'tess' }]);
    expect(full.data.people[0].reasons.length).toBeGreaterThan(0);
    // people, practices, insights and contacts come with their nodes: none is looked up again
    expect(full.statements.map((s) => s.name)).not.toContain('entity/get-by-ids');
    const insights = await sent('insights { insight { id text createdAt } }', 'schuldhulp');
    expect(insights.statements.map((s) => s.name)).not.toContain('entity/get-by-ids');
    const schuld = insights.data.insights.find(
      (i: { insight: { id: string } }) => i.insight.id === 'ins-schuld',
    );
    expect(schuld.insight.text).toBe('Schuldhulp werkt beter met een vaste contactpersoon.');
    expect(schuld.insight.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

    const people = await sent('people { score professional { id } }');
    expect(names(people.statements)).toEqual(['recommend/question-hits', 'recommend/who-knows']);
    expect(people.statements.find((s) => s.name === 'recommend/who-knows')!.reasons).toBe(0);
    expect(people.data.people).toEqual(
      full.data.people.map((m: { score: number; professional: unknown }) => ({
        score: m.score,
        professional: m.professional,
      })),
    );

    const practices = await sent('practices { practice { id } reasons { text } }');
    expect(names(practices.statements)).toEqual(['recommend/question-hits', 'recommend/ask-practices']);
    expect(practices.statements.find((s) => s.name === 'recommend/ask-practices')!.reasons).toBeGreaterThan(
      0,
    );
    expect(practices.data.practices[0].reasons).toEqual(full.data.practices[0].reasons);

    const withContacts = await sent('practices { contacts { id } } insights { score }');
    expect(names(withContacts.statements).sort()).toEqual([
      'recommend/ask-insights',
      'recommend/ask-practices',
      'recommend/contacts',
      'recommend/question-hits',
    ]);
    expect(withContacts.data.practices[0].contacts).toEqual([{ id: 'tess' }]);
  });

  it('refuses empty text and gives an empty answer for a question without topic words', async () => {
    expect(codesOf(await h.gql('{ ask(text: " ") { people { score } } }'))).toEqual(['BAD_USER_INPUT']);
    const none = dataOf(
      await h.gql('{ ask(text: "Wie kan mij helpen?") { people { score } practices { score } } }'),
    );
    expect(none.ask).toEqual({ people: [], practices: [] });
  });
});

describe('practicesForBottleneck', () => {
  it('ranks a practice that addresses the bottleneck above any indirect evidence', async () => {
    const data = dataOf(
      await h.gql(
        '{ practicesForBottleneck(bottleneckId: "btl-1") { practice { id } score reasons { kind } } }',
      ),
    );
    const ids = data.practicesForBottleneck.map((m: { practice: { id: string } }) => m.practice.id);
    expect(ids).toEqual(['prc-direct', 'prc-indirect']);
    expect(data.practicesForBottleneck[0].score).toBeGreaterThanOrEqual(1);
    expect(data.practicesForBottleneck[1].score).toBeLessThan(1);
    expect(data.practicesForBottleneck[1].reasons.length).toBeGreaterThan(1);
  });
});

describe('never an empty hand', () => {
  it('gives a person without ties as many suggestions as asked, each with a reason', async () => {
    const data = dataOf(
      await h.gql(
        '{ suggestedConnections(professionalId: "lone", first: 5) { professional { id } score reasons { kind text } } }',
      ),
    );
    expect(data.suggestedConnections).toHaveLength(5);
    for (const s of data.suggestedConnections) expect(s.reasons.length).toBeGreaterThan(0);
    const ids = data.suggestedConnections.map((s: { professional: { id: string } }) => s.professional.id);
    expect(ids).not.toContain('hid');
    expect(ids).not.toContain('lone');
    // Sam shares the municipality: the strongest evidence Lotte has.
    expect(ids[0]).toBe('sam');
  });

  it('fills a list up to the number of visible candidates and no further', async () => {
    const data = dataOf(
      await h.gql('{ suggestedConnections(professionalId: "lone", first: 50) { professional { id } } }'),
    );
    // Ten people besides Lotte that an anonymous viewer may see, none of whom she knows.
    expect(data.suggestedConnections).toHaveLength(10);
  });

  it('offers a warm introduction through a shared event when no chain of ties exists', async () => {
    const data = dataOf(
      await h.gql(
        '{ introductionPath(fromId: "tess", toId: "sam", lang: NL) { kind text length nodes { id } } }',
      ),
    );
    expect(data.introductionPath).toEqual({
      kind: 'SHARED_EVENT',
      text: "Er is geen keten van bekenden tussen jullie, maar jullie waren allebei bij de bijeenkomst 'Festijn van de schuldhulp': een goede aanleiding om kennis te maken",
      length: 2,
      nodes: [{ id: 'tess' }, { id: 'evt' }, { id: 'sam' }],
    });
    const chain = dataOf(
      await h.gql('{ introductionPath(fromId: "fac", toId: "cor", lang: EN) { kind text } }'),
    );
    expect(chain.introductionPath).toEqual({ kind: 'KNOWS', text: 'Mo can introduce you to Cor' });
    const none = dataOf(await h.gql('{ introductionPath(fromId: "fac", toId: "lone") { kind } }'));
    expect(none.introductionPath).toBeNull();
  });

  it('offers the well-connected with their ties as they are now, right after a write', async () => {
    const connector = async (id: string) => {
      const data = dataOf(
        await h.gql(
          '{ suggestedConnections(professionalId: "lone", first: 50) { professional { id } reasons { kind weight } } }',
        ),
      );
      const match = data.suggestedConnections.find(
        (s: { professional: { id: string } }) => s.professional.id === id,
      );
      return match.reasons.find((r: { kind: string }) => r.kind === 'CONNECTOR')?.weight ?? 0;
    };
    const before = await connector('p1'); // Persoon p1 knows nobody yet
    await h.services.importer.import(
      { nodes: [], relationships: ['p2', 'p3', 'p4'].map((other) => rel('KNOWS', 'p1', other)) },
      null,
    );
    // the best-connected people are read again before the next fallback after a write
    expect(await connector('p1')).toBeGreaterThan(before);
  });
});
