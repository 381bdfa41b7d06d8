import { GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { publicCode, withoutInternals } from './errors.js';

type ResultProcess = Parameters<NonNullable<Plugin['onResultProcess']>>[0];

/** Applies `map` to every error of a result, of each result of a batch. */
function mapResultErrors({ result, setResult }: ResultProcess, map: (e: GraphQLError) => GraphQLError) {
  const mapOne = (one: unknown): unknown => {
    if (!one || typeof one !== 'object' || !('errors' in one)) return one;
    const errors = one.errors as readonly unknown[] | undefined;
    if (!errors?.length) return one;
    return { ...one, errors: errors.map((e) => (e instanceof GraphQLError ? map(e) : e)) };
  };
  if (Array.isArray(result)) setResult(result.map(mapOne) as typeof result);
  else if (result && typeof result === 'object' && 'errors' in result) {
    setResult(mapOne(result) as typeof result);
  }
}

/** Gives every error of a result a code of the public contract (see API.md). */
export function useContractErrorCodes(): Plugin {
  return { onResultProcess: (payload) => mapResultErrors(payload, publicCode) };
}

/** Production answers name no valid values or fields and no parser internals (withoutInternals). */
export function useProductionErrors(): Plugin {
  return { onResultProcess: (payload) => mapResultErrors(payload, withoutInternals) };
}

/**
 * Validation results by parsed document (yoga's parser cache hands out the same document for the
 * same text). The schema and the rules of an app never change, so the document is the whole key;
 * yoga's own validation cache (switched off in createApp) builds a key from the names of all rules
 * on every request.
 */
export function useValidationCache(): Plugin {
  const results = new WeakMap<DocumentNode, readonly Error[]>();
  return {
    onValidate({ params: { documentAST }, setResult }) {
      const cached = results.get(documentAST);
      if (cached) {
        setResult(cached);
        return;
      }
      return ({ result }) => {
        results.set(documentAST, result);
      };
    },
  };
}

/**
 * Answers `endpoint` with 200 when `isReady` says so and 503 otherwise. yoga's useReadinessCheck
 * matches every other request against a URLPattern as well; an exact path is all we serve.
 */
export function useReadiness(endpoint: string, isReady: () => Promise<boolean>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      return isReady().then(
        (ready) => endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
        () => endResponse(new fetchAPI.Response(null, { status: 503 })),
      );
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

/** `GET /schema.graphql`: the SDL of the public schema, for code generators and reviewers. */
export function useSchemaDocument(schema: GraphQLSchema, path = '/schema.graphql'): Plugin {
  const sdl = printSchema(schema);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path || request.method !== 'GET') return;
      endResponse(
        new fetchAPI.Response(sdl, {
          status: 200,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=300' },
        }),
      );
    },
  };
}
