// The two periods of a group's year and how Vietnamese documents and pages name them. The API's messages,
// the exports and the web app's Vietnamese catalog all read them here: a full-year document is a "Tổng
// kết", never a "Sơ kết".

export const PERIOD_KINDS = ['H1', 'FY'] as const;
export type PeriodKindName = (typeof PERIOD_KINDS)[number];

export interface PeriodTerms {
  /** As a page names the period: "6 tháng đầu năm", "Cả năm". */
  name: string;
  /** In a sentence: "kỳ 6 tháng", "kỳ cả năm" follow "kỳ". */
  short: string;
  /** The period of a year in a document: "6 tháng đầu năm 2023", "năm 2023" (or a catalog's "{{year}}"). */
  ofYear: (year: number | string) => string;
  /** The review a member's report is: "Sơ kết" (mid-year), "Tổng kết" (year end). */
  review: string;
  /** The member's report, as a page names it. */
  report: string;
}

export const PERIOD_TERMS: Record<PeriodKindName, PeriodTerms> = {
  H1: {
    name: '6 tháng đầu năm',
    short: '6 tháng',
    ofYear: (year) => `6 tháng đầu năm ${year}`,
    review: 'Sơ kết',
    report: 'Báo cáo 6 tháng đầu năm',
  },
  FY: {
    name: 'Cả năm',
    short: 'cả năm',
    ofYear: (year) => `năm ${year}`,
    review: 'Tổng kết',
    report: 'Báo cáo cả năm',
  },
};

/** The report's summary line (trích yếu): "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023". */
export const reportSummary = (kind: PeriodKindName, year: number) =>
  `${PERIOD_TERMS[kind].review} công tác thi đua, khen thưởng ${PERIOD_TERMS[kind].ofYear(year)}`;

/** The names of a record of each period kind, e.g. for a message catalog: { H1: '6 tháng đầu năm', … }. */
export const periodNames = (pick: (terms: PeriodTerms) => string) =>
  Object.fromEntries(PERIOD_KINDS.map((k) => [k, pick(PERIOD_TERMS[k])])) as Record<PeriodKindName, string>;
