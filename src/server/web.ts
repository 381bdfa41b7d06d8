import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { projectRoot } from '../util/project-root.js';
import { useProductionErrors } from './plugins.js';
import { loadEmbedOperations, useEmbedOperations } from './web/embed-operations.js';
import { useGraphiQLSecurityHeaders } from './web/graphiql.js';
import { useStaticAssets } from './web/static-assets.js';

/**
 * The browser-facing parts: explorer page, embed script, embed operations, GraphiQL's headers; in
 * production also what answers leave out for outside eyes (suggestions, parser details).
 */
export function webPlugins(config: Config): Plugin[] {
  const root = projectRoot();
  const production = config.env === 'production';
  return [
    useStaticAssets(join(root, 'dist', 'web'), {
      // While developing, every asset is revalidated so that a rebuild shows on the next reload.
      revalidateAlways: config.env === 'development',
      sourceMaps: !production,
      // Tests build many apps; each would compress the bundles again for nothing.
      precompress: config.env !== 'test',
    }),
    ...useEmbedOperations(loadEmbedOperations(root), '/graphql'),
    useGraphiQLSecurityHeaders('/graphql'),
    ...(production ? [useProductionErrors()] : []),
  ];
}
