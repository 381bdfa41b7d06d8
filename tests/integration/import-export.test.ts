import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GraphExporter } from '../../src/exporting/graph-export.js';
import { openSink, type ExportFormat } from '../../src/exporting/sinks.js';
import { folderWith, importPaths, jsonLines, snapshot, withoutTimes } from '../support/graph-files.js';
import { checkGraphml } from '../support/graphml-check.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const NODES = [
  {
    id: 'p-ann',
    label: 'Professional',
    properties: { name: 'Ann', languages: ['nl', 'en'], email: 'ann@example.nl', notes: 'privé' },
  },
  { id: 'p-bob', label: 'Professional', properties: { name: 'Bob', bio: 'Twee\nregels, "quotes"; en zo' } },
  { id: 'p-eve', label: 'Professional', properties: { name: 'Eve', visibility: 'PRIVATE' } },
  { id: 'org-zw', label: 'Organization', properties: { name: 'Gemeente Zwolle', sector: 'GOVERNMENT' } },
  { id: 'all-w', label: 'Alliance', properties: { name: 'Alliantie Werk', level: 'NATIONAL' } },
  { id: 'evt', label: 'Event', properties: { name: 'Kenniscafé', date: '2026-03-12' } },
  { id: 'bad-1', label: 'Professional', properties: {} }, // line 8
  { id: 'bad-2', label: 'Planet', properties: { name: 'Mars' } }, // line 9
];
const RELATIONSHIPS = [
  { type: 'KNOWS', from: 'p-ann', to: 'p-bob', properties: { since: '2020-01-01' } },
  { type: 'KNOWS', from: 'p-eve', to: 'p-ann' },
  { type: 'WORKS_AT', from: 'p-ann', to: 'org-zw' },
  { type: 'MEMBER_OF', from: 'p-bob', to: 'all-w', properties: { role: 'FACILITATOR' } },
  { type: 'ATTENDED', from: 'p-ann', to: 'evt' },
  { type: 'MEMBER_OF', from: 'p-ann', to: 'all-w' }, // line 16
  { type: 'WORKS_AT', from: 'p-ann', to: 'bad-1' }, // line 17
];

async function importFixture(options = {}) {
  const folder = await folderWith({ 'graph.json': jsonLines(NODES, RELATIONSHIPS) });
  return importPaths(h.services, [join(folder, 'graph.json')], false, options);
}

async function exportTo(format: ExportFormat, includePrivate = true): Promise<string> {
  const folder = await folderWith({});
  const out = join(folder, format === 'csv' ? 'csv' : `graph.${format}`);
  await new GraphExporter(h.services.db, h.services.cypher).export(
    await openSink(format, out, includePrivate),
    {
      includePrivate,
      pageSize: 2,
    },
  );
  return out;
}

describe('import', () => {
  it('imports JSON and reports each rejected row with file, line and reason, keeping the rest', async () => {
    const { report, rejected } = await importFixture();
    expect(report).toMatchObject({ nodesCreated: 6, nodesUpdated: 0, relationships: 5 });
    expect(rejected.map((r) => [r.file.split('/').pop(), r.line, r.reason])).toEqual([
      ['graph.json', 8, "name: 'name' is required"],
      ['graph.json', 9, "label: unknown label 'Planet'"],
      ['graph.json', 16, "role: MEMBER_OF needs 'role'"],
      ['graph.json', 17, "to: no node 'bad-1'"],
    ]);
    const graph = await snapshot(h.services);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'all-w',
      'evt',
      'org-zw',
      'p-ann',
      'p-bob',
      'p-eve',
    ]);
    expect(graph.relationships).toHaveLength(5);
  });

  it('is idempotent: importing the same file twice leaves the same graph', async () => {
    await importFixture();
    const before = await snapshot(h.services);
    const { report } = await importFixture();
    expect(report).toMatchObject({ nodesCreated: 0, nodesUpdated: 6, relationships: 5 });
    expect(await snapshot(h.services)).toEqual(before);
  });

  it('writes in batches exactly what one transaction writes', async () => {
    await importFixture();
    const whole = withoutTimes(await snapshot(h.services));
    await h.reset();
    const progress: number[] = [];
    const { report, rejected } = await importFixture({
      batchSize: 2,
      onProgress: (done: number) => progress.push(done),
    });
    expect(report).toMatchObject({ nodesCreated: 6, relationships: 5 });
    expect(rejected).toHaveLength(4);
    expect(withoutTimes(await snapshot(h.services))).toEqual(whole);
    expect(progress[progress.length - 1]).toBe(11);
  });

  it('writes nothing on a dry run but reports what it would do', async () => {
    for (const batchSize of [undefined, 2]) {
      const folder = await folderWith({ 'graph.json': jsonLines(NODES, RELATIONSHIPS) });
      const { report, rejected } = await importPaths(h.services, [folder], true, { batchSize });
      expect(report).toMatchObject({ dryRun: true, nodesCreated: 6, nodesUpdated: 0, relationships: 5 });
      expect(rejected).toHaveLength(4);
      expect(await h.services.importer.isEmpty()).toBe(true);
    }
  });

  it('imports the CSV layout: a file per label and relationships.csv', async () => {
    const folder = await folderWith({
      'professionals.csv': 'id,name,languages,bio\np1,Ann,nl;en,"twee\nregels"\np2,Bob,,\np3,,,\n',
      'Theme.csv': 'id,name\nt1,inclusie\n',
      'relationships.csv':
        'type,from,to,level,since\nKNOWS,p1,p2,,2021-05-01\nHAS_EXPERTISE,p1,t1,EXPERT,\nLIKES,p1,p2,,\nKNOWS,p1\n',
    });
    const { report, rejected } = await importPaths(h.services, [folder]);
    expect(rejected.map((r) => [r.file.split('/').pop(), r.line, r.reason])).toEqual([
      ['professionals.csv', 5, "name: 'name' is required"],
      ['relationships.csv', 4, "type: unknown relationship type 'LIKES'"],
      ['relationships.csv', 5, 'row has 2 fields, the header has 5'],
    ]);
    expect(report).toMatchObject({ nodesCreated: 3, relationships: 2 });
    const graph = await snapshot(h.services);
    expect(graph.nodes.find((n) => n.id === 'p1')!.properties).toMatchObject({
      languages: ['nl', 'en'],
      bio: 'twee\nregels',
    });
    expect(graph.relationships).toContainEqual({
      type: 'HAS_EXPERTISE',
      from: 'p1',
      to: 't1',
      properties: { level: 'EXPERT' },
    });
  });

  it('imports element and connection sheets of network-mapping tools, twice to the same graph', async () => {
    const folder = await folderWith({
      'elements.csv': 'Label,Type,Sector\nAnne,Person,\nGemeente Ede,Organisation,Government\nX,Planet,\n',
      'connections.csv': 'From,To,Type\nAnne,Gemeente Ede,\nAnne,Gemeente Ede,loves\n',
    });
    const first = await importPaths(h.services, [folder]);
    expect(first.report).toMatchObject({ nodesCreated: 2, relationships: 1 });
    expect(first.rejected.map((r) => r.reason)).toEqual([
      "connection type 'loves' has no counterpart among ours",
      "element type 'Planet' has no counterpart among our labels",
    ]);
    const before = await snapshot(h.services);
    expect(before.relationships).toEqual([
      { type: 'WORKS_AT', from: 'professional-anne', to: 'organization-gemeente-ede', properties: {} },
    ]);
    expect((await importPaths(h.services, [folder])).report).toMatchObject({
      nodesCreated: 0,
      nodesUpdated: 2,
    });
    expect(await snapshot(h.services)).toEqual(before);
  });
});

