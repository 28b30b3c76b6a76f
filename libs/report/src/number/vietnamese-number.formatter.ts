// Writes exact decimals the Vietnamese way for documents: 14103.4 → "14.103,4".
import Decimal from 'decimal.js';

export function formatVietnameseNumber(value: Decimal.Value, fractionDigits?: number): string {
  const decimal = new Decimal(value);
  const fixed = fractionDigits === undefined ? decimal.toFixed() : decimal.toFixed(fractionDigits);
  const negative = fixed.startsWith('-');
  const [integerPart, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}
