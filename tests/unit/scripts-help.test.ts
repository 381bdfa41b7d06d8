import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { projectRoot } from '../../src/util/project-root.js';

/**
 * Every npm script of the project answers --help with its usage (exit 0, nothing run), and an
 * unknown option with what is wrong and the usage (exit 2), never with a stack trace.
 */
const root = projectRoot();
const run = promisify(execFile);
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<
  string,
  string
>;

/** npm scripts that run a TypeScript entry point of the project (src/cli/*.ts). */
const entries = Object.entries(scripts)
  .map(([name, command]) => ({ name, file: /\bsrc\/cli\/[\w-]+\.ts\b/.exec(command)?.[0] }))
  .filter((entry): entry is { name: string; file: string } => entry.file !== undefined);
entries.push({ name: 'start', file: 'src/main.ts' });

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function launch(file: string, args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: root,
      // Without a database: --help must answer before anything connects.
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', REDIS_URL: '' },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Runs the cases a few at a time: each is a Node process of its own. */
async function inTurns<T, R>(items: readonly T[], work: (item: T) => Promise<R>, width = 4): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

const STACK_LINE = /^\s+at .+[(:]\d+/m;

describe('npm scripts', () => {
  jest.setTimeout(240_000);

  it('lists the entry points it checks', () => {
    const names = entries.map((entry) => entry.name);
    for (const name of ['generate', 'bench', 'import', 'export', 'token', 'api-key', 'seed', 'start']) {
      expect(names).toContain(name);
    }
  });

  it('answer --help with their usage and exit 0', async () => {
    const outcomes = await inTurns(entries, (entry) => launch(entry.file, ['--help']));
    const wrong = entries
      .map((entry, i) => ({ ...entry, ...outcomes[i]! }))
      .filter(
        (o) =>
          o.code !== 0 ||
          !o.stdout.includes(`npm ${o.name === 'start' ? 'start' : `run ${o.name}`}`) ||
          STACK_LINE.test(o.stderr),
      );
    expect(
      wrong.map((o) => `${o.name}: exit ${o.code}; ${o.stdout.slice(0, 80)} ${o.stderr.slice(0, 300)}`),
    ).toEqual([]);
  });

  it('refuse an unknown option with the reason and the usage, exit 2, no stack trace', async () => {
    const outcomes = await inTurns(entries, (entry) => launch(entry.file, ['--no-such-option']));
    const wrong = entries
      .map((entry, i) => ({ ...entry, ...outcomes[i]! }))
      .filter(
        (o) =>
          o.code !== 2 ||
          !/no-such-option/.test(o.stderr) ||
          !/usage/i.test(o.stderr) ||
          STACK_LINE.test(o.stderr),
      );
    expect(wrong.map((o) => `${o.name}: exit ${o.code}; ${o.stderr.slice(0, 300)}`)).toEqual([]);
  });

  it('refuse a value that is not a number with the option named', async () => {
    const outcome = await launch('src/cli/generate.ts', ['--professionals', 'many']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/--professionals takes a whole number/);
    expect(outcome.stderr).not.toMatch(STACK_LINE);
  });
});
