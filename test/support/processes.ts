// Real API and worker processes from dist/ (npm run -s build first), as deployed: for signals, logs and ports.
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const API_ENTRY = join(ROOT, 'dist/apps/api/src/main.js');
export const WORKER_ENTRY = join(ROOT, 'dist/apps/worker/src/main.js');
export const RETRY_ENTRY = join(ROOT, 'dist/libs/jobs/src/cli/retry-failed.js');

/** A port on this machine that nothing listens on (yet). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class Spawned {
  /** Everything the process wrote to stdout and stderr. */
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  /** `env`: the test process's environment (its database, queue prefix) with these changes; undefined unsets. */
  constructor(entry: string, env: Record<string, string | undefined>, args: string[] = []) {
    const merged = { ...process.env, ...env };
    for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
    this.child = spawn(process.execPath, [entry, ...args], {
      env: merged,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** The JSON log lines written so far (every line must be one). */
  lines(): Record<string, unknown>[] {
    return this.output
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Sends SIGTERM; resolves with the time to exit and how. */
  async terminate(): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null }> {
    const started = Date.now();
    this.child.kill('SIGTERM');
    const how = await this.exited;
    return { ms: Date.now() - started, ...how };
  }

  /** For teardown after a failed test: the process must not outlive the suite. */
  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

/** Polls until the URL answers with `status`; fails with the process's output otherwise. */
export async function waitForHttp(url: string, process: Spawned, status = 200, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(url).catch(() => null);
    if (res?.status === status) return res;
    if (Date.now() > until) throw new Error(`${url} did not answer ${status}:\n${process.output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
