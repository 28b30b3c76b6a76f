// In-process timing of @thidua/report on the Gia Lai fixture: import of the Markdown (goal < 50 ms) and of the
// DOCX (goal < 300 ms), and the exports the API renders in-process (report DOCX, a 20 × 60 ranking workbook),
// averaged after warm-up. The fixture is found beside the repository (../shared/fixtures)
// or in THIDUA_FIXTURES_DIR.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importDocx, importMarkdown, renderRankingXlsx, renderReportDocx } from '@thidua/report';
import { sharedFixturePath } from '../libs/report/src/testing/fixture-path';
import { runBench } from './support/run';

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

  const imported = importMarkdown(markdown);
  const letter = {
    issuingBody: 'SỞ CÔNG THƯƠNG',
    parentBody: 'UBND TỈNH GIA LAI',
    number: '45/BC-SCT',
    place: 'Gia Lai',
    date: '2023-06-15',
  };
  const reportDocx = () =>
    renderReportDocx({
      ...letter,
      documentType: 'BÁO CÁO',
      summary: imported.title ?? '',
      sections: imported.sections,
      footnotes: imported.footnotes,
      signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      signerName: 'Rcom Jen',
      recipients: imported.recipients,
    });
  // The API answers exports synchronously while they stay well under a second.
  report('renderReportDocx', await measure(reportDocx), 300);
  const criteria = Array.from({ length: 60 }, (_, i) => ({ id: `C${i}`, title: `Tiêu chí ${i}`, max: 10 }));
  const entries = Array.from({ length: 20 }, (_, m) => ({
    memberName: `Đơn vị ${m}`,
    rank: m + 1,
    total: String(600 - m),
    band: 'Tốt',
    self: Object.fromEntries(criteria.map((c) => [c.id, '9.5'])),
    final: Object.fromEntries(criteria.map((c) => [c.id, '9.25'])),
  }));
  const workbook = () =>
    renderRankingXlsx({
      groupName: 'Cụm thi đua',
      periods: [
        { label: '6 tháng', criteria, entries },
        { label: 'Năm', criteria, entries },
      ],
    });
  report('rankingXlsx 20×60', await measure(workbook), 300);
}

runBench(main);
