import { readArgs } from './args.js';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { recommendationPlanCases, SCAN_OPERATORS } from '../recommend/plan-cases.js';
import { projectRoot } from '../util/project-root.js';
import { withServices } from './with-services.js';

/**
 * npm run profile:recommend: PROFILE of every recommendation statement on the loaded graph (the
 * demo data), warm (third run), and the server time of 20 runs without PROFILE, written to bench/results/profile-<date>.md.
 */
readArgs(
  `usage: npm run profile:recommend
PROFILE of every recommendation statement on the loaded graph (warm, third run) and the server time
of 20 plain runs, in bench/results/profile-<date>.md. Uses NEO4J_URI, else the local Neo4j.`,
  {},
);
await withServices(async (services) => {
  await services.db.write(services.cypher.get('maintenance/prepare-for-replanning'));
  const lines = [
    '| statement | leaf operators | scans | db hits | rows | server ms under PROFILE | server ms, median of 20 plain runs |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { statement, params } of recommendationPlanCases(services)) {
    for (let i = 0; i < 2; i++) await services.db.profile(statement, params);
    const plan = await services.db.profile(statement, params);
    const plain: number[] = [];
    for (let i = 0; i < 20; i++) {
      const run = await services.db.profile(statement, params, false);
      plain.push(run.availableAfterMs + run.consumedAfterMs);
    }
    const median = plain.sort((a, b) => a - b)[10];
    const maxDepth = Math.max(...plan.operators.map((o) => o.depth));
    const leaves = [
      ...new Set(
        plan.operators
          .filter(
            (o) => o.depth === maxDepth || o.operator.includes('Seek') || o.operator.includes('Procedure'),
          )
          .map((o) => o.operator),
      ),
    ];
    const scans = plan.operators.filter((o) => SCAN_OPERATORS.has(o.operator)).map((o) => o.operator);
    lines.push(
      `| ${plan.name} | ${leaves.join(', ')} | ${scans.join(', ') || 'none'} | ${plan.dbHits} | ${plan.rows} | ${plan.availableAfterMs + plan.consumedAfterMs} | ${median} |`,
    );
  }
  const table = lines.join('\n');
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `profile-${new Date().toISOString().slice(0, 10)}.md`);
  writeFileSync(file, `# PROFILE of the recommendation statements\n\n${table}\n`);
  process.stdout.write(`${table}\n\nwritten to ${file}\n`);
});
