import { figureLines, lines, readFigures } from './dossiers.logic';

describe('the achievement report’s lists', () => {
  it('reads the figures back as they were written, one per line', () => {
    const figures = [
      { label: 'Giá trị sản xuất công nghiệp', value: '14103.4 tỷ đồng' },
      { label: 'Tỷ lệ hồ sơ trực tuyến', value: '98 %' },
    ];
    expect(readFigures(figureLines(figures))).toEqual(figures);
  });

  it('drops lines without a label or a result, and keeps a "|" inside the result', () => {
    expect(readFigures('Chỉ tiêu không có kết quả\n | 12\nDoanh thu | 10 | 12 tỷ\n\n')).toEqual([
      { label: 'Doanh thu', value: '10 | 12 tỷ' },
    ]);
  });

  it('keeps the non-empty titles, trimmed', () => {
    expect(lines('  Tập thể lao động xuất sắc năm 2022 \n\n Cờ thi đua năm 2021')).toEqual([
      'Tập thể lao động xuất sắc năm 2022',
      'Cờ thi đua năm 2021',
    ]);
  });
});
