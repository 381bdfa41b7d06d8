import { AuditTrail } from './audit/audit.js';
import { Erasure } from './audit/erasure.js';
import { AccessControl } from './auth/access.js';
import { Authenticator } from './auth/authenticate.js';
import type { Config } from './config.js';
import type { CypherLibrary } from './db/cypher.js';
import type { Database } from './db/database.js';
import { EntityService } from './entities/service.js';
import { GraphImporter } from './importing/graph-import.js';
import { AskService } from './recommend/ask.js';
import { RecommendationService } from './recommend/service.js';
import { NetworkService } from './network/service.js';
import { SimilarityService } from './recommend/similarity.js';
import { RelationshipService } from './relationships/service.js';
import { StructureService } from './structure/service.js';
import { MembershipService } from './membership/service.js';
import { LiveService } from './live/service.js';

/** The services of the process, built once and shared by the server and the scripts. */
export interface Services {
  readonly db: Database;
  readonly cypher: CypherLibrary;
  readonly audit: AuditTrail;
  readonly erasure: Erasure;
  readonly access: AccessControl;
  readonly authenticator: Authenticator;
  readonly entities: EntityService;
  readonly relationships: RelationshipService;
  readonly importer: GraphImporter;
  readonly recommendations: RecommendationService;
  readonly answers: AskService;
  readonly similarity: SimilarityService;
  readonly network: NetworkService;
  readonly structure: StructureService;
  readonly memberships: MembershipService;
  readonly live: LiveService;
}

export function createServices(config: Config, db: Database, cypher: CypherLibrary): Services {
  const audit = new AuditTrail(db, cypher);
  const entities = new EntityService(
    db,
    cypher,
    { defaultPageSize: 20, maxPageSize: config.maxPageSize },
    audit,
  );
  const relationships = new RelationshipService(db, cypher, entities, audit);
  const access = new AccessControl(db, cypher);
  const erasure = new Erasure(db, cypher, audit, config.auditHashSalt);
  const authenticator = new Authenticator(config.auth, db, cypher);
  const importer = new GraphImporter(db, cypher, entities);
  const recommendations = new RecommendationService(db, cypher);
  const answers = new AskService(db, cypher, recommendations);
  const similarity = new SimilarityService(db, cypher);
  const network = new NetworkService(db, cypher);
  const structure = new StructureService(db, cypher);
  const memberships = new MembershipService(db, cypher, access, audit);
  const live = new LiveService(db, cypher);
  return {
    db,
    cypher,
    audit,
    erasure,
    access,
    authenticator,
    entities,
    relationships,
    importer,
    recommendations,
    answers,
    similarity,
    network,
    structure,
    memberships,
    live,
  };
}
