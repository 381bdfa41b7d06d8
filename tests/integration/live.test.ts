import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';
import { problemsOf } from '../support/reason-check.js';

let h: Harness;

const person = (id: string, visibility = 'PUBLIC') => ({
  id,
  label: 'Professional',
  properties: { name: `Persoon ${id}`, visibility },
});
const fleur = { sub: 'lv-fleur', role: 'member' as const, professionalId: 'lv-fleur' };
const bram = { sub: 'lv-bram', role: 'member' as const, professionalId: 'lv-bram' };

beforeAll(async () => {
  h = await startHarness();
  const report = await h.services.importer.import(
    {
      nodes: [
        person('lv-fleur'),
        person('lv-bram'),
        person('lv-hidden', 'PRIVATE'),
        { id: 'lv-theme', label: 'Theme', properties: { name: 'Laaggeletterdheid' } },
        { id: 'lv-other-theme', label: 'Theme', properties: { name: 'Wonen' } },
        { id: 'lv-bottleneck', label: 'Bottleneck', properties: { title: 'Wachtlijsten taalles' } },
        { id: 'lv-alliance', label: 'Alliance', properties: { name: 'Taalakkoord', level: 'LOCAL' } },
      ],
      relationships: [],
    },
    'test',
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

const follow = (targetId: string, as: typeof fleur = fleur) =>
  h.gql(
    `mutation($input: FollowInput!) { follow(input: $input) { following target { id } professional { id } } }`,
    { input: { targetId } },
    as,
  );

async function newInsight(
  text: string,
  links: { type: string; to: string }[],
  author?: string,
): Promise<string> {
  const id = dataOf(
    await h.gql(`mutation($input: CreateInsightInput!) { createInsight(input: $input) { id } }`, {
      input: { text, kind: 'LESSON' },
    }),
  ).createInsight.id as string;
  const ties = [
    ...links.map((l) => ({
      type: l.type,
      fromId: l.type === 'RECORDED' ? l.to : id,
      toId: l.type === 'RECORDED' ? id : l.to,
    })),
    ...(author ? [{ type: 'AUTHORED', fromId: author, toId: id }] : []),
  ];
  // The author first: a subscriber is told when the insight reaches what it follows.
  for (const input of ties.reverse()) {
    dataOf(await h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type } }`, { input }));
  }
  return id;
}

describe('following', () => {
  it('follows and unfollows as oneself, and shows what one follows only to oneself and administrators', async () => {
    expect(dataOf(await follow('lv-theme')).follow).toEqual({
      following: true,
      target: { id: 'lv-theme' },
      professional: { id: 'lv-fleur' },
    });
    // Following twice changes nothing.
    dataOf(await follow('lv-theme'));
    dataOf(await follow('lv-alliance'));
    const mine = dataOf(await h.gql('{ professional(id: "lv-fleur") { following { id } } }', {}, fleur));
    expect(mine.professional.following.map((n: { id: string }) => n.id).sort()).toEqual([
      'lv-alliance',
      'lv-theme',
    ]);
    const theirs = dataOf(await h.gql('{ professional(id: "lv-fleur") { following { id } } }', {}, bram));
    expect(theirs.professional.following).toBeNull();
    const admin = dataOf(await h.gql('{ professional(id: "lv-fleur") { following { id } } }'));
    expect(admin.professional.following).toHaveLength(2);

    dataOf(await follow('lv-other-theme', bram));
    const unfollowed = await h.gql(
      `mutation { unfollow(input: { targetId: "lv-other-theme" }) { following } }`,
      {},
      bram,
    );
    expect(dataOf(unfollowed).unfollow.following).toBe(false);
    const after = dataOf(await h.gql('{ professional(id: "lv-bram") { following { id } } }', {}, bram));
    expect(after.professional.following).toEqual([]);
  });

  it('refuses what cannot be followed, strangers acting for others, and credentials without a person', async () => {
    // A person exists but cannot be followed; a hidden person is as unknown as one that does not exist.
    const person = await follow('lv-bram');
    expect(codesOf(person)).toEqual(['BAD_USER_INPUT']);
    expect(person.errors?.[0]?.message).toMatch(/cannot be followed/);
    expect(codesOf(await follow('lv-hidden'))).toEqual(['NOT_FOUND']);
    expect(codesOf(await follow('nothing-here'))).toEqual(['NOT_FOUND']);
    const unfollowPerson = await h.gql(
      `mutation { unfollow(input: { targetId: "lv-bram" }) { following } }`,
      {},
      fleur,
    );
    expect(codesOf(unfollowPerson)).toEqual(['BAD_USER_INPUT']);
    // An administrator acting for a person who does not exist is told so, whichever the call.
    for (const call of ['follow', 'unfollow']) {
      const nobody = await h.gql(
        `mutation { ${call}(input: { targetId: "lv-theme", professionalId: "lv-nobody" }) { following } }`,
      );
      expect(codesOf(nobody)).toEqual(['NOT_FOUND']);
      expect(nobody.errors?.[0]?.message).toMatch(/professional 'lv-nobody'/);
    }
    const forOther = await h.gql(
      `mutation { follow(input: { targetId: "lv-theme", professionalId: "lv-bram" }) { following } }`,
      {},
      fleur,
    );
    expect(codesOf(forOther)).toEqual(['FORBIDDEN']);
    const noPerson = await h.gql(
      `mutation { follow(input: { targetId: "lv-theme" }) { following } }`,
      {},
      { sub: 'lv-nobody', role: 'member' },
    );
    expect(codesOf(noPerson)).toEqual(['BAD_USER_INPUT']);
    for (const call of ['follow', 'unfollow']) {
      const anonymous = await h.gql(
        `mutation { ${call}(input: { targetId: "lv-theme" }) { following } }`,
        {},
        'anonymous',
      );
      expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
    }
    const digest = await h.gql('{ digest(since: "2020-01-01T00:00:00Z") { kind } }', {}, 'anonymous');
    expect(codesOf(digest)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps what a person follows out of neighbourhoods, the network and exports', async () => {
    dataOf(await follow('lv-theme'));
    const edgesOf = async (id: string, as: typeof fleur | 'anonymous') =>
      dataOf(await h.gql(`{ neighborhood(id: "${id}", depth: 2) { edges { type from to } } }`, {}, as))
        .neighborhood.edges as { type: string }[];
    for (const as of ['anonymous', bram] as const) {
      expect((await edgesOf('lv-fleur', as)).map((e) => e.type)).not.toContain('FOLLOWS');
      expect((await edgesOf('lv-theme', as)).map((e) => e.type)).not.toContain('FOLLOWS');
    }
    // The export's and the network metrics' pages of relationships, with everyone visible.
    const visible = ['PUBLIC', 'MEMBERS', 'PRIVATE'];
    const exported = await h.services.db.read(h.services.cypher.get('export/relationships-page'), {
      after: 'lv-',
      limit: 100,
      visible,
    });
    const projected = await h.services.db.read(h.services.cypher.get('network/projection-of'), {
      ids: ['lv-fleur', 'lv-theme', 'lv-alliance'],
      visible,
      seen: null,
    });
    expect(exported.map((r) => r.id)).toContain('lv-fleur');
    expect(JSON.stringify([exported, projected])).not.toContain('FOLLOWS');
  });
});

describe('the digest', () => {
  it('ranks what happened about what one follows, with reasons, and leaves out hidden people', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const visible = await newInsight(
      'Taalmaatjes werken beter in kleine groepen.',
      [{ type: 'ABOUT', to: 'lv-theme' }],
      'lv-bram',
    );
    const hidden = await newInsight(
      'Een les van iemand die niet zichtbaar is.',
      [{ type: 'ABOUT', to: 'lv-theme' }],
      'lv-hidden',
    );
    const unrelated = await newInsight('Over wonen.', [{ type: 'ABOUT', to: 'lv-other-theme' }]);
    dataOf(
      await h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type } }`, {
        input: {
          type: 'RECORDED',
          fromId: 'lv-alliance',
          toId: 'lv-bottleneck',
          properties: { status: 'ADDRESSED', since: new Date().toISOString().slice(0, 10) },
        },
      }),
    );
    const query = `query($since: DateTime!) { digest(since: $since, first: 10, lang: NL) {
      kind at score node { id } about { id } reasons { kind text path { nodes { id ... on Professional { name } ... on Theme { name } ... on Alliance { name } ... on Bottleneck { title } ... on Insight { text } } edges { type from to } } } } }`;
    const items = dataOf(await h.gql(query, { since }, fleur)).digest;
    const ids = items.map((i: { node: { id: string } }) => i.node.id);
    expect(ids).toContain(visible);
    expect(ids).toContain('lv-bottleneck');
    expect(ids).not.toContain(hidden);
    expect(ids).not.toContain(unrelated);
    const insight = items.find((i: { node: { id: string } }) => i.node.id === visible);
    expect(insight).toMatchObject({ kind: 'INSIGHT_ADDED', about: { id: 'lv-theme' } });
    expect(insight.reasons[0].text).toBe("Nieuw inzicht over het thema 'Laaggeletterdheid', dat je volgt");
    const status = items.find((i: { node: { id: string } }) => i.node.id === 'lv-bottleneck');
    expect(status.kind).toBe('BOTTLENECK_STATUS_CHANGED');
    expect(status.reasons[0].text).toBe(
      "De alliantie 'Taalakkoord', die je volgt, zette het knelpunt 'Wachtlijsten taalles' op aangepakt",
    );
    for (const item of items) {
      for (const reason of item.reasons) expect(problemsOf(reason.text, reason.path, 'NL')).toEqual([]);
    }
    const scores = items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // An administrator following the theme sees the hidden person's insight too.
    dataOf(
      await h.gql(
        `mutation { follow(input: { targetId: "lv-theme", professionalId: "lv-bram" }) { following } }`,
      ),
    );
    const forAdmin = dataOf(
      await h.gql(query, { since }, { sub: 'lv-admin', role: 'admin', professionalId: 'lv-bram' }),
    ).digest.map((i: { node: { id: string } }) => i.node.id);
    expect(forAdmin).toContain(hidden);
    // Nothing since a day in the future (status changes are dated by day).
    expect(
      dataOf(await h.gql(query, { since: new Date(Date.now() + 2 * 86_400_000).toISOString() }, fleur))
        .digest,
    ).toEqual([]);
  });
});

