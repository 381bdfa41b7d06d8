import { createHash } from 'node:crypto';

/** Content-Security-Policy directives and their sources. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * Our own pages (explorer, demo page): scripts, styles, workers and requests only from this
 * service, never inside a frame. Inline elements of a page are added by hash (inlineSources).
 */
export const PAGE_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // The explorer colours badges and swatches through style attributes (custom properties); this
  // allows attributes only, never <style> elements.
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  // The force layout (graphology) starts its worker from a blob: URL that the bundle creates.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hash sources of a page's inline <script> and <style> elements, as CSP matches them. */
export function inlineSources(html: string): { scripts: string[]; styles: string[] } {
  const hashes = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => hashSource(m[1] ?? ''));
  return { scripts: hashes(INLINE_SCRIPT), styles: hashes(INLINE_STYLE) };
}

/** `policy` with the page's inline elements allowed by hash, and nothing else inline. */
export function policyForPage(html: string, policy: Policy = PAGE_POLICY): Policy {
  const { scripts, styles } = inlineSources(html);
  return {
    ...policy,
    'script-src': [...(policy['script-src'] ?? []), ...scripts],
    'style-src': [...(policy['style-src'] ?? []), ...styles],
  };
}

export function formatPolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** Headers for an HTML page of this service; not for embed.js or answers other origins read. */
export function setPageSecurityHeaders(headers: Headers, policy: string): void {
  headers.set('Content-Security-Policy', policy);
  // For browsers without frame-ancestors.
  headers.set('X-Frame-Options', 'DENY');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
}
