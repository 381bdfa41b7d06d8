import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** The browser-facing parts: explorer page, embed script, embed operations. */
export function webPlugins(_config: Config): Plugin[] {
  return [];
}
