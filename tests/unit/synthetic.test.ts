import { DOMAIN } from '../../src/domain/labels.js';
import { RELATIONSHIPS } from '../../src/domain/relationships.js';
import { validateId, validateProperties, validateValue } from '../../src/entities/validation.js';
import { generateSyntheticGraph, type SyntheticGraph } from '../../src/generate/synthetic.js';

const graph = generateSyntheticGraph({ professionals: 1000, seed: 7 });

function knowsDegrees(g: SyntheticGraph): number[] {
  const degree = new Map<string, number>();
  for (const r of g.relationships.filter((x) => x.type === 'KNOWS')) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return [...degree.values()].sort((a, b) => a - b);
}

describe('the synthetic graph', () => {
  it('is the same graph for the same seed and another for another seed', () => {
    const a = generateSyntheticGraph({ professionals: 200, seed: 42 });
    expect(generateSyntheticGraph({ professionals: 200, seed: 42 })).toEqual(a);
    expect(generateSyntheticGraph({ professionals: 200, seed: 43 })).not.toEqual(a);
  });

  it('has valid, unique ids and properties the importer accepts', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of graph.nodes) {
      expect(validateId(node.id)).toBe(node.id);
      expect(() => validateProperties(DOMAIN[node.label], node.properties, 'create')).not.toThrow();
    }
  });

  it('joins only the labels each relationship type allows, with valid properties', () => {
    const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const seen = new Set<string>();
    for (const r of graph.relationships) {
      const spec = RELATIONSHIPS[r.type];
      expect(spec.from).toContain(labelOf.get(r.from));
      expect(spec.to).toContain(labelOf.get(r.to));
      for (const [key, value] of Object.entries(r.properties ?? {})) {
        expect(spec.properties[key]).toBeDefined();
        expect(() => validateValue(key, spec.properties[key]!, value)).not.toThrow();
      }
      for (const [key, property] of Object.entries(spec.properties)) {
        if (property.required) expect(r.properties?.[key]).toBeDefined();
      }
      // The importer merges duplicates into one, which would skew the counts.
      const key = spec.undirected ? [r.type, ...[r.from, r.to].sort()].join() : [r.type, r.from, r.to].join();
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('has about 10 relationships per professional', () => {
    const professionals = graph.nodes.filter((n) => n.label === 'Professional').length;
    expect(professionals).toBe(1000);
    expect(graph.relationships.length / professionals).toBeGreaterThan(8);
    expect(graph.relationships.length / professionals).toBeLessThan(12);
  });

  it('has skewed KNOWS degrees: a few hubs far above the median', () => {
    const degrees = knowsDegrees(graph);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees.at(-1)!).toBeGreaterThan(5 * median);
  });

  it('ties people mostly within their alliances', () => {
    const alliances = new Map<string, Set<string>>();
    for (const r of graph.relationships.filter((x) => x.type === 'MEMBER_OF')) {
      alliances.set(r.from, (alliances.get(r.from) ?? new Set()).add(r.to));
    }
    const knows = graph.relationships.filter((r) => r.type === 'KNOWS');
    const within = knows.filter((r) =>
      [...(alliances.get(r.from) ?? [])].some((a) => alliances.get(r.to)?.has(a)),
    );
    expect(within.length / knows.length).toBeGreaterThan(0.5);
    expect(within.length / knows.length).toBeLessThan(0.95);
  });
});
