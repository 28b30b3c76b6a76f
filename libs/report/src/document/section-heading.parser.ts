// Heading numbering of Vietnamese reports: "Phần I", "I.", "1.", "1.1.", "a)". Its kind, not the Markdown heading
// level, decides nesting: real reports put "2." under an h2 between two h3 siblings.
import { trimChars } from '../text/linear-text.util';

export type HeadingKind = 'part' | 'roman' | 'arabic' | 'letter';

export interface HeadingLabel {
  kind: HeadingKind;
  /** Nesting rank: part 0, roman 1, arabic 2 (+1 per extra level, "1.2." is 3), letter 9. */
  rank: number;
  /** Path segment: "P1", "IV", "2", "a". */
  segment: string;
}

export interface ParsedHeading {
  label: HeadingLabel | null;
  title: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const ORDINALS: Record<string, number> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

export function romanToNumber(roman: string): number | null {
  if (!/^(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function numberToRoman(value: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let roman = '';
  for (const [amount, symbol] of table) {
    for (; rest >= amount; rest -= amount) roman += symbol;
  }
  return roman;
}

/** "KẾT QUẢ…:" and "…của Nhà nước." lose their closing mark; an ellipsis ("…") stays. */
const cleanTitle = (title: string) => trimChars(title, /[\s.:–-]/, /[\s:.]/).trim();

const PART =
  /^phần\s+(?:thứ\s+)?([ivxlc]+|\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{N}])(.*)$/iu;
const ROMAN = /^([IVXLC]+)\s*[.):–-]\s*(.*)$/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.?\)|\.)(?!\d)\s*(.*)$/u;
const ARABIC_SPACED = /^(\d{1,2}(?:\.\d{1,2})+)\s+(.*)$/u;
const LETTER = /^([a-zđ])\)\s*(.*)$/u;

/** Reads a heading's plain text; `label` is null for an unnumbered heading. */
export function parseHeading(text: string): ParsedHeading {
  const part = PART.exec(text);
  if (part) {
    const token = part[1].toLowerCase();
    const number =
      ORDINALS[token] ?? (/^\d+$/.test(token) ? Number(token) : romanToNumber(token.toUpperCase()));
    if (number !== null) {
      return { label: { kind: 'part', rank: 0, segment: `P${number}` }, title: cleanTitle(part[2]) };
    }
  }
  const roman = ROMAN.exec(text);
  if (roman && romanToNumber(roman[1]) !== null) {
    return { label: { kind: 'roman', rank: 1, segment: roman[1] }, title: cleanTitle(roman[2]) };
  }
  const arabic = ARABIC.exec(text) ?? ARABIC_SPACED.exec(text);
  if (arabic) {
    const levels = arabic[1].split('.');
    const segment = levels[levels.length - 1];
    return { label: { kind: 'arabic', rank: 1 + levels.length, segment }, title: cleanTitle(arabic[2]) };
  }
  const letter = LETTER.exec(text);
  if (letter) return { label: { kind: 'letter', rank: 9, segment: letter[1] }, title: cleanTitle(letter[2]) };
  return { label: null, title: cleanTitle(text) };
}

/** The heading text for a path's last segment, as an exporter writes it: "P2" → "PHẦN II", "IV#2" → "IV.". */
export function headingLabelOf(path: string): string {
  const segment = (path.split('.').pop() ?? '').replace(/#\d+$/, '');
  if (/^P\d+$/.test(segment)) return `PHẦN ${numberToRoman(Number(segment.slice(1)))}`;
  if (/^[a-zđ]$/.test(segment)) return `${segment})`;
  return `${segment}.`;
}
