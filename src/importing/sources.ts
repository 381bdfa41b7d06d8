import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Label } from '../domain/labels.js';
import {
  emptyMapped,
  mapNodeTable,
  mapRelationshipTable,
  merge,
  parseCsv,
  type CsvTable,
  type Mapped,
  type RowOrigin,
  type SourceRejection,
} from './csv.js';
import { labelOfFileName } from './csv-format.js';
import type { ImportReport } from './graph-import.js';
import { fromGraphml } from './graphml.js';
import { elementColumns, mapConnectionTable, mapElementTable, type ConnectionContext } from './kumu.js';
import type { NodeInput, RelationshipInput } from './plan.js';

/** Input files turned into one importer input, with where every row came from. */
export interface LoadedSource {
  readonly nodes: NodeInput[];
  readonly relationships: RelationshipInput[];
  readonly origins: { readonly nodes: RowOrigin[]; readonly relationships: RowOrigin[] };
  /** Rows that never reached the importer (unreadable, or with no counterpart in our model). */
  readonly rejected: SourceRejection[];
  readonly warnings: string[];
}

export interface LocatedRejection extends SourceRejection {
  readonly id: string | null;
}

export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

const IMPORTABLE = /\.(csv|json|graphml)$/i;

/** Reads files and folders (their .json, .csv and .graphml files) into one import. */
export async function loadSources(paths: readonly string[]): Promise<LoadedSource> {
  const files: SourceFile[] = [];
  for (const path of paths) {
    const names = (await stat(path)).isDirectory()
      ? (await readdir(path))
          .filter((n) => IMPORTABLE.test(n))
          .sort()
          .map((n) => join(path, n))
      : [path];
    for (const name of names) {
      if (!IMPORTABLE.test(name)) {
        throw new Error(`${name}: only .json, .csv and .graphml files can be imported`);
      }
      files.push({ name, text: await readFile(name, 'utf8') });
    }
  }
  return fromFiles(files);
}

/**
 * The same without the disk: JSON files as they are, GraphML by its keys, CSV files by what their
 * header says.
 */
export function fromFiles(files: readonly SourceFile[]): LoadedSource {
  const mapped = emptyMapped();
  const tables: CsvTable[] = [];
  for (const file of files) {
    const extension = extname(file.name).toLowerCase();
    if (extension === '.json') {
      merge(mapped, fromJson(file));
    } else if (extension === '.graphml') {
      merge(mapped, fromGraphml(file));
    } else {
      const { table, rejected } = parseCsv(file.text, file.name);
      mapped.rejected.push(...rejected);
      if (table.columns.length > 0) tables.push(table);
    }
  }
  merge(mapped, fromTables(tables, mapped));
  return {
    nodes: mapped.nodes.map((n) => n.value),
    relationships: mapped.relationships.map((r) => r.value),
    origins: {
      nodes: mapped.nodes.map((n) => n.origin),
      relationships: mapped.relationships.map((r) => r.origin),
    },
    rejected: mapped.rejected,
    warnings: mapped.warnings,
  };
}

/**
 * Node files first, so that connection sheets can refer to elements by name and a missing
 * connection type can be read off the labels at both ends.
 */
function fromTables(tables: readonly CsvTable[], earlier: Mapped): Mapped {
  const out = emptyMapped();
  const edgeTables: CsvTable[] = [];
  for (const table of tables) {
    const base = basename(table.file).replace(/\.csv$/i, '');
    const label = labelOfFileName(base);
    if (table.columns.includes('from') && table.columns.includes('to')) edgeTables.push(table);
    else if (label) merge(out, mapNodeTable(table, label));
    else if (elementColumns(table.columns)) merge(out, mapElementTable(table));
    else {
      const reason =
        'cannot tell what this file holds: name it after a label (Professional.csv), give it a Type ' +
        'column (an element sheet) or From and To columns (relationships)';
      out.rejected.push({ file: table.file, line: 1, reason });
    }
  }
  const context = connectionContext([...earlier.nodes, ...out.nodes].map((n) => n.value));
  for (const table of edgeTables) {
    // The project's own layout writes type,from,to in lower case; other tools capitalise them.
    const own = ['type', 'from', 'to'].every((c) => table.header.includes(c));
    merge(out, own ? mapRelationshipTable(table) : mapConnectionTable(table, context));
  }
  return out;
}

