import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { cacheableResponse, makePublic } from './http-cache.js';
import { formatPolicy, policyForPage, setPageSecurityHeaders } from './security-headers.js';

interface Asset {
  /** Path inside dist/web. */
  readonly file: string;
  readonly cacheControl: string;
  /** Loaded by pages of other origins (the embed script). */
  readonly public: boolean;
}

const PAGE = 'no-cache';
// Short enough that a new embed.js (with new operation ids) reaches alliance pages within minutes.
const EMBED_SCRIPT = 'public, max-age=300';

const FIXED_ROUTES: Record<string, Asset> = {
  '/explorer': { file: 'explorer/index.html', cacheControl: PAGE, public: false },
  '/explorer/': { file: 'explorer/index.html', cacheControl: PAGE, public: false },
  '/embed.js': { file: 'embed/embed.js', cacheControl: EMBED_SCRIPT, public: true },
  '/demo/embed.html': { file: 'demo/embed.html', cacheControl: PAGE, public: false },
};

// One file name, no folders and no dot segments: nothing outside dist/web/explorer is reachable.
const EXPLORER_ASSET = /^\/explorer\/([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const NOT_BUILT =
  'De webbestanden zijn nog niet gebouwd. Voer `npm run build:web` uit en herlaad deze pagina.\n' +
  'The web assets are not built yet: run `npm run build:web` and reload.\n';

export interface StaticAssetOptions {
  /** Every asset is revalidated on each use, so that a rebuild shows on the next reload. */
  readonly revalidateAlways?: boolean;
  /** Serve the explorer's source maps and point its scripts to them (not in production). */
  readonly sourceMaps?: boolean;
  /**
   * Compress every asset in both encodings right away, in the background, so that the first
   * visitor after a start does not wait for it (brotli at its best takes most of a second on the
   * explorer's bundle).
   */
  readonly precompress?: boolean;
}

function routeOf(pathname: string, sourceMaps: boolean): Asset | undefined {
  const fixed = FIXED_ROUTES[pathname];
  if (fixed) return fixed;
  const name = EXPLORER_ASSET.exec(pathname)?.[1];
  if (!name || (!sourceMaps && name.endsWith('.map'))) return undefined;
  return { file: `explorer/${name}`, cacheControl: PAGE, public: false };
}

type Encoding = 'br' | 'gzip';

/** Text assets worth compressing; images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.map', '.json', '.svg']);
const MIN_COMPRESSED_BYTES = 1024;

/** br when the browser takes it (smallest), else gzip; none when it accepts neither. */
export function chosenEncoding(acceptEncoding: string | null): Encoding | null {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return null;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const ENCODINGS: readonly Encoding[] = ['br', 'gzip'];

/** On libuv's thread pool: the event loop keeps answering requests meanwhile. */
async function compress(body: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  const out =
    encoding === 'br'
      ? await brotliAsync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
      : await gzipAsync(body, { level: 9 });
  return new Uint8Array(out);
}

const compressible = (file: string, body: Uint8Array) =>
  COMPRESSIBLE.has(extname(file)) && body.length >= MIN_COMPRESSED_BYTES;

/** Compressed once per file version and encoding; requests at the same time share the work. */
function encodedOf(loaded: Loaded, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  let encoded = loaded.encoded.get(encoding);
  if (!encoded) {
    encoded = compress(loaded.body, encoding);
    loaded.encoded.set(encoding, encoded);
    // Not kept when it failed: the next request tries again.
    encoded.catch(() => loaded.encoded.delete(encoding));
  }
  return encoded;
}

interface Loaded {
  readonly mtimeMs: number;
  readonly body: Uint8Array<ArrayBuffer>;
  readonly encoded: Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>;
  /** Content-Security-Policy of an HTML page, with its inline elements allowed by hash. */
  readonly policy: string | undefined;
}

/**
 * Serves the built explorer, embed script and demo page from dist/web. Files are re-read when they
 * change on disk, so `npm run build:web` takes effect without a restart.
 */
export function useStaticAssets(
  webRoot: string,
  options: StaticAssetOptions = {},
): Plugin & { readonly prepared: Promise<void> } {
  const cache = new Map<string, { mtimeMs: number; loaded: Promise<Loaded | null> }>();
  const sourceMaps = options.sourceMaps ?? false;

  async function load(file: string): Promise<Loaded | null> {
    const path = join(webRoot, file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached.loaded;
    // Kept while it is read, so that requests at the same time share one copy and its compression.
    const loaded = readFile(path).then(
      (bytes): Loaded => {
        const body = new Uint8Array(bytes);
        const html = extname(file) === '.html';
        const policy = html ? formatPolicy(policyForPage(new TextDecoder().decode(body))) : undefined;
        return { mtimeMs: info.mtimeMs, body, policy, encoded: new Map() };
      },
      () => {
        cache.delete(path);
        return null;
      },
    );
    cache.set(path, { mtimeMs: info.mtimeMs, loaded });
    return loaded;
  }

  async function serve(asset: Asset, request: Request, fetchAPI: FetchAPI): Promise<Response> {
    const text = (status: number, message: string) =>
      new fetchAPI.Response(message, {
        status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    if (!existsSync(webRoot)) return text(503, NOT_BUILT);
    const loaded = await load(asset.file);
    if (!loaded) return text(404, 'Niet gevonden / not found\n');
    const headers = new fetchAPI.Headers({
      'Content-Type': CONTENT_TYPES[extname(asset.file)] ?? 'application/octet-stream',
      'Cache-Control': options.revalidateAlways ? PAGE : asset.cacheControl,
      'X-Content-Type-Options': 'nosniff',
    });
    if (loaded.policy) setPageSecurityHeaders(headers, loaded.policy);
    // The bundles carry no sourceMappingURL (tools/build-web.mjs): only this header links the map.
    if (sourceMaps && asset.file.startsWith('explorer/') && extname(asset.file) === '.js') {
      headers.set('SourceMap', `${asset.file.slice('explorer/'.length)}.map`);
    }
    let body = loaded.body;
    if (compressible(asset.file, body)) {
      headers.set('Vary', 'Accept-Encoding');
      const encoding = chosenEncoding(request.headers.get('accept-encoding'));
      if (encoding) {
        // Should compressing ever fail, the file goes as it is.
        const encoded = await encodedOf(loaded, encoding).catch(() => null);
        if (encoded) {
          body = encoded;
          headers.set('Content-Encoding', encoding);
        }
      }
    }
    // The ETag is of the bytes sent, so each encoding has its own.
    return cacheableResponse(fetchAPI, request, body, 200, headers);
  }

  /** Every file a route leads to, loaded and compressed in both encodings. */
  async function precompress(): Promise<void> {
    const explorer = await readdir(join(webRoot, 'explorer')).catch(() => [] as string[]);
    const files = new Set([
      ...Object.values(FIXED_ROUTES).map((asset) => asset.file),
      ...explorer.flatMap((name) => routeOf(`/explorer/${name}`, sourceMaps)?.file ?? []),
    ]);
    // Not source maps (developing only, and the biggest files by far): on first use, as before.
    for (const file of [...files].filter((name) => extname(name) !== '.map')) {
      // A file missing or unreadable (not built, or a rebuild under way) is done on first use.
      const loaded = await load(file);
      if (!loaded || !compressible(file, loaded.body)) continue;
      for (const encoding of ENCODINGS) await encodedOf(loaded, encoding).catch(() => undefined);
    }
  }
  // Never left unhandled: whatever fails here is simply done on first use.
  const prepared = options.precompress ? precompress().catch(() => undefined) : Promise.resolve();

  return {
    prepared,
    // Not async: GraphQL requests pass through without waiting for a promise.
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const asset = routeOf(url.pathname, sourceMaps);
      if (!asset) return;
      return serve(asset, request, fetchAPI).then(endResponse);
    },
    onResponse({ request, response }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (routeOf(new URL(request.url).pathname, sourceMaps)?.public) makePublic(response.headers);
    },
  };
}
