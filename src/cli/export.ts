import { readArgs, usageError } from './args.js';
import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { GraphExporter } from '../exporting/graph-export.js';
import { openSink, type ExportFormat } from '../exporting/sinks.js';

/**
 * npm run export -- --format json|csv|kumu|graphml [--out PATH] [--include-private]: writes the
 * graph. `npm run import` reads every format back; kumu writes the element and connection sheets
 * of network-mapping tools, GraphML is for Gephi-like tools. Private fields and PRIVATE people are
 * left out unless --include-private (admin use: the file then holds personal data). --out is a file (json, graphml; '-' for standard output) or a folder (csv, kumu).
 */
const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'kumu', 'graphml'];
const USAGE = `usage: npm run export -- --format json|csv|kumu|graphml [--out PATH] [--include-private]
Writes the whole graph in one of the formats npm run import reads back.
  --format F          json, csv (a file per label), kumu (element and connection sheets) or graphml
  --out PATH          a file (json, graphml; - for standard output) or a folder (csv, kumu);
                      default brein-export.json, brein-export/, brein-export-kumu/, brein-export.graphml
  --include-private   keep private fields and PRIVATE people (admin use: the file holds personal data)`;

const { values } = readArgs(USAGE, {
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    'include-private': { type: 'boolean', default: false },
  },
});
const format = values.format as ExportFormat;
if (!FORMATS.includes(format)) usageError(USAGE, `--format takes ${FORMATS.join(', ')}`);
const DEFAULT_OUT: Readonly<Record<ExportFormat, string>> = {
  json: 'brein-export.json',
  csv: 'brein-export',
  kumu: 'brein-export-kumu',
  graphml: 'brein-export.graphml',
};
const out = values.out ?? DEFAULT_OUT[format];
const includePrivate = values['include-private'];

const config = loadConfig();
const logger = createLogger(config.logLevel);
const services = connect(config, logger);
try {
  await waitForDatabase(services, logger);
  const sink = await openSink(format, out, includePrivate);
  const exporter = new GraphExporter(services.db, services.cypher);
  const summary = await exporter.export(sink, {
    includePrivate,
    // A running count only where it can be redrawn in place.
    onProgress: (nodes, relationships) => {
      if (process.stderr.isTTY)
        process.stderr.write(`\rexported ${nodes} nodes, ${relationships} relationships`);
    },
  });
  process.stderr.write(
    `${process.stderr.isTTY ? '\n' : ''}wrote ${summary.nodes} nodes and ${summary.relationships} ` +
      `relationships to ${out}${includePrivate ? ' (with private data)' : ''}` +
      (summary.skipped > 0 ? `; ${summary.skipped} relationships to nodes added meanwhile left out` : '') +
      '\n',
  );
} finally {
  await services.db.close();
}
