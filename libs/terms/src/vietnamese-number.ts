// The Vietnamese number format (GLOSSARY.md): "." groups thousands, "," is the decimal mark — 14.103,4.
// Written here once for the exports and the web app; exact decimals stay strings, never doubles.

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A plain decimal text written the Vietnamese way, digits as given: `"14103.40"` → `"14.103,40"`. */
export function writeVietnameseDigits(text: string): string {
  if (!PLAIN_DECIMAL.test(text)) throw new RangeError(`Not a plain decimal: ${text}`);
  const negative = text.startsWith('-');
  const [integerPart, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** An exact decimal (`"14103.40"`, as PostgreSQL returns numeric) or a number → `"14.103,4"`. */
export function formatVietnameseDecimal(value: string | number): string {
  return writeVietnameseDigits(canonical(typeof value === 'number' ? numberText(value) : value.trim()));
}

/** Without the zeros that say nothing: "007.50" → "7.5", "-0.0" → "0". */
function canonical(text: string): string {
  if (!PLAIN_DECIMAL.test(text)) throw new RangeError(`Not a plain decimal: ${text}`);
  const negative = text.startsWith('-');
  const [integerPart, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const whole = integerPart.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const digits = decimals ? `${whole}.${decimals}` : whole;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/** A double as plain digits (no exponent): 1e21 → "1000000000000000000000", 1e-7 → "0.0000001". */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = String(value);
  return /e/i.test(text)
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : text;
}
