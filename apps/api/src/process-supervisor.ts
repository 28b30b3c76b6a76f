// Keeps `npm start`'s child processes (API, worker) running: one that dies is started again after a growing
// delay, the others carry on; stopping sends SIGTERM to all and SIGKILL to any still alive after a bound.
import { ChildProcess, fork } from 'node:child_process';

export interface SupervisedProcess {
  name: string;
  /** A Node.js script, started with fork(). */
  entry: string;
}

export interface SupervisorOptions {
  /** Delay before the first restart; doubled after each crash that follows quickly, up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A process that ran this long before dying counts as stable: its next restart waits initialDelayMs again. */
  stableAfterMs?: number;
  /** SIGTERM, then SIGKILL for whatever is still running after this long. */
  stopTimeoutMs?: number;
  log?: (message: string) => void;
}

interface Supervised {
  spec: SupervisedProcess;
  child: ChildProcess | null;
  startedAt: number;
  delayMs: number;
  restart: NodeJS.Timeout | null;
  restarts: number;
}

export class ProcessSupervisor {
  private readonly processes: Supervised[];
  private readonly options: Required<SupervisorOptions>;
  private stopping: Promise<void> | null = null;

  constructor(specs: readonly SupervisedProcess[], options: SupervisorOptions = {}) {
    this.options = {
      initialDelayMs: 500,
      maxDelayMs: 30_000,
      stableAfterMs: 60_000,
      stopTimeoutMs: 10_000,
      log: (message) => process.stderr.write(`${message}\n`),
      ...options,
    };
    this.processes = specs.map((spec) => ({
      spec,
      child: null,
      startedAt: 0,
      delayMs: this.options.initialDelayMs,
      restart: null,
      restarts: 0,
    }));
  }

  start(): void {
    for (const p of this.processes) this.launch(p);
  }

  /** The running child of each process, by name (for tests and logs). */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries(this.processes.map((p) => [p.spec.name, p.child?.pid]));
  }

  restartsOf(name: string): number {
    return this.processes.find((p) => p.spec.name === name)?.restarts ?? 0;
  }

  /** Resolves once every child has exited; idempotent. */
  stop(): Promise<void> {
    this.stopping ??= Promise.all(this.processes.map((p) => this.end(p))).then(() => undefined);
    return this.stopping;
  }

  private launch(p: Supervised): void {
    p.restart = null;
    const child = fork(p.spec.entry, [], { stdio: 'inherit' });
    p.child = child;
    p.startedAt = Date.now();
    child.on('exit', (code, signal) => {
      if (p.child === child) p.child = null;
      if (this.stopping !== null) return;
      if (Date.now() - p.startedAt >= this.options.stableAfterMs) p.delayMs = this.options.initialDelayMs;
      this.options.log(
        `${p.spec.name} exited (${signal ?? `code ${code}`}); restarting in ${p.delayMs} ms, the others keep running`,
      );
      p.restart = setTimeout(() => {
        p.restarts++;
        this.launch(p);
      }, p.delayMs);
      p.delayMs = Math.min(p.delayMs * 2, this.options.maxDelayMs);
    });
  }

  private end(p: Supervised): Promise<void> {
    if (p.restart !== null) clearTimeout(p.restart);
    const child = p.child;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const kill = setTimeout(() => {
        this.options.log(`${p.spec.name} did not stop within ${this.options.stopTimeoutMs} ms: killed`);
        child.kill('SIGKILL');
      }, this.options.stopTimeoutMs);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
