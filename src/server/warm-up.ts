import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  execute,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { ANONYMOUS } from '../auth/viewer.js';
import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { DomainError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { requestContext } from './app.js';

/**
 * The warm-up before /readyz: every read of the schema is asked once, as an anonymous visitor, a
 * and someone in the graph who may see everything would ask it, about well-connected nodes. Neo4j plans
 * each statement the resolvers send (and keeps the plan), the pages the answers touch come into
 * its page cache, and Node compiles the code paths; the first requests after ready then cost
 * about what later ones cost.
 *
 * The queries are made from the schema itself, not from a list kept by hand: every Query field
 * whose required arguments can be filled (ids of the right label, a theme's name as text, a date
 * a month ago), with every field of its type and its relationship lists with their own fields,
 * pages of a few items. A field that fails is logged and left; the warm-up stops at its deadline.
 */
export interface WarmUpReport {
  readonly queries: number;
  readonly failed: number;
  readonly ms: number;
  /** Query fields left out because a required argument could not be filled. */
  readonly skipped: readonly string[];
  /** True when the deadline cut it short. */
  readonly cut: boolean;
  /** Shaped statements (a query's own shape of a list or item) planned after the queries. */
  readonly shapes: number;
}

type Samples = ReadonlyMap<Label, readonly { id: string; title: string | null }[]>;

/** Labels of ids named after them (allianceId, askerId, ...); `id` takes the field's own type. */
const LABEL_OF_ARGUMENT: Readonly<Record<string, Label>> = {
  allianceId: 'Alliance',
  themeId: 'Theme',
  regionId: 'Region',
  bottleneckId: 'Bottleneck',
  professionalId: 'Professional',
  askerId: 'Professional',
  fromId: 'Professional',
  unitId: 'Alliance',
  eventId: 'Event',
  initiativeId: 'Initiative',
  questionId: 'Question',
  practiceId: 'Practice',
  organizationId: 'Organization',
};
/** The label of `id` where a field's type does not name it. */
const LABEL_OF_ID: Readonly<Record<string, Label>> = { similar: 'Practice', neighborhood: 'Alliance' };
const PAGE = 5;
const NESTED_PAGE = 3;
const CONCURRENCY = 3;
/** A read slower than this for the public is not asked again for the full view. */
const SLOW_MS = 2_000;
/** The fields each label stores (the rest are worked out when asked). */
const STORED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  LABELS.map((label) => [
    label,
    new Set(['id', 'createdAt', 'updatedAt', ...Object.keys(DOMAIN[label].properties)]),
  ]),
);
/** Nesting limit of a selection, wrappers included. */
const MAX_HOPS = 6;
const MONTH_MS = 30 * 24 * 3600 * 1000;
/** Optional arguments that take a question's or a topic's text. */
const TEXT_ARGUMENTS: ReadonlySet<string> = new Set(['topic', 'text', 'question']);
/** How many texts the reads of a text are asked with, and the labels whose names give them. */
const TEXTS = 10;
const TEXT_LABELS: readonly Label[] = [
  'Theme',
  'Practice',
  'Bottleneck',
  'Professional',
  'Initiative',
  'Alliance',
  'Event',
  'Organization',
];

export async function warmUp(
  services: Services,
  schema: GraphQLSchema,
  logger: Logger,
  deadlineMs: number,
  /** Documents clients are known to send (the embeds' persisted queries), asked as they are. */
  known: readonly string[] = [],
): Promise<WarmUpReport> {
  const started = Date.now();
  // New shapes are answered by their fallbacks during the warm-up, so that those are planned
  // too (a client's first query of a shape no warm-up asked uses them), and planned at the end.
  services.db.plans.warm();
  const deadline = started + deadlineMs;
  let report: Omit<WarmUpReport, 'shapes'>;
  try {
    report = await warmAll(services, schema, logger, started, deadlineMs, known);
  } catch (error) {
    // Ends the warming even when the queries failed.
    await services.db.plans.planDeferred(deadline);
    throw error;
  }
  const shapes = await services.db.plans.planDeferred(deadline);
  return {
    ...report,
    ms: Date.now() - started,
    cut: report.cut || shapes.left > 0,
    shapes: shapes.planned,
  };
}

