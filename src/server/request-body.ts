import { IncomingMessage } from 'node:http';
import { createGraphQLError, type FetchAPI, type Plugin } from 'graphql-yoga';

/** yoga's default limit, kept: persisted embed operations and batches stay far below it. */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

// One non-negative integer; anything else (signs, lists of values) is a malformed request.
const CONTENT_LENGTH = /^\d+$/;

function tooLarge() {
  return createGraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });
}

/**
 * The limit on the request body, in place of yoga's maxRequestBodySize (same answers: 400 for a
 * malformed Content-Length, 413 above the limit). A declared Content-Length within the limit is
 * enough when Node's HTTP parser read the request, since it delivers exactly that many bytes;
 * yoga would pipe every body through a counting stream, which costs more than parsing it.
 * Bodies without a declared length (chunked) and requests from elsewhere (yoga.fetch) are
 * counted as they are read.
 */
export function useRequestBodyLimit(maxBytes: number = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, serverContext, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
        if (Number(declared) > maxBytes) throw tooLarge();
        if ((serverContext as { req?: unknown } | undefined)?.req instanceof IncomingMessage) return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => requestParser(countingRequest(req, maxBytes, fetchAPI)));
    },
  };
}

/** The request with a body that fails with 413 as soon as more than maxBytes arrived. */
function countingRequest(request: Request, maxBytes: number, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream needs the native TransformStream; whatwg-node's own streams take its ponyfill.
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    // Required by fetch for a streamed request body; not yet in TypeScript's RequestInit.
    duplex: 'half',
  } as RequestInit);
}
