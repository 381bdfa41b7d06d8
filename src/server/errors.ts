import { GraphQLError } from 'graphql';
import { DomainError, toGraphQLError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * The one place where errors become public: domain errors keep their message and code, GraphQL's
 * own request errors get BAD_USER_INPUT, and everything else is masked and logged.
 */
export function maskError(logger: Logger) {
  return (error: unknown): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      const mapped = toGraphQLError(original);
      return error instanceof GraphQLError
        ? new GraphQLError(mapped.message, {
            nodes: error.nodes,
            path: error.path,
            extensions: mapped.extensions,
          })
        : mapped;
    }
    if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
      const code = error.extensions.code ?? 'BAD_USER_INPUT';
      return new GraphQLError(error.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...error.extensions, code },
      });
    }
    logger.error({ err: original }, 'unexpected error');
    return new GraphQLError('Unexpected error.', {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/** GraphQL's own request errors (parse, validation, variables) are bad input in our contract. */
export function publicCode(error: GraphQLError): GraphQLError {
  const code = error.extensions.code;
  if (typeof code === 'string' && !REQUEST_ERROR_CODES.has(code)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

// graphql-js appends its suggestions ("Did you mean …?") at the end of a message.
const SUGGESTION = ' Did you mean ';

/**
 * An error as production shows it: without the valid names graphql-js suggests (they map the
 * schema for anyone who guesses) and without the parser's own message on malformed bodies.
 */
export function withoutInternals(error: GraphQLError): GraphQLError {
  const at = error.message.lastIndexOf(SUGGESTION);
  const hasSuggestion = at >= 0 && error.message.endsWith('?');
  if (!hasSuggestion && !('originalError' in error.extensions)) return error;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { originalError, ...extensions } = error.extensions;
  return new GraphQLError(hasSuggestion ? error.message.slice(0, at) : error.message, {
    nodes: error.nodes,
    path: error.path,
    extensions,
  });
}
