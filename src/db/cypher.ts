import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOMAIN, LABELS } from '../domain/labels.js';
import { RELATIONSHIP_TYPES, RELATIONSHIPS } from '../domain/relationships.js';

/** A loaded statement: its name (path under cypher/ without extension) and text. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/**
 * A rendered partial, to be placed into another template (nested subqueries). Only the library
 * makes them, from its own files and checked values, so placing one adds no foreign text.
 */
export class Fragment {
  /** Names this fragment in cache keys: a statement with fragments is looked up on every request. */
  readonly key = `#${(fragmentsMade += 1)}`;

  constructor(
    token: symbol,
    readonly text: string,
  ) {
    if (token !== MADE_HERE) throw new Error('fragments are rendered by CypherLibrary.fragment only');
  }
}

let fragmentsMade = 0;

/** Known to this module only: no other code can make a Fragment. */
const MADE_HERE = Symbol('cypher fragment');

export type TemplateValue = string | Fragment | readonly Fragment[];
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

const LABEL_SET: ReadonlySet<string> = new Set(LABELS);
const TYPE_SET: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);
const RELATION_FIELDS: ReadonlySet<string> = new Set(
  LABELS.flatMap((label) => Object.keys(DOMAIN[label].relations)),
);
const PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  ...LABELS.flatMap((label) => Object.keys(DOMAIN[label].properties)),
]);
const RELATIONSHIP_PROPERTIES: ReadonlySet<string> = new Set([
  'createdAt',
  'updatedAt',
  ...RELATIONSHIP_TYPES.flatMap((type) => Object.keys(RELATIONSHIPS[type].properties)),
]);
/** Placeholders that take fragments (rendered partials) instead of names. */
const FRAGMENT_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'Related',
  'Ends',
  'LinkProperties',
  'OtherLabel',
  'Nested',
  'By',
  'Count',
  'Page',
  'PropertyFilter',
  'RelationFilter',
  'VisibleFilter',
]);
/** Rendered statements kept; past this many distinct ones (shapes of nested queries) the cache starts over. */
const MAX_INSTANCES = 2_000;

/**
 * What a template placeholder may be replaced with. Placeholders only ever take names from the
 * domain model (labels, relationship types, arrow heads) or a small fixed set (traversal depth), never user input: values are still
 * passed as $parameters.
 */
const PLACEHOLDER_RULES: Readonly<Record<string, (v: string) => boolean>> = {
  Label: (v) => LABEL_SET.has(v),
  Others: (v) => v.split('|').every((l) => LABEL_SET.has(l)),
  TYPE: (v) => TYPE_SET.has(v),
  Left: (v) => v === '<' || v === '',
  Right: (v) => v === '>' || v === '',
  Depth: (v) => v === '1' || v === '2' || v === '3',
  Order: (v) => PROPERTIES.has(v),
  Direction: (v) => v === 'ASC' || v === 'DESC',
  Field: (v) => RELATION_FIELDS.has(v),
  Parent: (v) => /^(n|m[1-9])$/.test(v),
  Child: (v) => /^m[1-9]$/.test(v),
  Rel: (v) => /^r[1-9]$/.test(v),
  // A relationship's map projection: all properties, named ones, or none.
  LinkFields: (v) =>
    v === '.*' ||
    v === '' ||
    v.split(', ').every((item) => item.startsWith('.') && RELATIONSHIP_PROPERTIES.has(item.slice(1))),
  // A node's map projection: all properties, or named ones and the __partial mark.
  Fields: (v) =>
    v === '.*' ||
    v
      .split(', ')
      .every((item) => item === '__partial: true' || (item.startsWith('.') && PROPERTIES.has(item.slice(1)))),
};

/**
 * Every .cypher file under cypher/, read once at start. Statements are looked up by name; a
 * missing name fails at once, so a typo shows at start-up rather than in a request.
 */
export class CypherLibrary {
  private readonly files = new Map<string, string>();
  private readonly instances = new Map<string, Statement>();
  private readonly fragments = new Map<string, Fragment>();

  constructor(readonly root: string) {
    for (const path of walk(root)) {
      const name = relative(root, path)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      this.files.set(name, readFileSync(path, 'utf8'));
    }
  }

