import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

// GraphQL answers only: event streams must flush each event, and static assets are compressed
// once per file by useStaticAssets.
const COMPRESSED = /^application\/(graphql-response\+)?json\b/i;

/**
 * Answers shorter than this many bytes go out as they are: gzip saves a few bytes at most on them
 * (its own header and trailer are 18), and compressing costs more CPU than the rest of a small
 * request (a single item: about 1 ms against 0.8 ms for all else, measured on 2026-12-03).
 */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Compresses GraphQL JSON answers (gzip or deflate, by Accept-Encoding) with the server
 * adapter's own plugin. Request bodies are not decompressed: a small compressed body could
 * unfold past the body limit. Small answers (under COMPRESSION_THRESHOLD bytes, when their length
 * is known) are not worth it and are sent as they are. Answers with an ETag (the embed answers) stay as they are, so
 * that their validator names one representation.
 */
export function useJsonCompression(): Plugin {
  const encoding = useContentEncoding();
  return {
    onResponse(payload) {
      const headers = payload.response.headers;
      if (!COMPRESSED.test(headers.get('content-type') ?? '') || headers.has('content-encoding')) return;
      if (headers.has('etag')) return;
      const length = Number(headers.get('content-length') ?? Number.NaN);
      if (length < COMPRESSION_THRESHOLD) return;
      return encoding.onResponse?.(payload);
    },
  };
}
