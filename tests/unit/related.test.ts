import { join } from 'node:path';
import { CypherLibrary } from '../../src/db/cypher.js';
import type { FoldedLink } from '../../src/db/rows.js';
import { DOMAIN } from '../../src/domain/labels.js';
import { completeLinks, relatedFragments } from '../../src/entities/related.js';
import { projectRoot } from '../../src/util/project-root.js';

const cypher = new CypherLibrary(join(projectRoot(), 'cypher'));
const relation = <L extends keyof typeof DOMAIN>(label: L, field: string) => DOMAIN[label].relations[field]!;

describe('completeLinks', () => {
  it('fills in the type, the ends of a one-way relation, empty properties and a single label', () => {
    const out: FoldedLink[] = [{ properties: { level: 'EXPERT' }, other: { id: 't1', name: 'T' } }];
    expect(completeLinks('p1', relation('Professional', 'expertise'), out)).toEqual([
      {
        type: 'HAS_EXPERTISE',
        from: 'p1',
        to: 't1',
        properties: { level: 'EXPERT' },
        other: { id: 't1', name: 'T', __label: 'Theme' },
      },
    ]);
    const inbound: FoldedLink[] = [{ other: { id: 'p1' } }];
    expect(completeLinks('a1', relation('Alliance', 'members'), inbound)).toEqual([
      {
        type: 'MEMBER_OF',
        from: 'p1',
        to: 'a1',
        properties: {},
        other: { id: 'p1', __label: 'Professional' },
      },
    ]);
  });

  it('keeps the ends a two-way relation read, and the label of a relation with several', () => {
    const knows: FoldedLink[] = [{ from: 'p2', to: 'p1', other: { id: 'p2' } }];
    expect(completeLinks('p1', relation('Professional', 'knows'), knows)[0]).toMatchObject({
      type: 'KNOWS',
      from: 'p2',
      to: 'p1',
    });
    const work: FoldedLink[] = [{ other: { id: 'w1', __label: 'Initiative' } }];
    expect(completeLinks('p1', relation('Professional', 'contributions'), work)[0]!.other.__label).toBe(
      'Initiative',
    );
  });

  it('fails when the label of the other end cannot be known', () => {
    const work: FoldedLink[] = [{ other: { id: 'w1' } }];
    expect(() => completeLinks('p1', relation('Professional', 'contributions'), work)).toThrow(
      /without its label/,
    );
  });
});

describe('relatedFragments', () => {
  it('reads who wrote or asked the nodes at the other end only where they can be insights or questions', () => {
    const text = (label: 'Alliance' | 'Professional', field: string) =>
      relatedFragments(cypher, label, [{ field, fields: ['id'], linkFields: [], related: [] }])
        .map((f) => f.text)
        .join('\n');
    expect(text('Alliance', 'insights')).toContain('__by: [work IN [m1]');
    expect(text('Alliance', 'questions')).toContain('__by: [work IN [m1]');
    expect(text('Alliance', 'members')).not.toContain('__by');
    expect(text('Professional', 'expertise')).not.toContain('__by');
  });

  const textOf = (label: 'Professional', selection: Parameters<typeof relatedFragments>[2]) =>
    relatedFragments(cypher, label, selection)
      .map((f) => f.text)
      .join('\n');

  it('reads only what the resolvers cannot know', () => {
    const text = textOf('Professional', [
      {
        field: 'expertise',
        fields: ['name'],
        linkFields: ['level'],
        related: [{ field: 'alliances', fields: ['name'], linkFields: [], related: [] }],
      },
    ]);
    expect(text).toContain('properties: r1 { .level }');
    expect(text).toContain('__related: { alliances: COLLECT {');
    expect(text).not.toContain('properties: r2');
    expect(text).not.toMatch(/startNode|__label|type\(/);
    expect(text).toContain('RETURN { other: m2 { .id, .name, __partial: true } }');
  });

  it('reads the ends of a two-way relation and the label where several are possible', () => {
    const text = textOf('Professional', [
      { field: 'knows', fields: ['name'], linkFields: null, related: [] },
      { field: 'contributions', fields: null, linkFields: [], related: [] },
    ]);
    expect(text).toContain('from: startNode(r1).id, to: endNode(r1).id,properties: r1 { .* },other: m1');
    expect(text).toContain("other: m1 { .*, __label: [l IN labels(m1) WHERE l <> 'Entity'][0] }");
  });
});
