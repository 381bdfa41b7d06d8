import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LABELS } from '../domain/labels.js';
import { RELATIONSHIP_TYPES } from '../domain/relationships.js';

/** A loaded statement: its name (path under cypher/ without extension) and text. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export type TemplateValues = Readonly<Record<string, string>>;

const LABEL_SET: ReadonlySet<string> = new Set(LABELS);
const TYPE_SET: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

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
};

/**
 * Every .cypher file under cypher/, read once at start. Statements are looked up by name; a
 * missing name fails at once, so a typo shows at start-up rather than in a request.
 */
export class CypherLibrary {
  private readonly files = new Map<string, string>();
  private readonly instances = new Map<string, Statement>();

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
    const key = `${name}?${Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')}`;
    const cached = this.instances.get(key);
    if (cached) return cached;
    const statement = { name, text: this.render(name, values) };
    this.instances.set(key, statement);
    return statement;
  }

  private source(name: string): string {
    const text = this.files.get(name);
    if (text === undefined) throw new Error(`missing Cypher file: cypher/${name}.cypher`);
    return text;
  }

  private render(name: string, values: TemplateValues): string {
    const withPartials = this.source(name).replace(/\{\{>\s*([\w/-]+)\s*\}\}/g, (_, partial: string) =>
      stripComments(this.source(partial)),
    );
    return withPartials.replace(/\{\{(\w+)\}\}/g, (_, placeholder: string) => {
      const value = values[placeholder];
      const allowed = PLACEHOLDER_RULES[placeholder];
      if (value === undefined || !allowed) {
        throw new Error(`cypher/${name}: no value for placeholder ${placeholder}`);
      }
      if (!allowed(value)) {
        throw new Error(`cypher/${name}: '${value}' is not allowed for ${placeholder}`);
      }
      return value;
    });
  }
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}
