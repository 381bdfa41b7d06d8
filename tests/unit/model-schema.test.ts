import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType, isEnumType, getNamedType } from 'graphql';
import { DOMAIN, LABELS } from '../../src/domain/labels.js';
import { CypherLibrary, Fragment } from '../../src/db/cypher.js';
import { projectRoot } from '../../src/util/project-root.js';

const root = projectRoot();
const sdl = readdirSync(join(root, 'schema'))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(join(root, 'schema', f), 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);

describe('the domain model and the SDL agree', () => {
  it.each(LABELS.map((l) => [l]))('%s has every property, relation field and order field', (label) => {
    const type = schema.getType(label) as GraphQLObjectType;
    const fields = type.getFields();
    for (const name of [...Object.keys(DOMAIN[label].properties), ...Object.keys(DOMAIN[label].relations)]) {
      expect(fields[name]).toBeDefined();
    }
    const order = schema.getType(`${label}OrderField`);
    expect(isEnumType(order) && order.getValues().map((v) => v.name)).toEqual(
      Object.keys(DOMAIN[label].orderFields),
    );
    const query = schema.getQueryType()!.getFields();
    expect(getNamedType(query[DOMAIN[label].plural]!.type).name).toBe(`${label}Connection`);
  });
});

describe('the Cypher library', () => {
  const cypher = new CypherLibrary(join(root, 'cypher'));
  /** A list or count without conditions: each kind of condition is a fragment, here none. */
  const NO_CONDITIONS = { PropertyFilter: [], RelationFilter: [], VisibleFilter: [] };

  it('fills templates only with names from the domain model', () => {
    expect(cypher.get('entity/count', { Label: 'Theme', ...NO_CONDITIONS }).text).toContain(
      'MATCH (n:Theme)',
    );
    expect(() => cypher.get('entity/count', { Label: 'Theme) DETACH DELETE (x', ...NO_CONDITIONS })).toThrow(
      /not allowed/,
    );
    expect(() => cypher.get('relationship/link', { TYPE: 'KNOWS', Right: '>)' })).toThrow(/not allowed/);
  });

  it('nests only fragments it rendered itself, and only where a template takes them', () => {
    const fragment = cypher.fragment('entity/_related', {
      Field: 'themes',
      Parent: 'n',
      Child: 'm1',
      Rel: 'r1',
      TYPE: 'FOCUSES_ON',
      Others: 'Theme',
      Left: '',
      Right: '>',
      Fields: '.name, __partial: true',
      Ends: [],
      LinkProperties: [],
      OtherLabel: [],
      By: [],
      Nested: [],
    });
    const list = cypher.get('entity/list', {
      Label: 'Alliance',
      Fields: '.*',
      Related: [fragment],
      ...NO_CONDITIONS,
    });
    expect(list.text).toContain('MATCH (n)-[r1:FOCUSES_ON]->(m1:Theme)');
    expect(() => new Fragment(Symbol('cypher fragment'), 'MATCH (x) DETACH DELETE x')).toThrow(/rendered by/);
    expect(() =>
      cypher.get('entity/list', {
        Label: 'Alliance',
        Fields: '.*',
        Related: 'DETACH DELETE n',
        ...NO_CONDITIONS,
      }),
    ).toThrow(/fragments only/);
    expect(() =>
      cypher.get('entity/list', {
        Label: 'Alliance',
        Fields: '.name} DETACH',
        Related: [],
        ...NO_CONDITIONS,
      }),
    ).toThrow(/not allowed/);
  });

  it('sends statements without comments, indentation or blank lines; migrations as written', () => {
    const source = readFileSync(join(root, 'cypher', 'recommend', 'who-knows.cypher'), 'utf8');
    const sent = cypher.get('recommend/who-knows', { Fields: '.id, .name' }).text;
    const lines = sent.split('\n');
    expect(lines.some((line) => line.trimStart().startsWith('//'))).toBe(false);
    expect(lines.every((line) => line.length > 0 && line === line.trim())).toBe(true);
    // Compact: shorter than the file and the partials it places, as written.
    const placed = [...source.matchAll(/\{\{>\s*([\w/-]+)\s*\}\}/g)].map((m) =>
      readFileSync(join(root, 'cypher', `${m[1]}.cypher`), 'utf8'),
    );
    expect(placed.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThan([source, ...placed].join('').length * 0.75);
    // The statement itself is unchanged: every line of code in the file is there, in order.
    const code = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('//') && !line.includes('{{'));
    let at = 0;
    for (const line of code) {
      const found = lines.indexOf(line, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    const migration = cypher.namesIn('migrations')[0]!;
    expect(cypher.get(migration).text).toBe(
      readFileSync(join(root, 'cypher', `${migration}.cypher`), 'utf8'),
    );
  });

  it('fails at once on a missing file or placeholder', () => {
    expect(() => cypher.get('entity/no-such-statement')).toThrow(/missing Cypher file/);
    expect(() => cypher.get('entity/count')).toThrow(/no value for placeholder/);
  });
});
