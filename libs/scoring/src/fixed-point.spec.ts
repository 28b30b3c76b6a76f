// The integer arithmetic of the ranking checked against decimal.js (ROUND_HALF_UP) as the oracle.
import fc from 'fast-check';
import { Decimal } from './decimal';
import {
  cappedProduct,
  compareExact,
  divide,
  MAX_POINT_UNITS,
  exactFromNumber,
  exactText,
  parseExact,
  PointScale,
  viText,
} from './fixed-point';

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([m, scale]) => new Decimal(m.toString()).div(new Decimal(10).pow(scale)).toFixed());

describe('parseExact and exactText', () => {
  it('read and write plain decimals exactly', () => {
    expect(parseExact('14103.4')).toEqual({ m: 141034n, scale: 1 });
    expect(exactText({ m: 141034n, scale: 1 })).toBe('14103.4');
    expect(exactText({ m: 1750n, scale: 2 })).toBe('17.5');
    expect(exactText({ m: -5n, scale: 3 })).toBe('-0.005');
    expect(exactText({ m: 0n, scale: 2 })).toBe('0');
  });

  it('refuse exponents, commas, blanks and non-numbers', () => {
    for (const text of ['1e5', '14.103,4', ' 1', '', 'NaN', '.5', '5.', '+1', null, undefined]) {
      expect(parseExact(text)).toBeUndefined();
    }
  });

  it('round-trip any decimal text', () => {
    fc.assert(fc.property(decimalText, (text) => expect(exactText(parseExact(text)!)).toBe(text)));
  });

  it('take a JSON number as the decimal its author wrote', () => {
    expect(exactFromNumber(0.1)).toEqual({ m: 1n, scale: 1 });
    expect(exactFromNumber(2.5)).toEqual({ m: 25n, scale: 1 });
    expect(exactText(exactFromNumber(1e-7))).toBe('0.0000001');
  });
});

describe('compareExact', () => {
  it('orders like decimal.js across scales', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(compareExact(parseExact(a)!, parseExact(b)!)).toBe(new Decimal(a).cmp(b));
      }),
    );
  });
});

describe('viText', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(viText('14103.4')).toBe('14.103,4');
    expect(viText('1000')).toBe('1.000');
    expect(viText('-1234567.25')).toBe('-1.234.567,25');
    expect(viText('999')).toBe('999');
    expect(viText('8.666…')).toBe('8,666…');
  });
});

