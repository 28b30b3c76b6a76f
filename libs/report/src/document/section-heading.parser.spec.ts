import { headingLabelOf, numberToRoman, parseHeading, romanToNumber } from './section-heading.parser';

describe('parseHeading', () => {
  it.each([
    ['Phần I', 'part', 'P1', ''],
    ['PHẦN II: PHƯƠNG HƯỚNG, NHIỆM VỤ', 'part', 'P2', 'PHƯƠNG HƯỚNG, NHIỆM VỤ'],
    ['Phần thứ nhất. Kết quả', 'part', 'P1', 'Kết quả'],
    ['Phần 3', 'part', 'P3', ''],
    ['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', 'roman', 'I', 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ'],
    ['IV - ĐÁNH GIÁ CHUNG', 'roman', 'IV', 'ĐÁNH GIÁ CHUNG'],
    ['2. Công tác cải cách thủ tục hành chính:', 'arabic', '2', 'Công tác cải cách thủ tục hành chính'],
    ['1.2. Chỉ tiêu cụ thể', 'arabic', '2', 'Chỉ tiêu cụ thể'],
    ['1.2 Chỉ tiêu cụ thể', 'arabic', '2', 'Chỉ tiêu cụ thể'],
    ['3) Công tác khác', 'arabic', '3', 'Công tác khác'],
    ['a) Về sản xuất', 'letter', 'a', 'Về sản xuất'],
    ['1. Đánh giá việc chấp hành của Nhà nước.', 'arabic', '1', 'Đánh giá việc chấp hành của Nhà nước'],
  ])('reads "%s"', (text, kind, segment, title) => {
    const { label, title: read } = parseHeading(text);
    expect(label?.kind).toBe(kind);
    expect(label?.segment).toBe(segment);
    expect(read).toBe(title);
  });

  it('nests by kind: part, roman, arabic, deeper arabic, letter', () => {
    const ranks = ['Phần I', 'I. A', '1. B', '1.1. C', 'a) D'].map((t) => parseHeading(t).label?.rank);
    expect(ranks).toEqual([...(ranks as number[])].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(5);
  });

  it.each([
    'KẾT QUẢ THỰC HIỆN',
    '1.935 tỷ đồng',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'V/v báo cáo',
    '2023. Năm',
  ])('finds no numbering in "%s"', (text) => {
    expect(parseHeading(text).label).toBeNull();
  });
});

describe('roman numerals', () => {
  it('round-trips 1 to 120', () => {
    for (let n = 1; n <= 120; n++) expect(romanToNumber(numberToRoman(n))).toBe(n);
  });

  it('refuses malformed numerals', () => {
    expect(romanToNumber('IIII')).toBeNull();
    expect(romanToNumber('VX')).toBeNull();
  });
});

describe('headingLabelOf', () => {
  it.each([
    ['P2', 'PHẦN II'],
    ['P1.IV#2', 'IV.'],
    ['P1.I.3', '3.'],
    ['II.1.a', 'a)'],
  ])('%s → %s', (path, label) => {
    expect(headingLabelOf(path)).toBe(label);
  });
});
