import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { formatPolicy, PAGE_POLICY, policyForPage, setPageSecurityHeaders } from './security-headers.js';

export const GRAPHIQL_OPTIONS: GraphiQLOptions = { title: 'Maatschappelijk Brein' };

/**
 * @graphql-yoga/render-graphiql inlines GraphiQL's script, styles and editor workers (as blob: URLs)
 * into one page of about 9 MB, so nothing is fetched from a CDN. Its one inline script is allowed
 * by hash; the editor adds <style> elements at run time, so styles need 'unsafe-inline'.
 */
const GRAPHIQL_POLICY = {
  ...PAGE_POLICY,
  'script-src': [],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'worker-src': ['blob:'],
};

interface Page {
  readonly html: string;
  readonly policy: string;
}

// By options; an app renders one set of options, so this holds one page.
const pages = new Map<string, Page>();

function pageFor(options: GraphiQLOptions | undefined): Page {
  const key = JSON.stringify(options ?? {});
  let page = pages.get(key);
  if (!page) {
    const html = renderGraphiQL(options);
    const policy = policyForPage(html, GRAPHIQL_POLICY);
    page = { html, policy: formatPolicy({ ...policy, 'style-src': GRAPHIQL_POLICY['style-src'] }) };
    pages.set(key, page);
  }
  return page;
}

/** GraphiQL with every asset inside the page; rendered once per set of options. */
export function renderLocalGraphiQL(options?: GraphiQLOptions): string {
  return pageFor(options).html;
}

/** The security headers of the GraphiQL page that yoga answers on `endpoint` to browsers. */
export function useGraphiQLSecurityHeaders(endpoint: string, options = GRAPHIQL_OPTIONS): Plugin {
  return {
    onResponse({ request, response }) {
      if (request.method !== 'GET') return;
      const { pathname } = new URL(request.url);
      if (pathname !== endpoint && pathname !== `${endpoint}/`) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      setPageSecurityHeaders(response.headers, pageFor(options).policy);
    },
  };
}
