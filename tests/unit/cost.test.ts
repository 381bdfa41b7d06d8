import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from '../../src/graphql/schema.js';
import { budgetsFrom, CostModel } from '../../src/server/cost.js';
import { projectRoot } from '../../src/util/project-root.js';

const model = new CostModel(buildSchema(projectRoot()));
const budgets = budgetsFrom(6_000);

describe('the cost model', () => {
  it('prices a walk by limit times depth squared, whatever it selects', () => {
    expect(
      model.price('{ neighborhood(id: "x", depth: 3, limit: 500) { nodes { id } edges { type } } }'),
    ).toBe(4_500);
    expect(
      model.price('query($l: Int) { neighborhood(id: "x", depth: 2, limit: $l) { nodes { id } } }', {
        l: 100,
      }),
    ).toBe(400);
    // The schema's defaults count when an argument is left out: depth 1, limit 200.
    expect(model.price('{ neighborhood(id: "x") { nodes { id } } }')).toBe(200);
  });

  it('multiplies nested pages, counts a connection page once and sums aliases', () => {
    const one = model.price('{ professionals(first: 10) { edges { node { id } } } }');
    // The connection (1) plus ten edges, each an edge (1) and a node (1) with a free scalar.
    expect(one).toBe(1 + 10 * 2);
    expect(
      model.price(
        '{ a: professionals(first: 10) { edges { node { id } } } b: professionals(first: 10) { edges { node { id } } } }',
      ),
    ).toBe(2 * one);
    const nested = model.price(
      '{ professionals(first: 10) { edges { node { knows { professional { id } } } } } }',
    );
    expect(nested).toBe(1 + 10 * (1 + (1 + (1 + 5 * 1))));
  });

  it('prices what cannot run at nothing, since validation refuses it before any work', () => {
    expect(model.price('{ nonsense }')).toBe(0);
    expect(model.price('{ unclosed')).toBe(0);
  });

  it('lets every embed operation through for an anonymous page', () => {
    const dir = join(projectRoot(), 'web', 'embed', 'operations');
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const price = model.price(readFileSync(join(dir, file), 'utf8'), { id: 'alliance-x' });
      expect(price).toBeGreaterThan(0);
      expect(price).toBeLessThanOrEqual(budgets.anonymous);
    }
  });

  it('gives each role a larger budget than the one below it', () => {
    expect(
      budgets.anonymous < budgets.member && budgets.member < budgets.editor && budgets.editor < budgets.admin,
    ).toBe(true);
  });
});
