import { createHash } from 'node:crypto';
import { mulberry32 } from '../../src/util/random.js';
import { startHarness, type Harness } from '../support/harness.js';

/**
 * Hundreds of malformed and hostile inputs: wrong types, huge strings, control characters, Lucene
 * and Cypher injection attempts. Every write must fail with a coded error and leave the graph
 * exactly as it was; no read may fail with an internal error.
 */
let h: Harness;

const random = mulberry32(20261124);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const HOSTILE = [
  "x' }) DETACH DELETE n //",
  '"}) MATCH (m) DETACH DELETE m RETURN 1 //',
  '$(label)',
  '{{Label}}',
  '\\u0000',
  'a\u0000b',
  'tab\there',
  '\u0007bell',
  'OR 1=1 --',
  'name:* OR id:*',
  '*:*',
  '(((',
  '"unterminated',
  '~~~^^^',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '🙂'.repeat(200),
  'x'.repeat(10_001),
  ' ',
  '',
];
// null is left out: for optional fields it is a valid value.
const WRONG_TYPES = [42, -1, 1.5, true, [], ['a'], { a: 1 }, { $gt: '' }];

async function fingerprint(): Promise<string> {
  const rows = await h.services.db.read({
    name: 'test/fingerprint',
    text: `MATCH (n) WITH n ORDER BY n.id, elementId(n)
           OPTIONAL MATCH (n)-[r]->(m)
           RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS out`,
  });
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

beforeAll(async () => {
  h = await startHarness();
  await h.services.importer.import(
    {
      nodes: [
        { id: 'fz-pro', label: 'Professional', properties: { name: 'Fien' } },
        { id: 'fz-theme', label: 'Theme', properties: { name: 'inclusie' } },
        { id: 'fz-all', label: 'Alliance', properties: { name: 'Alliantie', level: 'LOCAL' } },
      ],
      relationships: [{ type: 'HAS_EXPERTISE', from: 'fz-pro', to: 'fz-theme' }],
    },
    null,
  );
});
afterAll(() => h.close());

function writeCases(): [string, Record<string, unknown>][] {
  const cases: [string, Record<string, unknown>][] = [];
  // Texts that are invalid as a name: blank, control characters, tabs, or too long.
  const badText = () =>
    pick([
      ...HOSTILE.filter(
        (s) =>
          s.trim() === '' ||
          s.includes('\u0000') ||
          s.includes('\t') ||
          s.includes('\u0007') ||
          s.length > 300,
      ),
      ...WRONG_TYPES,
    ]);
  for (let i = 0; i < 60; i++) {
    cases.push([
      'mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }',
      { i: { name: badText() } },
    ]);
    cases.push([
      'mutation($i: CreateProfessionalInput!) { createProfessional(input: $i) { id } }',
      { i: { name: 'Geldig', email: pick(['no-at', 'a@b', ...HOSTILE.slice(0, 8), ...WRONG_TYPES]) } },
    ]);
    cases.push([
      'mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }',
      {
        i: {
          // GraphQL's ID accepts whole numbers as ids, so they are not malformed here.
          id: pick([...HOSTILE, true, [], { a: 1 }, 1.5]),
          name: 'Ede',
          level: pick(['MUNICIPALITY', 'GALAXY', 1]),
        },
      },
    ]);
    cases.push([
      'mutation($i: UpdateThemeInput!) { updateTheme(input: $i) { id } }',
      { i: { id: pick(['fz-theme', ...HOSTILE]), name: badText() } },
    ]);
    cases.push([
      'mutation($i: ConnectInput!) { connect(input: $i) { type } }',
      {
        i: {
          type: pick(['KNOWS', 'MEMBER_OF', 'DETACH_DELETE', 'WORKS_AT', 3]),
          fromId: pick(['fz-pro', ...HOSTILE, true, [], 1.5]),
          toId: pick(['fz-pro', 'fz-theme', ...HOSTILE]),
          properties: pick([
            { role: 'KING' },
            { level: 'GOD' },
            { since: '2026-02-30' },
            { role: HOSTILE[0] },
          ]),
        },
      },
    ]);
  }
  return cases;
}

function readCases(): [string, Record<string, unknown>][] {
  const cases: [string, Record<string, unknown>][] = [];
  for (let i = 0; i < 40; i++) {
    const text = pick([...HOSTILE, ...WRONG_TYPES]);
    cases.push(['query($t: String!) { search(text: $t) { score node { id } } }', { t: text }]);
    cases.push(['query($t: String) { whoKnows(topic: $t) { score } }', { t: text }]);
    cases.push([
      'query($w: ProfessionalWhere) { professionals(where: $w) { totalCount } }',
      {
        w: pick([
          { name: { contains: text } },
          { name: { in: [text] } },
          { memberships: { id_in: [text] } },
          { bogus: 1 },
        ]),
      },
    ]);
    cases.push([
      'query($a: String, $f: Int) { themes(first: $f, after: $a) { totalCount } }',
      { a: pick([...HOSTILE, 'YzE6VGhlbWU6LTE', null]), f: pick([-5, 0, 101, 1e9, 1.5, 'x', null]) },
    ]);
    cases.push(['query($id: ID!) { neighborhood(id: $id, depth: 9) { nodes { id } } }', { id: text }]);
  }
  return cases;
}

it('rejects every malformed or hostile write with a coded error and changes nothing', async () => {
  const before = await fingerprint();
  const cases = writeCases();
  expect(cases.length).toBeGreaterThanOrEqual(300);
  for (const [query, variables] of cases) {
    const response = await h.gql(query, variables);
    const codes = (response.errors ?? []).map((e) => e.extensions?.code);
    expect({
      variables,
      codes:
        codes.length > 0 &&
        codes.every((c) => ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(String(c))),
    }).toEqual({ variables, codes: true });
  }
  expect(await fingerprint()).toBe(before);
});

it('answers every malformed read with data or a coded client error, never an internal one', async () => {
  const before = await fingerprint();
  for (const [query, variables] of readCases()) {
    const response = await h.gql(query, variables, 'anonymous');
    const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
    expect({ variables, codes }).toEqual({
      variables,
      codes: codes.filter((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND'),
    });
  }
  expect(await fingerprint()).toBe(before);
});
