import { migrate } from '../../src/db/migrate.js';
import { createLogger } from '../../src/logger.js';
import { node, person, rel } from '../support/graph-rows.js';
import { codesOf, dataOf, startHarness, type Harness } from '../support/harness.js';

/*
 * The seeds' structure on a small graph whose answers can be read off it: questions with their
 * askers and suggested answers, werkplaatsen inside alliances with their roles in time, what an
 * event harvested, per-alliance bottleneck status and the derived status, role gaps, the spread of
 * a bottleneck, working elements and provenance; hidden people never appear.
 */

let h: Harness;

const member = (from: string, to: string, role: string, since = '2025-01-01', until?: string) =>
  rel('MEMBER_OF', from, to, { role, since, ...(until ? { until } : {}) });

beforeAll(async () => {
  h = await startHarness({ as: 'anonymous' });
  const report = await h.services.importer.import(
    {
      nodes: [
        person('ini', 'Ilse'),
        person('man', 'Mark'),
        person('fac', 'Fatima'),
        person('coo', 'Cor'),
        person('old', 'Olga'),
        person('hid', 'Hidde', 'PRIVATE'),
        person('gov', 'Gerard'),
        person('biz', 'Bea'),
        node('org-gov', 'Organization', { name: 'Gemeente', sector: 'GOVERNMENT' }),
        node('org-biz', 'Organization', { name: 'Bedrijf', sector: 'BUSINESS' }),
        node('nat', 'Alliance', { name: 'Landelijke alliantie', level: 'NATIONAL' }),
        node('loc-a', 'Alliance', { name: 'Platform A', level: 'LOCAL' }),
        node('loc-b', 'Alliance', { name: 'Platform B', level: 'LOCAL' }),
        node('loc-c', 'Alliance', { name: 'Platform C', level: 'LOCAL' }),
        node('wp', 'Initiative', { name: 'Werkplaats Vrijwilligers', kind: 'DO_TANK' }),
        node('wp-old', 'Initiative', { name: 'Doetank Vrijwilligers', kind: 'DO_TANK', stage: 'COMPLETED' }),
        node('btl', 'Bottleneck', { title: 'Vrijwilligers raken overbelast', status: 'OPEN' }),
        node('btl-done', 'Bottleneck', { title: 'Geen ruimte om te vergaderen', status: 'OPEN' }),
        node('prc', 'Practice', { title: 'Taakverdeling in duo’s', kind: 'METHOD' }),
        node('we', 'Insight', {
          text: 'Een vaste taakverdeling houdt trekkers op de been.',
          kind: 'WORKING_ELEMENT',
        }),
        node('les', 'Insight', { text: 'Vraag vrijwilligers wat ze willen laten vallen.', kind: 'LESSON' }),
        node('obs', 'Insight', { text: 'Overbelasting komt vaak in december.', kind: 'OBSERVATION' }),
        node('cafe', 'Event', { name: 'Café van de vrijwilligers', date: '2025-04-02', kind: 'CAFE' }),
        node('q', 'Question', { text: 'Hoe voorkomen we dat vrijwilligers opbranden?', status: 'OPEN' }),
        node('q-old', 'Question', { text: 'Hoe houden we vrijwilligers vast?', status: 'HANDED_OVER' }),
      ],
      relationships: [
        rel('PART_OF', 'loc-a', 'nat'),
        rel('PART_OF', 'wp', 'loc-a'),
        rel('BUILDS_ON', 'wp', 'wp-old'),
        member('ini', 'wp', 'INITIATOR'),
        member('man', 'wp', 'MANAGER'),
        member('hid', 'wp', 'FACILITATOR'),
        member('old', 'wp-old', 'COORDINATOR', '2023-01-01', '2024-12-31'),
        member('fac', 'nat', 'FACILITATOR'),
        member('coo', 'nat', 'COORDINATOR'),
        member('ini', 'nat', 'INITIATOR'),
        member('man', 'nat', 'MANAGER'),
        rel('RECORDED', 'loc-a', 'btl', { status: 'OPEN', since: '2024-03-01', note: 'al twee jaar' }),
        rel('RECORDED', 'loc-b', 'btl', { status: 'OPEN', since: '2025-01-01' }),
        rel('RECORDED', 'loc-c', 'btl', { status: 'ADDRESSED', since: '2023-06-01', note: 'duo-aanpak' }),
        rel('RECORDED', 'nat', 'btl', { status: 'OPEN', since: '2025-06-01' }),
        rel('RECORDED', 'loc-a', 'btl-done', { status: 'ADDRESSED' }),
        rel('RECORDED', 'loc-c', 'we'),
        rel('ADDRESSES', 'prc', 'btl'),
        rel('ABOUT', 'les', 'prc'),
        rel('ABOUT', 'obs', 'btl'),
        rel('AUTHORED', 'gov', 'les'),
        rel('WORKS_AT', 'gov', 'org-gov'),
        rel('PARTNER_IN', 'org-biz', 'loc-c'),
        rel('WORKS_AT', 'biz', 'org-biz'),
        rel('HARVESTED_AT', 'les', 'cafe'),
        rel('HARVESTED_AT', 'q', 'cafe'),
        rel('HARVESTED_AT', 'prc', 'cafe'),
        rel('ASKED_BY', 'q', 'wp'),
        rel('ASKED_BY', 'q-old', 'wp-old'),
        rel('CONTRIBUTES_TO', 'man', 'prc'),
        rel('CONTRIBUTES_TO', 'biz', 'prc'),
        rel('TAKEN_UP', 'we', 'nat', { on: '2025-09-01', note: 'landelijk opgepakt' }),
      ],
    },
    null,
  );
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

describe('questions', () => {
  it('are nodes with their askers, listed and filtered like every label', async () => {
    const data = dataOf(
      await h.gql(`{
        question(id: "q") { text status askedBy { ... on Initiative { id name } } harvestedAt { id } }
        questions(where: { status: { eq: OPEN } }) { totalCount edges { node { id } } }
      }`),
    );
    expect(data.question).toEqual({
      text: 'Hoe voorkomen we dat vrijwilligers opbranden?',
      status: 'OPEN',
      askedBy: [{ id: 'wp', name: 'Werkplaats Vrijwilligers' }],
      harvestedAt: [{ id: 'cafe' }],
    });
    expect(data.questions.totalCount).toBe(1);
  });

  it('suggest answers without the asker, its own texts or its own people', async () => {
    const data = dataOf(
      await h.gql(`{ question(id: "q") { suggestedAnswers(lang: NL) {
        people { professional { id } reasons { text } }
        practices { practice { id } }
        insights { insight { id } }
      } } }`),
    );
    const answer = data.question.suggestedAnswers;
    const people = answer.people.map((p: { professional: { id: string } }) => p.professional.id);
    // Mark manages the werkplaats that asks: its own people do not answer it.
    expect(people).not.toContain('man');
    expect(people).not.toContain('hid');
    expect(people).toContain('biz');
    expect(answer.insights.map((i: { insight: { id: string } }) => i.insight.id)).toContain('les');
  });

  it('are listed on the initiative that asks them', async () => {
    const seen = dataOf(await h.gql('{ initiative(id: "wp") { questions { id } } }'));
    expect(seen.initiative.questions).toEqual([{ id: 'q' }]);
  });

  it('come from the question texts of initiatives, and ties take the bottleneck status, on older databases', async () => {
    const { services } = h;
    const report = await services.importer.import(
      {
        nodes: [
          node('mig-ini', 'Initiative', {
            name: 'Oud initiatief',
            kind: 'PROJECT',
            question: 'Wie helpt ons verder?',
          }),
          node('mig-btl', 'Bottleneck', { title: 'Oud knelpunt', status: 'ADDRESSED' }),
          node('mig-all', 'Alliance', { name: 'Oude alliantie', level: 'LOCAL' }),
        ],
        relationships: [],
      },
      null,
    );
    expect(report.rejected).toEqual([]);
    // A tie as older versions wrote it: without a status of its own.
    await services.db.write(services.cypher.get('relationship/link', { TYPE: 'RECORDED', Right: '>' }), {
      from: 'mig-all',
      to: 'mig-btl',
      properties: {},
      actor: null,
    });
    const name = 'migrations/008-seeds-structure';
    for (let run = 0; run < 2; run++) {
      await services.db.write(services.cypher.get('maintenance/forget-migration'), { name });
      expect(await migrate(services.db, services.cypher, createLogger('silent'))).toEqual([name]);
    }
    const data = dataOf(
      await h.gql(`{
        question(id: "question-mig-ini") { text status askedBy { ... on Initiative { id } } }
        bottleneck(id: "mig-btl") { status facings { status } }
      }`),
    );
    expect(data.question).toEqual({
      text: 'Wie helpt ons verder?',
      status: 'OPEN',
      askedBy: [{ id: 'mig-ini' }],
    });
    expect(data.bottleneck).toEqual({ status: 'ADDRESSED', facings: [{ status: 'ADDRESSED' }] });
    const questions = dataOf(
      await h.gql('{ questions(where: { askedBy: { id_in: ["mig-ini"] } }) { totalCount } }'),
    );
    expect(questions.questions.totalCount).toBe(1);
  });
});

describe('werkplaatsen, roles and harvests', () => {
  it('places werkplaatsen inside alliances and alliances inside networks', async () => {
    const data = dataOf(
      await h.gql(`{
        alliance(id: "loc-a") { partOf { id } initiatives { id } }
        n: alliance(id: "nat") { parts { id } }
        initiative(id: "wp") { alliances { id } buildsOn { id }
          members { role since until professional { id } unit { ... on Initiative { id } } alliance { id } } }
      }`),
    );
    expect(data.alliance).toEqual({ partOf: { id: 'nat' }, initiatives: [{ id: 'wp' }] });
    expect(data.n.parts).toEqual([{ id: 'loc-a' }]);
    expect(data.initiative.alliances).toEqual([{ id: 'loc-a' }]);
    expect(data.initiative.buildsOn).toEqual([{ id: 'wp-old' }]);
    const members = data.initiative.members.map((m: { professional: { id: string } }) => m.professional.id);
    expect(members.sort()).toEqual(['ini', 'man']);
    expect(data.initiative.members[0]).toMatchObject({ since: '2025-01-01', until: null, alliance: null });
    expect(data.initiative.members[0].unit).toEqual({ id: 'wp' });
  });

  it('shows what an event harvested', async () => {
    const data = dataOf(
      await h.gql('{ event(id: "cafe") { harvest { insights { id } practices { id } questions { id } } } }'),
    );
    expect(data.event.harvest).toEqual({
      insights: [{ id: 'les' }],
      practices: [{ id: 'prc' }],
      questions: [{ id: 'q' }],
    });
  });

  it('finds the units that miss one of the four roles now, never naming hidden holders', async () => {
    const data = dataOf(
      await h.gql(
        '{ roleGaps { unit { ... on Alliance { id } ... on Initiative { id } } missing holders { role professional { id } } } }',
      ),
    );
    const gaps = Object.fromEntries(
      data.roleGaps.map((g: { unit: { id: string }; missing: string[] }) => [g.unit.id, g.missing]),
    );
    // The werkplaats has a hidden facilitator (the role is filled) but no coordinator.
    expect(gaps.wp).toEqual(['COORDINATOR']);
    // The national alliance has all four; the ended doetank has no current members at all.
    expect(gaps.nat).toBeUndefined();
    expect(gaps['wp-old']).toBeUndefined();
    expect(gaps['loc-b']).toEqual(['INITIATOR', 'MANAGER', 'FACILITATOR', 'COORDINATOR']);
    expect(JSON.stringify(data.roleGaps)).not.toContain('"hid"');
    const local = dataOf(await h.gql('{ roleGaps(level: NATIONAL) { unit { ... on Alliance { id } } } }'));
    expect(local.roleGaps).toEqual([]);
  });
});

describe('bottlenecks per alliance', () => {
  it('derive the bottleneck status from the alliances that face it', async () => {
    const data = dataOf(
      await h.gql(`{
        a: bottleneck(id: "btl") { status facings { alliance { id } status since note } }
        b: bottleneck(id: "btl-done") { status }
        alliance(id: "loc-c") { open: bottlenecks(status: OPEN) { id } addressed: bottlenecks(status: ADDRESSED) { id } }
      }`),
    );
    expect(data.a.status).toBe('OPEN');
    expect(data.b.status).toBe('ADDRESSED');
    expect(data.a.facings).toContainEqual({
      alliance: { id: 'loc-c' },
      status: 'ADDRESSED',
      since: '2023-06-01',
      note: 'duo-aanpak',
    });
    expect(data.alliance).toEqual({ open: [], addressed: [{ id: 'btl' }] });
  });

  it('follow the alliances: addressing it everywhere makes the bottleneck ADDRESSED', async () => {
    for (const alliance of ['loc-a']) {
      dataOf(
        await h.gql(
          `mutation { connect(input: { type: RECORDED, fromId: "${alliance}", toId: "btl-done", properties: { status: OPEN } }) { type } }`,
          {},
          'admin',
        ),
      );
    }
    expect(dataOf(await h.gql('{ bottleneck(id: "btl-done") { status } }')).bottleneck.status).toBe('OPEN');
    dataOf(
      await h.gql(
        'mutation { connect(input: { type: RECORDED, fromId: "loc-a", toId: "btl-done", properties: { status: ADDRESSED } }) { type } }',
        {},
        'admin',
      ),
    );
    expect(dataOf(await h.gql('{ bottleneck(id: "btl-done") { status } }')).bottleneck.status).toBe(
      'ADDRESSED',
    );
  });

  it('keep a status an editor set through later writes that do not give one; the bottleneck follows its ties', async () => {
    const report = await h.services.importer.import(
      {
        nodes: [
          node('st-a', 'Alliance', { name: 'Platform Status A', level: 'LOCAL' }),
          node('st-b', 'Alliance', { name: 'Platform Status B', level: 'LOCAL' }),
          node('st-ini', 'Initiative', { name: 'Werkplaats Status', kind: 'DO_TANK' }),
          node('st-btl', 'Bottleneck', { title: 'Te weinig vergaderruimte' }),
          node('st-free', 'Bottleneck', { title: 'Niemand beheert de sleutels' }),
        ],
        relationships: [
          rel('RECORDED', 'st-a', 'st-btl', { status: 'ADDRESSED', since: '2025-02-01', note: 'buurthuis' }),
          rel('RECORDED', 'st-b', 'st-btl', { status: 'ADDRESSED', since: '2025-03-01' }),
        ],
      },
      null,
    );
    expect(report.rejected).toEqual([]);
    const read = async () =>
      dataOf(
        await h.gql(`{
          btl: bottleneck(id: "st-btl") { status description facings { alliance { id } status since note } }
          free: bottleneck(id: "st-free") { status }
        }`),
      );
    expect((await read()).btl.status).toBe('ADDRESSED');
    // The editor states the status of a bottleneck no alliance recorded.
    dataOf(
      await h.gql(
        'mutation { updateBottleneck(input: { id: "st-free", status: ADDRESSED }) { status } }',
        {},
        'admin',
      ),
    );
    // Later writes that say nothing about the status: the bottlenecks imported again with a
    // description, a tie written again with a note only or without properties, a group's record.
    const later = await h.services.importer.import(
      {
        nodes: [
          node('st-btl', 'Bottleneck', {
            title: 'Te weinig vergaderruimte',
            description: 'Elke week zoeken',
          }),
          node('st-free', 'Bottleneck', { title: 'Niemand beheert de sleutels' }),
        ],
        relationships: [rel('RECORDED', 'st-b', 'st-btl')],
      },
      null,
    );
    expect(later.rejected).toEqual([]);
    for (const input of [
      'type: RECORDED, fromId: "st-a", toId: "st-btl", properties: { note: "nieuw buurthuis" }',
      'type: RECORDED, fromId: "st-ini", toId: "st-free"',
    ]) {
      dataOf(await h.gql(`mutation { connect(input: { ${input} }) { type } }`, {}, 'admin'));
    }
    const after = await read();
    expect(after.free.status).toBe('ADDRESSED');
    expect(after.btl.status).toBe('ADDRESSED');
    expect(after.btl.description).toBe('Elke week zoeken');
    expect(after.btl.facings).toEqual([
      { alliance: { id: 'st-a' }, status: 'ADDRESSED', since: '2025-02-01', note: 'nieuw buurthuis' },
      { alliance: { id: 'st-b' }, status: 'ADDRESSED', since: '2025-03-01', note: null },
    ]);
    // On a recorded bottleneck the status is the ties' to give: stating another one is refused.
    const refused = await h.gql(
      'mutation { updateBottleneck(input: { id: "st-btl", status: OPEN }) { status } }',
      {},
      'admin',
    );
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect((await read()).btl.status).toBe('ADDRESSED');
    // One alliance facing it again makes it OPEN, whatever an import says of the bottleneck itself.
    dataOf(
      await h.gql(
        'mutation { connect(input: { type: RECORDED, fromId: "st-b", toId: "st-btl", properties: { status: OPEN } }) { type } }',
        {},
        'admin',
      ),
    );
    await h.services.importer.import(
      { nodes: [node('st-btl', 'Bottleneck', { title: 'Te weinig vergaderruimte', status: 'ADDRESSED' })] },
      null,
    );
    const reopened = await read();
    expect(reopened.btl.status).toBe('OPEN');
    expect(reopened.btl.facings.map((f: { status: string }) => f.status)).toEqual(['ADDRESSED', 'OPEN']);
  });

  it('spread: three alliances facing it open is systemic, with a reason per alliance', async () => {
    const data = dataOf(
      await h.gql(`{ bottleneckSpread(bottleneckId: "btl", lang: NL) {
        bottleneck { id } systemic alliances { alliance { id level } status since } reasons { kind text }
      } }`),
    );
    const spread = data.bottleneckSpread;
    expect(spread.systemic).toBe(true);
    expect(spread.alliances.map((a: { alliance: { id: string } }) => a.alliance.id)).toEqual([
      'loc-a',
      'loc-b',
      'nat',
      'loc-c',
    ]);
    expect(spread.reasons[0]).toEqual({
      kind: 'FACES_OPEN',
      text: "De alliantie 'Platform A' loopt nog tegen het knelpunt 'Vrijwilligers raken overbelast' aan",
    });
    const done = dataOf(await h.gql('{ bottleneckSpread(bottleneckId: "btl-done") { systemic } }'));
    expect(done.bottleneckSpread.systemic).toBe(false);
    expect(codesOf(await h.gql('{ bottleneckSpread(bottleneckId: "nope") { systemic } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('working elements first, from alliances that faced it and practices that address it', async () => {
    const data = dataOf(
      await h.gql(
        '{ workingElementsFor(bottleneckId: "btl", lang: EN) { insight { id } reasons { kind text } } }',
      ),
    );
    const ids = data.workingElementsFor.map((m: { insight: { id: string } }) => m.insight.id);
    expect(ids).toEqual(['we', 'les', 'obs']);
    expect(data.workingElementsFor[0].reasons[0]).toEqual({
      kind: 'FROM_ALLIANCE',
      text: "The alliance 'Platform C' also faced the bottleneck 'Vrijwilligers raken overbelast' and recorded the insight 'Een vaste taakverdeling houdt trekkers op de been.'",
    });
  });

  it('derives the sectors behind an insight from its author and the recording alliance', async () => {
    const data = dataOf(
      await h.gql(
        '{ a: insight(id: "les") { provenance } b: insight(id: "we") { provenance takenUpBy { id } } }',
      ),
    );
    expect(data.a.provenance).toEqual(['GOVERNMENT']);
    expect(data.b).toEqual({ provenance: ['BUSINESS'], takenUpBy: [{ id: 'nat' }] });
  });
});

describe('membership requests: leading roles are approved, not taken', () => {
  const olga = { sub: 'user-olga', role: 'member', professionalId: 'old' } as const;
  const ilse = { sub: 'user-ilse', role: 'member', professionalId: 'ini' } as const;
  const mark = { sub: 'user-mark', role: 'member', professionalId: 'man' } as const;
  const request = `mutation($input: RequestMembershipInput!) {
    requestMembership(input: $input) { id role status professional { id } unit { ... on Initiative { id } } }
  }`;
  const decide = `mutation($input: DecideMembershipInput!) {
    decideMembership(input: $input) { id status decidedAt }
  }`;

  it('never lets a member give themselves a leading role directly', async () => {
    const grab = await h.gql(
      'mutation { connect(input: { type: MEMBER_OF, fromId: "old", toId: "wp", properties: { role: "COORDINATOR" } }) { type } }',
      {},
      olga,
    );
    expect(codesOf(grab)).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.gql(request, { input: { unitId: 'wp', role: 'COORDINATOR' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('records a pending request, refuses a second one, and lets only a leader of the unit decide', async () => {
    const asked = dataOf(
      await h.gql(request, { input: { unitId: 'wp', role: 'COORDINATOR', note: 'graag' } }, olga),
    );
    expect(asked.requestMembership).toMatchObject({
      role: 'COORDINATOR',
      status: 'PENDING',
      professional: { id: 'old' },
      unit: { id: 'wp' },
    });
    const again = await h.gql(request, { input: { unitId: 'wp', role: 'COORDINATOR' } }, olga);
    expect(codesOf(again)).toEqual(['CONFLICT']);
    const requestId = asked.requestMembership.id;
    // Nobody decides on their own request; a manager is not a leader of the unit.
    expect(codesOf(await h.gql(decide, { input: { requestId, approve: true } }, olga))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codesOf(await h.gql(decide, { input: { requestId, approve: true } }, mark))).toEqual([
      'FORBIDDEN',
    ]);
    const seen = dataOf(await h.gql('{ membershipRequests(unitId: "wp") { id status } }', {}, ilse));
    expect(seen.membershipRequests).toEqual([{ id: requestId, status: 'PENDING' }]);
    // The initiator of the werkplaats approves: the role is granted from today.
    const decided = dataOf(await h.gql(decide, { input: { requestId, approve: true } }, ilse));
    expect(decided.decideMembership.status).toBe('APPROVED');
    const members = dataOf(
      await h.gql('{ initiative(id: "wp") { members { role since professional { id } } } }'),
    );
    expect(members.initiative.members).toContainEqual({
      role: 'COORDINATOR',
      since: new Date().toISOString().slice(0, 10),
      professional: { id: 'old' },
    });
    expect(codesOf(await h.gql(decide, { input: { requestId, approve: false } }, ilse))).toEqual([
      'CONFLICT',
    ]);
    const gaps = dataOf(await h.gql('{ roleGaps { unit { ... on Initiative { id } } } }'));
    expect(gaps.roleGaps.map((g: { unit: { id?: string } }) => g.unit.id)).not.toContain('wp');
    const audit = dataOf(
      await h.gql(
        `{ auditLog(targetId: "${requestId}") { edges { node { action label detail } } } }`,
        {},
        'admin',
      ),
    );
    expect(audit.auditLog.edges.map((e: { node: { action: string } }) => e.node.action).sort()).toEqual([
      'approveMembership',
      'requestMembership',
    ]);
  });

  it('declines as well, and answers NOT_FOUND for an unknown request or unit', async () => {
    const asked = dataOf(await h.gql(request, { input: { unitId: 'nat', role: 'MEMBER' } }, olga));
    const declined = dataOf(
      await h.gql(decide, { input: { requestId: asked.requestMembership.id, approve: false } }, 'admin'),
    );
    expect(declined.decideMembership.status).toBe('DECLINED');
    expect(codesOf(await h.gql(decide, { input: { requestId: 'nope', approve: true } }, ilse))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codesOf(await h.gql(request, { input: { unitId: 'btl', role: 'MEMBER' } }, olga))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('regions include their sub-regions', () => {
  it('in list filters and in suggestions', async () => {
    await h.services.importer.import(
      {
        nodes: [
          node('reg-prov', 'Region', { name: 'Provincie', level: 'PROVINCE' }),
          node('reg-city', 'Region', { name: 'Stad', level: 'MUNICIPALITY' }),
        ],
        relationships: [
          rel('LOCATED_IN', 'reg-city', 'reg-prov'),
          rel('LOCATED_IN', 'biz', 'reg-city'),
          rel('LOCATED_IN', 'gov', 'reg-prov'),
        ],
      },
      null,
    );
    const listed = dataOf(
      await h.gql(
        '{ professionals(where: { region: { id_in: ["reg-prov"] } }) { totalCount edges { node { id } } } }',
      ),
    );
    expect(listed.professionals.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([
      'biz',
      'gov',
    ]);
    expect(listed.professionals.totalCount).toBe(2);
    const near = dataOf(
      await h.gql(
        '{ suggestedConnections(professionalId: "man", regionId: "reg-prov") { professional { id } } }',
      ),
    );
    const ids = near.suggestedConnections.map((s: { professional: { id: string } }) => s.professional.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(['biz', 'gov']).toContain(id);
  });
});

describe('erasure', () => {
  it('deletes a person’s membership requests with the person', async () => {
    const olga = { sub: 'user-olga', role: 'member', professionalId: 'old' } as const;
    dataOf(
      await h.gql(
        'mutation { requestMembership(input: { unitId: "loc-b", role: FACILITATOR }) { id } }',
        {},
        olga,
      ),
    );
    const before = dataOf(await h.gql('{ membershipRequests(unitId: "loc-b") { id } }', {}, 'admin'));
    expect(before.membershipRequests).toHaveLength(1);
    dataOf(await h.gql('mutation { erasePerson(input: { id: "old" }) { pseudonym } }', {}, 'admin'));
    const after = dataOf(await h.gql('{ membershipRequests(unitId: "loc-b") { id } }', {}, 'admin'));
    expect(after.membershipRequests).toEqual([]);
  });
});

describe('living learning networks', () => {
  it('gives the latest score of each condition with its trend, and commitments from sessions', async () => {
    const check = (id: string, condition: string, score: number, on: string) =>
      node(id, 'ConditionCheck', { condition, score, checkedOn: on });
    const report = await h.services.importer.import(
      {
        nodes: [
          check('c1', 'SAFE_SPACE', 2, '2025-03-01'),
          check('c2', 'SAFE_SPACE', 4, '2025-09-01'),
          check('c3', 'SHARED_ENERGY', 4, '2025-03-01'),
          check('c4', 'SHARED_ENERGY', 3, '2025-09-01'),
          check('c5', 'DIVERSITY', 3, '2025-09-01'),
          node('k1', 'Commitment', { text: 'Verslag delen', dueOn: '2025-05-14', status: 'DONE' }),
        ],
        relationships: [
          ...['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => rel('CHECKS', c, 'nat')),
          rel('CHECKED_BY', 'c2', 'fac'),
          rel('COMMITTED_BY', 'k1', 'coo'),
          rel('COMMITTED_AT', 'k1', 'cafe'),
          rel('COMMITS_TO', 'k1', 'nat'),
        ],
      },
      null,
    );
    expect(report.rejected).toEqual([]);
    const data = dataOf(
      await h.gql(`{
        alliance(id: "nat") {
          learningHealth { condition score checkedOn previousScore trend }
          commitments { text status committedBy { id } session { id } }
        }
        conditionChecks(where: { score: { gte: 4 } }, orderBy: { field: CHECKED_ON }) { totalCount edges { node { id checkedBy { id } } } }
      }`),
    );
    expect(data.alliance.learningHealth).toEqual([
      { condition: 'MUTUAL_DEPENDENCE', score: null, checkedOn: null, previousScore: null, trend: null },
      { condition: 'SHARED_ENERGY', score: 3, checkedOn: '2025-09-01', previousScore: 4, trend: 'DOWN' },
      { condition: 'DIVERSITY', score: 3, checkedOn: '2025-09-01', previousScore: null, trend: 'NEW' },
      { condition: 'PERSONAL_GROWTH', score: null, checkedOn: null, previousScore: null, trend: null },
      { condition: 'SAFE_SPACE', score: 4, checkedOn: '2025-09-01', previousScore: 2, trend: 'UP' },
    ]);
    expect(data.alliance.commitments).toEqual([
      { text: 'Verslag delen', status: 'DONE', committedBy: { id: 'coo' }, session: { id: 'cafe' } },
    ]);
    expect(data.conditionChecks.totalCount).toBe(2);
    expect(data.conditionChecks.edges[1].node).toEqual({ id: 'c2', checkedBy: { id: 'fac' } });
  });

  it('refuses a score outside 1 to 5', async () => {
    const bad = await h.gql(
      'mutation { createConditionCheck(input: { condition: SAFE_SPACE, score: 6, checkedOn: "2026-01-01" }) { id } }',
      {},
      'admin',
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('relation filters and counts see only visible people', () => {
  it('filters on a hidden person exactly as on an unknown id, and counts only visible ties', async () => {
    await h.services.importer.import(
      {
        nodes: [
          person('vis-a', 'Anna'),
          person('vis-b', 'Bart'),
          person('vis-c', 'Cas'),
          person('vis-d', 'Dirk'),
          person('vis-e', 'Eva'),
        ],
        relationships: [
          rel('KNOWS', 'vis-a', 'hid'),
          rel('KNOWS', 'vis-a', 'vis-b'),
          rel('KNOWS', 'vis-c', 'vis-d'),
          rel('KNOWS', 'vis-c', 'vis-e'),
          rel('AUTHORED', 'hid', 'obs'),
        ],
      },
      null,
    );
    const filtered = (where: string) =>
      h.gql(`{ professionals(where: ${where}) { totalCount edges { node { id } } } }`);
    const hidden = dataOf(await filtered('{ knows: { id_in: ["hid"] } }'));
    const unknown = dataOf(await filtered('{ knows: { id_in: ["nobody-at-all"] } }'));
    expect(hidden).toEqual(unknown);
    expect(hidden.professionals.totalCount).toBe(0);
    const asAdmin = dataOf(
      await h.gql('{ professionals(where: { knows: { id_in: ["hid"] } }) { totalCount } }', {}, 'admin'),
    );
    expect(asAdmin.professionals.totalCount).toBe(1);
    const insights = dataOf(
      await h.gql('{ insights(where: { author: { id_in: ["hid"] } }) { totalCount } }'),
    );
    expect(insights.insights.totalCount).toBe(0);
    const alliances = dataOf(
      await h.gql('{ alliances(where: { members: { id_in: ["hid"] } }) { totalCount } }'),
    );
    expect(alliances.alliances.totalCount).toBe(0);
    // Anna knows Bart and a hidden person, Cas knows two visible people: Cas comes first.
    const order =
      '{ professionals(where: { id: { in: ["vis-a", "vis-c"] } }, orderBy: { field: KNOWS_COUNT, direction: DESC }) { edges { node { id } } } }';
    const anonymous = dataOf(await h.gql(order));
    expect(anonymous.professionals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      'vis-c',
      'vis-a',
    ]);
    const admin = dataOf(await h.gql(order, {}, 'admin'));
    expect(admin.professionals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      'vis-a',
      'vis-c',
    ]);
  });
});

describe('hidden people stay hidden in the seeds’ structure', () => {
  it('never shows a hidden person, or their work, through a question, a harvest, provenance, commitments or checks', async () => {
    const report = await h.services.importer.import(
      {
        nodes: [
          person('mem', 'Mila', 'MEMBERS'),
          node('org-fund', 'Organization', { name: 'Fonds', sector: 'FUND' }),
          node('hv-event', 'Event', { name: 'Brein Festijn', date: '2025-10-01', kind: 'FESTIVAL' }),
          node('hv-q', 'Question', { text: 'Wie kent een goede zaal?', status: 'OPEN' }),
          node('hv-ins', 'Insight', { text: 'Een festijn oogst meer dan een vergadering.', kind: 'LESSON' }),
          node('hv-chk', 'ConditionCheck', { condition: 'DIVERSITY', score: 3, checkedOn: '2025-10-01' }),
          node('hv-cmt', 'Commitment', { text: 'Zaal regelen', dueOn: '2025-11-12' }),
        ],
        relationships: [
          rel('ASKED_BY', 'hv-q', 'hid'),
          rel('ASKED_BY', 'hv-q', 'mem'),
          rel('ANSWERED_BY', 'hv-q', 'hid', { note: 'kent er een' }),
          rel('ANSWERED_BY', 'hv-q', 'mem'),
          rel('HARVESTED_AT', 'hv-q', 'hv-event'),
          rel('HARVESTED_AT', 'hv-ins', 'hv-event'),
          rel('AUTHORED', 'hid', 'hv-ins'),
          rel('WORKS_AT', 'hid', 'org-fund'),
          rel('CHECKED_BY', 'hv-chk', 'mem'),
          rel('CHECKS', 'hv-chk', 'loc-b'),
          rel('COMMITTED_BY', 'hv-cmt', 'hid'),
          rel('COMMITS_TO', 'hv-cmt', 'loc-b'),
          rel('COMMITTED_AT', 'hv-cmt', 'hv-event'),
        ],
      },
      null,
    );
    expect(report.rejected).toEqual([]);
    const query = `{
      question(id: "hv-q") {
        askedBy { ... on Professional { id } }
        answeredBy { ... on Professional { id } }
      }
      byAsker: questions(where: { askedBy: { id_in: ["hid", "mem"] } }) { totalCount }
      event(id: "hv-event") { harvest { insights { id author { id } provenance } questions { id askedBy { ... on Professional { id } } } } }
      conditionCheck(id: "hv-chk") { checkedBy { id } }
      commitment(id: "hv-cmt") { committedBy { id } }
      alliance(id: "loc-b") { commitments { committedBy { id } } }
    }`;
    const anonymous = dataOf(await h.gql(query));
    // The question a hidden person asked and the insight they wrote are as hidden as they are.
    expect(anonymous.question).toBeNull();
    expect(anonymous.byAsker.totalCount).toBe(0);
    expect(anonymous.event.harvest).toEqual({ insights: [], questions: [] });
    expect(anonymous.conditionCheck).toEqual({ checkedBy: null });
    expect(anonymous.commitment).toEqual({ committedBy: null });
    expect(anonymous.alliance.commitments).toEqual([{ committedBy: null }]);
    expect(JSON.stringify(anonymous)).not.toMatch(/"(hid|mem)"/);
    // A member sees the MEMBERS-only person, never the PRIVATE one.
    const member = { sub: 'user-mark', role: 'member', professionalId: 'man' } as const;
    const seen = dataOf(await h.gql(query, {}, member));
    expect(seen.question).toBeNull();
    expect(seen.byAsker.totalCount).toBe(0);
    expect(seen.conditionCheck).toEqual({ checkedBy: { id: 'mem' } });
    expect(seen.commitment).toEqual({ committedBy: null });
    expect(seen.event.harvest).toEqual({ insights: [], questions: [] });
    expect(JSON.stringify(seen)).not.toContain('"hid"');
    // An administrator sees both, and the sector behind the hidden author.
    const all = dataOf(await h.gql(query, {}, 'admin'));
    expect(all.question).toEqual({
      askedBy: [{ id: 'hid' }, { id: 'mem' }],
      answeredBy: [{ id: 'hid' }, { id: 'mem' }],
    });
    expect(all.byAsker.totalCount).toBe(1);
    expect(all.commitment).toEqual({ committedBy: { id: 'hid' } });
    expect(all.event.harvest.insights).toEqual([
      { id: 'hv-ins', author: { id: 'hid' }, provenance: ['FUND'] },
    ]);
  });
});
