// Exact decimal arithmetic for points: a private Decimal so nobody else's configuration changes ours.
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  // Never switch to exponent notation: points and indicator figures are shown as plain decimals.
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** Parses "14103.4"-style strings; anything else (exponents, commas, "NaN", blanks) is undefined. */
export function parseDecimal(text: string | null | undefined): Decimal | undefined {
  if (text === null || text === undefined || !DECIMAL_STRING.test(text)) return undefined;
  return new Decimal(text);
}

/** Regulation numbers are JSON numbers; their shortest round-trip text is the author's intended decimal. */
export function fromNumber(value: number): Decimal {
  return new Decimal(String(value));
}

export function roundPoints(value: Decimal, precision: number): Decimal {
  return value.toDecimalPlaces(precision, Decimal.ROUND_HALF_UP);
}

/** API form of points: plain notation, no trailing zeros, never "-0". */
export function formatDecimal(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** Vietnamese reading form for messages: "." groups thousands, "," marks decimals (14.103,4). */
export function formatVi(value: Decimal | number): string {
  const text = typeof value === 'number' ? String(value) : formatDecimal(value);
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}
