import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { CsvSink } from './csv-sink.js';
import { endStream, type GraphSink } from './graph-export.js';
import { GraphmlSink } from './graphml-sink.js';
import { JsonSink } from './json-sink.js';
import { KumuSink } from './kumu-sink.js';

export type ExportFormat = 'json' | 'csv' | 'kumu' | 'graphml';

/**
 * The sink for a format: a file for JSON and GraphML ('-' is standard output), a folder for CSV
 * and for Kumu-style sheets.
 * Files are written under a temporary name and renamed when complete, so a failed export never
 * leaves a truncated file that looks finished.
 */
export async function openSink(
  format: ExportFormat,
  out: string,
  includePrivate: boolean,
): Promise<GraphSink> {
  if (format === 'csv') return CsvSink.create(out, includePrivate);
  if (format === 'kumu') return KumuSink.create(out, includePrivate);
  const toStdout = out === '-';
  const partial = `${out}.partial`;
  const stream = toStdout ? process.stdout : createWriteStream(partial);
  // Standard output stays open for whoever else writes to it.
  const finish = toStdout ? async () => {} : () => endStream(stream).then(() => rename(partial, out));
  return format === 'json' ? new JsonSink(stream, finish) : new GraphmlSink(stream, includePrivate, finish);
}