describe('a status change in the digest', () => {
  it('is dated when the status changed, not by the day the tie began, and is one item for both ends', async () => {
    const facing = (status: string) =>
      h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type } }`, {
        input: {
          type: 'RECORDED',
          fromId: 'lv-status-alliance',
          toId: 'lv-status-bottleneck',
          properties: { status, since: '2023-11-08' },
        },
      });
    const created = await h.services.importer.import(
      {
        nodes: [
          {
            id: 'lv-status-alliance',
            label: 'Alliance',
            properties: { name: 'Statusalliantie', level: 'LOCAL' },
          },
          {
            id: 'lv-status-bottleneck',
            label: 'Bottleneck',
            properties: { title: 'Geen vervoer naar de les' },
          },
          person('lv-watcher'),
        ],
        relationships: [],
      },
      'test',
    );
    expect(created.rejected).toEqual([]);
    const watcher = { sub: 'lv-watcher', role: 'member' as const, professionalId: 'lv-watcher' };
    dataOf(await follow('lv-status-alliance', watcher));
    dataOf(await follow('lv-status-bottleneck', watcher));
    dataOf(await facing('OPEN'));
    const since = new Date(Date.now() - 5_000).toISOString();
    dataOf(await facing('ADDRESSED'));
    const items = dataOf(
      await h.gql(
        `query($since: DateTime!) { digest(since: $since, first: 10, lang: NL) { kind at node { id } reasons { text } } }`,
        { since },
        watcher,
      ),
    ).digest as { kind: string; at: string; node: { id: string }; reasons: { text: string }[] }[];
    const changes = items.filter((i) => i.kind === 'BOTTLENECK_STATUS_CHANGED');
    // One item for the one change, with a reason for each followed end, dated today.
    expect(changes).toHaveLength(1);
    expect(changes[0]!.reasons).toHaveLength(2);
    expect(Date.parse(changes[0]!.at)).toBeGreaterThanOrEqual(Date.parse(since));
    // Setting the same status again is no change.
    const later = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    dataOf(await facing('ADDRESSED'));
    const again = dataOf(
      await h.gql(`query($since: DateTime!) { digest(since: $since) { kind } }`, { since: later }, watcher),
    ).digest as { kind: string }[];
    expect(again.filter((i) => i.kind === 'BOTTLENECK_STATUS_CHANGED')).toEqual([]);
  });
});

describe('a question in the digest', () => {
  it('is dated by the day it was asked, so that an imported old question is not news', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const question = (id: string, askedOn: string) => ({
      id,
      label: 'Question',
      properties: { text: `Vraag ${id}: hoe bereiken we laaggeletterde ouders?`, status: 'OPEN', askedOn },
    });
    const since = new Date(Date.now() - 60_000).toISOString();
    const report = await h.services.importer.import(
      {
        nodes: [question('lv-q-old', '2025-10-09'), question('lv-q-new', today)],
        relationships: [
          { type: 'ASKED_BY', from: 'lv-q-old', to: 'lv-alliance' },
          { type: 'ASKED_BY', from: 'lv-q-new', to: 'lv-alliance' },
        ],
      },
      'test',
    );
    expect(report.rejected).toEqual([]);
    dataOf(await follow('lv-alliance'));
    const items = dataOf(
      await h.gql(
        `query($since: DateTime!) { digest(since: $since, first: 50) { kind node { id } } }`,
        { since },
        fleur,
      ),
    ).digest as { kind: string; node: { id: string } }[];
    const asked = items.filter((i) => i.kind === 'QUESTION_ASKED').map((i) => i.node.id);
    expect(asked).toContain('lv-q-new');
    expect(asked).not.toContain('lv-q-old');
  });
});

describe('what the digest tells, and in which words', () => {
  const reader = { sub: 'lv-reader', role: 'member' as const, professionalId: 'lv-reader' };
  const query = `query($since: DateTime!, $lang: Lang) { digest(since: $since, first: 50, lang: $lang) {
    kind node { id } reasons { text path { nodes { id ... on Professional { name } ... on Theme { name }
    ... on Alliance { name } ... on Event { name } ... on Insight { text } ... on Question { text } }
    edges { type from to } } } } }`;
  type Item = { kind: string; node: { id: string }; reasons: { text: string; path: never }[] };

  it('tells of questions from the theme’s experts, of what an alliance recorded or took up, and of harvests by the event’s day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const since = new Date(Date.now() - 60_000).toISOString();
    const report = await h.services.importer.import(
      {
        nodes: [
          person('lv-reader'),
          person('lv-expert'),
          person('lv-shy-expert', 'PRIVATE'),
          { id: 'lv-words-theme', label: 'Theme', properties: { name: 'Taal op het werk' } },
          {
            id: 'lv-words-alliance',
            label: 'Alliance',
            properties: { name: 'Werkend Leren', level: 'REGIONAL' },
          },
          {
            id: 'lv-q-expert',
            label: 'Question',
            properties: { text: 'Wie kent een werkgever die taalles geeft?' },
          },
          {
            id: 'lv-q-shy',
            label: 'Question',
            properties: { text: 'Een vraag van iemand die niet zichtbaar is?' },
          },
          {
            id: 'lv-q-mine',
            label: 'Question',
            properties: { text: 'Mijn eigen vraag over taal op het werk?' },
          },
          {
            id: 'lv-i-recorded',
            label: 'Insight',
            properties: { text: 'Leren op de werkvloer beklijft.', kind: 'LESSON' },
          },
          {
            id: 'lv-i-taken',
            label: 'Insight',
            properties: { text: 'Een buddy helpt de eerste weken.', kind: 'LESSON' },
          },
          { id: 'lv-event-old', label: 'Event', properties: { name: 'Oogstdag 2025', date: '2025-04-02' } },
          { id: 'lv-event-now', label: 'Event', properties: { name: 'Oogstdag vandaag', date: today } },
          {
            id: 'lv-i-old-harvest',
            label: 'Insight',
            properties: { text: 'Een oude oogst.', kind: 'LESSON' },
          },
          {
            id: 'lv-i-new-harvest',
            label: 'Insight',
            properties: { text: 'Een verse oogst.', kind: 'LESSON' },
          },
        ],
        relationships: [
          { type: 'HAS_EXPERTISE', from: 'lv-expert', to: 'lv-words-theme' },
          { type: 'HAS_EXPERTISE', from: 'lv-shy-expert', to: 'lv-words-theme' },
          { type: 'HAS_EXPERTISE', from: 'lv-reader', to: 'lv-words-theme' },
          { type: 'ASKED_BY', from: 'lv-q-expert', to: 'lv-expert' },
          { type: 'ASKED_BY', from: 'lv-q-shy', to: 'lv-shy-expert' },
          { type: 'ASKED_BY', from: 'lv-q-mine', to: 'lv-reader' },
          { type: 'RECORDED', from: 'lv-words-alliance', to: 'lv-i-recorded' },
          { type: 'TAKEN_UP', from: 'lv-i-taken', to: 'lv-words-alliance' },
          { type: 'HOSTED_BY', from: 'lv-event-old', to: 'lv-words-alliance' },
          { type: 'HOSTED_BY', from: 'lv-event-now', to: 'lv-words-alliance' },
          { type: 'HARVESTED_AT', from: 'lv-i-old-harvest', to: 'lv-event-old' },
          { type: 'HARVESTED_AT', from: 'lv-i-new-harvest', to: 'lv-event-now' },
        ],
      },
      'test',
    );
    expect(report.rejected).toEqual([]);
    dataOf(await follow('lv-words-theme', reader));
    dataOf(await follow('lv-words-alliance', reader));
    const read = async (lang: string) => dataOf(await h.gql(query, { since, lang }, reader)).digest as Item[];
    const textOf = (items: Item[], id: string) =>
      items.find((i) => i.node.id === id)?.reasons.map((r) => r.text);

    const nl = await read('NL');
    const ids = nl.map((i) => i.node.id);
    // A person whose expertise is the theme asked; a hidden one and the reader themself are no news.
    expect(textOf(nl, 'lv-q-expert')).toEqual([
      "Nieuwe vraag van Persoon lv-expert, die deskundig is in het thema 'Taal op het werk', dat je volgt",
    ]);
    expect(ids).not.toContain('lv-q-shy');
    expect(ids).not.toContain('lv-q-mine');
    // What the alliance recorded, and what it took up, each in its own words.
    expect(textOf(nl, 'lv-i-recorded')).toEqual([
      "De alliantie 'Werkend Leren', die je volgt, legde een nieuw inzicht vast",
    ]);
    expect(textOf(nl, 'lv-i-taken')).toEqual([
      "De alliantie 'Werkend Leren', die je volgt, nam een inzicht over",
    ]);
    // A harvest is dated by the day of its event: the one of an event a year ago, imported now, is not news.
    expect(textOf(nl, 'lv-i-new-harvest')).toEqual([
      "Het inzicht 'Een verse oogst.' is geoogst op de bijeenkomst 'Oogstdag vandaag' van de alliantie 'Werkend Leren', die je volgt",
    ]);
    expect(ids).not.toContain('lv-i-old-harvest');

    const en = await read('EN');
    expect(textOf(en, 'lv-q-expert')).toEqual([
      "New question from Persoon lv-expert, who has expertise in the theme 'Taal op het werk', which you follow",
    ]);
    expect(textOf(en, 'lv-i-recorded')).toEqual([
      "The alliance 'Werkend Leren', which you follow, recorded a new insight",
    ]);
    for (const [lang, items] of [
      ['NL', nl],
      ['EN', en],
    ] as const) {
      for (const item of items) {
        for (const reason of item.reasons)
          expect([reason.text, problemsOf(reason.text, reason.path, lang)]).toEqual([reason.text, []]);
      }
    }
    // Each reason's path ties the reader to the item by the ties the graph holds.
    const expert = nl.find((i) => i.node.id === 'lv-q-expert')!.reasons[0]!.path as unknown as {
      edges: { type: string; from: string; to: string }[];
    };
    expect(expert.edges).toEqual([
      { type: 'FOLLOWS', from: 'lv-reader', to: 'lv-words-theme' },
      { type: 'HAS_EXPERTISE', from: 'lv-expert', to: 'lv-words-theme' },
      { type: 'ASKED_BY', from: 'lv-q-expert', to: 'lv-expert' },
    ]);
  });
});

describe('the digest of a hidden person', () => {
  it('tells them of answers to their own question, which others may not see', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const hiddenOne = { sub: 'lv-hidden', role: 'member' as const, professionalId: 'lv-hidden' };
    const report = await h.services.importer.import(
      {
        nodes: [
          {
            id: 'lv-q-private',
            label: 'Question',
            properties: { text: 'Wie helpt mij met een taalmaatje?' },
          },
          {
            id: 'lv-i-answer',
            label: 'Insight',
            properties: { text: 'Vraag het taalhuis.', kind: 'LESSON' },
          },
        ],
        relationships: [
          { type: 'ASKED_BY', from: 'lv-q-private', to: 'lv-hidden' },
          { type: 'ANSWERED_BY', from: 'lv-q-private', to: 'lv-i-answer' },
        ],
      },
      'test',
    );
    expect(report.rejected).toEqual([]);
    dataOf(await follow('lv-q-private', hiddenOne));
    const items = dataOf(
      await h.gql(
        `query($since: DateTime!) { digest(since: $since, first: 50, lang: NL) { kind node { id } about { id } } }`,
        { since },
        hiddenOne,
      ),
    ).digest as { kind: string; node: { id: string }; about: { id: string } }[];
    expect(items).toContainEqual({
      kind: 'QUESTION_ANSWERED',
      node: { id: 'lv-i-answer' },
      about: { id: 'lv-q-private' },
    });
    // Another member may not follow it: to them it does not exist.
    expect(codesOf(await follow('lv-q-private', bram))).toEqual(['NOT_FOUND']);
  });
});

/** Opens a subscription over Server-Sent Events and collects its events until stopped. */
async function subscribe(query: string, as: typeof fleur | 'anonymous') {
  const controller = new AbortController();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (as !== 'anonymous') headers.authorization = `Bearer ${await h.token(as)}`;
  const response = await h.app.fetch('http://brein.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: { data?: Record<string, unknown>; errors?: unknown[] }[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data:'));
        if (data && data.length > 6) events.push(JSON.parse(data.slice(5)));
      }
    }
  })();
  // Let the subscription reach the pub/sub before anything is published.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    events,
    async until(count: number, ms = 5_000) {
      const started = Date.now();
      while (events.length < count && Date.now() - started < ms) await new Promise((r) => setTimeout(r, 50));
      return events;
    },
    async stop() {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      await reading;
    },
  };
}

describe('live events over Server-Sent Events', () => {
  it('refuses a filter on an unknown node, or of the wrong kind, and an anonymous feed, with a coded error', async () => {
    const refusals: [string, string][] = [
      ['subscription { insightAdded(themeId: "lv-nothing") { id } }', 'NOT_FOUND'],
      ['subscription { bottleneckStatusChanged(allianceId: "lv-theme") { status } }', 'NOT_FOUND'],
      ['subscription { questionAsked(regionId: "lv-nowhere") { id } }', 'NOT_FOUND'],
      ['subscription { myFeed { kind } }', 'UNAUTHENTICATED'],
    ];
    for (const [query, code] of refusals) {
      const refused = await subscribe(query, 'anonymous');
      const events = await refused.until(1, 3_000);
      await refused.stop();
      const errors = (events[0]?.errors ?? []) as { extensions?: { code?: string } }[];
      expect([query, errors.map((e) => e.extensions?.code)]).toEqual([query, [code]]);
    }
  });

  it('tells a subscriber about new insights on its theme, never those of people it may not see', async () => {
    const anonymous = await subscribe(
      'subscription { insightAdded(themeId: "lv-theme") { id text } }',
      'anonymous',
    );
    const member = await subscribe('subscription { insightAdded(themeId: "lv-theme") { id } }', fleur);
    // The hidden person sees their own work.
    const author = await subscribe('subscription { insightAdded(themeId: "lv-theme") { id } }', {
      sub: 'lv-hidden',
      role: 'member',
      professionalId: 'lv-hidden',
    });
    const hidden = await newInsight('Verborgen les.', [{ type: 'ABOUT', to: 'lv-theme' }], 'lv-hidden');
    const elsewhere = await newInsight('Les over wonen.', [{ type: 'ABOUT', to: 'lv-other-theme' }]);
    const visible = await newInsight(
      'Zichtbare les over taal.',
      [{ type: 'ABOUT', to: 'lv-theme' }],
      'lv-bram',
    );
    await anonymous.until(1);
    await member.until(1);
    await author.until(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await anonymous.stop();
    await member.stop();
    await author.stop();
    const ids = (events: typeof anonymous.events) =>
      events.map((e) => (e.data as { insightAdded: { id: string } }).insightAdded.id);
    expect(ids(anonymous.events)).toEqual([visible]);
    expect(ids(member.events)).toEqual([visible]);
    expect(ids(author.events).sort()).toEqual([hidden, visible].sort());
    expect(ids(anonymous.events)).not.toContain(hidden);
    expect(ids(anonymous.events)).not.toContain(elsewhere);
  });

  it('tells subscribers about insights an import created, once, and not about ones it updated', async () => {
    const page = await subscribe(
      'subscription { insightAdded(themeId: "lv-theme") { id text } }',
      'anonymous',
    );
    const graph = (text: string) =>
      JSON.stringify({
        nodes: [{ id: 'lv-imported', label: 'Insight', properties: { text, kind: 'LESSON' } }],
        relationships: [
          { type: 'ABOUT', from: 'lv-imported', to: 'lv-theme' },
          { type: 'AUTHORED', from: 'lv-bram', to: 'lv-imported' },
        ],
      });
    const importGraph = async (text: string, dryRun = false) =>
      dataOf(
        await h.gql(
          `mutation($input: ImportGraphInput!) { importGraph(input: $input) { nodesCreated nodesUpdated } }`,
          { input: { files: [{ name: 'g.json', content: graph(text) }], dryRun } },
        ),
      ).importGraph;
    expect(await importGraph('Geïmporteerde les over taal.', true)).toEqual({
      nodesCreated: 1,
      nodesUpdated: 0,
    });
    expect(await importGraph('Geïmporteerde les over taal.')).toEqual({ nodesCreated: 1, nodesUpdated: 0 });
    expect(await importGraph('Geïmporteerde les over taal, bijgewerkt.')).toEqual({
      nodesCreated: 0,
      nodesUpdated: 1,
    });
    await page.until(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.stop();
    // One event, for the import that created it (its text as read at delivery, before or after
    // the update), none for the dry run or the update.
    expect(page.events.map((e) => (e.data as { insightAdded: { id: string } }).insightAdded.id)).toEqual([
      'lv-imported',
    ]);
  });

  it('tells an alliance page about status changes, and a follower through its feed', async () => {
    const page = await subscribe(
      'subscription { bottleneckStatusChanged(allianceId: "lv-alliance") { status bottleneck { id } alliance { id } } }',
      'anonymous',
    );
    const feed = await subscribe(
      'subscription { myFeed(lang: EN) { kind node { id } reasons { text } } }',
      fleur,
    );
    dataOf(
      await h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type } }`, {
        input: {
          type: 'RECORDED',
          fromId: 'lv-alliance',
          toId: 'lv-bottleneck',
          properties: { status: 'OPEN', since: new Date().toISOString().slice(0, 10) },
        },
      }),
    );
    await page.until(1);
    await feed.until(1);
    await page.stop();
    await feed.stop();
    expect(page.events.map((e) => e.data)).toEqual([
      {
        bottleneckStatusChanged: {
          status: 'OPEN',
          bottleneck: { id: 'lv-bottleneck' },
          alliance: { id: 'lv-alliance' },
        },
      },
    ]);
    expect(feed.events[0]?.data).toEqual({
      myFeed: {
        kind: 'BOTTLENECK_STATUS_CHANGED',
        node: { id: 'lv-bottleneck' },
        reasons: [
          {
            text: "The alliance 'Taalakkoord', which you follow, marked the bottleneck 'Wachtlijsten taalles' as open",
          },
        ],
      },
    });
  });

  it('tells an alliance page that the alliance changed, but not when the change is a hidden person', async () => {
    const page = await subscribe(
      'subscription { allianceChanged(allianceId: "lv-alliance") { allianceId at } }',
      'anonymous',
    );
    const join = (who: string) =>
      h.gql(`mutation($input: ConnectInput!) { connect(input: $input) { type } }`, {
        input: { type: 'MEMBER_OF', fromId: who, toId: 'lv-alliance', properties: { role: 'MEMBER' } },
      });
    dataOf(await join('lv-hidden'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.events).toEqual([]);
    dataOf(await join('lv-bram'));
    await page.until(1);
    dataOf(
      await h.gql(
        `mutation { disconnect(input: { type: MEMBER_OF, fromId: "lv-bram", toId: "lv-alliance" }) { removed } }`,
      ),
    );
    await page.until(2);
    await page.stop();
    expect(
      page.events.map(
        (e) => (e.data as { allianceChanged: { allianceId: string } }).allianceChanged.allianceId,
      ),
    ).toEqual(['lv-alliance', 'lv-alliance']);
  });

  it('tells an alliance page that the alliance or something it shows was edited, and nothing else', async () => {
    const recorded = await newInsight('Een les die de alliantie vastlegde.', [
      { type: 'RECORDED', to: 'lv-alliance' },
    ]);
    const hidden = await newInsight(
      'Een les van iemand die niet zichtbaar is, vastgelegd door de alliantie.',
      [{ type: 'RECORDED', to: 'lv-alliance' }],
      'lv-hidden',
    );
    const page = await subscribe(
      'subscription { allianceChanged(allianceId: "lv-alliance") { allianceId } }',
      'anonymous',
    );
    const edit = (mutation: string) => h.gql(`mutation { ${mutation} { id } }`);
    // Not shown on the alliance's pages, or not to this viewer: no event.
    dataOf(await edit('updateTheme(input: { id: "lv-other-theme", description: "Anders" })'));
    dataOf(await edit(`updateInsight(input: { id: "${hidden}", text: "Nog steeds verborgen." })`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.events).toEqual([]);
    dataOf(await edit('updateAlliance(input: { id: "lv-alliance", description: "Nieuwe omschrijving" })'));
    await page.until(1);
    dataOf(await edit(`updateInsight(input: { id: "${recorded}", text: "Een bijgewerkte les." })`));
    await page.until(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.stop();
    expect(page.events).toHaveLength(2);
  });

  it('reads an event once for all subscribers of the same visibility', async () => {
    const pages = await Promise.all(
      Array.from({ length: 10 }, () => subscribe('subscription { insightAdded { id } }', 'anonymous')),
    );
    const reads: string[] = [];
    h.services.db.observe((statement) => reads.push(statement.name));
    try {
      await newInsight('Een les voor tien luisteraars.', []);
      for (const page of pages) await page.until(1);
    } finally {
      h.services.db.observe(undefined);
      for (const page of pages) await page.stop();
    }
    expect(pages.map((p) => p.events.length)).toEqual(Array(10).fill(1));
    expect(reads.filter((name) => name === 'live/insight-context')).toHaveLength(1);
  });
});
