import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema } from 'graphql-yoga';
import type { GraphQLContext } from './context.js';
import { buildResolvers } from './resolvers.js';

/** The executable schema: the SDL files of schema/ with the resolvers of src/graphql/. */
export function buildSchema(root: string) {
  const dir = join(root, 'schema');
  const typeDefs = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return createSchema<GraphQLContext>({ typeDefs, resolvers: buildResolvers() as never });
}
