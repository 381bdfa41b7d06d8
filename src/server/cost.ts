import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  getNamedType,
  isListType,
  isNonNullType,
  parse,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Role } from '../auth/viewer.js';

/**
 * What a request may cost, by role. One unit is roughly one row that Neo4j reads and the service
 * returns; a list is priced by the page it asks for, a recommendation by the graph walk it starts.
 */
export type CostBudgets = Readonly<Record<Role, number>>;

export function budgetsFrom(anonymous: number): CostBudgets {
  return Object.freeze({ anonymous, member: anonymous * 2, editor: anonymous * 4, admin: anonymous * 8 });
}

/** Items assumed for a list field without `first` (ties, reasons, members: mostly a few). */
const UNPAGED_LIST = 5;
/** Page size assumed when a connection's `first` is left out (the schema's default). */
const DEFAULT_PAGE = 20;

/**
 * Fields that start more work than the rows they return: a walk, a ranking or a whole-graph
 * metric. The price is what the field costs before its own selection.
 */
const WORK: Record<string, (args: Record<string, unknown>) => number> = {
  // Each step deeper reaches many more nodes before the limit cuts: the walk grows with depth².
  'Query.neighborhood': (a) => num(a.limit, 200) * num(a.depth, 1) ** 2,
  'Query.networkStats': () => 2_000,
  // The kept metrics of networkStats, plus the nodes and ties it returns.
  'Query.networkOverview': (a) => 2_000 + 2 * num(a.top, 150) + num(a.communities, 40),
  'Query.networkNodeMetrics': (a) => 2_000 + (Array.isArray(a.ids) ? a.ids.length : 0),
  'Query.introductionPath': (a) => 100 * num(a.maxHops, 4),
  'Query.search': (a) => 20 + 2 * num(a.first, 20),
  'Query.whoKnows': (a) => 100 + 10 * num(a.first, 10),
  'Query.ask': (a) => 300 + 30 * num(a.first, 10),
  'Question.suggestedAnswers': (a) => 300 + 30 * num(a.first, 10),
  'Query.suggestedConnections': (a) => 150 + 10 * num(a.first, 10),
  'Query.practicesForBottleneck': (a) => 100 + 10 * num(a.first, 10),
  'Query.workingElementsFor': (a) => 100 + 10 * num(a.first, 10),
  'Query.alliancesSharingBottlenecks': (a) => 100 + 10 * num(a.first, 10),
  'Query.similar': (a) => 100 + 10 * num(a.first, 10),
  'Query.roleGaps': () => 200,
  'Query.bottleneckSpread': () => 100,
  'Query.auditLog': (a) => 20 + num(a.first, 50),
};

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The estimator: the field's own work (from WORK, or 1 for an object and 0 for a scalar), plus
 * its selection once per item it may return: `first` items for a paged field, UNPAGED_LIST for
 * an unpaged list.
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const work = WORK[key]?.(args);
  const named = getNamedType(field.type);
  const leaf = !('getFields' in named) && !('getTypes' in named);
  if (leaf) return work ?? 0;
  // The walk's price already counts the rows of its subgraph.
  if (key === 'Query.neighborhood') return work!;
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  let items = 1;
  if (field.args.some((a) => a.name === 'first')) items = num(args.first, DEFAULT_PAGE);
  // A connection's edges are the page its field priced already.
  else if (isListType(unwrapped) && !(field.name === 'edges' && type.name.endsWith('Connection')))
    items = UNPAGED_LIST;
  return (work ?? 1) + items * childComplexity;
};

/**
 * Prices documents against the schema; the same text is parsed once (documents repeat: clients
 * send the same few operations over and over).
 */
export class CostModel {
  private readonly documents = new Map<string, DocumentNode | null>();
  /** Prices by document, operation and variables: most requests repeat one exactly. */
  private readonly prices = new Map<string, number>();

  constructor(private readonly schema: GraphQLSchema) {}

  /**
   * The price of one operation; 0 when the document does not parse or its variables do not fit
   * (validation and execution refuse those before any work starts).
   */
  price(query: string, variables?: Record<string, unknown> | null, operationName?: string | null): number {
    const key = `${operationName ?? ''}\u0000${variables ? JSON.stringify(variables) : ''}\u0000${query}`;
    const known = this.prices.get(key);
    if (known !== undefined) return known;
    const price = this.compute(query, variables, operationName);
    if (this.prices.size >= 5_000) this.prices.clear();
    this.prices.set(key, price);
    return price;
  }

  private compute(query: string, variables?: Record<string, unknown> | null, operationName?: string | null) {
    const document = this.parsed(query);
    if (!document) return 0;
    try {
      return getComplexity({
        estimators: [estimator],
        schema: this.schema,
        query: document,
        variables: variables ?? {},
        ...(operationName ? { operationName } : {}),
      });
    } catch {
      return 0;
    }
  }

  private parsed(query: string): DocumentNode | null {
    let document = this.documents.get(query);
    if (document !== undefined) return document;
    try {
      document = parse(query, { maxTokens: 5_000 });
    } catch {
      document = null;
    }
    if (this.documents.size >= 2_000) this.documents.clear();
    this.documents.set(query, document);
    return document;
  }
}