async function warmAll(
  services: Services,
  schema: GraphQLSchema,
  logger: Logger,
  started: number,
  deadlineMs: number,
  known: readonly string[],
): Promise<Omit<WarmUpReport, 'shapes'>> {
  // The store first: the reads below then plan and run against a warm page cache. A store too
  // large to read within the transaction timeout is left to warm by use.
  await services.db.read(services.cypher.get('maintenance/warm-page-cache')).catch((error: unknown) => {
    logger.info({ err: error }, 'page cache not warmed ahead');
  });
  const samples = await sampleNodes(services);
  const professional = samples.get('Professional')?.[0]?.id ?? null;
  const alliance = samples.get('Alliance')?.[0]?.id;
  // The public reads, and the same reads by someone who is in the graph and may see everything
  // (digest, following and the person's own requests need a professional).
  const viewers: Viewer[] = [
    ANONYMOUS,
    {
      role: 'admin',
      professionalId: professional,
      subject: 'warm-up',
      alliances: alliance ? [alliance] : [],
    },
  ];
  const { documents, skipped } = queriesOf(schema, samples);
  documents.push(...knownQueries(schema, samples, known));
  let queries = 0;
  let failed = 0;
  let cut = false;
  const deadline = started + deadlineMs;
  const ask = async (viewer: Viewer, field: string, text: string, variables?: Record<string, unknown>) => {
    queries += 1;
    if (!(await answers(services, schema, logger, viewer, field, text, variables))) failed += 1;
  };
  /** How long each field's plain query took for the public view. */
  const took = new Map<string, number>();
  // A few fields at a time: Neo4j plans statements on threads of its own.
  for (const [pass, viewer] of viewers.entries()) {
    // A read that took long for the public is not asked again for the full view: it is then
    // bound by its own work, not by planning, and the start should not wait for it twice.
    const fields = documents.filter((d) => pass === 0 || (took.get(d.field) ?? Infinity) < SLOW_MS);
    cut = !(await inTurn(fields, deadline, async ({ field, plain, filtered, variables }) => {
      const began = Date.now();
      await ask(viewer, field, plain, variables);
      const ms = Date.now() - began;
      if (pass === 0) took.set(field, ms);
      // With its optional filters too, unless the plain one was already slow.
      if (filtered && ms < SLOW_MS / 2) await ask(viewer, field, filtered);
    }));
    if (cut) break;
  }
  // The reads of a text (search, whoKnows, ask, ...) once more for the public with the names of
  // nodes of other kinds, so that their full-text hits lead into every branch of the statements
  // and each branch runs once before a client's request.
  const texts = textsOf(samples);
  const first = texts[0];
  const asked = first
    ? documents.flatMap((d) =>
        [d.plain, d.filtered ?? ''].filter((q) => q.includes(first)).map((q) => ({ ...d, plain: q })),
      )
    : [];
  const again = texts
    .slice(1)
    .flatMap((text) => asked.map((d) => ({ ...d, plain: d.plain.split(first!).join(text) })));
  if (!cut) {
    cut = !(await inTurn(again, deadline, ({ field, plain, variables }) =>
      ask(ANONYMOUS, field, plain, variables),
    ));
  }
  return { queries, failed, ms: Date.now() - started, skipped, cut };
}

