// Exact fixed-point arithmetic for ranking: points are BigInt counts of 10^-precision, figures exact decimals.
// decimal.js costs about a microsecond per operation on our machines and a group of 20 × 60 needs tens of
// thousands of them; integers give the same exact results (checked against decimal.js in fixed-point.spec.ts).

/** An exact decimal: m / 10^scale ("98.37" is { m: 9837n, scale: 2 }). */
export interface Exact {
  m: bigint;
  scale: number;
}

const TEN = 10n;
const MEMO_LIMIT = 4096;
const CUT_DIGITS = 12;
const SMALL_TEXTS = 1 << 15;
const POWERS: bigint[] = Array.from({ length: 40 }, (_, i) => TEN ** BigInt(i));
const CUT = POWERS[CUT_DIGITS];

export function pow10(n: number): bigint {
  return POWERS[n] ?? TEN ** BigInt(n);
}

/** "14103.4"-style text only: no exponent, no comma, no blanks, no "+". */
export function parseExact(text: string | null | undefined): Exact | undefined {
  if (typeof text !== 'string') return undefined;
  const start = text.charCodeAt(0) === 45 /* "-" */ ? 1 : 0;
  let dot = -1;
  // Up to 15 digits a double holds the integer exactly: summed as we go, with no string to cut and parse.
  let n = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 /* "." */ && dot < 0 && i > start && i < text.length - 1) dot = i;
    else if (code < 48 || code > 57) return undefined;
    else n = n * 10 + (code - 48);
  }
  const digitCount = text.length - start - (dot < 0 ? 0 : 1);
  if (digitCount === 0) return undefined;
  const scale = dot < 0 ? 0 : text.length - dot - 1;
  if (digitCount <= 15) return { m: BigInt(start === 1 ? -n : n), scale };
  return { m: BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1)), scale };
}

/** Regulation numbers are JSON numbers; their shortest round-trip text is the decimal the author wrote. */
export function exactFromNumber(value: number): Exact {
  const text = String(value);
  return parseExact(text) ?? parseExact(value.toFixed(20).replace(/\.?0+$/, ''))!;
}

/** Mantissas brought to one scale, so that they compare, add and subtract as integers. */
export function onCommonScale(values: readonly Exact[]): bigint[] {
  const scale = Math.max(...values.map((v) => v.scale));
  return values.map((v) => (v.scale === scale ? v.m : v.m * pow10(scale - v.scale)));
}

