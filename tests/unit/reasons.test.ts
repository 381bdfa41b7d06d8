import type { EdgeRow, NodeRow } from '../../src/db/rows.js';
import type { Lang, PathRow } from '../../src/recommend/paths.js';
import { introductionText, REASON_KINDS, reasonText } from '../../src/recommend/reasons.js';
import { node, problemsOf } from '../support/reason-check.js';

/** A path whose edges run as the arrows say: '>' from the left node to the right one, '<' back. */
function chain(nodes: NodeRow[], steps: [string, '>' | '<', Record<string, unknown>?][]): PathRow {
  const edges: EdgeRow[] = steps.map(([type, arrow, properties], i) => {
    const [a, b] = [nodes[i]!.id, nodes[i + 1]!.id];
    return { type, from: arrow === '>' ? a : b, to: arrow === '>' ? b : a, properties: properties ?? {} };
  });
  return { nodes, edges };
}

const me = node('Professional', 'me', { name: 'Anna' });
const other = node('Professional', 'other', { name: 'Bram' });
const friend = node('Professional', 'friend', { name: 'Carla' });
const friend2 = node('Professional', 'friend2', { name: 'Daan' });

const SHARED_RELS: Record<string, string> = {
  Alliance: 'MEMBER_OF',
  Theme: 'HAS_EXPERTISE',
  Event: 'ATTENDED',
  Organization: 'WORKS_AT',
  Practice: 'CONTRIBUTES_TO',
  Initiative: 'CONTRIBUTES_TO',
  Region: 'LOCATED_IN',
};

