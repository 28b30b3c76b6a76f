// The built API and worker (npm run -s build) as processes of their own, as deployed: tests and benchmarks
// start several, kill them, and speak to them over loopback.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// From the sources (Jest) the build is in dist/; from the build (benchmarks) it is beside this file.
const DIST = __dirname.includes('/dist/') ? join(__dirname, '../..') : join(__dirname, '../../dist');
const MAIN = { api: 'apps/api/src/main.js', worker: 'apps/worker/src/main.js' } as const;
/**
 * Node's flags, as docker-compose.yml gives them (NODE_OPTIONS): the API's old generation is capped, or V8
 * lets it grow to ≈ 200 MB of garbage between collections under load (docs/performance.md, reads).
 */
const NODE_FLAGS: Record<keyof typeof MAIN, string[]> = { api: ['--max-old-space-size=192'], worker: [] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read GraphQL results loosely
type GqlData = Record<string, any>;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class PortalProcess {
  private errors = '';

  private constructor(
    readonly kind: keyof typeof MAIN,
    readonly url: string,
    readonly child: ChildProcess,
  ) {
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (this.errors = (this.errors + chunk.toString()).slice(-4000)),
    );
  }

  /**
   * Starts one and resolves once its /health answers 200 (the worker's once its relay has run). The child
   * inherits this process's environment (database, queue prefix, Redis, JWT secret) with `env` over it.
   */
  static async start(kind: keyof typeof MAIN, env: Record<string, string> = {}): Promise<PortalProcess> {
    const main = join(DIST, MAIN[kind]);
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run -s build" first`);
    const port = await freePort();
    const child = spawn(process.execPath, [...NODE_FLAGS[kind], main], {
      env: {
        ...process.env,
        ...env,
        ...(kind === 'api' ? { PORT: String(port) } : { WORKER_HEALTH_PORT: String(port) }),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const started = new PortalProcess(kind, `http://127.0.0.1:${port}`, child);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (!started.running) throw new Error(`the ${kind} exited at start: ${started.errors}`);
      const res = await fetch(`${started.url}/health`).catch(() => null);
      if (res?.status === 200) return started;
      if (Date.now() > deadline) {
        await started.stop();
        throw new Error(`the ${kind} did not become healthy in 60 s: ${started.errors}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** `count` of a kind, started side by side (a scale-out run's 2 APIs or workers). */
  static startMany(kind: keyof typeof MAIN, count: number, env: Record<string, string> = {}) {
    return Promise.all(Array.from({ length: count }, () => PortalProcess.start(kind, env)));
  }

  /** One GraphQL operation over HTTP, as a browser sends it; throws with the server's errors. */
  async gql(query: string, variables: object, token: string): Promise<GqlData> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: GqlData; errors?: unknown[] };
    if (body.errors?.length)
      throw new Error(`GraphQL error from ${this.url}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the process wrote to stderr last, for a failing test's message. */
  get stderr() {
    return this.errors;
  }

  /** SIGKILL: no shutdown hook runs, active jobs stay locked until BullMQ finds them stalled. */
  async kill() {
    await this.signal('SIGKILL');
  }

  /** SIGTERM, and SIGKILL if it has not exited 15 s later. */
  async stop() {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.signal('SIGTERM');
    clearTimeout(timer);
  }

  private async signal(signal: NodeJS.Signals) {
    if (!this.running) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill(signal);
    await exited;
  }
}