  /** Names of the files in a folder, sorted (used for migrations). */
  namesIn(folder: string): string[] {
    return [...this.files.keys()].filter((n) => n.startsWith(`${folder}/`)).sort();
  }

  get(name: string, values: TemplateValues = {}): Statement {
    const key = keyOf(name, values);
    const cached = this.instances.get(key);
    if (cached) return cached;
    const statement = { name, text: this.render(name, values) };
    if (this.instances.size >= MAX_INSTANCES) this.instances.clear();
    this.instances.set(key, statement);
    return statement;
  }

  /** A partial rendered with the given values, to be placed into another template. */
  fragment(name: string, values: TemplateValues): Fragment {
    const key = keyOf(name, values);
    const cached = this.fragments.get(key);
    if (cached) return cached;
    const fragment = new Fragment(MADE_HERE, this.render(name, values));
    if (this.fragments.size >= MAX_INSTANCES) this.fragments.clear();
    this.fragments.set(key, fragment);
    return fragment;
  }

  private source(name: string): string {
    const text = this.files.get(name);
    if (text === undefined) throw new Error(`missing Cypher file: cypher/${name}.cypher`);
    return text;
  }

  /** The source with its partials placed, and theirs in turn (a partial may not place itself). */
  private withPartials(name: string, source: string, placing: readonly string[]): string {
    return source.replace(/\{\{>\s*([\w/-]+)\s*\}\}/g, (_, partial: string) => {
      if (placing.includes(partial) || partial === name) {
        throw new Error(`cypher/${name}: partial ${partial} places itself`);
      }
      return this.withPartials(name, stripComments(this.source(partial)), [...placing, partial]);
    });
  }

  /**
   * A statement or fragment as sent (compact), or a migration as written (it is checksummed).
   * Comments go before placeholders are filled: a fragment placed into a comment line would
   * spill its further lines into the statement.
   */
  private render(name: string, values: TemplateValues): string {
    const asWritten = name.startsWith('migrations/');
    const source = asWritten ? this.source(name) : stripComments(this.source(name));
    const withPartials = this.withPartials(name, source, []);
    const text = withPartials.replace(/\{\{(\w+)\}\}/g, (_, placeholder: string) => {
      const value = values[placeholder];
      if (FRAGMENT_PLACEHOLDERS.has(placeholder)) {
        const fragments = value instanceof Fragment ? [value] : value;
        if (!Array.isArray(fragments) || !fragments.every((f) => f instanceof Fragment)) {
          throw new Error(`cypher/${name}: ${placeholder} takes rendered fragments only`);
        }
        return textOf(fragments);
      }
      const allowed = PLACEHOLDER_RULES[placeholder];
      if (value === undefined || !allowed) {
        throw new Error(`cypher/${name}: no value for placeholder ${placeholder}`);
      }
      if (typeof value !== 'string' || !allowed(value)) {
        throw new Error(`cypher/${name}: '${textOf(value)}' is not allowed for ${placeholder}`);
      }
      return value;
    });
    return asWritten ? text : compact(text);
  }
}

/**
 * The cache key of a template with its values. Fragments count by identity, not by their text
 * (kilobytes for a nested list): the library hands out one Fragment per text until its cache
 * starts over, and a new Fragment for a known text only costs a cache entry.
 */
function keyOf(name: string, values: TemplateValues): string {
  return `${name}?${Object.entries(values)
    .map(([k, v]) => `${k}=${keyOfValue(v)}`)
    .join('&')}`;
}

function keyOfValue(value: TemplateValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Fragment) return value.key;
  return value.map((f) => f.key).join(',');
}

function textOf(value: TemplateValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Fragment) return value.text;
  return value.map((f) => f.text).join(',\n');
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/**
 * A statement as sent: no comment lines, no indentation, no blank lines. Every statement travels
 * with every request, and the driver writes a message in chunks of 1,400 bytes, one socket write
 * each: a commented, indented statement of 3 kB took three writes where its compact form takes
 * one or two. (No statement has a comment after code or a string spanning lines.)
 */
function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('//'))
    .join('\n');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}