/** Every reason kind over every path shape its statement can give. */
function shapes(): [string, PathRow][] {
  const out: [string, PathRow][] = [];
  const work = ['Practice', 'Initiative'];
  const topics = ['Practice', 'Initiative', 'Theme', 'Bottleneck'];
  out.push(['AUTHORED', chain([me, node('Insight', 'i1')], [['AUTHORED', '>']])]);
  for (const label of work)
    out.push(['CONTRIBUTES_TO', chain([me, node(label, 'w1')], [['CONTRIBUTES_TO', '>']])]);
  for (const level of ['BASIC', 'ADVANCED', 'EXPERT', undefined]) {
    out.push(['HAS_EXPERTISE', chain([me, node('Theme', 't1')], [['HAS_EXPERTISE', '>', { level }]])]);
  }
  for (const label of topics) {
    out.push([
      'INSIGHT_ABOUT',
      chain(
        [me, node('Insight', 'i1'), node(label, 'x1')],
        [
          ['AUTHORED', '>'],
          ['ABOUT', '>'],
        ],
      ),
    ]);
  }
  for (const label of work) {
    out.push([
      'WORKS_ON',
      chain(
        [me, node(label, 'w1'), node('Bottleneck', 'b1')],
        [
          ['CONTRIBUTES_TO', '>'],
          ['ADDRESSES', '>'],
        ],
      ),
    ]);
    out.push([
      'WORKS_ON',
      chain(
        [me, node(label, 'w1'), node('Theme', 't1')],
        [
          ['CONTRIBUTES_TO', '>'],
          ['IN_THEME', '>'],
        ],
      ),
    ]);
  }
  for (const role of ['INITIATOR', 'MANAGER', 'FACILITATOR', 'COORDINATOR', 'MEMBER']) {
    out.push(['ROLE', chain([me, node('Alliance', 'a1')], [['MEMBER_OF', '>', { role }]])]);
  }
  out.push([
    'PROFILE',
    { nodes: [node('Professional', 'p', { name: 'Eva', headline: 'procesbegeleider' })], edges: [] },
  ]);
  out.push(['PROFILE', { nodes: [node('Professional', 'p', { name: 'Eva' })], edges: [] }]);
  for (const [label, type] of Object.entries(SHARED_RELS)) {
    out.push([
      `SHARED_${label.toUpperCase()}`,
      chain(
        [me, node(label, 's1'), other],
        [
          [type, '>'],
          [type, '<'],
        ],
      ),
    ]);
  }
  out.push([
    'SHARED_BOTTLENECK',
    chain(
      [me, node('Bottleneck', 'b1'), other],
      [
        ['RAISED_BY', '<'],
        ['RAISED_BY', '>'],
      ],
    ),
  ]);
  out.push([
    'ADDRESSES_YOUR_BOTTLENECK',
    chain(
      [me, node('Bottleneck', 'b1'), node('Practice', 'pr1'), other],
      [
        ['RAISED_BY', '<'],
        ['ADDRESSES', '<'],
        ['CONTRIBUTES_TO', '<'],
      ],
    ),
  ]);
  out.push([
    'FRIEND_OF_FRIEND',
    chain(
      [me, friend, other],
      [
        ['KNOWS', '>'],
        ['KNOWS', '<'],
      ],
    ),
  ]);
  out.push([
    'THREE_STEPS',
    chain(
      [me, friend, friend2, other],
      [
        ['KNOWS', '>'],
        ['KNOWS', '<'],
        ['KNOWS', '>'],
      ],
    ),
  ]);
  out.push([
    'NEARBY',
    chain(
      [me, node('Region', 'gem1'), node('Region', 'prov'), node('Region', 'gem2'), other],
      [
        ['LOCATED_IN', '>'],
        ['LOCATED_IN', '>'],
        ['LOCATED_IN', '<'],
        ['LOCATED_IN', '<'],
      ],
    ),
  ]);
  out.push([
    'NEARBY',
    chain(
      [me, node('Region', 'gem1'), node('Region', 'prov'), other],
      [
        ['LOCATED_IN', '>'],
        ['LOCATED_IN', '>'],
        ['LOCATED_IN', '<'],
      ],
    ),
  ]);
  out.push([
    'ALLIANCE_THEME',
    chain(
      [me, node('Alliance', 'a1'), node('Theme', 't1'), other],
      [
        ['MEMBER_OF', '>'],
        ['FOCUSES_ON', '>'],
        ['HAS_EXPERTISE', '<'],
      ],
    ),
  ]);
  out.push(['CONNECTOR', { nodes: [other], edges: [] }]);
  const org1 = node('Organization', 'o1', { sector: 'GOVERNMENT' });
  const org2 = node('Organization', 'o2', { sector: 'FUND' });
  const region = node('Region', 'r2');
  const alliance = node('Alliance', 'a2');
  const works = (from: NodeRow, to: NodeRow): EdgeRow => ({
    type: 'WORKS_AT',
    from: from.id,
    to: to.id,
    properties: {},
  });
  const at = (to: NodeRow, type: string): EdgeRow => ({ type, from: other.id, to: to.id, properties: {} });
  const bridges: [NodeRow[], EdgeRow[]][] = [
    [
      [org1, org2],
      [works(me, org1), works(other, org2)],
    ],
    [[region], [at(region, 'LOCATED_IN')]],
    [[alliance], [at(alliance, 'MEMBER_OF')]],
    [
      [org1, org2, region],
      [works(me, org1), works(other, org2), at(region, 'LOCATED_IN')],
    ],
    [
      [org1, org2, region, alliance],
      [works(me, org1), works(other, org2), at(region, 'LOCATED_IN'), at(alliance, 'MEMBER_OF')],
    ],
  ];
  for (const [nodes, edges] of bridges) out.push(['BRIDGING', { nodes: [me, ...nodes, other], edges }]);
  const b = node('Bottleneck', 'b0');
  out.push(['DIRECT', chain([b, node('Practice', 'pr1')], [['ADDRESSES', '<']])]);
  out.push([
    'SIMILAR_THEME',
    chain(
      [b, node('Theme', 't1'), node('Bottleneck', 'b2'), node('Practice', 'pr1')],
      [
        ['IN_THEME', '>'],
        ['IN_THEME', '<'],
        ['ADDRESSES', '<'],
      ],
    ),
  ]);
  out.push([
    'SIMILAR_TEXT',
    chain([node('Bottleneck', 'b2'), node('Practice', 'pr1')], [['ADDRESSES', '<']]),
  ]);
  const a1 = node('Alliance', 'a1');
  out.push([
    'BOTTLENECK_IN_COMMON',
    chain(
      [a1, node('Bottleneck', 'b1'), node('Alliance', 'a2')],
      [
        ['RECORDED', '>'],
        ['RECORDED', '<'],
      ],
    ),
  ]);
  out.push([
    'THEME_IN_COMMON',
    chain(
      [a1, node('Theme', 't1'), node('Alliance', 'a2')],
      [
        ['FOCUSES_ON', '>'],
        ['FOCUSES_ON', '<'],
      ],
    ),
  ]);
  for (const [x, o] of [
    ['Practice', 'Initiative'],
    ['Initiative', 'Practice'],
    ['Practice', 'Practice'],
  ] as const) {
    const from = node(x, 'x1');
    const to = node(o, 'o1');
    out.push([
      'SAME_THEME',
      chain(
        [from, node('Theme', 't1'), to],
        [
          ['IN_THEME', '>'],
          ['IN_THEME', '<'],
        ],
      ),
    ]);
    out.push([
      'SAME_CONTRIBUTOR',
      chain(
        [from, friend, to],
        [
          ['CONTRIBUTES_TO', '<'],
          ['CONTRIBUTES_TO', '>'],
        ],
      ),
    ]);
  }
  out.push([
    'SAME_BOTTLENECK',
    chain(
      [node('Practice', 'x1'), node('Bottleneck', 'b1'), node('Practice', 'o1')],
      [
        ['ADDRESSES', '>'],
        ['ADDRESSES', '<'],
      ],
    ),
  ]);
  out.push([
    'APPLIED_TOGETHER',
    chain(
      [node('Practice', 'x1'), node('Initiative', 'm1'), node('Practice', 'o1')],
      [
        ['APPLIES', '<'],
        ['APPLIES', '>'],
      ],
    ),
  ]);
  out.push([
    'APPLIED_TOGETHER',
    chain(
      [node('Initiative', 'x1'), node('Practice', 'm1'), node('Initiative', 'o1')],
      [
        ['APPLIES', '>'],
        ['APPLIES', '<'],
      ],
    ),
  ]);
  for (const label of ['Practice', 'Insight']) {
    out.push(['MATCHES_QUESTION', { nodes: [node(label, 'q1')], edges: [] }]);
  }
  const pr = node('Practice', 'pr1');
  out.push(['ANSWERS_BOTTLENECK', chain([pr, node('Bottleneck', 'b1')], [['ADDRESSES', '>']])]);
  out.push(['INSIGHT_ON', chain([pr, node('Insight', 'i1')], [['ABOUT', '<']])]);
  out.push(['APPLIED_IN', chain([pr, node('Initiative', 'n1')], [['APPLIES', '<']])]);
  out.push(['IN_THEME', chain([pr, node('Theme', 't1')], [['IN_THEME', '>']])]);
  for (const label of ['Practice', 'Initiative', 'Bottleneck']) {
    out.push(['ABOUT', chain([node('Insight', 'i1'), node(label, 'x1')], [['ABOUT', '>']])]);
  }
  out.push(['ABOUT_THEME', chain([node('Insight', 'i1'), node('Theme', 't1')], [['ABOUT', '>']])]);
  // A name with an apostrophe is quoted with double quotes.
  const bosch = node('Region', 'den-bosch', { name: "'s-Hertogenbosch" });
  out.push([
    'SHARED_REGION',
    chain(
      [me, bosch, other],
      [
        ['LOCATED_IN', '>'],
        ['LOCATED_IN', '<'],
      ],
    ),
  ]);
  const alliance1 = node('Alliance', 'a1');
  const b1 = node('Bottleneck', 'b1');
  out.push(['FACES_OPEN', chain([alliance1, b1], [['RECORDED', '>', { status: 'OPEN' }]])]);
  out.push(['FACED_ADDRESSED', chain([alliance1, b1], [['RECORDED', '>', { status: 'ADDRESSED' }]])]);
  out.push([
    'FROM_ALLIANCE',
    chain(
      [b1, alliance1, node('Insight', 'i1')],
      [
        ['RECORDED', '<'],
        ['RECORDED', '>'],
      ],
    ),
  ]);
  out.push([
    'FROM_PRACTICE',
    chain(
      [b1, node('Practice', 'pr1'), node('Insight', 'i1')],
      [
        ['ADDRESSES', '<'],
        ['ABOUT', '<'],
      ],
    ),
  ]);
  out.push(['ABOUT_IT', chain([b1, node('Insight', 'i1')], [['ABOUT', '<']])]);
  return out;
}

