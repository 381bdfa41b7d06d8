import { loadRealNetworks, networkGraph, networkSpecs, personId } from '../../src/eval/networks.js';

describe('real networks', () => {
  it('become Professionals with one KNOWS tie per pair', () => {
    const data = networkGraph({
      name: 'tiny',
      labels: ['Ann', 'Bob', 'Cas'],
      ties: [
        [0, 1],
        [1, 2],
      ],
    });
    expect(data.nodes).toEqual([
      { id: 'net-tiny-0', label: 'Professional', properties: { name: 'Ann' } },
      { id: 'net-tiny-1', label: 'Professional', properties: { name: 'Bob' } },
      { id: 'net-tiny-2', label: 'Professional', properties: { name: 'Cas' } },
    ]);
    expect(data.relationships).toEqual([
      { type: 'KNOWS', from: 'net-tiny-0', to: 'net-tiny-1' },
      { type: 'KNOWS', from: 'net-tiny-1', to: 'net-tiny-2' },
    ]);
    expect(personId('karate', 33)).toBe('net-karate-33');
  });

  it('refuses unknown network names', () => {
    expect(networkSpecs(['karate', 'lesmis']).map((s) => s.name)).toEqual(['karate', 'lesmis']);
    expect(() => networkSpecs(['karate', 'football'])).toThrow(/football/);
  });

  it('says so when python is missing', () => {
    const load = loadRealNetworks(['karate'], 'no-such-python-here');
    expect(load.networks).toEqual([]);
    expect(load.unavailable).toMatch(/not installed/);
  });

  // python3 with networkx is part of this project's machines (see .ci/run).
  it('exports the karate club and the Davis projection', () => {
    const networkx = loadRealNetworks(['karate', 'davis']);
    expect(networkx.unavailable).toBeNull();
    const [karate, davis] = networkx.networks;
    expect([karate?.labels.length, karate?.ties.length]).toEqual([34, 78]);
    expect([davis?.labels.length, davis?.ties.length]).toEqual([18, 139]);
    for (const [a, b] of karate?.ties ?? []) expect(a).toBeLessThan(b);
  });
});
