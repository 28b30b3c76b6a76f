import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFixturePath } from '../testing/fixture-path';
import { runReportImport } from './report-import';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await runReportImport(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('report-import CLI', () => {
  it('prints one JSON object with sections and numeric indicators', async () => {
    const { code, stdout, stderr } = await run(
      '--json',
      sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.docx'),
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['sections', 'indicators']);
    expect(printed.sections[0]).toEqual({ path: '0', title: 'Mở đầu' });
    expect(
      printed.indicators.find((i: { key: string }) => i.key === 'industrial_output_value'),
    ).toMatchObject({
      value: 14103.4,
      unit: 'tỷ đồng',
      percentOfPlan: 44.6,
      changeVsSamePeriodPercent: 14.9,
    });
  });

  it('with --regulation, also fills the indicators that regulation declares', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-import-'));
    const report = join(dir, 'bao-cao.md');
    const regulation = join(dir, 'quy-che.json');
    writeFileSync(report, 'Tỷ lệ văn bản thẩm định đúng tiến độ đạt 96,5%.');
    writeFileSync(
      regulation,
      JSON.stringify({
        format: 2,
        indicators: [{ key: 'on_time_rate', label: 'Tỷ lệ văn bản thẩm định đúng tiến độ', unit: '%' }],
      }),
    );
    try {
      const { code, stdout } = await run('--json', '--regulation', regulation, report);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).indicators).toEqual([
        expect.objectContaining({ key: 'on_time_rate', value: 96.5, unit: '%' }),
      ]);
      expect((await run('--json', '--regulation', report, report)).stderr).toMatch(/không đọc được quy chế/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it.each([
    [['--json', '--regulation'], 2, /Cách dùng/],
    [['--json', '/khong/co/tep.md'], 1, /tệp không tồn tại/],
    [['--json', __filename], 1, /Chưa hỗ trợ định dạng/],
    [['--json'], 2, /Cách dùng/],
    [['--json', 'a.md', 'b.md'], 2, /Cách dùng/],
  ])('exits non-zero with a message for %j', async (args, expectedCode, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(expectedCode);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