/** Works through the items, CONCURRENCY at a time; false when the deadline came first. */
async function inTurn<T>(
  items: readonly T[],
  deadline: number,
  work: (item: T) => Promise<void>,
): Promise<boolean> {
  let next = 0;
  let cut = false;
  const worker = async () => {
    while (!cut && next < items.length) {
      if (Date.now() > deadline) {
        cut = true;
        return;
      }
      await work(items[next++]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return !cut;
}

/** Asks one query; false when it failed for another reason than a refusal. */
async function answers(
  services: Services,
  schema: GraphQLSchema,
  logger: Logger,
  viewer: Viewer,
  field: string,
  text: string,
  variables?: Record<string, unknown>,
): Promise<boolean> {
  const context = requestContext(services, logger, new Request('http://warm-up/'), 'warm-up', viewer);
  const began = Date.now();
  try {
    const result = await execute({
      schema,
      document: parse(text),
      contextValue: context,
      ...(variables ? { variableValues: variables } : {}),
    });
    logger.trace({ field, role: viewer.role, ms: Date.now() - began }, 'warm-up query');
    // Refusals (NOT_FOUND, FORBIDDEN for a role, a missing choice) are answers too: their
    // statements ran.
    const unexpected = result.errors?.filter((e) => !(e.originalError instanceof DomainError));
    if (!unexpected?.length) return true;
    logger.debug({ field, role: viewer.role, error: unexpected[0]!.message }, 'warm-up query failed');
  } catch (error) {
    logger.debug({ field, role: viewer.role, err: error }, 'warm-up query failed');
  }
  return false;
}

/**
 * The texts the reads of a text are asked with, as GraphQL string literals: a theme's name first,
 * then the names and titles of nodes of other kinds, so that the full-text hits lead into every
 * branch of the statements (people, practices, bottlenecks, ...), each run once before a client's.
 */
function textsOf(samples: Samples): string[] {
  const titles = [...TEXT_LABELS, ...TEXT_LABELS].flatMap((label, i) => {
    const title = samples.get(label)?.[i < TEXT_LABELS.length ? 0 : 1]?.title;
    return title ? [title] : [];
  });
  return [...new Set(titles)].slice(0, TEXTS).map((text) => JSON.stringify(text));
}

async function sampleNodes(services: Services): Promise<Samples> {
  const samples = new Map<Label, { id: string; title: string | null }[]>();
  for (const label of LABELS) {
    const rows = await services.db.read(
      services.cypher.get('maintenance/warm-up-samples', { Label: label }),
      { scan: 500, limit: 2 },
    );
    samples.set(
      label,
      rows.map((row) => ({ id: String(row.id), title: row.title == null ? null : String(row.title) })),
    );
  }
  return samples;
}

/**
 * One query per Query field, and the same with its optional filters (ids) filled when it has
 * any. A field that answers an unpaged list asks only the fields its items store.
 */
export function queriesOf(
  schema: GraphQLSchema,
  samples: Samples,
): { documents: FieldQueries[]; skipped: string[] } {
  const documents: FieldQueries[] = [];
  const skipped: string[] = [];
  const fill = filler(samples);
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const unpagedList = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
    const selection = selectionOf(field.type, unpagedList ? 1 : 0, fill);
    const required = argumentsOf(field, fill, false);
    if (required === null || selection === null) {
      skipped.push(field.name);
      continue;
    }
    const filtered = argumentsOf(field, fill, true);
    documents.push({
      field: field.name,
      plain: `{ ${field.name}${required} ${selection} }`,
      filtered:
        filtered !== null && filtered !== required ? `{ ${field.name}${filtered} ${selection} }` : null,
    });
    // A page asked with its totalCount is read by a statement of its own (entity/counted): the
    // page without it too.
    if (/\btotalCount\b/.test(selection)) {
      documents.push({
        field: field.name,
        plain: `{ ${field.name}${required} ${selection.replace(/ totalCount\b/g, '')} }`,
        filtered: null,
      });
    }
  }
  return { documents, skipped };
}

export interface FieldQueries {
  readonly field: string;
  readonly plain: string;
  readonly filtered: string | null;
  /** Values of the plain query's variables (known documents). */
  readonly variables?: Record<string, unknown>;
}

/** A literal of the filler as a variable's value: JSON for ids, lists, numbers; an enum's name. */
function valueOf(literal: string): unknown {
  try {
    return JSON.parse(literal) as unknown;
  } catch {
    return literal;
  }
}

/**
 * The known documents with their variables filled as the arguments they feed would be (an
 * alliance's id where `alliance(id: $id)` takes it); subscriptions and documents whose required
 * variables cannot be filled are left out.
 */
export function knownQueries(
  schema: GraphQLSchema,
  samples: Samples,
  known: readonly string[],
): FieldQueries[] {
  const fill = filler(samples);
  const queries: FieldQueries[] = [];
  for (const text of known) {
    const document = parse(text);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query')
      continue;
    const variables: Record<string, unknown> = {};
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          const field = typeInfo.getFieldDef();
          if (node.value.kind !== Kind.VARIABLE || !argument || !field) return;
          const name = node.value.name.value;
          if (name in variables) return;
          const literal = fill(argument, field, false);
          if (literal !== undefined) variables[name] = valueOf(literal);
        },
      }),
    );
    const missing = (operation.variableDefinitions ?? []).some(
      (v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue && !(v.variable.name.value in variables),
    );
    if (missing) continue;
    queries.push({ field: operation.name?.value ?? 'known', plain: text, filtered: null, variables });
  }
  return queries;
}

