import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { projectRoot } from '../../src/util/project-root.js';

/**
 * tools/neo4j/db.sh, the script that runs the project's local Neo4j: two starts at once give one
 * Neo4j with the right pid, a stale pidfile is not believed, and stop finds its Neo4j even when
 * the pidfile is gone.
 */
const root = projectRoot();
const script = join(root, 'tools', 'neo4j', 'db.sh');
const instance = 'dbscript-check';
const port = String(7790 + Math.floor(Math.random() * 8));
const dir = join(root, '.neo4j', instance);
const pidfile = join(dir, 'neo4j.pid');
const run = promisify(execFile);

const db = (command: string) =>
  run('bash', [script, command, instance, port], { cwd: root, timeout: 600_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      out: `${error.stdout ?? ''}${error.stderr ?? ''}`,
    }),
  );

/** Processes serving this instance's data folder. */
function neo4jProcesses(): number[] {
  try {
    return execFileSync('pgrep', ['-f', `brein.LocalNeo4j ${join(dir, 'data')} `], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

describe('tools/neo4j/db.sh', () => {
  jest.setTimeout(600_000);

  afterAll(async () => {
    await db('kill');
    for (const pid of neo4jProcesses()) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers --help with its usage', async () => {
    const { stdout } = await run('bash', [script, '--help']);
    expect(stdout).toMatch(/^usage: db\.sh start\|stop/);
  });

  it('two starts at once run one Neo4j, whose pid is the one written', async () => {
    const [a, b] = await Promise.all([db('start'), db('start')]);
    // With the output in the message when a start fails.
    expect({ codes: [a.code, b.code], out: [a.out, b.out] }).toMatchObject({ codes: [0, 0] });
    expect([a.out, b.out].join('\n')).toMatch(/already running/);
    const processes = neo4jProcesses();
    expect(processes).toHaveLength(1);
    expect(Number(readFileSync(pidfile, 'utf8').trim())).toBe(processes[0]);
    expect((await db('status')).out).toContain(`pid ${processes[0]}`);
  });

  it('does not believe a pidfile whose pid is another process, and stop finds its Neo4j without one', async () => {
    const [serving] = neo4jProcesses();
    expect(serving).toBeDefined();
    // A pid that answers but is not this instance's Neo4j (this test's own process).
    writeFileSync(pidfile, `${process.pid}\n`);
    expect((await db('status')).out).toContain(`pid ${serving}`);
    rmSync(pidfile);
    const stopped = await db('stop');
    expect(stopped.out).toMatch(/stopped/);
    expect(neo4jProcesses()).toEqual([]);
    expect(existsSync(pidfile)).toBe(false);
    const status = await db('status');
    expect(status.code).toBe(3);
    expect(status.out).toMatch(/stopped/);
  });
});