describe('export', () => {
  it.each(['json', 'csv'] as const)(
    'round-trips through %s: export, wipe, import, same graph',
    async (format) => {
      await importFixture();
      const before = await snapshot(h.services);
      const out = await exportTo(format);
      await h.reset();
      const { rejected } = await importPaths(h.services, [out]);
      expect(rejected).toEqual([]);
      const after = await snapshot(h.services);
      expect(after).toEqual(before);
      expect(after.nodes.find((n) => n.id === 'p-bob')!.properties.bio).toBe('Twee\nregels, "quotes"; en zo');
    },
  );

  it('leaves private fields and PRIVATE people out unless asked', async () => {
    await importFixture();
    const open = await snapshot(h.services, false);
    expect(open.nodes.map((n) => n.id)).not.toContain('p-eve');
    expect(open.relationships.some((r) => r.from === 'p-eve' || r.to === 'p-eve')).toBe(false);
    expect(open.nodes.find((n) => n.id === 'p-ann')!.properties).not.toHaveProperty('email');
    const csv = await exportTo('csv', false);
    const header = (await readFile(join(csv, 'Professional.csv'), 'utf8')).split('\n')[0];
    expect(header).toBe('id,name,headline,bio,languages,visibility,createdAt');
    const all = await snapshot(h.services, true);
    expect(all.nodes.find((n) => n.id === 'p-ann')!.properties).toMatchObject({ email: 'ann@example.nl' });
    expect((await readdir(csv)).sort()).toContain('relationships.csv');
  });

  it('writes GraphML with declared keys, node and edge elements', async () => {
    await importFixture();
    const graph = await snapshot(h.services);
    const text = await readFile(await exportTo('graphml'), 'utf8');
    const { nodes, edges } = checkGraphml(text);
    expect(nodes.size).toBe(graph.nodes.length);
    expect(nodes.get('p-ann')).toMatchObject({ label: 'Professional', name: 'Ann', languages: 'nl;en' });
    expect(edges).toHaveLength(graph.relationships.length);
    expect(edges.find((e) => e.label === 'KNOWS')!.directed).toBe('false');
  });
});

describe('the command line', () => {
  const run = promisify(execFile);
  const env = {
    ...process.env,
    NEO4J_URI: process.env.BREIN_TEST_NEO4J_URI,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? 'neo4j',
    LOG_LEVEL: 'silent',
  };

  it('imports, lists rejected rows by file and line, exits 1, and exports GraphML', async () => {
    const folder = await folderWith({ 'graph.json': jsonLines(NODES, RELATIONSHIPS) });
    const file = join(folder, 'graph.json');
    const failed = await run('npx', ['tsx', 'src/cli/import.ts', file], { env }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`rejected ${file}:9 (bad-2): label: unknown label 'Planet'`);
    expect(failed.stdout).toContain('created 6 nodes, updated 0, wrote 5 relationships; 4 rows rejected');
    const out = join(folder, 'g.graphml');
    await run('npx', ['tsx', 'src/cli/export.ts', '--format', 'graphml', '--out', out], { env });
    expect(checkGraphml(await readFile(out, 'utf8')).nodes.has('p-eve')).toBe(false);
  }, 120_000);
});