const LANGS: Lang[] = ['NL', 'EN'];

describe('reasons on hand-built paths', () => {
  const all = shapes();

  it('cover every reason kind', () => {
    const kinds = new Set(all.map(([kind]) => kind));
    expect(REASON_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('read as sentences: quoted names are nodes of the path, no node twice, articles agree', () => {
    let checked = 0;
    for (const [kind, path] of all) {
      for (const lang of LANGS) {
        const text = reasonText(kind, path, lang);
        expect({ kind, lang, text, problems: problemsOf(text, path, lang) }).toEqual({
          kind,
          lang,
          text,
          problems: [],
        });
        checked += 1;
      }
    }
    expect(checked).toBe(all.length * 2);
    console.info(`reasons checked on hand-built paths: ${checked} (${all.length} shapes)`);
  });

  it('use the article of each noun in Dutch', () => {
    const [, themePath] = shapes().find(([k]) => k === 'SHARED_THEME')!;
    expect(reasonText('SHARED_THEME', themePath, 'NL')).toBe(
      "Jullie hebben allebei expertise in het thema 'Naam s1'",
    );
    const [, initiative] = shapes().find(
      ([k, p]) => k === 'WORKS_ON' && p.nodes[1]!.__label === 'Initiative',
    )!;
    expect(reasonText('WORKS_ON', initiative, 'NL')).toBe(
      "Anna draagt bij aan het initiatief 'Naam w1', dat het knelpunt 'Titel b1' aanpakt",
    );
    const [, region] = shapes().find(([k]) => k === 'SHARED_REGION')!;
    expect(reasonText('SHARED_REGION', region, 'NL')).toBe(
      "Jullie zijn allebei actief in de regio 'Naam s1'",
    );
  });

  it('say what work belongs to in plain Dutch', () => {
    const [, path] = shapes().find(([k, p]) => k === 'WORKS_ON' && p.edges[1]!.type === 'IN_THEME')!;
    expect(reasonText('WORKS_ON', path, 'NL')).toBe(
      "Anna draagt bij aan de praktijk 'Titel w1', die bij het thema 'Naam t1' hoort",
    );
  });

  it('never let a practice address itself when it answers a similar bottleneck', () => {
    const [, path] = shapes().find(([k]) => k === 'SIMILAR_THEME')!;
    expect(reasonText('SIMILAR_THEME', path, 'NL')).toBe(
      "De praktijk 'Titel pr1' pakt het knelpunt 'Titel b2' aan, dat ook bij het thema 'Naam t1' hoort",
    );
    expect(reasonText('SIMILAR_THEME', path, 'EN')).toBe(
      "The practice 'Titel pr1' addresses the bottleneck 'Titel b2', which also belongs to the theme 'Naam t1'",
    );
  });

  it('name what bridging brings: another sector, region and network', () => {
    const bridging = shapes().filter(([k]) => k === 'BRIDGING');
    expect(reasonText('BRIDGING', bridging.at(-1)![1], 'NL')).toBe(
      "Bram brengt je in contact met een andere sector (fondsen, de organisatie 'Naam o2'), een andere regio ('Naam r2') en een ander netwerk (de alliantie 'Naam a2')",
    );
  });

  it('fail loudly on a kind without a sentence rather than show its code', () => {
    expect(() => reasonText('NO_SUCH_KIND', { nodes: [me], edges: [] }, 'NL')).toThrow();
  });

  it('the checker itself catches what it is for', () => {
    const path = chain([me, node('Theme', 't1')], [['HAS_EXPERTISE', '>']]);
    expect(problemsOf("Anna heeft expertise in de thema 'Naam t1'", path, 'NL')).toContain(
      "wrong article: 'de thema'",
    );
    expect(problemsOf("Jullie delen de  'Utrecht'", path, 'NL')).toEqual(
      expect.arrayContaining(['doubled space', "quoted 'Utrecht' is not a node of the path"]),
    );
    expect(problemsOf("'Naam t1' pakt 'Naam t1' aan", path, 'NL')).toContain(
      "'Naam t1' stands for itself twice",
    );
    expect(problemsOf('Anna is FACILITATOR', path, 'NL')).toContain('raw enum value or type name');
  });
});

describe('introductions', () => {
  it('say through whom, or what both share when no chain exists', () => {
    const knowsPath = chain(
      [me, friend, friend2, other],
      [
        ['KNOWS', '>'],
        ['KNOWS', '<'],
        ['KNOWS', '>'],
      ],
    );
    expect(introductionText('KNOWS', knowsPath, 'NL')).toBe('Via Carla en Daan kun je kennismaken met Bram');
    expect(introductionText('KNOWS', knowsPath, 'EN')).toBe('Carla and Daan can introduce you to Bram');
    const event = chain(
      [me, node('Event', 'e1'), other],
      [
        ['ATTENDED', '>'],
        ['ATTENDED', '<'],
      ],
    );
    for (const lang of LANGS) {
      const text = introductionText('SHARED_EVENT', event, lang);
      expect(problemsOf(text, event, lang)).toEqual([]);
    }
    expect(introductionText('SHARED_EVENT', event, 'NL')).toContain("de bijeenkomst 'Naam e1'");
  });
});
