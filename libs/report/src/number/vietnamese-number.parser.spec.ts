import fc from 'fast-check';
import { formatVietnameseNumber } from './vietnamese-number.formatter';
import {
  parseVietnameseNumber,
  VietnameseNumberError,
  type VietnameseNumberErrorCode,
} from './vietnamese-number.parser';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.935', '1935'],
    ['14.103,4', '14103.4'],
    ['61,67', '61.67'],
    ['04', '4'],
    ['0,63', '0.63'],
    ['55,041', '55.041'],
    ['1.234.567', '1234567'],
    ['1.234.567,89', '1234567.89'],
    ['10.042', '10042'],
    ['2000', '2000'],
    ['100', '100'],
    ['0', '0'],
    ['-5,5', '-5.5'],
    ['−32', '-32'],
    ['  98 ', '98'],
    ['14,103.4', '14103.4'],
    ['1,234,567', '1234567'],
    ['1,50', '1.5'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseVietnameseNumber(input)).toBe(expected);
  });

  it.each<[string, VietnameseNumberErrorCode]>([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['1.93.5', 'BAD_GROUPING'],
    ['12,3,4', 'BAD_GROUPING'],
    ['1.2345', 'BAD_GROUPING'],
    ['1.5', 'BAD_GROUPING'],
    ['0.123', 'BAD_GROUPING'],
    ['1.234,5,6', 'MIXED_SEPARATORS'],
    ['1,234.5.6', 'MIXED_SEPARATORS'],
    ['1,23.4', 'BAD_GROUPING'],
    ['1..2', 'MISPLACED_SEPARATOR'],
    [',5', 'MISPLACED_SEPARATOR'],
    ['5,', 'MISPLACED_SEPARATOR'],
    ['12a', 'NOT_A_NUMBER'],
    ['mười', 'NOT_A_NUMBER'],
    ['1 000', 'NOT_A_NUMBER'],
  ])('refuses %j with %s', (input, code) => {
    expect(() => parseVietnameseNumber(input)).toThrow(VietnameseNumberError);
    try {
      parseVietnameseNumber(input);
    } catch (error) {
      expect((error as VietnameseNumberError).code).toBe(code);
      expect((error as VietnameseNumberError).message).toMatch(/[ạ-ỹđ]/u);
    }
  });

  it('reads back what the formatter writes, for any decimal', () => {
    const decimals = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
      .map(([units, scale]) => {
        const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
        const integer = digits.slice(0, digits.length - scale);
        const fraction = scale === 0 ? '' : `.${digits.slice(digits.length - scale)}`;
        return `${units < 0n ? '-' : ''}${integer}${fraction}`;
      });
    fc.assert(
      fc.property(decimals, (value) => {
        const expected = Number(value) === 0 ? '0' : value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
        expect(parseVietnameseNumber(formatVietnameseNumber(value))).toBe(expected);
      }),
    );
  });
});

describe('formatVietnameseNumber', () => {
  it.each([
    ['14103.4', undefined, '14.103,4'],
    ['1935', undefined, '1.935'],
    ['85.714285', 2, '85,71'],
    ['-1234.5', undefined, '-1.234,5'],
    ['999', undefined, '999'],
  ])('writes %s as %s', (value, digits, expected) => {
    expect(formatVietnameseNumber(value, digits)).toBe(expected);
  });
});
