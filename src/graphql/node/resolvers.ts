import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { NodeRow } from '../../db/rows.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const renamed = (scalar: GraphQLScalarType, name: string) =>
  new GraphQLScalarType({ ...scalar.toConfig(), name });

/**
 * DateTime as graphql-scalars checks it, but given to resolvers as ISO text in UTC rather than a
 * JS Date: Cypher parameters carry text (datetime($value)), and the driver sends a Date as an
 * empty map.
 */
function dateTimeAsText(): GraphQLScalarType {
  const config = DateTimeISOResolver.toConfig();
  const text = (value: unknown) => (value as Date).toISOString();
  return new GraphQLScalarType({
    ...config,
    name: 'DateTime',
    parseValue: (value) => text(config.parseValue!(value)),
    parseLiteral: (ast, variables) => text(config.parseLiteral!(ast, variables)),
  });
}

export const nodeResolvers: Resolvers = {
  DateTime: dateTimeAsText(),
  Date: renamed(LocalDateResolver, 'Date'),
  JSON: JSONResolver,
  Node: { __resolveType: (row: NodeRow) => row.__label },
  Query: {
    node: (_parent, { id }, ctx) => ctx.loaders.node.load(id),
  },
};
