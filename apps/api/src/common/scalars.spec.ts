import { Kind } from 'graphql';
import { DecimalScalar } from './scalars';

describe('the Decimal scalar', () => {
  const sut = new DecimalScalar();

  it('reads plain decimals, as strings or JSON numbers, into their exact text', () => {
    expect(sut.parseValue('14103.40')).toBe('14103.4');
    expect(sut.parseValue(' -2.5 ')).toBe('-2.5');
    expect(sut.parseValue(100000)).toBe('100000');
    expect(sut.parseValue('999999999999999999.9999999999')).toBe('999999999999999999.9999999999');
    expect(sut.parseLiteral({ kind: Kind.STRING, value: '1.5' })).toBe('1.5');
  });

  it('refuses a 200,000-digit figure without echoing it', () => {
    const huge = '9'.repeat(200_000);
    expect(() => sut.parseValue(huge)).toThrow(/tối đa 18 chữ số phần nguyên/);
    try {
      sut.parseValue(huge);
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(300);
    }
  });

  it('refuses more digits than the fixed precision holds', () => {
    expect(() => sut.parseValue('1234567890123456789')).toThrow(/vượt giới hạn/);
    expect(() => sut.parseValue('0.12345678901')).toThrow(/vượt giới hạn/);
    expect(() => sut.parseValue(`1.${'1'.repeat(30)}`)).toThrow(/10 chữ số thập phân/);
    expect(() => sut.parseValue(0.1 + 0.2)).toThrow(/vượt giới hạn/); // a float's noise, 17 decimals
  });

  it('refuses exponent forms, commas, blanks and non-numbers', () => {
    for (const bad of [
      '1e5',
      '1E-7',
      1e-7,
      1e21,
      '1,5',
      '',
      ' ',
      '--1',
      '1.',
      '.5',
      'NaN',
      'Infinity',
      null,
      true,
      {},
    ])
      expect(() => sut.parseValue(bad)).toThrow(/không phải là số thập phân hợp lệ/);
    expect(() => sut.parseLiteral({ kind: Kind.FLOAT, value: '1e5' })).toThrow(/dạng mũ/);
    expect(() => sut.parseLiteral({ kind: Kind.BOOLEAN, value: true })).toThrow(/dưới dạng chuỗi/);
  });
});

describe('the Decimal scalar serialising', () => {
  const sut = new DecimalScalar();

  it('writes every value as Decimal#toFixed would, whether stored canonical or not', () => {
    const cases: [unknown, string][] = [
      ['12.5', '12.5'],
      ['0', '0'],
      ['-0.25', '-0.25'],
      ['100', '100'],
      ['12.5000', '12.5'],
      ['007.10', '7.1'],
      ['-0', '0'],
      ['-0.000', '0'],
      ['.5', '0.5'],
      [2.5, '2.5'],
    ];
    for (const [value, written] of cases) expect([value, sut.serialize(value)]).toEqual([value, written]);
  });
});
