import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { NodeRow } from '../../db/rows.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const renamed = (scalar: GraphQLScalarType, name: string) =>
  new GraphQLScalarType({ ...scalar.toConfig(), name });

export const nodeResolvers: Resolvers = {
  DateTime: renamed(DateTimeISOResolver, 'DateTime'),
  Date: renamed(LocalDateResolver, 'Date'),
  JSON: JSONResolver,
  Node: { __resolveType: (row: NodeRow) => row.__label },
  Query: {
    node: (_parent, { id }, ctx) => ctx.loaders.node.load(id),
  },
};