describe('PointScale', () => {
  it('reads score texts as units without BigInt exactly as units(parseExact(text))', () => {
    const texts = [
      '0',
      '-0',
      '-0.00',
      '2',
      '1.5',
      '1.25',
      '1.255',
      '-3.1',
      '00.5',
      '.5',
      '5.',
      '-',
      '',
      '1e2',
      ' 1',
      '1,5',
      '123456789012345',
      '1234567890123.45',
      '12345678901234.5',
    ];
    const read = (scale: PointScale, text: string) => {
      const value = parseExact(text);
      return value && scale.units(value);
    };
    for (const precision of [0, 2, 3]) {
      const scale = new PointScale(precision);
      for (const text of texts) {
        const quick = scale.unitsOfText(text);
        if (quick !== undefined) expect(Object.is(quick, read(scale, text))).toBe(true);
      }
      fc.assert(
        fc.property(decimalText, (text) => {
          const quick = scale.unitsOfText(text);
          return quick === undefined || Object.is(quick, read(scale, text));
        }),
      );
    }
    expect(new PointScale(2).unitsOfText('1.5')).toBe(150);
    expect(new PointScale(2).unitsOfText('1.255')).toBeUndefined();
  });

  const scale = new PointScale(2);
  const fractionOracle = (num: bigint | number, den: bigint | number, precision = 2) => {
    const exact = new Decimal(num.toString()).div(den.toString()).div(10 ** precision);
    return (text: string) =>
      text.endsWith('…')
        ? expect(exact.toFixed(12, Decimal.ROUND_DOWN) + '…').toBe(text)
        : expect(exact.toFixed()).toBe(text);
  };
  const roundOracle = (num: bigint | number, den: bigint | number) =>
    Number(
      new Decimal(num.toString()).div(den.toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(),
    );

  it('counts points in units of 10^-precision and refuses finer values', () => {
    expect(scale.units(parseExact('17.5')!)).toBe(1750);
    expect(scale.units(parseExact('17.500')!)).toBe(1750);
    expect(scale.units(parseExact('17.125')!)).toBeUndefined();
    expect(scale.text(1750)).toBe('17.5');
    expect(scale.vi(1410340)).toBe('14.103,4');
    expect(scale.text(MAX_POINT_UNITS)).toBe('10995116277.76');
  });

  it('takes the least number of units at or above a threshold', () => {
    expect(scale.ceilUnits(parseExact('89.999')!)).toBe(9000);
    expect(scale.ceilUnits(parseExact('90')!)).toBe(9000);
    expect(scale.ceilUnits(parseExact('90.001')!)).toBe(9001);
  });

  it('rounds half up exactly like decimal.js ROUND_HALF_UP', () => {
    // 0.125 → 0.13 (not 0.12 as banker's rounding would), 6.875 → 6.88, 2/3 → 0.67
    expect(scale.round(125, 10)).toBe(13);
    expect(scale.round(6875, 10)).toBe(688);
    expect(scale.round(200, 3)).toBe(67);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (precision, num, den) => {
          expect(new PointScale(precision).round(num, den)).toBe(roundOracle(num, den));
        },
      ),
    );
  });

  it('writes the exact value of a fraction of units, cutting repeating decimals', () => {
    expect(scale.fractionText(6875, 10)).toBe('6.875');
    expect(scale.fractionText(1000, 3)).toBe('3.333333333333…');
    expect(scale.quotient(1000, 3)).toEqual({ points: 333, exact: '3.333333333333…' });
    expect(scale.quotient(1000, 4)).toEqual({ points: 250, exact: null });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 10 ** 4 }), (num, den) =>
        fractionOracle(num, den)(scale.fractionText(num, den)),
      ),
    );
  });

  it('is exact on both sides of the safe-integer bound (doubles below it, BigInt above)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 3n }), fc.bigInt({ min: 10n ** 12n, max: 10n ** 16n })),
        (num, den) => {
          const { points, exact } = scale.bigQuotient(num, den);
          expect(points).toBe(roundOracle(num, den));
          if (num % den === 0n) expect(exact).toBeNull();
          else fractionOracle(num, den)(exact!);
        },
      ),
    );
    // A safe quotient of units whose long division would not be: den × 10^precision × 10 past 2^53.
    const den = 2 ** 50 + 1;
    fractionOracle(7, den)(scale.fractionText(7, den));
  });
});

describe('cappedProduct', () => {
  it('is min(count × each, cap) for any count, however large', () => {
    expect(cappedProduct(3, 50, 200)).toBe(150);
    expect(cappedProduct(4, 50, 200)).toBe(200);
    expect(cappedProduct(5, 50, 200)).toBe(200);
    expect(cappedProduct(0, 50, 200)).toBe(0);
    expect(cappedProduct(Number.MAX_SAFE_INTEGER, MAX_POINT_UNITS, MAX_POINT_UNITS)).toBe(MAX_POINT_UNITS);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: MAX_POINT_UNITS }),
        fc.integer({ min: 0, max: MAX_POINT_UNITS }),
        (count, each, cap) => {
          const product = BigInt(count) * BigInt(each);
          expect(cappedProduct(count, each, cap)).toBe(product < BigInt(cap) ? Number(product) : cap);
        },
      ),
    );
  });
});

describe('divide', () => {
  it('rounds a quotient down, half up or up', () => {
    // 7 × 30 % = 2.1; 5 × 30 % = 1.5
    expect([divide(210n, 100n, 'floor'), divide(210n, 100n, 'round'), divide(210n, 100n, 'ceil')]).toEqual([
      2n,
      2n,
      3n,
    ]);
    expect([divide(150n, 100n, 'floor'), divide(150n, 100n, 'round'), divide(150n, 100n, 'ceil')]).toEqual([
      1n,
      2n,
      2n,
    ]);
    expect(divide(200n, 100n, 'ceil')).toBe(2n);
  });
});