function connectionContext(nodes: readonly NodeInput[]): ConnectionContext {
  const labels = new Map<string, Label>();
  const byName = new Map<string, string | 'ambiguous'>();
  for (const node of nodes) {
    if (typeof node.id !== 'string') continue;
    labels.set(node.id, node.label as Label);
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    const name = properties.name ?? properties.title ?? properties.text;
    if (typeof name !== 'string') continue;
    const key = name.trim().toLowerCase();
    byName.set(key, byName.has(key) && byName.get(key) !== node.id ? 'ambiguous' : node.id);
  }
  return {
    idOf: (cell) => (labels.has(cell) ? cell : byName.get(cell.trim().toLowerCase())),
    labelOf: (id) => labels.get(id),
  };
}

function fromJson(file: SourceFile): Mapped {
  const out = emptyMapped();
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    out.rejected.push({
      file: file.name,
      line: null,
      reason: `unreadable JSON: ${(error as Error).message}`,
    });
    return out;
  }
  const { nodes, relationships } = (data ?? {}) as { nodes?: unknown; relationships?: unknown };
  const badNodes = nodes !== undefined && !Array.isArray(nodes);
  if (
    typeof data !== 'object' ||
    Array.isArray(data) ||
    badNodes ||
    (relationships !== undefined && !Array.isArray(relationships))
  ) {
    out.rejected.push({
      file: file.name,
      line: 1,
      reason: 'JSON must be {"nodes": [...], "relationships": [...]}',
    });
    return out;
  }
  const lines = elementLines(file.text);
  ((nodes ?? []) as NodeInput[]).forEach((value, i) =>
    out.nodes.push({ value: value ?? {}, origin: { file: file.name, line: lines.nodes[i] ?? null } }),
  );
  ((relationships ?? []) as RelationshipInput[]).forEach((value, i) =>
    out.relationships.push({
      value: value ?? {},
      origin: { file: file.name, line: lines.relationships[i] ?? null },
    }),
  );
  return out;
}

/** The line each element of the top-level "nodes" and "relationships" arrays starts on. */
export function elementLines(text: string): { nodes: number[]; relationships: number[] } {
  const found = { nodes: [] as number[], relationships: [] as number[] };
  let line = 1;
  let depth = 0;
  let key = '';
  let lastString = '';
  let array: 'nodes' | 'relationships' | null = null;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line += 1;
    if (/\s/.test(c)) continue;
    if (depth === 2 && array && expectElement && c !== ']') found[array].push(line);
    expectElement = false;
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      lastString = text.slice(i + 1, end);
      i = end;
    } else if (c === ':' && depth === 1) {
      key = lastString;
    } else if (c === '{' || c === '[') {
      depth += 1;
      if (depth === 2) {
        array = c === '[' && (key === 'nodes' || key === 'relationships') ? key : null;
        expectElement = array !== null;
      }
    } else if (c === '}' || c === ']') {
      depth -= 1;
    } else if (c === ',' && depth === 2) {
      expectElement = true;
    }
  }
  return found;
}

/** Every rejected row, from reading the files or from the importer, with its file and line. */
export function locateRejections(source: LoadedSource, report: ImportReport): LocatedRejection[] {
  const fromImporter = report.rejected.map((r) => {
    const origin = (r.kind === 'node' ? source.origins.nodes : source.origins.relationships)[r.index];
    return { file: origin?.file ?? '?', line: origin?.line ?? null, id: r.id, reason: r.reason };
  });
  return [...source.rejected.map((r) => ({ ...r, id: null })), ...fromImporter].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
