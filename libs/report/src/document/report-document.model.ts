// The report as the portal keeps it: sections with Markdown bodies, footnotes, signature, recipients, indicators.

export interface ReportSection {
  /**
   * Position in the document's own numbering, stable for the same document: "P1" (Phần I), "P1.I", "P1.I.2",
   * "II.1.a"; "0" is the text before the first heading; a label repeated by mistake gets "#2" ("P1.IV#2").
   */
  path: string;
  title: string;
  /** Markdown: paragraphs, "- " list items, **bold**, *italic*, footnote references as <sup>n</sup>. */
  body: string;
}

export interface Footnote {
  label: string;
  text: string;
}

export interface Signature {
  /** Signer's title, one line per line of the document ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"). */
  title: string;
  name: string | null;
}

export interface Indicator {
  /** A canonical key ("retail_sales") or a sub-figure of one ("industrial_production_index.mining"). */
  key: string;
  label: string;
  /** Exact decimal strings; null where the report does not state the figure. */
  value: string | null;
  unit: string | null;
  percentOfPlan: string | null;
  changeVsSamePeriodPercent: string | null;
  /** "hơn", "trên", "gần", "khoảng"… written before the value (or before the first figure when there is no value). */
  qualifier: string | null;
  /** The sentence(s) the figures were read from. */
  source: string;
}

export interface ImportedReport {
  /** The summary line under the document type ("Sơ kết công tác thi đua 6 tháng đầu năm…"). */
  title?: string;
  /** "BÁO CÁO", "TỜ TRÌNH"… */
  documentType?: string;
  sections: ReportSection[];
  indicators: Indicator[];
  footnotes: Footnote[];
  signature?: Signature;
  recipients: string[];
}
