import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { GraphExporter } from '../../src/exporting/graph-export.js';
import { JsonSink } from '../../src/exporting/json-sink.js';
import type { ImportOptions, ImportReport } from '../../src/importing/graph-import.js';
import { loadSources, locateRejections, type LocatedRejection } from '../../src/importing/sources.js';
import type { Services } from '../../src/services.js';

export interface Snapshot {
  nodes: { id: string; label: string; properties: Record<string, unknown> }[];
  relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
}

/** A fresh temporary folder holding the given files. */
export async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'brein-io-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return folder;
}

/** JSON with one element per line, so that line numbers in tests are easy to read off. */
export function jsonLines(nodes: object[], relationships: object[]): string {
  const list = (items: object[]) => items.map((item) => JSON.stringify(item)).join(',\n');
  return `{"nodes": [\n${list(nodes)}\n], "relationships": [\n${list(relationships)}\n]}\n`;
}

/** What `npm run import` does, without the process: read the files, import, locate rejections. */
export async function importPaths(
  services: Services,
  paths: string[],
  dryRun = false,
  options: ImportOptions = {},
): Promise<{ report: ImportReport; rejected: LocatedRejection[] }> {
  const source = await loadSources(paths);
  const report = await services.importer.import(source, 'test', dryRun, options);
  return { report, rejected: locateRejections(source, report) };
}

/** The whole graph as the JSON export gives it, in a stable order. */
export async function snapshot(services: Services, includePrivate = true): Promise<Snapshot> {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const exporter = new GraphExporter(services.db, services.cypher);
  await exporter.export(new JsonSink(stream, async () => {}), { includePrivate, pageSize: 3 });
  const graph = JSON.parse(text) as Snapshot;
  const key = (r: Snapshot['relationships'][number]) => `${r.type} ${r.from} ${r.to}`;
  graph.relationships.sort((a, b) => key(a).localeCompare(key(b)));
  return graph;
}

/** A snapshot without creation times, for graphs built by separate imports. */
export function withoutTimes(graph: Snapshot): Snapshot {
  return {
    nodes: graph.nodes.map((node) => {
      const properties = { ...node.properties };
      delete properties.createdAt;
      return { ...node, properties };
    }),
    relationships: graph.relationships,
  };
}
