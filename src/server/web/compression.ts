import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

// GraphQL answers only: event streams must flush each event, and static assets are compressed
// once per file by useStaticAssets.
const COMPRESSED = /^application\/(graphql-response\+)?json\b/i;

/**
 * Compresses GraphQL JSON answers (gzip or deflate, by Accept-Encoding) with the server
 * adapter's own plugin, and decompresses compressed request bodies.
 */
export function useJsonCompression(): Plugin {
  const encoding = useContentEncoding();
  return {
    onRequest: encoding.onRequest,
    onResponse(payload) {
      const headers = payload.response.headers;
      if (!COMPRESSED.test(headers.get('content-type') ?? '') || headers.has('content-encoding')) return;
      return encoding.onResponse?.(payload);
    },
  };
}
