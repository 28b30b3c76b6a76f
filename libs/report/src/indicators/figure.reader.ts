// The figures of one statement (a paragraph or list item) with what surrounds each: the verb before it ("tăng",
// "đạt"), what it is compared with ("kế hoạch", "cùng kỳ"), the period it covers, parentheses.
import { findQuantities, type Quantity, type QuantityMatch } from '../number/quantity.parser';
import { firstAtOrAfter } from '../text/linear-text.util';
import { findPeriodMarkers, type Period } from './period.parser';
import { wordMatches, wordPattern } from './word-pattern';

export type Comparator = 'plan' | 'samePeriod' | 'otherPeriod' | null;
export type Verb =
  'tăng' | 'giảm' | 'vượt' | 'đạt' | 'bằng' | 'chiếm' | 'hoàn thành' | 'thấp hơn' | 'cao hơn' | 'là';

export interface Figure {
  start: number;
  end: number;
  /** "zero": "tương đương cùng kỳ", a change of 0 with no number written. */
  kind: 'amount' | 'percent' | 'zero';
  quantity: Quantity | null;
  verb: Verb | null;
  comparator: Comparator;
  inParentheses: boolean;
  /** Text since the previous figure: "kế hoạch năm là" before an amount says it is the plan, not the result. */
  cue: string;
  period: Period;
  sentence: Range;
  /** The clause around the figure, cut at ", ", "; ", ". " and parentheses. */
  clause: Range;
}

export interface Range {
  start: number;
  end: number;
}

/** What a group's own indicators add to reading figures (libs/report's declared indicators). */
export interface FigureHints {
  /** Where a number written with no unit is still a figure: right after an indicator's name ("…: 96,5"). */
  bareAt: ReadonlySet<number>;
  /** Units the number parser does not know ("km", "ha"): sticky, `\s*(unit)` with the unit as group 1. */
  units: RegExp | null;
  /** The declared spelling of each unit `units` matches, by its lower-case form. */
  unitNames: ReadonlyMap<string, string>;
}

/** A number followed by one of these is a span of time ("6 tháng đầu năm"), not a figure. */
const PERIOD_AFTER = /\s*(?:tháng|quý|năm|ngày|tuần)(?![\p{L}\p{N}])/iuy;

const E = '(?![\\p{L}\\p{N}])';
const PLAN = 'kế hoạch|KH|chỉ tiêu|dự toán';
const SAME_PERIOD = 'cùng kỳ|cùng kì|CK|năm trước|năm ngoái';
const COMPARATOR_AFTER = new RegExp(
  `\\s*(?:so với|so|với|của)?\\s*(?:(?<plan>${PLAN}|mục tiêu)(?:\\s+(?:năm|cả năm|được giao|giao|đề ra|tỉnh giao|\\d{4}))*` +
    `|(?<same>${SAME_PERIOD})(?:\\s+năm(?:\\s+(?:trước|ngoái|\\d{4}))?)?` +
    `|(?<other>tháng trước|quý trước|kỳ trước|tháng \\d{1,2}))${E}`,
  'yiu',
);
/** "So với kế hoạch, … đạt 44,6%", "vượt kế hoạch 28%": the comparison written before the number. */
const COMPARATOR_BEFORE = wordPattern(
  `(?:so với|so|tăng|giảm|vượt|đạt|bằng)\\s+(?:(?<plan>${PLAN})|(?<same>${SAME_PERIOD}))`,
);
const VERB = wordPattern('(tăng|giảm|vượt|đạt|bằng|chiếm|hoàn thành|thấp hơn|cao hơn|là)');
const ZERO_CHANGE = wordPattern(
  '(?:tương đương|ngang bằng|bằng|ngang|xấp xỉ)(?: với)?(?: so với)? (?:cùng kỳ|cùng kì)(?: năm (?:trước|ngoái|\\d{4}))?|không tăng,? không giảm',
);
const SENTENCE_END = /[.!?…]+(?=\s+[\p{Lu}\d“"(])/gu;
const CLAUSE_BREAK = /[,;.](?=\s)|[()]/g;
/** "Số hồ sơ tiếp nhận là 10.042": a count whose unit is written before the number, within a few words. */
const UNIT_BEFORE: [string, RegExp][] = [
  ['hồ sơ', /hồ sơ[^\d]*(?:là|:|tiếp nhận|giải quyết|trả kết quả|trực tuyến)\s*$/iu],
  ['nhiệm vụ', /nhiệm vụ[^\d]*(?:là|:|hoàn thành|thực hiện)\s*$/iu],
];
const UNIT_BEFORE_REACH = 150;

/** Clause boundaries: the clause around [start, end) runs from the last break before it to the next after it. */
function clauseFinder(text: string): (start: number, end: number) => Range {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const at = (b: number) => b;
  return (start, end) => {
    const previous = firstAtOrAfter(breaks, start, at) - 1;
    const next = firstAtOrAfter(breaks, end, at);
    return {
      start: previous < 0 ? 0 : breaks[previous] + 1,
      end: next < breaks.length ? breaks[next] : text.length,
    };
  };
}

/** A number with no unit is a figure only when its unit comes before it; else it is a year, a count of months… */
function withUnit(text: string, { quantity, start }: QuantityMatch, clause: Range): Quantity | null {
  if (quantity.unit !== null || quantity.scale !== null) return quantity;
  if (quantity.outOf !== null || !/^\d+$/.test(quantity.value)) return null;
  const before = text.slice(Math.max(clause.start, start - UNIT_BEFORE_REACH), start);
  const unit = UNIT_BEFORE.find(([, pattern]) => pattern.test(before))?.[0];
  return unit === undefined ? null : { ...quantity, unit };
}

/** A unitless number the hints make a figure: one followed by a declared unit, or one where a name wants it. */
function withDeclaredUnit(
  text: string,
  { quantity, start, end }: QuantityMatch,
  hints: FigureHints,
): { quantity: Quantity; end: number } | null {
  if (quantity.unit !== null || quantity.scale !== null || quantity.outOf !== null) return null;
  if (hints.units !== null) {
    hints.units.lastIndex = end;
    const unit = hints.units.exec(text);
    const name = unit === null ? undefined : hints.unitNames.get(unit[1].toLowerCase());
    if (unit !== null && name !== undefined)
      return { quantity: { ...quantity, unit: name }, end: end + unit[0].length };
  }
  if (!hints.bareAt.has(start)) return null;
  PERIOD_AFTER.lastIndex = end;
  return PERIOD_AFTER.test(text) ? null : { quantity, end };
}

function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    ranges.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.map((r) => {
    const leading = text.slice(r.start, r.end).search(/\S/);
    return { start: r.start + Math.max(0, leading), end: r.end };
  });
}

function comparatorOf(groups: Record<string, string | undefined> | undefined): Comparator {
  if (groups?.plan !== undefined) return 'plan';
  if (groups?.same !== undefined) return 'samePeriod';
  return groups?.other !== undefined ? 'otherPeriod' : null;
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  return wordMatches(text, pattern).pop() ?? null;
}

/** Depth of parentheses at each position; an unmatched ")" (a typing slip) does not go below zero. */
function parenthesesDepth(text: string): number[] {
  const depth: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ')') d = Math.max(0, d - 1);
    depth.push(d);
    if (text[i] === '(') d++;
  }
  return depth;
}

