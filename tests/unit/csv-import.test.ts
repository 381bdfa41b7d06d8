import { labelOfFileName } from '../../src/importing/csv-format.js';
import { mapNodeTable, parseCsv } from '../../src/importing/csv.js';
import { enumValue, generatedId } from '../../src/importing/kumu.js';
import { elementLines, fromFiles, locateRejections } from '../../src/importing/sources.js';

const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('parseCsv', () => {
  it('gives each row the line it starts on, across empty lines and quoted line breaks', () => {
    const { table, rejected } = parseCsv(csv('id,bio', '', 'a,"twee', 'regels"', 'b,kort'), 'p.csv');
    expect(rejected).toEqual([]);
    expect(table.rows.map((r) => [r.cells.id, r.line])).toEqual([
      ['a', 3],
      ['b', 5],
    ]);
    expect(table.rows[0]!.cells.bio).toBe('twee\nregels');
  });

  it('counts lines the same with Windows line ends', () => {
    const { table } = parseCsv('id,name\r\n\r\na,A\r\nb,B\r\n', 'p.csv');
    expect(table.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('rejects a row with the wrong number of fields and keeps the others', () => {
    const { table, rejected } = parseCsv(csv('id,name', 'a,A', 'b,B,extra', 'c,C'), 'p.csv');
    expect(table.rows.map((r) => r.cells.id)).toEqual(['a', 'c']);
    expect(rejected).toEqual([{ file: 'p.csv', line: 3, reason: 'row has 3 fields, the header has 2' }]);
  });

  it('reports a broken quote with its line instead of throwing', () => {
    const { rejected } = parseCsv(csv('id,name', 'a,"A"x'), 'p.csv');
    expect(rejected[0]).toMatchObject({ file: 'p.csv', line: 2 });
    expect(rejected[0]!.reason).toMatch(/^unreadable CSV/);
  });
});

describe('the project CSV layout', () => {
  it('names files after a label, its singular or its plural', () => {
    expect(labelOfFileName('Professional')).toBe('Professional');
    expect(labelOfFileName('professionals')).toBe('Professional');
    expect(labelOfFileName('practice')).toBe('Practice');
    expect(labelOfFileName('people')).toBeNull();
  });

  it('splits list columns on ;, leaves empty cells out and warns about unknown columns', () => {
    const { table } = parseCsv(csv('id,name,languages,headline,shoe size', 'p1,Ann,nl; en,,42'), 'p.csv');
    const mapped = mapNodeTable(table, 'Professional');
    expect(mapped.nodes[0]!.value).toEqual({
      id: 'p1',
      label: 'Professional',
      properties: { name: 'Ann', languages: ['nl', 'en'] },
    });
    expect(mapped.nodes[0]!.origin).toEqual({ file: 'p.csv', line: 2 });
    expect(mapped.warnings).toEqual(["p.csv: column 'shoe size' is not a property of Professional; ignored"]);
  });

  it('reads relationships.csv with exact types and ids, properties from their columns', () => {
    const source = fromFiles([
      { name: 'Professional.csv', text: csv('id,name', 'p1,Ann') },
      { name: 'Alliance.csv', text: csv('id,name,level', 'a1,Werk,LOCAL') },
      { name: 'relationships.csv', text: csv('type,from,to,role,level,since', 'MEMBER_OF,p1,a1,MEMBER,,') },
    ]);
    expect(source.rejected).toEqual([]);
    expect(source.relationships).toEqual([
      { type: 'MEMBER_OF', from: 'p1', to: 'a1', properties: { role: 'MEMBER' } },
    ]);
    expect(source.origins.relationships).toEqual([{ file: 'relationships.csv', line: 2 }]);
  });

  it('rejects a file it cannot place, saying how to name it', () => {
    const source = fromFiles([{ name: 'stuff.csv', text: csv('a,b', '1,2') }]);
    expect(source.rejected[0]!.reason).toMatch(/name it after a label/);
  });
});

describe('element and connection sheets (Kumu-style)', () => {
  const elements = csv(
    'Label,Type,Description,Sector,Tags',
    'Anne de Vries,Person,Procesbegeleider,,verbinder',
    'Gemeente Zwolle,Organisation,,Government,',
    'Taalpodcast,Podcast,Over taal,,',
    'Stichting X,Stichting,,,',
    'Wijkraad,Wijkraad,,,',
    'Alliantie Werk,Alliance,,,',
  );

  it('maps element types onto labels with their defaults, and rejects types without counterpart', () => {
    const source = fromFiles([{ name: 'elements.csv', text: elements }]);
    expect(source.nodes).toEqual([
      {
        id: 'professional-anne-de-vries',
        label: 'Professional',
        properties: { name: 'Anne de Vries', bio: 'Procesbegeleider' },
      },
      {
        id: 'organization-gemeente-zwolle',
        label: 'Organization',
        properties: { name: 'Gemeente Zwolle', sector: 'GOVERNMENT' },
      },
      {
        id: 'practice-taalpodcast',
        label: 'Practice',
        properties: { title: 'Taalpodcast', summary: 'Over taal', kind: 'PODCAST' },
      },
      {
        id: 'organization-stichting-x',
        label: 'Organization',
        properties: { name: 'Stichting X', sector: 'CIVIL_SOCIETY' },
      },
      { id: 'alliance-alliantie-werk', label: 'Alliance', properties: { name: 'Alliantie Werk' } },
    ]);
    expect(source.rejected).toEqual([
      {
        file: 'elements.csv',
        line: 6,
        reason: "element type 'Wijkraad' has no counterpart among our labels",
      },
    ]);
    expect(source.warnings).toEqual(["elements.csv: column 'tags' has no counterpart; ignored"]);
  });

  it("knows the seeds' structure: questions, werkplaatsen inside alliances, harvests", () => {
    const sheet = csv(
      'Label,Type',
      'Hoe houden we vrijwilligers vast?,Vraag',
      'Doetank Vrijwilligers,Doetank',
      'Alliantie Werk,Alliance',
      'Brein Festijn,Festival',
    );
    const links = csv(
      'From,To,Type',
      'Hoe houden we vrijwilligers vast?,Doetank Vrijwilligers,gesteld door',
      'Doetank Vrijwilligers,Alliantie Werk,onderdeel van',
      'Hoe houden we vrijwilligers vast?,Brein Festijn,oogst',
    );
    const source = fromFiles([
      { name: 'elements.csv', text: sheet },
      { name: 'connections.csv', text: links },
    ]);
    expect(source.nodes[0]).toEqual({
      id: 'question-hoe-houden-we-vrijwilligers-vast',
      label: 'Question',
      properties: { text: 'Hoe houden we vrijwilligers vast?' },
    });
    expect(source.rejected).toEqual([]);
    expect(source.relationships.map((r) => r.type)).toEqual(['ASKED_BY', 'PART_OF', 'HARVESTED_AT']);
  });

  it('resolves connection ends by name, infers a missing type, turns reversed ties round', () => {
    const connections = csv(
      'From,To,Type,Role',
      'Anne de Vries,Gemeente Zwolle,,', // only WORKS_AT joins a person to an organisation
      'Alliantie Werk,Anne de Vries,Member,Facilitator', // drawn the other way round
      'Anne de Vries,Alliantie Werk,member of,', // role defaults to MEMBER
      'Anne de Vries,Taalpodcast,likes,',
      'Anne de Vries,Nobody Known,knows,',
    );
    const source = fromFiles([
      { name: 'elements.csv', text: elements },
      { name: 'connections.csv', text: connections },
    ]);
    expect(source.relationships).toEqual([
      {
        type: 'WORKS_AT',
        from: 'professional-anne-de-vries',
        to: 'organization-gemeente-zwolle',
        properties: {},
      },
      {
        type: 'MEMBER_OF',
        from: 'professional-anne-de-vries',
        to: 'alliance-alliantie-werk',
        properties: { role: 'FACILITATOR' },
      },
      {
        type: 'MEMBER_OF',
        from: 'professional-anne-de-vries',
        to: 'alliance-alliantie-werk',
        properties: { role: 'MEMBER' },
      },
    ]);
    expect(source.rejected.filter((r) => r.file === 'connections.csv')).toEqual([
      { file: 'connections.csv', line: 5, reason: "connection type 'likes' has no counterpart among ours" },
      { file: 'connections.csv', line: 6, reason: "To 'Nobody Known' is no element of the sheets and no id" },
    ]);
  });

  it('asks for a Type when several relationship types could join the two ends', () => {
    const source = fromFiles([
      { name: 'elements.csv', text: csv('Label,Type', 'Ann,Person', 'Café,Event') },
      { name: 'connections.csv', text: csv('From,To', 'Ann,Café') },
    ]);
    expect(source.rejected[0]!.reason).toBe(
      'Professional → Event could be ATTENDED or PRESENTED_AT: give a Type',
    );
  });

  it('refuses a name that several elements share', () => {
    const source = fromFiles([
      { name: 'elements.csv', text: csv('Label,Type', 'Ann,Person', 'Ann,Theme') },
      { name: 'connections.csv', text: csv('From,To,Type', 'Ann,Ann,knows') },
    ]);
    expect(source.rejected[0]!.reason).toBe("From 'Ann' names several elements; give them IDs");
  });

  it('makes stable ids and enum values from free text', () => {
    expect(generatedId('Initiative', 'Doetank Café Één!')).toBe('initiative-doetank-cafe-een');
    expect(enumValue(' working element ')).toBe('WORKING_ELEMENT');
    expect(enumValue('Do-tank')).toBe('DO_TANK');
  });
});

describe('JSON sources', () => {
  it('finds the line each node and relationship starts on', () => {
    const text =
      '{\n  "nodes": [\n    {"id": "a", "label": "Theme",\n     "properties": {"name": "x, [y]"}},\n    {"id": "b"}\n  ],\n  "relationships": [ {"type": "X"} ]\n}';
    expect(elementLines(text)).toEqual({ nodes: [3, 5], relationships: [7] });
  });

  it('locates importer rejections in their file and line', () => {
    const source = fromFiles([{ name: 'g.json', text: '{"nodes": [\n{"id": "a"},\n{"id": "b"}\n]}' }]);
    const located = locateRejections(source, {
      nodesCreated: 0,
      nodesUpdated: 0,
      created: [],
      relationships: 0,
      dryRun: true,
      rejected: [{ kind: 'node', index: 1, id: 'b', reason: "label: unknown label 'undefined'" }],
    });
    expect(located).toEqual([
      { file: 'g.json', line: 3, id: 'b', reason: "label: unknown label 'undefined'" },
    ]);
  });
});
