import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, {
  type Config,
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  Neo4jError,
  type ProfiledPlan,
} from 'neo4j-driver';
import { BadInput, Conflict, Unavailable } from '../errors.js';
import type { Logger } from '../logger.js';
import { PlannedStatements } from './planned.js';
import type { Statement } from './cypher.js';
import { toPlain } from './values.js';

export type Row = Record<string, unknown>;

/** How long reads and transactions are retried on transient errors (the driver's own limit too). */
const READ_RETRY_MS = 2_000;
/** First pause before a read is retried; it doubles with each attempt. */
const RETRY_DELAY_MS = 50;
export type Params = Record<string, unknown>;

/** Runs statements inside one managed transaction. */
export interface Tx {
  run(statement: Statement, params?: Params): Promise<Row[]>;
}

export interface PlanOperator {
  readonly operator: string;
  readonly dbHits: number;
  readonly rows: number;
  readonly depth: number;
}

export interface PlanSummary {
  readonly name: string;
  readonly operators: readonly PlanOperator[];
  readonly dbHits: number;
  readonly rows: number;
  readonly availableAfterMs: number;
  readonly consumedAfterMs: number;
}

/**
 * How the service's driver is set up (the benchmark's floor uses the same). Short timeouts: when
 * Neo4j is away, requests fail fast with UNAVAILABLE; the driver reconnects by itself when it
 * returns. Integers arrive as JavaScript numbers (this graph holds none beyond 2^53), which
 * spares decoding an Integer object for every count and every temporal field.
 */
export const DRIVER_CONFIG: Config = {
  maxConnectionPoolSize: 100,
  connectionAcquisitionTimeout: 3_000,
  connectionTimeout: 2_000,
  maxTransactionRetryTime: READ_RETRY_MS,
  disableLosslessIntegers: true,
  userAgent: 'maatschappelijk-brein',
};

/**
 * Sees every statement sent, and whether it ran alone (an auto-commit read) or inside a managed
 * transaction (the benchmark records them to replay them the same way).
 */
export type StatementObserver = (
  statement: Statement,
  params: Params,
  alone: boolean,
  mode: 'READ' | 'WRITE',
) => void;

/**
 * Causal consistency across replicas of the service: the bookmarks a request brought (a client
 * reads its own write, made through another replica) and the ones its writes left.
 */
export interface Causality {
  readonly given: readonly string[];
  last: string[];
}
export const causality = new AsyncLocalStorage<Causality>();

/** Decides when a unit of work may take a session (the per-client bulkhead of the server). */
export type Admission = <T>(work: () => Promise<T>) => Promise<T>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
  /** Connections in the driver's pool (DRIVER_CONFIG's when left out). */
  maxPoolSize?: number;
  /** How long a session waits for a connection before UNAVAILABLE (DRIVER_CONFIG's when left out). */
  acquisitionTimeoutMs?: number;
  logger: Logger;
}

/**
 * The one driver of the process and the only way to reach Neo4j. Single reads run as auto-commit
 * transactions (retried here on transient errors), reads of several statements through
 * executeRead and writes through executeWrite (both retried by the driver); every statement has
 * the database and a timeout set; results come back as plain values.
 */
export class Database {
  /** Statements sent since start (tests use it to prove batching). */
  roundTrips = 0;
  /** Write transactions committed by this process (or that may have committed). */
  writes = 0;
  /** Writes told by other replicas, or possibly missed while cut off from them (see writtenElsewhere). */
  private writesElsewhere = 0;
  /** The bookmarks of the latest write another replica told of: a read with them sees it. */
  bookmarksElsewhere: readonly string[] = [];
  /** Told after every write transaction of this process (see afterWrites). */
  private readonly writeListeners = new Set<() => void>();
  private readonly driver: Driver;
  /** Every session of the process waits for the writes of the ones before (reads its own writes). */
  private readonly bookmarks = neo4j.bookmarkManager();
  private observer: StatementObserver | undefined;
  private admission: Admission | undefined;
  /** Statements known to be planned (see read and readShaped). */
  readonly plans = new PlannedStatements((error, statement) =>
    this.options.logger.warn({ err: error, statement: statement.name }, 'planning a statement failed'),
  );

