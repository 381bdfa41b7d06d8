import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphData } from '../../src/importing/graph-import.js';
import type { Lang, PathRow } from '../../src/recommend/paths.js';
import { problemsOf } from '../support/reason-check.js';
import { dataOf, startHarness, type Harness } from '../support/harness.js';

/*
 * Every reason the brain gives on the demo graph, in Dutch and English, read by the same checker
 * as the hand-built paths (tests/unit/reasons.test.ts): names from the path, no node as its own
 * counterpart, articles that agree, no empty quotes or doubled spaces.
 */

const demo = JSON.parse(readFileSync(join(process.cwd(), 'data', 'demo.json'), 'utf8')) as GraphData;
const idsOf = (label: string) => (demo.nodes ?? []).filter((n) => n.label === label).map((n) => String(n.id));
const PATH =
  'path { nodes { __typename id ... on Professional { name headline } ... on Practice { title } ... on Bottleneck { title } ... on Insight { text } ... on Theme { name } ... on Alliance { name } ... on Initiative { name } ... on Organization { name sector } ... on Event { name } ... on Region { name } } edges { type from to properties } }';
const REASONS = `reasons { kind text ${PATH} }`;

interface ReasonJson {
  kind: string;
  text: string;
  path: { nodes: ({ __typename: string; id: string } & Record<string, unknown>)[]; edges: PathRow['edges'] };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const report = await h.services.importer.import(demo, null);
  expect(report.rejected).toEqual([]);
});
afterAll(() => h.close());

function check(reasons: ReasonJson[], lang: Lang, problems: string[]): number {
  for (const reason of reasons) {
    const path: PathRow = {
      nodes: reason.path.nodes.map(({ __typename, ...rest }) => ({ ...rest, __label: __typename }) as never),
      edges: reason.path.edges,
    };
    for (const problem of problemsOf(reason.text, path, lang)) {
      problems.push(`${reason.kind} [${lang}] "${reason.text}": ${problem}`);
    }
  }
  return reasons.length;
}

it('gives only readable, correct reasons on the demo graph, in Dutch and English', async () => {
  const problems: string[] = [];
  const kinds = new Set<string>();
  let checked = 0;
  const run = async (query: string, variables: Record<string, unknown>, lang: Lang) => {
    const data = dataOf(await h.gql(query, { ...variables, lang }));
    const items = Object.values(data)[0] as { reasons: ReasonJson[] }[];
    for (const item of items) {
      for (const r of item.reasons) kinds.add(r.kind);
      checked += check(item.reasons, lang, problems);
    }
  };
  for (const lang of ['NL', 'EN'] as const) {
    for (const id of idsOf('Professional')) {
      await run(
        `query($id: ID!, $lang: Language) { suggestedConnections(professionalId: $id, first: 10, lang: $lang) { ${REASONS} } }`,
        { id },
        lang,
      );
    }
    for (const id of idsOf('Bottleneck')) {
      await run(
        `query($id: ID!, $lang: Language) { practicesForBottleneck(bottleneckId: $id, lang: $lang) { ${REASONS} } }`,
        { id },
        lang,
      );
      await run(
        `query($id: ID!, $lang: Language) { whoKnows(bottleneckId: $id, lang: $lang) { ${REASONS} } }`,
        { id },
        lang,
      );
    }
    for (const id of idsOf('Theme')) {
      await run(
        `query($id: ID!, $lang: Language) { whoKnows(themeId: $id, lang: $lang) { ${REASONS} } }`,
        { id },
        lang,
      );
    }
    for (const id of [...idsOf('Practice'), ...idsOf('Initiative')]) {
      await run(
        `query($id: ID!, $lang: Language) { similar(id: $id, lang: $lang) { ${REASONS} } }`,
        { id },
        lang,
      );
    }
    for (const id of idsOf('Alliance')) {
      await run(
        `query($id: ID!, $lang: Language) { alliancesSharingBottlenecks(allianceId: $id, lang: $lang) { ${REASONS} } }`,
        { id },
        lang,
      );
    }
    for (const topic of [
      'procesbegeleiding',
      'Wie weet iets van taalwandelingen?',
      'laaggeletterdheid en schulden',
    ]) {
      await run(
        `query($t: String, $lang: Language) { whoKnows(topic: $t, lang: $lang) { ${REASONS} } }`,
        { t: topic },
        lang,
      );
    }
  }
  expect(problems).toEqual([]);
  // Every kind the statements can give on this graph was seen at least once.
  for (const kind of [
    'SHARED_ALLIANCE',
    'FRIEND_OF_FRIEND',
    'DIRECT',
    'SIMILAR_THEME',
    'WORKS_ON',
    'ROLE',
    'BRIDGING',
  ]) {
    expect([...kinds]).toContain(kind);
  }
  expect(checked).toBeGreaterThan(2000);
  console.info(`reasons checked on the demo graph: ${checked}, kinds: ${[...kinds].sort().join(', ')}`);
});

it('never gives one person two reasons about the same thing they did', async () => {
  const repeated: string[] = [];
  let people = 0;
  const questions = [
    ...idsOf('Theme').map((id) => ({ field: 'whoKnows', args: `themeId: "${id}"` })),
    ...idsOf('Bottleneck').map((id) => ({ field: 'whoKnows', args: `bottleneckId: "${id}"` })),
    ...[
      'laaggeletterdheid en schulden',
      'Wie weet hoe we vrijwilligers betrokken houden?',
      'eenzaamheid',
    ].map((text) => ({ field: 'whoKnows', args: `topic: ${JSON.stringify(text)}` })),
  ];
  for (const { field, args } of questions) {
    const data = dataOf(await h.gql(`{ ${field}(${args}, first: 10) { professional { id } ${REASONS} } }`));
    for (const match of data[field] as { professional: { id: string }; reasons: ReasonJson[] }[]) {
      people += 1;
      // What the person did: the first node after them on the path (the person for a profile).
      const steps = match.reasons.map((r) => (r.path.nodes[1] ?? r.path.nodes[0])!.id);
      const texts = match.reasons.map((r) => r.text);
      if (new Set(steps).size < steps.length || new Set(texts).size < texts.length) {
        repeated.push(`${field}(${args}) ${match.professional.id}: ${texts.join(' | ')}`);
      }
    }
  }
  expect(repeated).toEqual([]);
  expect(people).toBeGreaterThan(50);
});

it('still answers ask with people whose reasons differ', async () => {
  const data = dataOf(
    await h.gql(
      `{ ask(text: "Wie heeft ervaring met laaggeletterdheid en schulden?") { people { ${REASONS} } } }`,
    ),
  );
  const people = data.ask.people as { reasons: ReasonJson[] }[];
  expect(people.length).toBeGreaterThan(0);
  for (const person of people) {
    const steps = person.reasons.map((r) => (r.path.nodes[1] ?? r.path.nodes[0])!.id);
    expect(new Set(steps).size).toBe(steps.length);
  }
});
