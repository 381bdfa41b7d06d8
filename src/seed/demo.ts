import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphData, ImportReport } from '../importing/graph-import.js';
import type { Services } from '../services.js';
import { projectRoot } from '../util/project-root.js';

/** Loads data/demo.json, the Dutch demo network, through the regular importer. */
export async function loadDemoData(services: Services): Promise<ImportReport> {
  const data = JSON.parse(readFileSync(join(projectRoot(), 'data', 'demo.json'), 'utf8')) as GraphData;
  return services.importer.import(data, 'seed');
}
