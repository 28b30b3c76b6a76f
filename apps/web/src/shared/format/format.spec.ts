import { formatDate, formatDateTime } from './date';
import { formatNumber, parseViNumber } from './number';

describe('Vietnamese numbers', () => {
  it('formats an exact decimal with vi-VN separators', () => {
    expect(formatNumber('14103.4')).toBe('14.103,4');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber('0.125')).toBe('0,125');
  });

  it.each([
    ['14.103,4', '14103.4'],
    ['14103,4', '14103.4'],
    ['14103.4', '14103.4'],
    ['1.234.567', '1234567'],
    ['1.234', '1234'],
    ['  95 ', '95'],
    ['-2,5', '-2.5'],
    ['007', '7'],
  ])('reads %s as %s', (text, decimal) => {
    expect(parseViNumber(text)).toBe(decimal);
  });

  it.each(['', 'abc', '14,103.4', '1,2,3', '14.10,4', '1.2.3', '12 000', '1e5', '--1', '14103,'])(
    'refuses %p',
    (text) => {
      expect(parseViNumber(text)).toBeNull();
    },
  );
});

describe('Vietnamese dates', () => {
  it('writes dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate('2023-06-14T18:30:00Z')).toBe('15/06/2023');
  });

  it('writes the time after the date, 24-hour', () => {
    expect(formatDateTime('2023-06-15T10:05:00Z')).toBe('15/06/2023 17:05');
  });
});
