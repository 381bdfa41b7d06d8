import neo4j, { type Driver } from 'neo4j-driver';
import type { Params } from '../db/database.js';
import type { Services } from '../services.js';
import { post, type HttpTarget } from './targets.js';

/** A statement our resolvers sent, with its parameters, as the driver received them. */
export interface RecordedStatement {
  readonly name: string;
  readonly text: string;
  readonly params: Params;
  /** Sent as an auto-commit read rather than inside a managed transaction. */
  readonly alone: boolean;
}

/**
 * Sends one request to our server and returns the statements it caused, in order, through the
 * database's observer. Requests must not overlap while recording: the observer sees them all.
 */
export async function recordStatements(
  services: Services,
  target: HttpTarget,
  body: string,
): Promise<{ data: Record<string, unknown>; statements: RecordedStatement[] }> {
  const statements: RecordedStatement[] = [];
  services.db.observe((statement, params, alone) =>
    statements.push({ name: statement.name, text: statement.text, params: structuredClone(params), alone }),
  );
  try {
    return { data: await post(target, body), statements };
  } finally {
    services.db.observe(undefined);
  }
}

/**
 * The floor: the recorded statements of one request, replayed in the same order through the
 * driver alone, each as ours ran it (an auto-commit read, or a managed read transaction), records
 * fetched and nothing converted. What remains above this in our figures is Node: HTTP, GraphQL,
 * resolvers, values.
 */
export async function replay(
  driver: Driver,
  database: string,
  statements: readonly RecordedStatement[],
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const { text, params, alone } of statements) {
      if (alone) await session.run(text, params);
      else await session.executeRead((tx) => tx.run(text, params));
    }
  } finally {
    await session.close();
  }
}
