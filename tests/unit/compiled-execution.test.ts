import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { useCompiledExecution } from '../../src/server/compiled.js';

const schema = createSchema({
  typeDefs: `
    type Query { hello(name: String!): String! item: Item fail: String }
    type Item { a: Int b: Int c: Int }
    type Mutation { bump: Int }`,
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name: string }) => `hallo ${name}`,
      item: () => ({ a: 1, b: 2, c: 3 }),
      fail: () => {
        throw new Error('kapot');
      },
    },
    Mutation: { bump: () => 1 },
  },
});

/** Records, per execution, whether graphql-jit ran it (its executor gives results a stringify). */
function serverWith(after: number) {
  const compiled: boolean[] = [];
  const useRecorder = (): Plugin => ({
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        compiled.push(typeof (result as { stringify?: unknown }).stringify === 'function');
      },
    }),
  });
  const yoga = createYoga({
    schema,
    logging: false,
    maskedErrors: false,
    // first, so that it sees the result as the executor gave it
    plugins: [useRecorder(), ...useCompiledExecution(after)],
  });
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://brein.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  };
  return { compiled, run };
}

const runs = async (server: ReturnType<typeof serverWith>, times: number, query: string) => {
  const answers: string[] = [];
  for (let i = 0; i < times; i++) answers.push(await server.run(query));
  return answers;
};

it('compiles a query once graphql-js has run it the given number of times', async () => {
  const server = serverWith(2);
  const answers = await runs(server, 4, '{ item { c a b } }');
  expect(server.compiled).toEqual([false, false, true, true]);
  expect(new Set(answers)).toEqual(new Set(['{"data":{"item":{"c":3,"a":1,"b":2}}}']));
});

it('compiles from the first run with 0 and never with -1', async () => {
  const eager = serverWith(0);
  await runs(eager, 2, '{ item { a } }');
  expect(eager.compiled).toEqual([true, true]);
  const never = serverWith(-1);
  await runs(never, 3, '{ item { a } }');
  expect(never.compiled).toEqual([false, false, false]);
});

it('leaves documents with fragments, and mutations, to graphql-js', async () => {
  const server = serverWith(0);
  const spread = await runs(server, 2, '{ item { c ...f } } fragment f on Item { a b }');
  const inline = await runs(server, 2, '{ item { c ... on Item { a } b } }');
  const mutation = await runs(server, 2, 'mutation { bump }');
  expect(server.compiled).toEqual([false, false, false, false, false, false]);
  expect(spread[1]).toBe('{"data":{"item":{"c":3,"a":1,"b":2}}}');
  expect(inline[1]).toBe('{"data":{"item":{"c":3,"a":1,"b":2}}}');
  expect(mutation[1]).toBe('{"data":{"bump":1}}');
});

it('gives compiled runs the errors graphql-js gives, with their locations', async () => {
  const interpreted = serverWith(-1);
  const compiled = serverWith(0);
  const cases: [string, Record<string, unknown>?][] = [
    ['{ item { a }\n  fail }'],
    ['query($n: String!) { hello(name: $n) }', {}],
    ['query($n: String!) { hello(name: $n) }', { n: 5 }],
    ['query($n: String!) { hello(name: $n) }', { n: 'Ede' }],
  ];
  for (const [query, variables] of cases) {
    const expected = await interpreted.run(query, variables);
    expect(await compiled.run(query, variables)).toBe(expected);
  }
  expect(await compiled.run('{ item { a }\n  fail }')).toContain('"locations":[{"line":2,"column":3}]');
  // the failing query and the good variables ran compiled; graphql-js stopped the bad variables
  expect(compiled.compiled).toEqual([true, false, false, true, true]);
});
