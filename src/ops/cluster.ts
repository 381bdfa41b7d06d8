import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../util/project-root.js';

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

/** Debian's redis-server on a port of its own, without persistence; it can stop and start again. */
export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again) on the same port and waits until it accepts connections. */
  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const started = Date.now();
    while (!output.includes('Ready to accept connections')) {
      if (child.exitCode !== null) throw new Error(`redis-server did not start: ${output.slice(-500)}`);
      if (Date.now() - started > 15_000) throw new Error('redis-server did not start within 15 s');
      await sleep(50);
    }
    child.stdout!.off('data', collect).resume();
    child.stderr!.off('data', collect).resume();
  }

  async stop(): Promise<void> {
    if (this.child) await stopProcess(this.child);
    this.child = undefined;
  }
}

export interface ReplicaOptions {
  readonly name: string;
  /** Environment of the service (NEO4J_URI, REDIS_URL, ...); PORT and HOST are set here. */
  readonly env: Record<string, string>;
  /** Wait until /readyz answers 200 (default true). */
  readonly awaitReady?: boolean;
  /** How long to wait for it (default 120 s). */
  readonly readyTimeoutMs?: number;
}

/** One replica of the service: `node --import tsx src/main.ts` in a process of its own. */
export class Replica {
  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly output: string[],
  ) {}

  static async start({
    name,
    env,
    awaitReady = true,
    readyTimeoutMs = 120_000,
  }: ReplicaOptions): Promise<Replica> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot(), 'src', 'main.ts')], {
      cwd: projectRoot(),
      env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      if (output.length > 200) output.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const replica = new Replica(name, `http://127.0.0.1:${port}`, child, output);
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`replica ${name} exited: ${replica.log().slice(-2_000)}`);
      const status = await replica.status(awaitReady ? '/readyz' : '/healthz');
      if (status === 200) return replica;
      if (Date.now() - started > readyTimeoutMs) throw new Error(`replica ${name} did not become ready`);
      await sleep(200);
    }
  }

  /** The HTTP status of GET `path`, or 0 when nothing answers. */
  async status(path: string): Promise<number> {
    return fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.status,
      () => 0,
    );
  }

  /** What the process wrote, for a failing check's message. */
  log(): string {
    return this.output.join('');
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills the process at once (SIGKILL): no draining, no shutdown. */
  async kill(): Promise<void> {
    await stopProcess(this.child, 'SIGKILL');
  }

  async stop(): Promise<void> {
    await stopProcess(this.child);
  }
}