type Fill = (
  argument: GraphQLArgument,
  field: GraphQLField<unknown, unknown>,
  nested: boolean,
) => string | undefined;

/** The value literal of an argument, or undefined when none can be given. */
function filler(samples: Samples): Fill {
  const id = (label: Label, index = 0) => {
    const list = samples.get(label) ?? [];
    return list[Math.min(index, list.length - 1)]?.id;
  };
  const text = textsOf(samples)[0];
  return (argument, field, nested) => {
    const fieldType = getNamedType(field.type);
    const type = getNamedType(argument.type);
    const list = isListType(isNonNullType(argument.type) ? argument.type.ofType : argument.type);
    const name = argument.name;
    if (name === 'first') return String(nested ? NESTED_PAGE : PAGE);
    if (type.name === 'ID') {
      const label: Label | undefined =
        name === 'id'
          ? (LABELS as readonly string[]).includes(fieldType.name)
            ? (fieldType.name as Label)
            : (LABEL_OF_ID[field.name] ?? 'Professional')
          : name === 'toId'
            ? 'Professional'
            : LABEL_OF_ARGUMENT[name];
      if (list) {
        const ids = [id('Professional'), id('Alliance'), id('Theme')].filter((v) => v !== undefined);
        return ids.length ? `[${ids.map((v) => JSON.stringify(v)).join(', ')}]` : undefined;
      }
      if (!label) return undefined;
      const value = id(label, name === 'toId' ? 1 : 0);
      return value === undefined ? undefined : JSON.stringify(value);
    }
    if (type.name === 'String') return text;
    if (type.name === 'DateTime') return JSON.stringify(new Date(Date.now() - MONTH_MS).toISOString());
    if (type.name === 'Int') return isNonNullType(argument.type) ? '1' : undefined;
    if (type.name === 'Boolean') return isNonNullType(argument.type) ? 'false' : undefined;
    if (isEnumType(type)) return isNonNullType(argument.type) ? type.getValues()[0]?.name : undefined;
    return undefined;
  };
}

/**
 * The argument list of a field: its required arguments and `first` (a small page), and with
 * `optional` its other ids as filters too. Null when a required argument cannot be filled.
 */
function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  fill: Fill,
  optional: boolean,
  nested = false,
): string | null {
  const parts: string[] = [];
  for (const argument of field.args) {
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    if (isInputObjectType(getNamedType(argument.type as GraphQLInputType))) {
      if (required) return null;
      continue;
    }
    const type = getNamedType(argument.type).name;
    // A question's text is what most reads of a text take, even where it is optional (whoKnows
    // answers a topic or a theme): without it their full-text part would first run for a client.
    const wanted =
      required ||
      argument.name === 'first' ||
      (type === 'String' && TEXT_ARGUMENTS.has(argument.name)) ||
      (optional && type === 'ID');
    if (!wanted) continue;
    const value = fill(argument, field, nested);
    if (value === undefined) {
      if (required) return null;
      continue;
    }
    parts.push(`${argument.name}: ${value}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/**
 * Every field of a type: scalars, and the objects and lists it refers to with their scalars
 * (pages, edges and results do not count as a level), so each relationship list is asked once.
 */
function selectionOf(
  type: Parameters<typeof getNamedType>[0],
  depth: number,
  fill: Fill,
  hops = 0,
): string | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named)) return '{ __typename ... on Node { id } }';
  if (!isObjectType(named)) return null;
  // Types without an id (pages, edges, memberships, matches, reasons) are how a node is reached,
  // not a node: they do not count as a level.
  const wrapper = !('id' in named.getFields());
  const stored = STORED.get(named.name);
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    const args = argumentsOf(field, fill, false, depth > 0);
    if (args === null) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) {
      // Below the top, a node asks what it stores, not what is worked out per item
      // (provenance, suggested answers): those are warmed on the node's own query.
      if (depth > 0 && stored && !stored.has(field.name)) continue;
      parts.push(`${field.name}${args}`);
      continue;
    }
    const level = wrapper ? depth : depth + 1;
    if (level > 1 || hops >= MAX_HOPS) continue;
    const nested = selectionOf(field.type, level, fill, hops + 1);
    if (nested) parts.push(`${field.name}${args} ${nested}`);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}