export function compareExact(a: Exact, b: Exact): number {
  let x = a.m;
  let y = b.m;
  if (a.scale > b.scale) y *= pow10(a.scale - b.scale);
  else if (b.scale > a.scale) x *= pow10(b.scale - a.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain decimal text, trailing zeros dropped: the API form ("17.5", never "17.50" or "-0"). */
export function exactText({ m, scale }: Exact): string {
  if (m === 0n) return '0';
  const negative = m < 0n;
  let digits = (negative ? -m : m).toString();
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale + 1 - digits.length) + digits;
    const point = digits.length - scale;
    let end = digits.length;
    while (end > point && digits.charCodeAt(end - 1) === 48 /* "0" */) end--;
    digits = end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** Vietnamese reading form: "." groups thousands, "," marks decimals ("14.103,4"). */
export function viText(text: string): string {
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  let grouped = digits;
  if (digits.length > 3) {
    grouped = '';
    for (let end = digits.length; end > 0; end -= 3) {
      grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `.${grouped}` : '');
    }
  }
  return dot < 0 ? sign + grouped : `${sign}${grouped},${text.slice(dot + 1)}`;
}

/** A regulation number in Vietnamese reading form. */
export function viNumber(value: number): string {
  return viText(exactText(exactFromNumber(value)));
}

/** num / den (both non-negative, den > 0) rounded to an integer: down, half up or up. */
export function divide(num: bigint, den: bigint, rounding: 'floor' | 'round' | 'ceil'): bigint {
  if (rounding === 'floor') return num / den;
  if (rounding === 'ceil') return (num + den - 1n) / den;
  return (2n * num + den) / (2n * den);
}

const scales = new Map<number, PointScale>();

/** One scale per precision, so that a regulation compiled afresh finds its texts already formatted. */
export function pointScale(precision: number): PointScale {
  let scale = scales.get(precision);
  if (!scale) scales.set(precision, (scale = new PointScale(precision)));
  return scale;
}

/** Points at one regulation's precision: integer units of 10^-precision. */
export class PointScale {
  readonly unit: bigint;
  /** API and reading texts of points: the same few values recur across a group (a bounded memo). */
  private readonly texts = new Map<number | bigint, { text: string; vi: string }>();
  /** Texts of units 0 to SMALL_TEXTS − 1 by index: quicker than hashing the most frequent keys. */
  private readonly smallTexts = new Array<{ text: string; vi: string } | undefined>(SMALL_TEXTS);

  /** unit as a double: exact up to 10^22, and fractionText's bound check rejects anything larger. */
  private readonly unitN: number;

  constructor(readonly precision: number) {
    this.unit = pow10(precision);
    this.unitN = Number(this.unit);
  }

  /** The units of an exact value, or undefined when it is finer than the precision. */
  units(value: Exact): bigint | undefined {
    if (value.scale <= this.precision) return value.m * pow10(this.precision - value.scale);
    const factor = pow10(value.scale - this.precision);
    return value.m % factor === 0n ? value.m / factor : undefined;
  }

  /** A regulation number (validated to fit the precision). */
  fromNumber(value: number): bigint {
    const units = this.units(exactFromNumber(value));
    if (units === undefined) throw new Error(`${value} có nhiều chữ số thập phân hơn scoring.precision`);
    return units;
  }

  exact(units: bigint): Exact {
    return { m: units, scale: this.precision };
  }

  text(units: bigint): string {
    return this.textsOf(units).text;
  }

  vi(units: bigint): string {
    return this.textsOf(units).vi;
  }

  private textsOf(units: bigint): { text: string; vi: string } {
    // Small non-negative points (every point of an ordinary regulation) by array index, the rest in the map,
    // keyed by number where that is exact. Beyond MAX_SAFE_INTEGER the conversion lands on 2^53 or more,
    // which isSafeInteger rejects.
    const asNumber = Number(units);
    const small = asNumber >= 0 && asNumber < SMALL_TEXTS;
    let texts = small ? this.smallTexts[asNumber] : undefined;
    if (texts !== undefined) return texts;
    if (small) return (this.smallTexts[asNumber] = this.format(units));
    const key = Number.isSafeInteger(asNumber) ? asNumber : units;
    texts = this.texts.get(key);
    if (texts === undefined) {
      if (this.texts.size >= MEMO_LIMIT) this.texts.clear();
      texts = this.format(units);
      this.texts.set(key, texts);
    }
    return texts;
  }

  private format(units: bigint): { text: string; vi: string } {
    const text = exactText({ m: units, scale: this.precision });
    return { text, vi: viText(text) };
  }

  /** num / den units rounded half up, for the non-negative values points are (den > 0). */
  round(num: bigint, den: bigint): bigint {
    return divide(num, den, 'round');
  }

  /** num / den units as points, exact; a repeating expansion is cut after 12 decimals and marked "…". */
  fractionText(num: bigint, den: bigint): string {
    // In doubles while every step is an exact integer: num, and den × 10^precision × 10 (bounding the long
    // division's intermediates), within MAX_SAFE_INTEGER; a conversion beyond that bound fails the checks.
    const n = Number(num);
    const scaledDenN = Number(den) * this.unitN;
    if (n >= 0 && Number.isSafeInteger(n) && scaledDenN * 10 <= Number.MAX_SAFE_INTEGER) {
      return smallFractionText(n, scaledDenN);
    }
    const scaledDen = den * this.unit;
    const whole = num / scaledDen;
    const remainder = num % scaledDen;
    if (remainder === 0n) return whole.toString();
    const shifted = remainder * CUT;
    const digits = (shifted / scaledDen).toString().padStart(CUT_DIGITS, '0');
    if (shifted % scaledDen !== 0n) return `${whole}.${digits}…`;
    let end = CUT_DIGITS;
    while (digits.charCodeAt(end - 1) === 48 /* "0" */) end--;
    return `${whole}.${digits.slice(0, end)}`;
  }
}

/** fractionText on non-negative safe integers, den × 10 safe too: long division, every step an exact double. */
function smallFractionText(num: number, den: number): string {
  let remainder = num % den;
  const whole = (num - remainder) / den;
  if (remainder === 0) return String(whole);
  let digits = '';
  for (let i = 0; i < CUT_DIGITS; i++) {
    remainder *= 10;
    const next = remainder % den;
    digits += (remainder - next) / den;
    remainder = next;
    // Exact: no trailing zero, since remainder × 10 was a positive multiple of den.
    if (remainder === 0) return `${whole}.${digits}`;
  }
  return `${whole}.${digits}…`;
}
