import type { Plugin } from 'graphql-yoga';
import { causality, type Causality } from '../db/database.js';

/** The header that carries Neo4j bookmarks between a client and any replica of the service. */
export const BOOKMARK_HEADER = 'x-brein-bookmark';
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;

/** The bookmarks a request brought: at most ten well-formed ones; anything else is ignored. */
function given(request: Request): string[] {
  const header = request.headers.get(BOOKMARK_HEADER);
  if (!header) return [];
  return header
    .split(',')
    .map((b) => b.trim())
    .filter((b) => BOOKMARK.test(b))
    .slice(0, 10);
}

/**
 * Read your own writes through any replica. An answer to a request that wrote carries the
 * bookmarks of its last write in `X-Brein-Bookmark`; a later request that sends them back (to
 * this replica or another one) starts its transactions only once the database has those writes,
 * also on a cluster secondary. Within one replica every session waits for the ones before
 * (see Database).
 */
export function useCausalConsistency(): Plugin {
  const byRequest = new WeakMap<Request, Causality>();
  return {
    onExecute({ args, setExecuteFn, executeFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const store = byRequest.get(request) ?? { given: given(request), last: [] };
      byRequest.set(request, store);
      setExecuteFn((executeArgs) => causality.run(store, () => executeFn(executeArgs)));
    },
    onResponse({ request, response }) {
      const last = byRequest.get(request)?.last;
      if (last?.length) response.headers.set(BOOKMARK_HEADER, last.join(','));
    },
  };
}
