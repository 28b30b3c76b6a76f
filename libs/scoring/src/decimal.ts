// decimal.js for the regulation's own numbers (validation sums, decimals counts): a private clone, so nobody
// else's configuration changes ours. The ranking's hot path uses the exact integers of fixed-point.ts.
import DecimalJs from 'decimal.js';
import { viText } from './fixed-point';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  // Never switch to exponent notation: numbers are shown as plain decimals.
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);

/** Regulation numbers are JSON numbers; their shortest round-trip text is the author's intended decimal. */
export function fromNumber(value: number): Decimal {
  return new Decimal(String(value));
}

/** Vietnamese reading form for messages: "." groups thousands, "," marks decimals (14.103,4). */
export function formatVi(value: Decimal | number): string {
  return viText(typeof value === 'number' ? fromNumber(value).toFixed() : value.toFixed());
}
