import { convertQuantity, findQuantities, parseQuantity, type Quantity } from './quantity.parser';
import { VietnameseNumberError } from './vietnamese-number.parser';

const q = (partial: Partial<Quantity>): Quantity => ({
  value: '0',
  scale: null,
  unit: null,
  qualifier: null,
  outOf: null,
  ...partial,
});

describe('parseQuantity', () => {
  it.each<[string, Partial<Quantity>]>([
    ['14.103,4 tỷ đồng', { value: '14103.4', scale: 'tỷ', unit: 'đồng' }],
    ['61,67%', { value: '61.67', unit: '%' }],
    ['61,67 %', { value: '61.67', unit: '%' }],
    ['hơn 98%', { value: '98', unit: '%', qualifier: 'hơn' }],
    ['trên 1.000 hồ sơ', { value: '1000', unit: 'hồ sơ', qualifier: 'trên' }],
    ['gần 20 phần trăm', { value: '20', unit: '%', qualifier: 'gần' }],
    ['khoảng 1,5 nghìn tỷ đồng', { value: '1.5', scale: 'nghìn tỷ', unit: 'đồng', qualifier: 'khoảng' }],
    ['2 ngàn tỷ đồng', { value: '2', scale: 'nghìn tỷ', unit: 'đồng' }],
    ['55,041 tỷ USD', { value: '55.041', scale: 'tỷ', unit: 'USD' }],
    ['0,63 triệu USD', { value: '0.63', scale: 'triệu', unit: 'USD' }],
    ['04 triệu USD', { value: '4', scale: 'triệu', unit: 'USD' }],
    ['230 triệu đô la Mỹ', { value: '230', scale: 'triệu', unit: 'USD' }],
    ['500 triệu đồng', { value: '500', scale: 'triệu', unit: 'đồng' }],
    ['1.500 tấn', { value: '1500', unit: 'tấn' }],
    ['10.042 hồ sơ', { value: '10042', unit: 'hồ sơ' }],
    ['50 người', { value: '50', unit: 'người' }],
    ['23/25 nhiệm vụ', { value: '23', unit: 'nhiệm vụ', outOf: '25' }],
    ['74 triệu', { value: '74', scale: 'triệu' }],
    ['1.935', { value: '1935' }],
  ])('reads %s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(q(expected));
  });

  it.each([
    ['', 'EMPTY'],
    ['1.93.5 tỷ đồng', 'BAD_GROUPING'],
    ['12,3,4%', 'BAD_GROUPING'],
    ['1.2345 triệu USD', 'BAD_GROUPING'],
    ['nhiều tỷ đồng', 'NOT_A_NUMBER'],
    ['15/12/2022', 'NOT_A_NUMBER'],
    ['12 tỷ đồng và 5 tấn', 'NOT_A_NUMBER'],
  ])('refuses %j with %s', (text, code) => {
    expect(() => parseQuantity(text)).toThrow(expect.objectContaining({ code }));
    expect(() => parseQuantity(text)).toThrow(VietnameseNumberError);
  });
});

describe('findQuantities', () => {
  it('finds the figures of a sentence and skips dates, ranges and document numbers', () => {
    const text =
      'Từ ngày 15/12/2022 đến 31/5/2023 (Quyết định 188/QĐ-UBND, giai đoạn 2021-2025, ISO 9001:2015), ' +
      'tiếp nhận 10.042 hồ sơ, chiếm hơn 98%; UBND1 ghi chú; nhập khẩu đạt 04 triệu USD.';
    const found = findQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.value]);
    expect(found).toEqual([
      ['188', '188'],
      ['10.042 hồ sơ', '10042'],
      ['hơn 98%', '98'],
      ['04 triệu USD', '4'],
    ]);
  });

  it('skips a malformed number instead of guessing', () => {
    expect(findQuantities('đạt 1.93.5 tỷ đồng và 12 tỷ đồng').map((m) => m.quantity.value)).toEqual(['12']);
  });

  it('does not take "trên" in "trên địa bàn" as a qualifier', () => {
    const [match] = findQuantities('trên địa bàn có 220 xã');
    expect(match.quantity).toEqual(q({ value: '220', unit: 'xã' }));
  });
});

describe('convertQuantity', () => {
  it.each<[string, string, string | null]>([
    ['14.103,4 tỷ đồng', 'tỷ đồng', '14103.4'],
    ['1,5 nghìn tỷ đồng', 'tỷ đồng', '1500'],
    ['500 triệu đồng', 'tỷ đồng', '0.5'],
    ['46.828 tỷ', 'tỷ đồng', '46828'],
    ['55,041 tỷ USD', 'triệu USD', '55041'],
    ['0,63 triệu USD', 'triệu USD', '0.63'],
    ['250.000 USD', 'triệu USD', '0.25'],
    ['420 triệu USD', 'tỷ đồng', null],
    ['10.042 hồ sơ', 'hồ sơ', '10042'],
    ['1.935', 'tỷ đồng', null],
  ])('%s in %s is %s', (text, target, expected) => {
    expect(convertQuantity(parseQuantity(text), target)).toBe(expected);
  });
});
