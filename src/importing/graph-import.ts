import type { CypherLibrary, Statement } from '../db/cypher.js';
import type { Database, Row, Tx } from '../db/database.js';
import type { Label } from '../domain/labels.js';
import { RELATIONSHIPS } from '../domain/relationships.js';
import type { EntityService } from '../entities/service.js';
import { ImportPlan, type GraphData, type LabelLookup, type Rejection } from './plan.js';

export type { GraphData, NodeInput, Rejection, RelationshipInput } from './plan.js';

/** What an import wrote, or with dryRun what it would write. */
export interface ImportReport {
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly relationships: number;
  readonly rejected: readonly Rejection[];
  readonly dryRun: boolean;
  /** The nodes this import created (none on a dry run), for what is announced of them. */
  readonly created: readonly { readonly label: Label; readonly id: string }[];
}

export interface ImportOptions {
  /**
   * Rows per write transaction. Without it the whole import is one transaction (all or nothing);
   * with it every row is still checked before the first write, so a bad row never leaves a
   * partial import behind, but a lost connection can stop it between batches (importing the same
   * data again then completes it, since imports upsert).
   */
  readonly batchSize?: number;
  /** Called after each written batch with the rows written so far and the rows to write. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Runs after the writes, in the last write transaction (the audit entry of the import). */
  readonly afterWrite?: (tx: Tx, report: ImportReport) => Promise<void>;
}

/** Lookups of stored labels go in chunks, so that one read never carries a huge id list. */
const LOOKUP_CHUNK = 10_000;

type RunBatch = (statement: Statement, rows: readonly object[]) => Promise<Row[]>;

/**
 * Imports a graph given as {nodes, relationships}. Every row is validated first; rejected rows are
 * reported with their reason and the valid ones are written, by default in one transaction. Ids
 * are upserted: importing the same data twice changes nothing the second time.
 */
export class GraphImporter {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly entities: EntityService,
  ) {
    cypher.get('import/count-entities');
  }

  async isEmpty(): Promise<boolean> {
    const rows = await this.db.read(this.cypher.get('import/count-entities'));
    return Number(rows[0]?.count ?? 0) === 0;
  }

  async import(
    data: GraphData,
    actor: string | null,
    dryRun = false,
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    if (options.batchSize !== undefined) return this.importInBatches(data, actor, dryRun, options);
    const inOneTransaction = async (tx: Tx) => {
      const plan = await new ImportPlan(data).build((ids) => this.entities.labelsOf(tx, ids));
      if (dryRun) return dryRunReport(plan);
      const run: RunBatch = (statement, rows) => tx.run(statement, { rows, actor });
      const report = await this.write(plan, run, Number.POSITIVE_INFINITY, options.onProgress);
      await this.derive(tx, data);
      await options.afterWrite?.(tx, report);
      return report;
    };
    return dryRun ? this.db.readTx(inOneTransaction) : this.db.writeTx(inOneTransaction);
  }

  private async importInBatches(
    data: GraphData,
    actor: string | null,
    dryRun: boolean,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const size = options.batchSize!;
    if (!Number.isInteger(size) || size < 1) throw new Error('batchSize must be a positive integer');
    const lookup: LabelLookup = async (ids) => {
      const found = new Map<string, Label>();
      for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
        const part = await this.db.readTx((tx) => this.entities.labelsOf(tx, chunk));
        for (const [id, label] of part) found.set(id, label);
      }
      return found;
    };
    const plan = await new ImportPlan(data).build(lookup);
    if (dryRun) return dryRunReport(plan);
    const run: RunBatch = (statement, rows) => this.db.writeTx((tx) => tx.run(statement, { rows, actor }));
    const report = await this.write(plan, run, size, options.onProgress);
    await this.db.writeTx((tx) => this.derive(tx, data));
    const afterWrite = options.afterWrite;
    if (afterWrite) await this.db.writeTx((tx) => afterWrite(tx, report));
    return report;
  }

  /**
   * Bottlenecks that alliances recorded get their status from those ties (as connect does), also
   * when the import gives the bottleneck a status of its own or only the bottleneck itself.
   */
  private async derive(tx: Tx, data: GraphData): Promise<void> {
    const ids = [
      ...new Set([
        ...(data.relationships ?? []).filter((r) => r.type === 'RECORDED').map((r) => String(r.to)),
        ...(data.nodes ?? []).filter((n) => n.label === 'Bottleneck').map((n) => String(n.id)),
      ]),
    ];
    for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
      await tx.run(this.cypher.get('structure/derive-bottleneck-status'), { ids: chunk });
    }
  }

  /** Nodes first, so that relationships written afterwards find both of their ends. */
  private async write(
    plan: ImportPlan,
    run: RunBatch,
    batchSize: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportReport> {
    const total = plan.nodeCount + plan.relationshipCount;
    let done = 0;
    let created = 0;
    let relationships = 0;
    const createdNodes: { label: Label; id: string }[] = [];
    for (const [label, rows] of plan.nodes) {
      const statement = this.cypher.get('import/upsert-nodes', { Label: label });
      for (const chunk of chunks(rows, batchSize)) {
        const result = await run(statement, chunk);
        created += Number(result[0]?.created ?? 0);
        for (const id of (result[0]?.createdIds as string[] | undefined) ?? [])
          createdNodes.push({ label, id });
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
    for (const [type, rows] of plan.relationships) {
      const right = RELATIONSHIPS[type].undirected ? '' : '>';
      const statement = this.cypher.get('import/upsert-relationships', { TYPE: type, Right: right });
      for (const chunk of chunks(rows, batchSize)) {
        const result = await run(statement, chunk);
        relationships += Number(result[0]?.count ?? 0);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
    return {
      nodesCreated: created,
      nodesUpdated: plan.nodeCount - created,
      relationships,
      rejected: plan.rejected,
      dryRun: false,
      created: createdNodes,
    };
  }
}

function dryRunReport(plan: ImportPlan): ImportReport {
  return {
    nodesCreated: plan.nodeCount - plan.existingNodes,
    nodesUpdated: plan.existingNodes,
    relationships: plan.relationshipCount,
    rejected: plan.rejected,
    dryRun: true,
    created: [],
  };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  if (list.length <= size) return list.length > 0 ? [[...list]] : [];
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
