import ExcelJS from 'exceljs';
import { renderRankingXlsx, type RankingPeriod } from './ranking-xlsx.exporter';

const period: RankingPeriod = {
  label: '6 tháng đầu năm 2023',
  criteria: [
    { id: 'C1', title: 'Thực hiện nhiệm vụ chính trị', max: '40' },
    { id: 'C2', title: 'Cải cách hành chính', max: '20.5' },
  ],
  entries: [
    {
      memberName: 'Sở Công Thương Kon Tum',
      rank: 2,
      total: '50.25',
      band: 'Tốt',
      self: { C1: '35', C2: null },
      final: { C1: '32', C2: '18.25' },
    },
    {
      memberName: 'Sở Công Thương Gia Lai',
      rank: 1,
      total: '58.5',
      band: 'Xuất sắc',
      self: { C1: '38', C2: '20' },
      final: { C1: '38.5', C2: '20' },
    },
  ],
};

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('renderRankingXlsx', () => {
  it('writes one sheet per period with members × criteria, self and final scores, total, rank and band', async () => {
    const workbook = await open(
      await renderRankingXlsx({
        groupName: 'Cụm thi đua số VIII',
        periods: [period, { ...period, label: 'Năm 2023' }],
      }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['6 tháng đầu năm 2023', 'Năm 2023']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Cụm thi đua số VIII');
    expect(sheet.getCell('A2').value).toBe('Kết quả chấm điểm, xếp hạng thi đua – 6 tháng đầu năm 2023');
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(4)).toEqual([
      'STT',
      'Đơn vị',
      'Thực hiện nhiệm vụ chính trị (tối đa 40)',
      'Thực hiện nhiệm vụ chính trị (tối đa 40)',
      'Cải cách hành chính (tối đa 20,5)',
      'Cải cách hành chính (tối đa 20,5)',
      'Tổng điểm',
      'Xếp hạng',
      'Xếp loại',
    ]);
    expect(row(5).slice(2, 6)).toEqual(['Tự chấm', 'Điểm chốt', 'Tự chấm', 'Điểm chốt']);
    expect(row(6)).toEqual([1, 'Sở Công Thương Gia Lai', 38, 38.5, 20, 20, 58.5, 1, 'Xuất sắc']);
    expect(row(7)).toEqual([2, 'Sở Công Thương Kon Tum', 35, 32, undefined, 18.25, 50.25, 2, 'Tốt']);
    expect(typeof sheet.getCell('G7').value).toBe('number');
    expect(sheet.getCell('C4').isMerged).toBe(true);
  });

  it('makes sheet names Excel accepts', async () => {
    const label = 'Kỳ 1/2023: sơ kết [bản chính thức rất dài]';
    const workbook = await open(
      await renderRankingXlsx({
        groupName: 'Khối',
        periods: [
          { ...period, label },
          { ...period, label },
        ],
      }),
    );
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});
