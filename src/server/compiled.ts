import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs a document compiled to JavaScript by graphql-jit once graphql-js has run it `after` times
 * (0: from the first run; negative: never). A compiled document skips the interpreter's walk over
 * the query for every field and value; compiling costs more than one interpreted run, so a
 * document must first show that it comes back. Compiled documents are kept by document, which
 * yoga's parser cache hands out the same for the same text. Must come before plugins that wrap
 * execution (useRequestTimeout), so that they wrap the compiled run.
 *
 * A compiled run answers as graphql-js would, so only documents where graphql-jit does are
 * compiled, and what it does differently is mended:
 * - only queries: mutations stay with graphql-js;
 * - only documents without fragments: graphql-jit puts the fields of a fragment after the others,
 *   where graphql-js (and the GraphQL spec) keep them in the order of the query;
 * - graphql-js checks the variables first, so that bad variables get its errors (graphql-jit's
 *   name only the innermost field and give no location);
 * - errors get their field nodes back (graphql-jit's carry locations only, which yoga drops when
 *   it writes the response), and `errors` comes before `data` again.
 */
export function useCompiledExecution(after: number): Plugin[] {
  if (after < 0) return [];
  const runs = new WeakMap<DocumentNode, number>();
  const compilable = new WeakMap<DocumentNode, boolean>();
  const mayCompile = (document: DocumentNode) => {
    let known = compilable.get(document);
    if (known === undefined) compilable.set(document, (known = isPlainQuery(document)));
    return known;
  };
  const compiled = (document: DocumentNode) => mayCompile(document) && (runs.get(document) ?? 0) >= after;

  const graphqlJsAround: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      if (!compiled(args.document)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const { errors } = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        args.variableValues ?? {},
      );
      if (errors) {
        setResultAndStopExecution({ errors });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isAsyncIterable(result) && result.errors?.length) setResult(located(args.document, result));
        },
      };
    },
  };
  const jit = useGraphQlJit(
    {},
    {
      enableIf: ({ document }) => {
        if (compiled(document)) return true;
        if (mayCompile(document)) runs.set(document, (runs.get(document) ?? 0) + 1);
        return false;
      },
    },
  );
  return [graphqlJsAround, jit as Plugin];
}

/** Only query operations, and no fragment spread, inline fragment or fragment definition. */
function isPlainQuery(document: DocumentNode): boolean {
  let plain = true;
  visit(document, {
    OperationDefinition(node) {
      if (node.operation !== 'query') plain = false;
    },
    FragmentSpread() {
      plain = false;
    },
    InlineFragment() {
      plain = false;
    },
    FragmentDefinition() {
      plain = false;
    },
  });
  return plain;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** The result with errors at their field nodes, found by the locations graphql-jit gave them. */
function located(document: DocumentNode, result: ExecutionResult): ExecutionResult {
  const fields = new Map<string, FieldNode>();
  visit(document, {
    [Kind.FIELD](node: FieldNode) {
      if (node.loc) fields.set(`${node.loc.startToken.line}:${node.loc.startToken.column}`, node);
    },
  });
  const errors = (result.errors ?? []).map((error) => {
    if (error.nodes || !error.locations) return error;
    const nodes = error.locations.flatMap(({ line, column }) => fields.get(`${line}:${column}`) ?? []);
    return new GraphQLError(error.message, {
      nodes,
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions as GraphQLError['extensions'] | undefined,
    });
  });
  return result.extensions
    ? { errors, data: result.data, extensions: result.extensions }
    : { errors, data: result.data };
}
