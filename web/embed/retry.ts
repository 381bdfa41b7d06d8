/** The first wait after a failed load; each next wait doubles, up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 1_000;
/** Once a minute at most: a page left open while the service is down stays cheap. */
export const RETRY_MAX_MS = 60_000;

/**
 * The wait before retry number `attempt` (0 for the first): exponential, capped, with up to a
 * fifth less at random, so that the widgets of many open pages do not all return at once.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(attempt, 16));
  return Math.round(base * (1 - 0.2 * random()));
}
