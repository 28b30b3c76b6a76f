// The integer arithmetic of the ranking checked against decimal.js (ROUND_HALF_UP) as the oracle.
import fc from 'fast-check';
import { Decimal } from './decimal';
import {
  compareExact,
  divide,
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
  const scale = new PointScale(2);

  it('counts points in units of 10^-precision and refuses finer values', () => {
    expect(scale.units(parseExact('17.5')!)).toBe(1750n);
    expect(scale.units(parseExact('17.500')!)).toBe(1750n);
    expect(scale.units(parseExact('17.125')!)).toBeUndefined();
    expect(scale.text(1750n)).toBe('17.5');
    expect(scale.vi(1410340n)).toBe('14.103,4');
  });

  it('rounds half up exactly like decimal.js ROUND_HALF_UP', () => {
    // 0.125 → 0.13 (not 0.12 as banker's rounding would), 6.875 → 6.88, 2/3 → 0.67
    expect(scale.round(125n, 10n)).toBe(13n);
    expect(scale.round(6875n, 10n)).toBe(688n);
    expect(scale.round(200n, 3n)).toBe(67n);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (precision, num, den) => {
          const at = new PointScale(precision);
          const oracle = new Decimal(num.toString())
            .div(den.toString())
            .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
            .toFixed();
          expect(at.round(num, den).toString()).toBe(oracle);
        },
      ),
    );
  });

  it('writes the exact value of a fraction of units, cutting repeating decimals', () => {
    expect(scale.fractionText(6875n, 10n)).toBe('6.875');
    expect(scale.fractionText(1000n, 3n)).toBe('3.333333333333…');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 4n }),
        (num, den) => {
          const text = scale.fractionText(num, den);
          const exact = new Decimal(num.toString()).div(den.toString()).div(100);
          if (text.endsWith('…')) expect(exact.toFixed(12, Decimal.ROUND_DOWN) + '…').toBe(text);
          else expect(exact.toFixed()).toBe(text);
        },
      ),
    );
  });

  it('is exact on both sides of the safe-integer bound (doubles below it, BigInt above)', () => {
    const scale = new PointScale(2);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 3n }), fc.bigInt({ min: 10n ** 12n, max: 10n ** 16n })),
        (num, den) => {
          const text = scale.fractionText(num, den);
          const exact = new Decimal(num.toString()).div(den.toString()).div(100);
          if (text.endsWith('…')) expect(exact.toFixed(12, Decimal.ROUND_DOWN) + '…').toBe(text);
          else expect(exact.toFixed()).toBe(text);
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
