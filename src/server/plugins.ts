import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { publicCode } from './errors.js';

/** Gives every error of a result a code of the public contract (see API.md). */
export function useContractErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = result.errors as readonly unknown[] | undefined;
      if (!errors?.length) return;
      setResult({
        ...result,
        errors: errors.map((e) => (e instanceof GraphQLError ? publicCode(e) : e)),
      } as typeof result);
    },
  };
}

/** Yoga's own log lines go to pino; expected client errors are debug, not error. */
export function yogaLogger(logger: Logger) {
  return {
    debug: (...args: unknown[]) => logger.debug({ args }, 'yoga'),
    info: (...args: unknown[]) => logger.info({ args }, 'yoga'),
    warn: (...args: unknown[]) => logger.warn({ args }, 'yoga'),
    error: (...args: unknown[]) => logger.debug({ args }, 'yoga error (already mapped)'),
  };
}
