import { createHash } from 'node:crypto';

/** Public, credential-free reads: any page may fetch them, and shared caches may keep them. */
export function makePublic(headers: Headers): void {
  headers.set('Access-Control-Allow-Origin', '*');
  // yoga's default CORS reflects the origin with credentials, which would split caches per origin.
  headers.delete('Access-Control-Allow-Credentials');
  headers.delete('Vary');
}

/**
 * A detached copy. whatwg-node's Headers built from another Headers keeps reading the original, so
 * deletes do not stick; copying entry by entry gives an independent object.
 */
export function copyHeaders(fetchAPI: { Headers: typeof Headers }, source: Headers): Headers {
  const copy = new fetchAPI.Headers();
  source.forEach((value, name) => copy.set(name, value));
  return copy;
}

/** A strong validator: the same bytes give the same tag on every instance of the service. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110), so a proxy's W/ prefix still matches. */
export function isNotModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The answer to a cacheable GET: 304 when the client already holds these bytes, otherwise the body
 * with its validator. `headers` carries the type, caching and CORS headers to send either way.
 */
export function cacheableResponse(
  fetchAPI: { Response: typeof Response },
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  status: number,
  headers: Headers,
): Response {
  const etag = strongEtag(body);
  headers.set('ETag', etag);
  if (isNotModified(request, etag)) {
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    return new fetchAPI.Response(null, { status: 304, headers });
  }
  headers.delete('Content-Length');
  return new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status, headers });
}
