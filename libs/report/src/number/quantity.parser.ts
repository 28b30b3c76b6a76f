// Quantities as reporters write them: "hơn 98%", "14.103,4 tỷ đồng", "0,63 triệu USD", "10.042 hồ sơ".
import Decimal from 'decimal.js';
import { parseVietnameseNumber, VietnameseNumberError } from './vietnamese-number.parser';

export type Qualifier = 'hơn' | 'trên' | 'gần' | 'khoảng' | 'xấp xỉ' | 'dưới';
export type Scale = 'nghìn' | 'triệu' | 'tỷ' | 'nghìn tỷ';
type Dimension = 'VND' | 'USD' | 'PERCENT' | 'MASS' | 'COUNT';

export interface Quantity {
  /** Exact decimal string of the number as written, before the scale word. */
  value: string;
  scale: Scale | null;
  /** Base unit in its canonical spelling ("đồng", "USD", "%", "hồ sơ"…); null when none was written. */
  unit: string | null;
  qualifier: Qualifier | null;
  /** "23/25 nhiệm vụ": the 25. */
  outOf: string | null;
}

export interface QuantityMatch {
  quantity: Quantity;
  start: number;
  end: number;
}

interface UnitDefinition {
  canonical: string;
  dimension: Dimension;
  spellings: string[];
}

const UNITS: UnitDefinition[] = [
  { canonical: 'đồng', dimension: 'VND', spellings: ['đồng', 'VNĐ', 'VND'] },
  { canonical: 'USD', dimension: 'USD', spellings: ['USD', 'đô la Mỹ', 'đô la', 'đôla'] },
  { canonical: '%', dimension: 'PERCENT', spellings: ['%', 'phần trăm'] },
  { canonical: 'tấn', dimension: 'MASS', spellings: ['tấn'] },
  { canonical: 'kg', dimension: 'MASS', spellings: ['kg'] },
  ...[
    'bộ hồ sơ',
    'hồ sơ',
    'nhiệm vụ',
    'thủ tục',
    'người',
    'xã',
    'hộ',
    'doanh nghiệp',
    'tập thể',
    'cá nhân',
    'lượt',
    'dự án',
    'văn bản',
  ].map((word) => ({
    canonical: word === 'bộ hồ sơ' ? 'hồ sơ' : word,
    dimension: 'COUNT' as const,
    spellings: [word],
  })),
];