  constructor(private readonly options: DatabaseOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      ...DRIVER_CONFIG,
      maxConnectionPoolSize: options.maxPoolSize ?? DRIVER_CONFIG.maxConnectionPoolSize,
      connectionAcquisitionTimeout:
        options.acquisitionTimeoutMs ?? DRIVER_CONFIG.connectionAcquisitionTimeout,
    });
  }

  get name(): string {
    return this.options.database;
  }

  /** Sets (or with undefined removes) the observer of every statement sent. */
  observe(observer: StatementObserver | undefined): void {
    this.observer = observer;
  }

  /** Every session opened from now on waits for `admission` first (undefined: none). */
  admitWith(admission: Admission | undefined): void {
    this.admission = admission;
  }

  async verifyConnectivity(): Promise<void> {
    await this.translate(() => this.driver.verifyConnectivity({ database: this.options.database }));
  }

  /**
   * One read statement as an auto-commit transaction: one round trip (RUN and PULL) instead of
   * the two of a managed transaction (BEGIN, RUN and PULL, then COMMIT). A read is safe to repeat,
   * so transient failures are retried here as executeRead would retry them.
   */
  async read(statement: Statement, params: Params = {}): Promise<Row[]> {
    this.roundTrips += 1;
    this.observer?.(statement, params, true, 'READ');
    // Copies of a text new to Neo4j wait for the first to plan it (PlannedStatements.once);
    // waiting holds no admission slot.
    return this.plans.once(statement, () =>
      this.admission
        ? this.admission(() => this.readNow(statement, params))
        : this.readNow(statement, params),
    );
  }

  /**
   * A read rendered for a query's shape (`shaped`), or, while Neo4j has not planned that text
   * yet, `fallback`: a statement of fixed text that the caller completes to the same answer (see
   * PlannedStatements). The shaped one then runs once in the background. `shaped` in the result
   * says which of the two gave the rows.
   */
  async readShaped(
    shaped: Statement,
    fallback: () => Statement,
    params: Params = {},
    /** The statements the caller completes the fallback's rows with. */
    completing: () => readonly Statement[] = () => [],
  ): Promise<{ rows: Row[]; shaped: boolean }> {
    // Most requests are of a known shape: the fallback and what completes it are not worked out.
    if (this.plans.has(shaped)) return { rows: await this.read(shaped, params), shaped: true };
    // The planning run is the service's own work: it does not wait in, or count against, the
    // admission of the client whose request brought the new shape.
    const chosen = this.plans.choose(
      shaped,
      fallback(),
      () => {
        this.roundTrips += 1;
        return this.readNow(shaped, params);
      },
      completing(),
    );
    const rows = await this.read(chosen, params);
    const isShaped = chosen.text === shaped.text;
    if (isShaped) this.plans.remember(shaped);
    return { rows, shaped: isShaped };
  }

  private readNow(statement: Statement, params: Params): Promise<Row[]> {
    const started = Date.now();
    return this.translate(async () => {
      for (let attempt = 0; ; attempt += 1) {
        const session = this.driver.session(this.sessionConfig('READ'));
        try {
          const result = await session.run(statement.text, params, this.txConfig());
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        } catch (error) {
          const left = READ_RETRY_MS - (Date.now() - started);
          if (!isRetryableError(error) || left <= 0) throw error;
          await sleep(Math.min(RETRY_DELAY_MS * 2 ** attempt, left));
        } finally {
          await session.close();
        }
      }
    });
  }

  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', (s) => s.executeRead((tx) => work(this.wrap(tx, 'READ')), this.txConfig()));
  }

  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    // Whether the last attempt's work threw: then the driver rolled it back and nothing changed.
    let rolledBack = false;
    let committed = false;
    try {
      const result = await this.session('WRITE', (s) =>
        s.executeWrite(async (tx) => {
          rolledBack = false;
          try {
            return await work(this.wrap(tx, 'WRITE'));
          } catch (error) {
            rolledBack = true;
            throw error;
          }
        }, this.txConfig()),
      );
      committed = true;
      return result;
    } finally {
      // Also after a failed commit: it may have happened before the answer was lost. Not after a
      // failure of the work itself (a validation, a missing node): that transaction was rolled back.
      if (committed || !rolledBack) {
        this.writes += 1;
        for (const listener of this.writeListeners) listener();
      }
    }
  }

  /**
   * Calls `listener` after every write transaction of this process that committed or may have
   * (its commit's answer was lost); not after one rolled back. Returns the unsubscribe.
   */
  afterWrites(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /**
   * A version of the graph for the caches of the process (the vocabulary, kept answers, network
   * metrics): it moves with every write of this process and every write another replica tells of.
   */
  get version(): number {
    return this.writes + this.writesElsewhere;
  }

  /**
   * Another replica wrote to the graph (with the bookmarks of that write, when it told them), or
   * its messages may have been missed: the version moves (src/shared-state/graph-changes.ts).
   */
  writtenElsewhere(bookmarks: readonly string[] = []): void {
    this.writesElsewhere += 1;
    if (bookmarks.length > 0) this.bookmarksElsewhere = bookmarks;
  }

  /** The bookmarks of this process's writes so far (a read with them sees those writes). */
  async lastBookmarks(): Promise<string[]> {
    return [...(await this.bookmarks.getBookmarks())];
  }

  async write(statement: Statement, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(statement, params));
  }

  /**
   * Runs a read statement under PROFILE and returns its plan as a flat list of operators, with the
   * server-side time (without the plan when withPlan is false: PROFILE itself costs time). For the
   * query-plan checks and `npm run profile:recommend`; not for requests.
   */
  async profile(statement: Statement, params: Params = {}, withPlan = true): Promise<PlanSummary> {
    return this.session('READ', async (s) => {
      const result = await s.executeRead(
        (tx) => tx.run(withPlan ? `PROFILE ${statement.text}` : statement.text, params),
        this.txConfig(),
      );
      const operators: PlanOperator[] = [];
      const walk = (plan: ProfiledPlan, depth: number) => {
        operators.push({
          operator: plan.operatorType.split('@')[0]!,
          dbHits: plan.dbHits,
          rows: plan.rows,
          depth,
        });
        plan.children.forEach((child) => walk(child, depth + 1));
      };
      if (result.summary.profile) walk(result.summary.profile, 0);
      return {
        name: statement.name,
        operators,
        dbHits: operators.reduce((n, o) => n + o.dbHits, 0),
        rows: result.records.length,
        availableAfterMs: neo4j.integer.toNumber(result.summary.resultAvailableAfter),
        consumedAfterMs: neo4j.integer.toNumber(result.summary.resultConsumedAfter),
      };
    });
  }

  async close(): Promise<void> {
    await this.plans.close();
    await this.driver.close();
  }

  private txConfig() {
    return { timeout: this.options.transactionTimeoutMs };
  }

  private session<T>(
    mode: 'READ' | 'WRITE',
    work: (s: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    return this.admission ? this.admission(() => this.sessionNow(mode, work)) : this.sessionNow(mode, work);
  }

  private async sessionNow<T>(
    mode: 'READ' | 'WRITE',
    work: (s: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session(this.sessionConfig(mode));
    try {
      const result = await this.translate(() => work(session));
      const request = causality.getStore();
      if (mode === 'WRITE' && request) request.last = session.lastBookmarks();
      return result;
    } finally {
      await session.close();
    }
  }

  private sessionConfig(mode: 'READ' | 'WRITE') {
    const given = causality.getStore()?.given;
    return {
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(given?.length ? { bookmarks: [...given] } : {}),
    };
  }

  private wrap(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): Tx {
    return {
      run: async (statement, params = {}) => {
        this.roundTrips += 1;
        this.observer?.(statement, params, false, mode);
        const result = await tx.run(statement.text, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateError(error, this.options.logger);
    }
  }
}

/** Codes of a transaction stopped by its time limit (the service's or the server's). */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Neo4j errors become domain errors where they have a public meaning; the rest stay internal.
 * A full connection pool and a transaction over its time limit are UNAVAILABLE (503, try again),
 * never an internal error.
 */
export function translateError(error: unknown, logger: Logger): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    return new BadInput('x-brein-bookmark', 'the bookmark is not one this database gave out');
  }
  if (error.message.startsWith('Connection acquisition timed out')) {
    logger.warn({ code: error.code }, 'neo4j connection pool exhausted');
    return new Unavailable('the service is busy; try again shortly', 1);
  }
  if (TIMED_OUT.has(error.code)) {
    logger.warn({ code: error.code }, 'neo4j transaction timed out');
    return new Unavailable('the request needed more time than the service allows; try again or ask less', 2);
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const id = /property `id` = '([^']*)'/.exec(error.message)?.[1];
    return new Conflict(id ? `the id '${id}' is already taken` : 'a uniqueness rule was violated');
  }
  if (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code.startsWith('Neo.TransientError.')
  ) {
    logger.warn({ code: error.code }, 'neo4j unavailable');
    return new Unavailable();
  }
  return error;
}
