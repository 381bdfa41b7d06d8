import { documentId, type Operation } from './operations.js';

/** The alliance (or another node the view asked for) does not exist: asking again will not help. */
export class NotFound extends Error {}
/** The service cannot answer now (unreachable, 5xx, overloaded): worth asking again later. */
export class Unavailable extends Error {}
/** The service refused the request itself (a 4xx, an unknown document): a reload may help. */
export class Refused extends Error {}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** The GET address of a persisted operation with its variables. */
export function persistedUrl(service: string, operation: Operation, variables: Record<string, unknown>): URL {
  const url = new URL('graphql', service);
  url.searchParams.set('documentId', documentId(operation));
  url.searchParams.set('variables', JSON.stringify(variables));
  return url;
}

const RETRYABLE_CODES = new Set(['UNAVAILABLE', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

/**
 * Asks one persisted operation by GET (cacheable, no preflight across origins) and sorts what can
 * go wrong into the three errors above.
 */
export async function ask<T>(
  service: string,
  operation: Operation,
  variables: Record<string, unknown>,
  fresh = false,
) {
  const url = persistedUrl(service, operation, variables);
  let response: Response;
  try {
    // Fresh: after a change was announced, the browser revalidates instead of using its copy.
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      cache: fresh ? 'no-cache' : 'default',
    });
  } catch (error) {
    throw new Unavailable(`network: ${String(error)}`);
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    throw new Unavailable(`status ${response.status}`);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new Refused(`status ${response.status}, not JSON`);
  }
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '');
  if (codes.includes('NOT_FOUND')) throw new NotFound(body.errors?.[0]?.message);
  if (codes.some((code) => RETRYABLE_CODES.has(code))) throw new Unavailable(codes.join(', '));
  if (!body.data || codes.length) throw new Refused(body.errors?.[0]?.message ?? `status ${response.status}`);
  return body.data;
}
