// In-process timing of @thidua/report on the Gia Lai fixture: import of the Markdown (goal < 50 ms) and of the
// DOCX (goal < 300 ms), averaged after warm-up. The fixture is found beside the repository (../shared/fixtures)
// or in THIDUA_FIXTURES_DIR.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importDocx, importMarkdown } from '@thidua/report';
import { sharedFixturePath } from '../libs/report/src/testing/fixture-path';

const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

interface Timing {
  first: number;
  mean: number;
  min: number;
  max: number;
}

async function measure(run: () => unknown): Promise<Timing> {
  const once = async () => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const first = await once();
  for (let i = 1; i < WARM_UP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  return {
    first,
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    min: Math.min(...times),
    max: Math.max(...times),
  };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function report(name: string, timing: Timing, goalMs: number): void {
  const verdict = timing.mean < goalMs ? 'met' : 'NOT met';
  console.log(
    `${name.padEnd(16)} mean ${fmt(timing.mean)} (min ${fmt(timing.min)}, max ${fmt(timing.max)}, ` +
      `first call ${fmt(timing.first)}) — goal < ${goalMs} ms: ${verdict}`,
  );
}

async function main(): Promise<void> {
  const markdown = readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md'), 'utf8');
  const docx = readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.docx'));
  console.log(
    `@thidua/report — fixture so-cong-thuong-gia-lai-2023-h1, ${RUNS} runs after ${WARM_UP} warm-up (node ${process.version})`,
  );
  report('importMarkdown', await measure(() => importMarkdown(markdown)), 50);
  report('importDocx', await measure(() => importDocx(docx)), 300);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
