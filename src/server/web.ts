import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { projectRoot } from '../util/project-root.js';
import { loadEmbedOperations, useEmbedOperations } from './web/embed-operations.js';
import { useStaticAssets } from './web/static-assets.js';

/** The browser-facing parts: explorer page, embed script, embed operations. */
export function webPlugins(config: Config): Plugin[] {
  const root = projectRoot();
  return [
    // While developing, every asset is revalidated so that a rebuild shows on the next reload.
    useStaticAssets(join(root, 'dist', 'web'), { revalidateAlways: config.env === 'development' }),
    ...useEmbedOperations(loadEmbedOperations(root), '/graphql'),
  ];
}
