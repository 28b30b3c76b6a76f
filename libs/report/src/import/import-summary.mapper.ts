// The import result as the CLI prints it: section outline and indicators, figures as JSON numbers.
import type { ImportedReport } from '../document/report-document.model';

export interface ImportSummary {
  sections: { path: string; title: string }[];
  indicators: {
    key: string;
    label: string;
    value: number | null;
    unit: string | null;
    percentOfPlan: number | null;
    changeVsSamePeriodPercent: number | null;
    qualifier: string | null;
    source: string;
  }[];
}

const toNumber = (decimal: string | null) => (decimal === null ? null : Number(decimal));

export function toImportSummary(report: ImportedReport): ImportSummary {
  return {
    sections: report.sections.map(({ path, title }) => ({ path, title })),
    indicators: report.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      value: toNumber(i.value),
      unit: i.unit,
      percentOfPlan: toNumber(i.percentOfPlan),
      changeVsSamePeriodPercent: toNumber(i.changeVsSamePeriodPercent),
      qualifier: i.qualifier,
      source: i.source,
    })),
  };
}
