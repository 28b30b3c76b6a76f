// Vietnamese numbers: shown as libs/terms writes them (14.103,4), typed in the ways officers write them.
import { formatVietnameseDecimal } from '../../../../../libs/terms/src';

/** `"14103.4"` (an exact decimal from the API) or a number → `14.103,4` (the format the exports write too). */
export const formatNumber = formatVietnameseDecimal;

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 14.103,4 — dots group thousands, comma before decimals
const COMMA_DECIMAL = /^\d+(,\d+)?$/; // 14103,4 or 14103
const POINT_DECIMAL = /^\d+\.\d+$/; // 14103.4 (as spreadsheets export it)

/**
 * The exact decimal (`"14103.4"`) of a Vietnamese number, or null when the text is not one.
 * A dot before exactly three digits groups thousands, as in vi-VN (`1.234` is one thousand two hundred
 * thirty-four); otherwise a single dot is a decimal point.
 */
export function parseViNumber(text: string): string | null {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  let decimal: string;
  if (GROUPED.test(body)) decimal = body.replace(/\./g, '').replace(',', '.');
  else if (COMMA_DECIMAL.test(body)) decimal = body.replace(',', '.');
  else if (POINT_DECIMAL.test(body)) decimal = body;
  else return null;
  const canonical = decimal.replace(/^0+(?=\d)/, '');
  return negative && /[1-9]/.test(canonical) ? `-${canonical}` : canonical;
}

/** count × points each, exact (decimal strings, no floats), capped at max when there is one. */
export function perItemPoints(count: number, each: string, max: string | null): string {
  const [whole, fraction = ''] = each.split('.');
  const digits = (BigInt(whole + fraction) * BigInt(count)).toString().padStart(fraction.length + 1, '0');
  const product = fraction
    ? `${digits.slice(0, -fraction.length)}.${digits.slice(-fraction.length)}`.replace(/\.?0+$/, '')
    : digits;
  return max !== null && Number(product) > Number(max) ? max : product;
}
