import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

// GraphQL answers only: event streams must flush each event, and static assets are compressed
// once per file by useStaticAssets.
const COMPRESSED = /^application\/(graphql-response\+)?json\b/i;

/**
 * Compresses GraphQL JSON answers (gzip or deflate, by Accept-Encoding) with the server
 * adapter's own plugin. Request bodies are not decompressed: a small compressed body could
 * unfold past the body limit. Answers with an ETag (the embed answers) stay as they are, so
 * that their validator names one representation.
 */
export function useJsonCompression(): Plugin {
  const encoding = useContentEncoding();
  return {
    onResponse(payload) {
      const headers = payload.response.headers;
      if (!COMPRESSED.test(headers.get('content-type') ?? '') || headers.has('content-encoding')) return;
      if (headers.has('etag')) return;
      return encoding.onResponse?.(payload);
    },
  };
}
