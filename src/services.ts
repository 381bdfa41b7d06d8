import { AuditTrail } from './audit/audit.js';
import { AnswerCache } from './db/answer-cache.js';
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
import { LocalRevocations, type RevocationChannel } from './auth/revocations.js';
import type { Logger } from './logger.js';
import { RedisLiveEvents } from './shared-state/live-events.js';
import { redisConnections } from './shared-state/redis.js';
import { RedisRevocations } from './shared-state/revocations.js';

/** The services of the process, built once and shared by the server and the scripts. */
export interface Services {
  readonly db: Database;
  readonly cypher: CypherLibrary;
  readonly audit: AuditTrail;
  readonly erasure: Erasure;
  readonly access: AccessControl;
  readonly authenticator: Authenticator;
  /** Where revoked credentials are announced: this process, or every replica with REDIS_URL. */
  readonly revocations: RevocationChannel;
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

/**
 * With REDIS_URL, revocations and live events go through Redis to every replica (the rate limits
 * and the operation limit take theirs in src/server/limits.ts); connections open on first use.
 */
export function createServices(
  config: Config,
  db: Database,
  cypher: CypherLibrary,
  logger: Logger,
): Services {
  const redis = config.redisUrl ? redisConnections(config.redisUrl, logger) : undefined;
  const revocations = redis ? new RedisRevocations(redis) : new LocalRevocations();
  const audit = new AuditTrail(db, cypher);
  const entities = new EntityService(
    db,
    cypher,
    { defaultPageSize: 20, maxPageSize: config.maxPageSize },
    audit,
  );
  const relationships = new RelationshipService(db, cypher, entities, audit);
  const access = new AccessControl(db, cypher);
  const erasure = new Erasure(db, cypher, audit, config.auditHashSalt, revocations);
  const authenticator = new Authenticator(config.auth, db, cypher, revocations);
  const importer = new GraphImporter(db, cypher, entities);
  const recommendations = new RecommendationService(db, cypher, new AnswerCache(db, config.answerCache));
  const answers = new AskService(db, cypher, recommendations);
  const similarity = new SimilarityService(db, cypher);
  const network = new NetworkService(db, cypher);
  const structure = new StructureService(db, cypher);
  const memberships = new MembershipService(db, cypher, access, audit);
  const live = new LiveService(db, cypher, redis ? new RedisLiveEvents(redis, logger) : undefined);
  return {
    db,
    cypher,
    audit,
    erasure,
    access,
    authenticator,
    revocations,
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
