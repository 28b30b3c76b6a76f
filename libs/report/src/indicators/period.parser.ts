// Which stretch of time a figure covers, from the words before it: "tháng 6" (one month), "6 tháng", "lũy kế",
// "cả năm", "quý II", "6 tháng cuối năm"; and how well that matches the period the report is about.
import { wordMatches, wordPattern } from './word-pattern';

export type Period =
  | { kind: 'month' }
  | { kind: 'quarter' }
  /** "6 tháng cuối năm": a later half, never the report's running total. */
  | { kind: 'partial' }
  /** "6 tháng", "lũy kế" (months unknown), "cả năm" (12). */
  | { kind: 'cumulative'; months: number | null }
  /** "năm 2023": names the year; the whole year only in a year-end report. */
  | { kind: 'year' }
  | { kind: 'unmarked' };

export interface PeriodMarker {
  start: number;
  end: number;
  period: Period;
}

const WORD_MONTHS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, 'mười hai': 12 };
const MARKER = wordPattern(
  [
    '(?<span>\\d{1,2}|ba|sáu|chín|mười hai) tháng(?: (?<half>đầu|cuối) năm)?(?: (?:năm )?\\d{4})?',
    '(?<month>tháng (?:\\d{1,2}|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|mười một|mười hai)(?:\\/\\d{4}| năm \\d{4})?)',
    '(?<quarter>quý (?:I{1,3}|IV|[1-4]))',
    '(?<ytd>lũy kế|luỹ kế|từ đầu năm)',
    '(?<fullYear>cả năm)',
    '(?<year>năm \\d{4})',
  ].join('|'),
);
/** "kế hoạch năm 2023", "so với cùng kỳ năm 2022", "đến năm 2030" name a year without dating the figure. */
const YEAR_NOT_A_PERIOD =
  /(?:kế hoạch|KH|chỉ tiêu|mục tiêu|dự toán|so với|cùng kỳ|cùng kì|giai đoạn|đến|từ)\s*$/iu;

export function findPeriodMarkers(text: string): PeriodMarker[] {
  const markers: PeriodMarker[] = [];
  for (const m of wordMatches(text, MARKER)) {
    const g = m.groups ?? {};
    let period: Period;
    if (g.span !== undefined) {
      const months = WORD_MONTHS[g.span.toLowerCase()] ?? Number(g.span);
      period =
        g.half?.toLowerCase() === 'cuối' && months < 12
          ? { kind: 'partial' }
          : { kind: 'cumulative', months };
    } else if (g.month !== undefined) period = { kind: 'month' };
    else if (g.quarter !== undefined) period = { kind: 'quarter' };
    else if (g.ytd !== undefined) period = { kind: 'cumulative', months: null };
    else if (g.fullYear !== undefined) period = { kind: 'cumulative', months: 12 };
    else if (YEAR_NOT_A_PERIOD.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    else period = { kind: 'year' };
    markers.push({ start: m.index, end: m.index + m[0].length, period });
  }
  return markers;
}

/**
 * The months a report covers, from its title: "6 tháng đầu năm" → 6, "tổng kết năm 2023" → 12, "báo cáo tháng 5
 * năm 2022" → 1 (a month's report: its month's figures are the period's).
 */
export function detectReportPeriodMonths(title: string | undefined): number | null {
  if (title === undefined) return null;
  const markers = findPeriodMarkers(title);
  for (const { period } of markers) {
    if (period.kind === 'cumulative' && period.months !== null) return period.months;
  }
  if (markers.some(({ period }) => period.kind === 'month')) return 1;
  if (/tổng kết|cả năm|năm \d{4}/iu.test(title)) return 12;
  return /sơ kết/iu.test(title) ? 6 : null;
}

/**
 * "năm 2023" is the whole year in a year-end report, and says nothing more in a mid-year one; in a month's
 * report "tháng 5" is the report's period, a running total of one month.
 */
export function resolvePeriod(period: Period, reportMonths: number | null): Period {
  if (period.kind === 'month' && reportMonths === 1) return { kind: 'cumulative', months: 1 };
  if (period.kind !== 'year') return period;
  return reportMonths === null || reportMonths === 12
    ? { kind: 'cumulative', months: 12 }
    : { kind: 'unmarked' };
}

/**
 * How well a (resolved) period stands for the report's whole period; null: never (one month, a quarter, a later
 * half, a forecast beyond the report's period). Higher is better.
 */
export function periodScore(period: Period, reportMonths: number | null): number | null {
  if (period.kind === 'unmarked') return 2;
  if (period.kind !== 'cumulative') return null;
  if (period.months === null) return 3;
  if (reportMonths === null) return 3 + period.months / 100;
  if (period.months === reportMonths) return 4;
  return period.months < reportMonths ? 1 : null;
}

/** Figures read under the same period belong together (a month's figure and its % change). */
export function periodKey(period: Period): string {
  return period.kind === 'cumulative' ? `cumulative:${period.months ?? '?'}` : period.kind;
}
