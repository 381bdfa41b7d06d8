import { GraphQLError } from 'graphql';

/** Domain errors: services throw these; toGraphQLError gives each its public code. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly extensions: Record<string, unknown> = {};
}

export class BadInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.extensions.field = field;
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} '${id}' does not exist`);
    this.extensions.id = id;
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** HTTP 503 with Retry-After: the client may simply try again a little later. */
export class Unavailable extends DomainError {
  readonly code = 'UNAVAILABLE';
  constructor(message = 'the graph database is not reachable; try again shortly', retryAfterSeconds = 2) {
    super(message);
    this.extensions.retryAfter = retryAfterSeconds;
    this.extensions.http = { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } };
  }
}

/** HTTP 429 with Retry-After: the client asks more, or more at once, than its share. */
export class RateLimited extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.extensions.retryAfter = retryAfterSeconds;
    this.extensions.http = { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } };
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.extensions },
  });
}