const SCALE_FACTORS: Record<Scale, string> = {
  nghìn: '1e3',
  triệu: '1e6',
  tỷ: '1e9',
  'nghìn tỷ': '1e12',
};
const SCALE_SPELLINGS: [string, Scale][] = [
  ['nghìn tỷ', 'nghìn tỷ'],
  ['ngàn tỷ', 'nghìn tỷ'],
  ['nghìn', 'nghìn'],
  ['ngàn', 'nghìn'],
  ['triệu', 'triệu'],
  ['tỷ', 'tỷ'],
  ['tỉ', 'tỷ'],
];
const QUALIFIERS: Qualifier[] = ['hơn', 'trên', 'gần', 'khoảng', 'xấp xỉ', 'dưới'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const UNIT_SPELLINGS = UNITS.flatMap((u) => u.spellings.map((s) => [s, u] as const));
const NOT_WORD = '(?![\\p{L}\\p{N}])';
// A number is not a quantity when it is part of a date, a range or a document number ("15/12/2022",
// "2021-2025", "68/2000/NĐ-CP", "9001:2015"), or glued to a word ("UBND1").
// "thấp hơn 10%", "cao hơn" compare; their "hơn" is no qualifier.
const QUANTITY_PATTERN = new RegExp(
  `(?:(?<!(?:thấp|cao|nhiều|ít) )(${alternation(QUALIFIERS)})\\s+)?` +
    `(?<![\\p{L}\\p{N}.,]|\\d[/:-])` +
    `(\\d+(?:[.,]\\d+)*)(?:/(\\d+(?:\\.\\d{3})*))?(?![/:-]?\\d)(?![.,]\\d)` +
    `(?:\\s*(${alternation(SCALE_SPELLINGS.map(([s]) => s))})${NOT_WORD})?` +
    `(?:\\s*(${alternation(UNIT_SPELLINGS.map(([s]) => s))})(?:${NOT_WORD}|(?<=%)))?`,
  'giu',
);

function unitOf(spelling: string | undefined): UnitDefinition | null {
  if (spelling === undefined) return null;
  const lower = spelling.toLowerCase();
  return UNIT_SPELLINGS.find(([s]) => s.toLowerCase() === lower)?.[1] ?? null;
}

function scaleOf(spelling: string | undefined): Scale | null {
  if (spelling === undefined) return null;
  const lower = spelling.toLowerCase();
  return SCALE_SPELLINGS.find(([s]) => s === lower)?.[1] ?? null;
}

/** Every quantity in running text, in order; malformed numbers ("1.93.5") are skipped, never guessed. */
export function findQuantities(text: string): QuantityMatch[] {
  const matches: QuantityMatch[] = [];
  for (const m of text.matchAll(QUANTITY_PATTERN)) {
    const [whole, qualifier, digits, outOf, scale, unit] = m;
    let value: string;
    try {
      value = parseVietnameseNumber(digits);
    } catch (error) {
      if (error instanceof VietnameseNumberError) continue;
      throw error;
    }
    const unitDefinition = unitOf(unit);
    // "23/25" is a quantity only when a counted unit follows; otherwise it is a date or a code.
    if (outOf !== undefined && unitDefinition?.dimension !== 'COUNT') continue;
    matches.push({
      start: m.index,
      end: m.index + whole.length,
      quantity: {
        value,
        scale: scaleOf(scale),
        unit: unitDefinition?.canonical ?? null,
        qualifier: (qualifier?.toLowerCase() as Qualifier | undefined) ?? null,
        outOf: outOf === undefined ? null : parseVietnameseNumber(outOf),
      },
    });
  }
  return matches;
}

/** One quantity and nothing else, e.g. a table cell; throws VietnameseNumberError when it is not one. */
export function parseQuantity(text: string): Quantity {
  const trimmed = text.trim();
  if (trimmed === '') throw new VietnameseNumberError('EMPTY', text);
  const [match] = findQuantities(trimmed);
  if (match !== undefined && match.start === 0 && match.end === trimmed.length) return match.quantity;
  // Report the number's own defect ("1.93.5 tỷ") when there is one, else that this is no quantity.
  const digits = /\d[\d.,]*/u.exec(trimmed)?.[0].replace(/[.,]$/, '');
  if (digits !== undefined) parseVietnameseNumber(digits);
  throw new VietnameseNumberError('NOT_A_NUMBER', text);
}

/** "tỷ đồng" → scale tỷ, unit đồng. */
function parseUnitLabel(label: string): { scale: Scale | null; unit: string } {
  const scaleEntry = SCALE_SPELLINGS.find(([s]) => label.startsWith(`${s} `));
  const unit = unitOf(scaleEntry ? label.slice(scaleEntry[0].length + 1) : label);
  if (unit === null) throw new Error(`Unknown unit label: ${label}`);
  return { scale: scaleEntry?.[1] ?? null, unit: unit.canonical };
}

/**
 * The quantity expressed in `target` ("tỷ đồng", "triệu USD"), or null when the units differ.
 * A bare scale word ("14.103 tỷ") counts as the target's unit: reporters drop "đồng".
 */
export function convertQuantity(quantity: Quantity, target: string): string | null {
  const to = parseUnitLabel(target);
  const unit = quantity.unit ?? (quantity.scale !== null ? to.unit : null);
  if (unit !== to.unit) return null;
  const factor = (scale: Scale | null) => new Decimal(scale === null ? 1 : SCALE_FACTORS[scale]);
  return new Decimal(quantity.value).times(factor(quantity.scale)).dividedBy(factor(to.scale)).toFixed();
}

/** Whether convertQuantity can express quantities in `label` ("tỷ đồng", "triệu USD", "hồ sơ", "%"). */
export function isUnitLabel(label: string): boolean {
  const scaleEntry = SCALE_SPELLINGS.find(([s]) => label.startsWith(`${s} `));
  return unitOf(scaleEntry ? label.slice(scaleEntry[0].length + 1) : label) !== null;
}