export function readFigures(text: string, hints: FigureHints | null = null): Figure[] {
  const sentences = sentenceRanges(text);
  const sentenceAt = (index: number) =>
    sentences[
      Math.min(
        firstAtOrAfter(sentences, index + 1, (s) => s.end),
        sentences.length - 1,
      )
    ];
  const depth = parenthesesDepth(text);
  const clauseOf = clauseFinder(text);

  const raw: Omit<Figure, 'verb' | 'cue' | 'period' | 'sentence'>[] = [];
  for (const match of findQuantities(text)) {
    const { start } = match;
    let { end } = match;
    const clause = clauseOf(start, end);
    let quantity = withUnit(text, match, clause);
    if (quantity === null && hints !== null) {
      const declared = withDeclaredUnit(text, match, hints);
      if (declared !== null) ({ quantity, end } = declared);
    }
    if (quantity === null) continue;
    COMPARATOR_AFTER.lastIndex = end;
    const after = quantity.unit === '%' ? COMPARATOR_AFTER.exec(text) : null;
    raw.push({
      start,
      end: after === null ? end : end + after[0].length,
      kind: quantity.unit === '%' ? 'percent' : 'amount',
      quantity,
      comparator: comparatorOf(after?.groups),
      inParentheses: depth[start] > 0,
      clause,
    });
  }
  for (const m of wordMatches(text, ZERO_CHANGE)) {
    const start = m.index;
    const end = start + m[0].length;
    raw.push({
      start,
      end,
      kind: 'zero',
      quantity: null,
      comparator: 'samePeriod',
      inParentheses: depth[start] > 0,
      clause: clauseOf(start, end),
    });
  }
  raw.sort((a, b) => a.start - b.start);

  // A period marker inside a figure's comparison ("đạt 44,6% kế hoạch năm 2023") or in parentheses dates nothing.
  const reach: number[] = []; // the furthest end of the figures up to each one
  for (const f of raw) reach.push(Math.max(f.end, reach[reach.length - 1] ?? 0));
  const markers = findPeriodMarkers(text).filter((m) => {
    const before = firstAtOrAfter(raw, m.start, (f) => f.start) - 1; // the last figure starting before m
    return depth[m.start] === 0 && (before < 0 || reach[before] <= m.start);
  });

  return raw.map((figure, i) => {
    const sentence = sentenceAt(figure.start);
    const windowStart = Math.max(sentence.start, i === 0 ? 0 : raw[i - 1].end);
    const window = text.slice(windowStart, figure.start);
    // The period last named before the figure, anywhere in the statement: "…6 tháng tăng 11,3%. Trong đó: …".
    const marker = markers[firstAtOrAfter(markers, figure.start, (m) => m.start) - 1];
    const comparator =
      figure.comparator ??
      (figure.kind === 'percent' ? comparatorOf(lastMatch(COMPARATOR_BEFORE, window)?.groups) : null);
    return {
      ...figure,
      comparator,
      verb: (lastMatch(VERB, window)?.[1].toLowerCase() as Verb | undefined) ?? null,
      cue: window,
      period: marker?.period ?? { kind: 'unmarked' },
      sentence,
    };
  });
}
