import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';

/** Network metrics over a projection of the graph. */
export class NetworkService {
  constructor(
    readonly db: Database,
    readonly cypher: CypherLibrary,
  ) {}
}
