import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultExtractPersistedOperationId,
  usePersistedOperations,
} from '@graphql-yoga/plugin-persisted-operations';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { cacheableResponse, copyHeaders, makePublic } from './http-cache.js';

/** The views of `<brein-alliance view="...">`, one allow-listed operation each, named like the view. */
export const EMBED_VIEWS = [
  'insights',
  'bottlenecks',
  'practices',
  'members',
  'graph',
  'questions',
  'similar-alliances',
  'help',
] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/**
 * Operations a view asks once per item of its first answer, where no single field reaches:
 * the suggested answers to each open question, who can help with each open bottleneck.
 */
export const EMBED_PARTS = ['question-answers', 'bottleneck-help', 'alliance-changed'] as const;
export type EmbedPart = (typeof EMBED_PARTS)[number];

// Short, so that a change to an alliance shows on its pages within a minute.
const PUBLIC_READ = 'public, max-age=30';

export interface EmbedOperation {
  readonly name: EmbedView | EmbedPart;
  readonly id: string;
  readonly document: string;
}

/**
 * The id of a persisted document. embed.js computes the same from the same bytes (web/embed/
 * operations.ts), so ids change (and caches turn over) whenever a document changes.
 */
export function documentIdOf(document: string): string {
  return `sha256:${createHash('sha256').update(document).digest('hex')}`;
}

/** Reads web/embed/operations/<name>.graphql once at start; a missing file fails fast. */
export function loadEmbedOperations(root: string): Map<string, EmbedOperation> {
  const operations = new Map<string, EmbedOperation>();
  for (const name of [...EMBED_VIEWS, ...EMBED_PARTS]) {
    const document = readFileSync(join(root, 'web', 'embed', 'operations', `${name}.graphql`), 'utf8');
    const id = documentIdOf(document);
    operations.set(id, { name, id, document });
  }
  return operations;
}

function requestError(message: string) {
  return {
    message,
    extensions: { code: 'BAD_USER_INPUT', field: 'documentId', http: { spec: true, status: 400 } },
  };
}

function persistedIdOf(request: Request): string | null {
  if (request.method !== 'GET') return null;
  return new URL(request.url).searchParams.get('documentId');
}

/**
 * Persisted embed operations by `documentId` (GraphQL over HTTP), beside ordinary queries. Their
 * GET answers are public and cacheable: a strong ETag of the body, 304 for If-None-Match, any origin.
 */
export function useEmbedOperations(operations: Map<string, EmbedOperation>, graphqlPath: string): Plugin[] {
  return [
    usePersistedOperations({
      allowArbitraryOperations: true,
      extractPersistedOperationId: (params, request, context) => {
        const fromBody = (params as { documentId?: unknown }).documentId;
        return (
          new URL(request.url).searchParams.get('documentId') ??
          (typeof fromBody === 'string' ? fromBody : null) ??
          defaultExtractPersistedOperationId(params, request, context)
        );
      },
      getPersistedOperation: (id) => operations.get(id)?.document ?? null,
      // In the words of our contract (API.md): bad input, naming the parameter.
      customErrors: {
        notFound: requestError('Unknown documentId: only the embed operations are persisted.'),
        keyNotFound: requestError('Must provide a query or a documentId.'),
      },
    }),
    {
      // Not async: other responses pass through without waiting for a promise.
      onResponse({ request, response, fetchAPI, setResponse }) {
        const id = persistedIdOf(request);
        if (!id || !operations.has(id) || new URL(request.url).pathname !== graphqlPath) return;
        if (!(response.headers.get('content-type') ?? '').includes('json')) return;
        return publicAnswer(request, response, fetchAPI).then(setResponse);
      },
    },
  ];
}

/** The answer to an embed operation, cacheable by anyone when it succeeded. */
async function publicAnswer(request: Request, response: Response, fetchAPI: FetchAPI): Promise<Response> {
  const body = await response.text();
  const headers = copyHeaders(fetchAPI, response.headers);
  makePublic(headers);
  // yoga chooses the media type by Accept, so a shared cache must key on it.
  headers.set('Vary', 'Accept');
  const failed = response.status !== 200 || (JSON.parse(body) as { errors?: unknown }).errors;
  if (failed) {
    headers.set('Cache-Control', 'no-store');
    return new fetchAPI.Response(body, { status: response.status, headers });
  }
  headers.set('Cache-Control', PUBLIC_READ);
  return cacheableResponse(fetchAPI, request, body, 200, headers);
}
