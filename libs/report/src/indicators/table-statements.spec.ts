import { extractIndicators } from './indicator.extractor';
import { tableStatements } from './table-statements';

const TABLE = [
  '| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2023 | Thực hiện 6 tháng năm 2023 | So với KH (%) | So với cùng kỳ (%) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| 1 | Giá trị sản xuất công nghiệp | Tỷ đồng | 31.600 | 14.103,4 | 44,6 | 114,9 |',
  '| 2 | Kim ngạch xuất khẩu | Triệu USD | 681 | 420 | 61,67 | 96,8 |',
  '| 3 | Ghi chú | | | | | |',
].join('\n');

describe('tableStatements', () => {
  it('reads each row as a sentence: the result with its unit, % of plan, ratio to the same period', () => {
    expect(tableStatements(TABLE)).toEqual([
      'Giá trị sản xuất công nghiệp: Thực hiện 6 tháng năm 2023 đạt 14.103,4 Tỷ đồng; đạt 44,6% so với kế hoạch; bằng 114,9% so với cùng kỳ.',
      'Kim ngạch xuất khẩu: Thực hiện 6 tháng năm 2023 đạt 420 Triệu USD; đạt 61,67% so với kế hoạch; bằng 96,8% so với cùng kỳ.',
    ]);
  });

  it('reads a change column with its sign, and skips last year’s amounts', () => {
    const table = [
      '| Nội dung | Đơn vị tính | Cùng kỳ năm 2022 | Ước thực hiện 6 tháng | Tăng, giảm so với cùng kỳ (%) |',
      '| :--- | :---: | ---: | ---: | ---: |',
      '| Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ | tỷ đồng | 36.500 | 46.828 | 28,32 |',
      '| Kim ngạch nhập khẩu | triệu USD | 110 | 75 | -32 |',
    ].join('\n');
    expect(tableStatements(table)).toEqual([
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: Ước thực hiện 6 tháng đạt 46.828 tỷ đồng; tăng 28,32% so với cùng kỳ.',
      'Kim ngạch nhập khẩu: Ước thực hiện 6 tháng đạt 75 triệu USD; giảm 32% so với cùng kỳ.',
    ]);
  });

  it('is not a table without its separator line, and a table without names reads nothing', () => {
    expect(tableStatements('| a | b |\n| c | d |\n| e | f |')).toBeNull();
    expect(tableStatements('Giá trị sản xuất công nghiệp đạt 14.103,4 tỷ đồng.')).toBeNull();
    expect(tableStatements('| 1 | 2 |\n| --- | --- |\n| 3 | 4 |')).toEqual([]);
  });

  it('gives the extractor figures from the table, each with its row as the source', () => {
    const [output, exports] = extractIndicators([{ body: TABLE }], { periodMonths: 6 });
    expect(output).toMatchObject({
      key: 'industrial_output_value',
      value: '14103.4',
      percentOfPlan: '44.6',
      changeVsSamePeriodPercent: '14.9',
      source: expect.stringContaining(
        'Giá trị sản xuất công nghiệp: Thực hiện 6 tháng năm 2023 đạt 14.103,4',
      ),
    });
    expect(exports).toMatchObject({
      key: 'export_value',
      value: '420',
      percentOfPlan: '61.67',
      changeVsSamePeriodPercent: '-3.2',
    });
  });
});
