import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessSupervisor } from './process-supervisor';

const alive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !probe();) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('ProcessSupervisor (npm start)', () => {
  let dir: string;
  let supervisor: ProcessSupervisor;
  const script = (name: string, code: string) => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, code);
    return file;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
  });
  afterEach(async () => {
    await supervisor?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a crashed process with a growing delay while the other keeps running', async () => {
    const starts = join(dir, 'starts');
    writeFileSync(starts, '');
    // "api" dies at once its first three times (as out of memory would), then stays up.
    const api = script(
      'api',
      `const fs = require('fs'); fs.appendFileSync(${JSON.stringify(starts)}, 'x');
       if (fs.readFileSync(${JSON.stringify(starts)}, 'utf8').length <= 3) process.exit(134);
       setInterval(() => {}, 1000);`,
    );
    const worker = script('worker', 'setInterval(() => {}, 1000);');
    const logs: string[] = [];
    supervisor = new ProcessSupervisor(
      [
        { name: 'api', entry: api },
        { name: 'worker', entry: worker },
      ],
      { initialDelayMs: 20, log: (m) => logs.push(m) },
    );
    supervisor.start();
    const workerPid = supervisor.pids().worker;
    await until(() => readFileSync(starts, 'utf8').length === 4 && alive(supervisor.pids().api));

    expect(supervisor.restartsOf('api')).toBe(3);
    expect(supervisor.pids().worker).toBe(workerPid);
    expect(alive(workerPid)).toBe(true);
    expect(supervisor.restartsOf('worker')).toBe(0);
    expect(logs.filter((l) => l.startsWith('api exited')).map((l) => /in (\d+) ms/.exec(l)?.[1])).toEqual([
      '20',
      '40',
      '80',
    ]);
  });

  it('stops both on request, killing one that ignores SIGTERM after the bound', async () => {
    const stubborn = script('api', `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`);
    const polite = script('worker', 'setInterval(() => {}, 1000);');
    supervisor = new ProcessSupervisor(
      [
        { name: 'api', entry: stubborn },
        { name: 'worker', entry: polite },
      ],
      { stopTimeoutMs: 300, log: () => undefined },
    );
    supervisor.start();
    const pids = supervisor.pids();
    await new Promise((r) => setTimeout(r, 200)); // both have installed their handlers
    await supervisor.stop();

    expect(alive(pids.api)).toBe(false);
    expect(alive(pids.worker)).toBe(false);
    expect(supervisor.restartsOf('api')).toBe(0);
  });
});
