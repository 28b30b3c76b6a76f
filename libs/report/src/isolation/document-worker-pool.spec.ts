import { readFileSync } from 'node:fs';
import { ReportImportError } from '../import/report-import.error';
import { sharedFixturePath } from '../testing/fixture-path';
import { DocumentLimitError, DocumentWorkerPool } from './document-worker-pool';

const markdown = readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md'));
/** Under every size limit, yet seconds of reading: 19,000 percentages in one paragraph. */
const heavy = Buffer.from(
  `Chỉ số IIP ${Array.from({ length: 9_500 }, (_, i) => `tăng ${i % 90}%, `).join('')}`,
);

describe('DocumentWorkerPool', () => {
  let pool: DocumentWorkerPool;
  afterEach(() => pool.close());

  it('imports in a thread what the caller would import itself', async () => {
    pool = new DocumentWorkerPool({ size: 1 });
    const report = await pool.importReport('bao-cao.md', markdown);
    expect(report.indicators.map((i) => i.key)).toContain('industrial_output_value');
    const xlsx = await pool.render('rankingXlsx', { groupName: 'Cụm thi đua', periods: [] });
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('terminates a task past its time limit, refuses it in Vietnamese, and goes on with a new thread', async () => {
    pool = new DocumentWorkerPool({ size: 1, limits: { timeMs: 5_000 } });
    await pool.importReport('bao-cao.md', markdown); // the thread is up: its start is not the task's time
    (pool.limits as { timeMs: number }).timeMs = 20;
    const refused = pool.importReport('bao-cao.md', heavy);
    await expect(refused).rejects.toBeInstanceOf(ReportImportError);
    await expect(refused).rejects.toMatchObject({ code: 'TOO_COMPLEX', message: /Không đọc xong tệp/ });
    (pool.limits as { timeMs: number }).timeMs = 30_000;
    expect((await pool.importReport('bao-cao.md', markdown)).sections.length).toBeGreaterThan(10);
  }, 120_000);

  it('refuses a task that outgrows the thread heap', async () => {
    pool = new DocumentWorkerPool({
      size: 1,
      limits: { memoryMb: 8, timeMs: 60_000, textChars: 1e9, numbers: 1e9 },
    });
    const big = Buffer.from('Giá trị sản xuất công nghiệp đạt 1 tỷ đồng. '.repeat(200_000));
    await expect(pool.importReport('bao-cao.md', big)).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      message: /quá nhiều bộ nhớ/,
    });
  }, 120_000);

  it('refuses at once what would wait behind a full queue', async () => {
    pool = new DocumentWorkerPool({ size: 1, maxQueued: 2 }); // both wait for the thread to start
    const first = pool.importReport('bao-cao.md', markdown);
    const second = pool.importReport('bao-cao.md', markdown);
    await expect(pool.importReport('bao-cao.md', markdown)).rejects.toMatchObject({ reason: 'busy' });
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  }, 60_000);

  it('refuses everything once closed', async () => {
    pool = new DocumentWorkerPool({ size: 1 });
    await pool.close();
    await expect(pool.importReport('bao-cao.md', markdown)).rejects.toBeInstanceOf(DocumentLimitError);
  });
});
