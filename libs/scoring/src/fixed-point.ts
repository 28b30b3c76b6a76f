// Exact fixed-point arithmetic for ranking: points are integer counts of 10^-precision (Units), figures exact
// decimals (Exact, BigInt mantissas). decimal.js costs about a microsecond per operation on our machines and a group
// of 20 × 60 needs tens of thousands of them; integers give the same exact results (checked against decimal.js in
// fixed-point.spec.ts).

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

/**
 * Points as integer units of 10^-precision, held in doubles: validateRegulation keeps every point number of a
 * regulation, and its reachable total, at most MAX_POINT_UNITS, so the sums, means and capped products the ranking
 * takes of them stay safe integers and are exact. Products with members' figures, which have no bound, are taken
 * in BigInt (bigQuotient). A double is never a fraction of a point here.
 */
export type Units = number;

/** 2^40 units: a sum of up to 8,192 such values is still a safe integer (2^53). */
export const MAX_POINT_UNITS = 2 ** 40;

/** A quotient of units rounded half up to whole units, and the exact value's text when rounding changed it. */
export interface Quotient {
  points: Units;
  exact: string | null;
}

/** min(count × each, cap) for any non-negative integer count, without a product beyond the safe range. */
export function cappedProduct(count: number, each: Units, cap: Units): Units {
  // count ≤ cap / each + 1 keeps the product ≤ cap + 2 × each, a safe integer; the float division only bounds it.
  if (each === 0 || count <= Math.floor(cap / each) + 1) return Math.min(count * each, cap);
  return cap;
}

/** Points at one regulation's precision. */
export class PointScale {
  /** 10^precision. */
  readonly unit: number;
  private readonly unitBig: bigint;
  /** API and reading texts of points: the same few values recur across a group (a bounded memo). */
  private readonly texts = new Map<number, { text: string; vi: string }>();
  /** Texts of units 0 to SMALL_TEXTS − 1 by index: quicker than hashing the most frequent keys. */
  private readonly smallTexts = new Array<{ text: string; vi: string } | undefined>(SMALL_TEXTS);

  constructor(readonly precision: number) {
    this.unitBig = pow10(precision);
    this.unit = Number(this.unitBig);
  }

  /**
   * The units of an exact value, or undefined when it is finer than the precision. A value beyond the safe range
   * comes out inexact but still beyond every bound a score is checked against.
   */
  units(value: Exact): Units | undefined {
    if (value.scale <= this.precision) return Number(value.m * pow10(this.precision - value.scale));
    const factor = pow10(value.scale - this.precision);
    return value.m % factor === 0n ? Number(value.m / factor) : undefined;
  }

  /**
   * scale.units(parseExact(text)) for the usual score text ("1.5", "-2", at most `precision` decimals and 15 digits
   * in all once scaled), read in doubles with no BigInt; undefined for any other text, which parseExact then reads.
   */
  unitsOfText(text: string | null | undefined): Units | undefined {
    if (typeof text !== 'string') return undefined;
    const start = text.charCodeAt(0) === 45 /* "-" */ ? 1 : 0;
    let dot = -1;
    let n = 0;
    // As parseExact: digits, at most one "." with a digit on each side.
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 46 /* "." */ && dot < 0 && i > start && i < text.length - 1) dot = i;
      else if (code < 48 || code > 57) return undefined;
      else n = n * 10 + (code - 48);
    }
    const digitCount = text.length - start - (dot < 0 ? 0 : 1);
    const decimals = dot < 0 ? 0 : text.length - dot - 1;
    const shift = this.precision - decimals;
    if (digitCount === 0 || shift < 0 || digitCount + shift > 15) return undefined;
    // n × 10^shift has at most 15 digits: an exact double; 0 for "-0", as the BigInt path gives.
    const units = n * 10 ** shift;
    return start === 1 && units !== 0 ? -units : units;
  }

  /** The least number of units at or above a non-negative threshold (a band's or an award's minimum total). */
  ceilUnits(value: Exact): Units {
    return this.units(value) ?? Number(divide(value.m, pow10(value.scale - this.precision), 'ceil'));
  }

  /** A regulation number (validated to fit the precision and MAX_POINT_UNITS). */
  fromNumber(value: number): Units {
    const units = this.units(exactFromNumber(value));
    if (units === undefined) throw new Error(`${value} có nhiều chữ số thập phân hơn scoring.precision`);
    return units;
  }

  text(units: Units): string {
    return this.textsOf(units).text;
  }

  vi(units: Units): string {
    return this.textsOf(units).vi;
  }

  private textsOf(units: Units): { text: string; vi: string } {
    // Small non-negative points (every point of an ordinary regulation) by array index, the rest in the map.
    const small = units >= 0 && units < SMALL_TEXTS;
    let texts = small ? this.smallTexts[units] : this.texts.get(units);
    if (texts !== undefined) return texts;
    texts = this.format(units);
    if (small) this.smallTexts[units] = texts;
    else {
      if (this.texts.size >= MEMO_LIMIT) this.texts.clear();
      this.texts.set(units, texts);
    }
    return texts;
  }

  private format(units: Units): { text: string; vi: string } {
    const text = exactText({ m: BigInt(units), scale: this.precision });
    return { text, vi: viText(text) };
  }

  /** num / den units rounded half up (num ≥ 0, den > 0, both safe integers). */
  round(num: Units, den: number): Units {
    const remainder = num % den;
    return (num - remainder) / den + (2 * remainder >= den ? 1 : 0);
  }

  /** num / den units (num ≥ 0, den > 0, both safe integers) rounded half up, with the exact text when inexact. */
  quotient(num: Units, den: number): Quotient {
    const points = this.round(num, den);
    return { points, exact: num % den === 0 ? null : this.fractionText(num, den) };
  }

  /** quotient() of BigInt terms of any size (products with members' figures). */
  bigQuotient(num: bigint, den: bigint): Quotient {
    const n = Number(num);
    const d = Number(den);
    // Beyond MAX_SAFE_INTEGER the conversion lands on 2^53 or more, which isSafeInteger rejects.
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return this.quotient(n, d);
    if (num % den === 0n) return { points: Number(num / den), exact: null };
    return { points: Number(divide(num, den, 'round')), exact: this.bigFractionText(num, den) };
  }

  /** num / den units as points, exact; a repeating expansion is cut after 12 decimals and marked "…". */
  fractionText(num: Units, den: number): string {
    // Long division in doubles while every step is an exact integer: den × 10^precision × 10 bounds them.
    const scaledDen = den * this.unit;
    if (scaledDen * 10 <= Number.MAX_SAFE_INTEGER) return smallFractionText(num, scaledDen);
    return this.bigFractionText(BigInt(num), BigInt(den));
  }

  private bigFractionText(num: bigint, den: bigint): string {
    const scaledDen = den * this.unitBig;
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
