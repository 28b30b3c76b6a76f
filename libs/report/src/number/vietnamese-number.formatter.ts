// Writes exact decimals the Vietnamese way for documents: 14103.4 → "14.103,4" (the format is libs/terms').
import Decimal from 'decimal.js';
// Relative, not @thidua/terms: the document threads run this file without the path aliases.
import { writeVietnameseDigits } from '../../../terms/src/vietnamese-number';

/** With `fractionDigits`, rounded (or padded) to that many decimals: 61.666… → "61,67". */
export function formatVietnameseNumber(value: Decimal.Value, fractionDigits?: number): string {
  const decimal = new Decimal(value);
  return writeVietnameseDigits(
    fractionDigits === undefined ? decimal.toFixed() : decimal.toFixed(fractionDigits),
  );
}
