// Imports and renderings run in worker threads, never on the caller's event loop: a thread has a heap limit, and
// a task past its time limit has its thread terminated (a runaway regular expression cannot be interrupted any
// other way). Threads start on first use and are reused; a bounded queue holds what waits for one.
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportedReport } from '../document/report-document.model';
import type { ImportOptions } from '../import/imported-report.assembler';
import { ReportImportError } from '../import/report-import.error';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits';
import type { DocumentRenderKind, DocumentTaskKind, DocumentTasks } from './document-tasks';

export type DocumentLimitReason = 'time' | 'memory' | 'busy' | 'crashed' | 'closed';

/** A task the pool gave up on; `reason` says why. */
export class DocumentLimitError extends Error {
  override readonly name = 'DocumentLimitError';

  constructor(
    readonly reason: DocumentLimitReason,
    message: string,
  ) {
    super(message);
  }
}

export interface DocumentWorkerPoolOptions {
  /** Threads at most; default: one less than the cores, at least one, at most four. */
  size?: number;
  /** Tasks that may wait for a thread; beyond, run() refuses at once (`busy`). */
  maxQueued?: number;
  limits?: Partial<DocumentLimits>;
}

interface Job {
  id: number;
  kind: DocumentTaskKind;
  input: unknown;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  job: Job | null;
}

interface Reply {
  id?: number;
  ready?: boolean;
  result?: unknown;
  error?: { name?: string; message: string; code?: string };
}

/**
 * Compiled, the thread runs document.worker.js. From TypeScript source (ts-jest), the thread compiles what it
 * requires as ts-jest does in the caller's thread, so tests exercise the same isolation as production.
 */
function workerScript(): { script: string; eval: boolean } {
  const entry = join(__dirname, `document.worker${extname(__filename)}`);
  if (!entry.endsWith('.ts')) return { script: entry, eval: false };
  const hook = `
    const ts = require('typescript');
    const { readFileSync } = require('node:fs');
    require.extensions['.ts'] = (module, file) => module._compile(ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText, file);
    require(${JSON.stringify(entry)});`;
  return { script: hook, eval: true };
}

const defaultSize = () => Math.min(4, Math.max(1, availableParallelism() - 1));

export class DocumentWorkerPool {
  readonly limits: DocumentLimits;
  private readonly size: number;
  private readonly maxQueued: number;
  private readonly threads = new Set<Thread>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: DocumentWorkerPoolOptions = {}) {
    this.limits = { ...DEFAULT_DOCUMENT_LIMITS, ...options.limits };
    this.size = options.size ?? defaultSize();
    this.maxQueued = options.maxQueued ?? 32;
  }

  /** Reads an uploaded report; over a limit, a ReportImportError (TOO_LARGE, TOO_COMPLEX) the member can read. */
  async importReport(
    fileName: string,
    content: Buffer,
    options: ImportOptions = {},
  ): Promise<ImportedReport> {
    try {
      const declared = options.declared?.map(({ key, label, unit }) => ({ key, label, unit }));
      return await this.run('importReport', { fileName, content, declared });
    } catch (error) {
      if (error instanceof DocumentLimitError && (error.reason === 'time' || error.reason === 'memory')) {
        throw new ReportImportError(
          'TOO_COMPLEX',
          error.reason === 'time'
            ? `Không đọc xong tệp trong ${this.limits.timeMs / 1000} giây: nội dung tệp bất thường (quá nhiều số liệu, khoảng trắng hoặc ký hiệu lặp lại). Hãy kiểm tra lại tệp.`
            : `Đọc tệp cần quá nhiều bộ nhớ (hơn ${this.limits.memoryMb} MB): nội dung tệp bất thường. Hãy kiểm tra lại tệp.`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** Renders an export in a thread; the bytes come back as a Buffer. */
  async render<K extends DocumentRenderKind>(kind: K, input: DocumentTasks[K]['input']): Promise<Buffer> {
    const bytes = await this.run(kind, input);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  run<K extends DocumentTaskKind>(
    kind: K,
    input: DocumentTasks[K]['input'],
  ): Promise<DocumentTasks[K]['result']> {
    if (this.closed) return Promise.reject(new DocumentLimitError('closed', 'The document pool is closed.'));
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new DocumentLimitError('busy', `${this.queue.length} documents already wait.`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, input, resolve: resolve as Job['resolve'], reject });
      this.pump();
    });
  }

  /** Stops every thread; waiting and running tasks are refused (`closed`). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new DocumentLimitError('closed', 'The pool closed.'));
    await Promise.all(
      [...this.threads].map((t) => this.retire(t, new DocumentLimitError('closed', 'Closed.'))),
    );
  }

  private pump(): void {
    for (const thread of this.threads) {
      if (this.queue.length === 0) return;
      if (thread.ready && thread.job === null) this.start(thread, this.queue.shift()!);
    }
    const starting = [...this.threads].filter((t) => !t.ready).length;
    if (this.queue.length > starting && this.threads.size < this.size) this.spawn();
  }

  private start(thread: Thread, job: Job): void {
    thread.job = job;
    thread.worker.ref(); // a running task keeps the process alive; an idle thread does not
    job.timer = setTimeout(() => {
      void this.retire(thread, new DocumentLimitError('time', `Past ${this.limits.timeMs} ms.`));
    }, this.limits.timeMs);
    thread.worker.postMessage({ id: job.id, kind: job.kind, input: job.input });
  }

  private spawn(): void {
    const { script, eval: isEval } = workerScript();
    const worker = new Worker(script, {
      eval: isEval,
      workerData: { limits: this.limits },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    const thread: Thread = { worker, ready: false, job: null };
    this.threads.add(thread);
    worker.on('message', (reply: Reply) => this.answer(thread, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      void this.retire(thread, new DocumentLimitError(memory ? 'memory' : 'crashed', error.message));
    });
    worker.on(
      'exit',
      () => void this.retire(thread, new DocumentLimitError('crashed', 'The thread exited.')),
    );
    if (this.queue.length === 0) worker.unref();
  }

  private answer(thread: Thread, reply: Reply): void {
    if (reply.ready) thread.ready = true;
    const job = thread.job;
    if (job !== null && reply.id === job.id) {
      clearTimeout(job.timer);
      thread.job = null;
      thread.worker.unref();
      if (reply.error === undefined) job.resolve(reply.result);
      else job.reject(revive(reply.error));
    }
    this.pump();
  }

  /** Ends a thread (once), refusing its task with `reason`, and lets the queue move on. */
  private async retire(thread: Thread, reason: DocumentLimitError): Promise<void> {
    if (!this.threads.delete(thread)) return;
    const job = thread.job;
    thread.job = null;
    if (job !== null) {
      clearTimeout(job.timer);
      job.reject(reason);
    }
    // A thread that dies before it is ready will not do better the next time: refuse what waits, spawn no more.
    if (!thread.ready) for (const waiting of this.queue.splice(0)) waiting.reject(reason);
    await thread.worker.terminate();
    if (!this.closed) this.pump();
  }
}

/** Errors cross the thread boundary as data; a ReportImportError keeps its code and Vietnamese message. */
function revive({ name, message, code }: NonNullable<Reply['error']>): Error {
  if (name === 'ReportImportError') return new ReportImportError(code as ReportImportError['code'], message);
  const error = new Error(message);
  if (name !== undefined) error.name = name;
  return error;
}
