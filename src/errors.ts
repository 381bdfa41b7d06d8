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

export class Unavailable extends DomainError {
  readonly code = 'UNAVAILABLE';
  constructor(message = 'the graph database is not reachable; try again shortly') {
    super(message);
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.extensions },
  });
}
