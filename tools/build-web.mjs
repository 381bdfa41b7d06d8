// Bundles the browser code into dist/web: the explorer (ESM, with sigma and graphology), the embed
// script (one small classic script) and the static pages. Usage: node tools/build-web.mjs
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'web');
const EMBED_VIEWS = ['insights', 'bottlenecks', 'practices', 'members', 'graph'];

// Must match documentIdOf in src/server/web/embed-operations.ts: the server allow-lists these ids.
async function embedDocumentIds() {
  const ids = {};
  for (const view of EMBED_VIEWS) {
    const document = await readFile(join(root, 'web', 'embed', 'operations', `${view}.graphql`), 'utf8');
    ids[view] = `sha256:${createHash('sha256').update(document).digest('hex')}`;
  }
  return ids;
}

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await rm(out, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { explorer: 'web/explorer/main.ts' },
    outdir: join(out, 'explorer'),
    format: 'esm',
    target: 'es2020',
    // No sourceMappingURL in the bundles: the server links the maps by header, outside production.
    sourcemap: 'external',
  }),
  build({
    ...common,
    entryPoints: ['web/embed/embed.ts'],
    outfile: join(out, 'embed', 'embed.js'),
    format: 'iife',
    target: 'es2022',
    define: { __EMBED_DOCUMENT_IDS__: JSON.stringify(await embedDocumentIds()) },
  }),
]);
await mkdir(join(out, 'demo'), { recursive: true });
await copyFile(join(root, 'web/explorer/index.html'), join(out, 'explorer', 'index.html'));
for (const file of ['explorer.css', 'panels.css']) {
  await copyFile(join(root, 'web/explorer', file), join(out, 'explorer', file));
}
await copyFile(join(root, 'web/embed/demo.html'), join(out, 'demo', 'embed.html'));

const embed = await readFile(join(out, 'embed', 'embed.js'));
const explorer = await readFile(join(out, 'explorer', 'explorer.js'));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
process.stdout.write(
  `dist/web built: embed.js ${kb(embed.length)} (${kb(gzipSync(embed).length)} gzipped), ` +
    `explorer.js ${kb(explorer.length)} (${kb(gzipSync(explorer).length)} gzipped)\n`,
);
