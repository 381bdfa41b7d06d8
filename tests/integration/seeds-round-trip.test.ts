import { join } from 'node:path';
import { GraphExporter } from '../../src/exporting/graph-export.js';
import { openSink, type ExportFormat } from '../../src/exporting/sinks.js';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationships.js';
import { LABELS } from '../../src/domain/labels.js';
import { folderWith, importPaths, jsonLines, snapshot, type Snapshot } from '../support/graph-files.js';
import { node, person, rel } from '../support/graph-rows.js';
import { startHarness, type Harness } from '../support/harness.js';

/*
 * A small graph with every label and every relationship type of the seeds' structure, each with
 * its properties, exported in every format, imported into an empty graph, and compared whole:
 * numbers stay numbers, dates stay the same dates, lists stay lists.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const NODES = [
  {
    ...person('p-ilse', 'Ilse'),
    properties: { name: 'Ilse', languages: ['nl', 'en'], email: 'ilse@example.nl' },
  },
  person('p-mark', 'Mark'),
  node('org', 'Organization', { name: 'Gemeente Deventer', sector: 'GOVERNMENT' }),
  node('nat', 'Alliance', { name: 'Landelijke alliantie', level: 'NATIONAL' }),
  node('loc', 'Alliance', { name: 'Lokaal platform', level: 'LOCAL' }),
  node('thm', 'Theme', { name: 'inclusie' }),
  node('prc', 'Practice', { title: 'Duo-aanpak', kind: 'METHOD', stage: 'PILOT' }),
  node('wp', 'Initiative', { name: 'Werkplaats', kind: 'DO_TANK', question: 'Wie neemt het over?' }),
  node('wp-old', 'Initiative', { name: 'Eerste doetank', kind: 'DO_TANK', stage: 'COMPLETED' }),
  node('ins', 'Insight', {
    text: 'Een vaste taakverdeling\nhoudt trekkers op de been.',
    kind: 'WORKING_ELEMENT',
  }),
  node('btl', 'Bottleneck', { title: 'Vrijwilligers raken overbelast', status: 'OPEN' }),
  node('cafe', 'Event', { name: 'Slimmernetwerk Café', date: '2025-04-02', kind: 'CAFE' }),
  node('prov', 'Region', { name: 'Overijssel', level: 'PROVINCE' }),
  node('dev', 'Region', { name: 'Deventer', level: 'MUNICIPALITY' }),
  node('q', 'Question', {
    text: 'Hoe voorkomen we opbranden?',
    status: 'HANDED_OVER',
    askedOn: '2025-03-01',
  }),
  node('chk', 'ConditionCheck', {
    condition: 'SAFE_SPACE',
    score: 4,
    checkedOn: '2025-05-01',
    note: 'open gesprek',
  }),
  node('cmt', 'Commitment', { text: 'Ilse belt de wethouder', dueOn: '2025-06-12', status: 'DONE' }),
];

const RELATIONSHIPS = [
  rel('WORKS_AT', 'p-ilse', 'org'),
  rel('MEMBER_OF', 'p-ilse', 'nat', { role: 'COORDINATOR', since: '2024-01-01', until: '2025-12-31' }),
  rel('MEMBER_OF', 'p-mark', 'wp', { role: 'FACILITATOR', since: '2025-02-01' }),
  rel('PARTNER_IN', 'org', 'loc'),
  rel('FOCUSES_ON', 'nat', 'thm'),
  rel('HAS_EXPERTISE', 'p-ilse', 'thm', { level: 'EXPERT' }),
  rel('KNOWS', 'p-ilse', 'p-mark', { since: '2020-05-01' }),
  rel('CONTRIBUTES_TO', 'p-mark', 'prc', { role: 'LEAD' }),
  rel('APPLIES', 'wp', 'prc'),
  rel('IN_THEME', 'prc', 'thm'),
  rel('AUTHORED', 'p-mark', 'ins'),
  rel('ABOUT', 'ins', 'btl'),
  rel('RECORDED', 'loc', 'btl', { status: 'ADDRESSED', since: '2025-01-15', note: 'duo-aanpak werkt' }),
  rel('RECORDED', 'nat', 'btl', { status: 'OPEN', since: '2024-09-01' }),
  rel('RECORDED', 'cafe', 'ins'),
  rel('RAISED_BY', 'btl', 'wp'),
  rel('ADDRESSES', 'prc', 'btl'),
  rel('ATTENDED', 'p-ilse', 'cafe'),
  rel('PRESENTED_AT', 'prc', 'cafe'),
  rel('PRESENTED_AT', 'wp', 'cafe'),
  rel('HOSTED_BY', 'cafe', 'loc'),
  rel('LOCATED_IN', 'dev', 'prov'),
  rel('LOCATED_IN', 'loc', 'dev'),
  rel('ASKED_BY', 'q', 'wp'),
  rel('ANSWERED_BY', 'q', 'ins', { note: 'uit het café', on: '2025-04-03' }),
  rel('PART_OF', 'wp', 'loc'),
  rel('PART_OF', 'loc', 'nat'),
  rel('BUILDS_ON', 'wp', 'wp-old'),
  rel('HARVESTED_AT', 'ins', 'cafe'),
  rel('HARVESTED_AT', 'prc', 'cafe'),
  rel('HARVESTED_AT', 'q', 'cafe'),
  rel('PRODUCED', 'wp', 'prc'),
  rel('ADOPTED', 'org', 'prc', { on: '2025-06-01' }),
  rel('TAKEN_UP', 'ins', 'nat', { on: '2025-09-01', note: 'landelijk opgepakt' }),
  rel('CHECKS', 'chk', 'loc'),
  rel('CHECKED_BY', 'chk', 'p-ilse'),
  rel('COMMITTED_BY', 'cmt', 'p-ilse'),
  rel('COMMITTED_AT', 'cmt', 'cafe'),
  rel('COMMITS_TO', 'cmt', 'wp'),
];

async function exportTo(format: ExportFormat): Promise<string> {
  const folder = await folderWith({});
  const out = join(folder, format === 'csv' || format === 'kumu' ? format : `graph.${format}`);
  const sink = await openSink(format, out, true);
  await new GraphExporter(h.services.db, h.services.cypher).export(sink, {
    includePrivate: true,
    pageSize: 4,
  });
  return out;
}

const properties = (graph: Snapshot, id: string) => graph.nodes.find((n) => n.id === id)!.properties;

it('holds every label and relationship type of the model', async () => {
  const folder = await folderWith({ 'graph.json': jsonLines(NODES, RELATIONSHIPS) });
  const { rejected } = await importPaths(h.services, [join(folder, 'graph.json')]);
  expect(rejected).toEqual([]);
  const graph = await snapshot(h.services);
  expect(new Set(graph.nodes.map((n) => n.label))).toEqual(new Set(LABELS));
  expect(new Set(graph.relationships.map((r) => r.type))).toEqual(new Set(RELATIONSHIP_TYPES));
  expect(graph.relationships).toHaveLength(RELATIONSHIPS.length);
});

it.each(['json', 'csv', 'kumu', 'graphml'] as const)(
  'round-trips through %s with every property, typed',
  async (format) => {
    const folder = await folderWith({ 'graph.json': jsonLines(NODES, RELATIONSHIPS) });
    expect((await importPaths(h.services, [join(folder, 'graph.json')])).rejected).toEqual([]);
    const before = await snapshot(h.services);
    const out = await exportTo(format);
    await h.reset();
    const { report, rejected } = await importPaths(h.services, [out]);
    expect(rejected).toEqual([]);
    expect(report).toMatchObject({ nodesCreated: NODES.length, relationships: RELATIONSHIPS.length });
    const after = await snapshot(h.services);
    expect(after).toEqual(before);
    // Spelled out, so that a format that loses a type cannot hide behind a lossy snapshot.
    expect(properties(after, 'chk')).toMatchObject({
      score: 4,
      checkedOn: '2025-05-01',
      condition: 'SAFE_SPACE',
    });
    expect(properties(after, 'p-ilse')).toMatchObject({ languages: ['nl', 'en'], email: 'ilse@example.nl' });
    expect(properties(after, 'q')).toMatchObject({ status: 'HANDED_OVER', askedOn: '2025-03-01' });
    expect(properties(after, 'ins').text).toBe('Een vaste taakverdeling\nhoudt trekkers op de been.');
    expect(after.relationships).toContainEqual(
      rel('MEMBER_OF', 'p-ilse', 'nat', { role: 'COORDINATOR', since: '2024-01-01', until: '2025-12-31' }),
    );
    expect(after.relationships).toContainEqual(
      rel('RECORDED', 'loc', 'btl', { status: 'ADDRESSED', since: '2025-01-15', note: 'duo-aanpak werkt' }),
    );
    expect(after.relationships).toContainEqual(rel('ADOPTED', 'org', 'prc', { on: '2025-06-01' }));
    expect(after.relationships).toContainEqual(
      rel('TAKEN_UP', 'ins', 'nat', { on: '2025-09-01', note: 'landelijk opgepakt' }),
    );
  },
);
