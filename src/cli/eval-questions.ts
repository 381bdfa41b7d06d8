import { readArgs, usageError } from './args.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import {
  checkTarget,
  NDCG_K,
  questionTable,
  RUN_K,
  runQuestions,
  summaryTable,
  TARGET,
  targetLine,
  type QuestionRun,
} from '../eval/question-run.js';
import { checkQuestionSet, loadQuestionSet, SPLITS, type Split } from '../eval/questions.js';
import type { GraphData } from '../importing/graph-import.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';

/**
 * npm run eval:questions [-- options]: imports data/demo.json, asks the service every judged
 * question of the chosen split (eval/questions.json) and scores its answers against the plain
 * full-text baseline (nDCG@5, recall@10, MRR). Writes bench/results/eval-questions-<split>-<date>.json
 * and .md. The heldout split is meant to be scored once, after the ranking is tuned.
 * It EMPTIES the database, so it insists on an explicit NEO4J_URI rather than the development one.
 */
const USAGE = [
  'usage: npm run eval:questions -- [--split tune|heldout|all] [--file PATH]',
  'Scores the answers of ask() against the plain full-text baseline (nDCG@5, recall@10, MRR).',
  'It empties the database, so it needs an explicit NEO4J_URI.',
  '  --split tune|heldout|all   questions to score (default tune)',
  '  --file PATH                question set (default eval/questions.json)',
].join('\n');

const { values } = readArgs(USAGE, {
  options: {
    split: { type: 'string', default: 'tune' },
    file: { type: 'string', default: join('eval', 'questions.json') },
  },
});
const isSplit = (s: string): s is Split => (SPLITS as readonly string[]).includes(s);
const choice = values.split;
if (choice !== 'all' && !isSplit(choice)) usageError(USAGE, '--split takes tune, heldout or all');
const selection: Split | 'all' = choice;
const splits: readonly Split[] = selection === 'all' ? SPLITS : [selection];
if (splits.includes('heldout')) {
  console.error(
    'WARNING: scoring the heldout split; it is meant to be scored once, after the ranking is tuned',
  );
}

const config = loadConfig();
if (!config.neo4j.uri) {
  console.error('eval:questions empties the database: set NEO4J_URI to a disposable Neo4j');
  process.exit(2);
}

const root = projectRoot();
const file = isAbsolute(values.file) ? values.file : join(root, values.file);
const shownFile = relative(root, file);
const set = loadQuestionSet(file);
const demo = JSON.parse(readFileSync(join(root, 'data', 'demo.json'), 'utf8')) as GraphData;
const problems = checkQuestionSet(set, demo);
if (problems.length > 0) {
  console.error(`${shownFile} does not match data/demo.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const questions = set.questions.filter((q) => splits.includes(q.split));
if (questions.length === 0) {
  console.error(`no questions in split ${selection}`);
  process.exit(1);
}

function report(run: QuestionRun, date: string): string {
  const scored: readonly (Split | 'all')[] = selection === 'all' ? [...SPLITS, 'all'] : [selection];
  const heldout = splits.includes('heldout')
    ? targetLine(checkTarget(run, 'heldout'), 'heldout')
    : `heldout: not scored in this run; ${targetLine(checkTarget(run, 'tune'), 'tune')} (indication only)`;
  return [
    `# Question answering against a full-text baseline, ${date}`,
    '',
    `${questions.length} judged questions (${shownFile}, ` +
      `split ${selection}) on data/demo.json, asked as an admin (visibility ignored).`,
    `ours: the target list of ask (first ${RUN_K}); baseline: the question, Lucene-escaped, against the ` +
      `Dutch full-text index (entity_text), the first ${RUN_K} hits with the target's label, no scope.`,
    `nDCG@${NDCG_K} with gains 2^grade − 1; recall@${RUN_K} and MRR over grade ≥ 1 in the first ${RUN_K}.`,
    '',
    summaryTable(run, scored),
    '',
    `Target: heldout nDCG@${NDCG_K} ≥ ${TARGET.ndcg} and ≥ ${TARGET.ratio}× the baseline.`,
    `- ${heldout}`,
    '',
    '## Per question',
    '',
    questionTable(run.questions),
    '',
  ].join('\n');
}

const logger = createLogger(config.logLevel);
const services = connect(config, logger);
try {
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  await services.db.write(services.cypher.get('maintenance/delete-all-entities'));
  const imported = await services.importer.import(demo, 'eval');
  if (imported.rejected.length > 0) {
    const first = JSON.stringify(imported.rejected[0]);
    throw new Error(`data/demo.json: ${imported.rejected.length} rows rejected, first: ${first}`);
  }
  services.recommendations.questions.invalidate();

  const run = await runQuestions(services, questions, (q, i) =>
    console.error(`asking ${q.id} (${i + 1}/${questions.length})...`),
  );
  const date = new Date().toISOString().slice(0, 10);
  const markdown = report(run, date);
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `eval-questions-${selection}-${date}`);
  const json = {
    date,
    file: shownFile,
    split: selection,
    k: { ndcg: NDCG_K, list: RUN_K },
    target: TARGET,
    ...run,
  };
  writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown);
  console.log(markdown);
  console.error(`written: ${base}.json, ${base}.md`);
} finally {
  await services.db.close();
}
