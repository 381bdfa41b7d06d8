import { entityResolvers } from '../shared/entity.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const eventResolvers: Resolvers = entityResolvers('Event');
