// The pipeline both importers end in: blocks → structure → indicators.
import type { ImportedReport } from '../document/report-document.model';
import type { GroupIndicator } from '../indicators/group-indicators';
import { buildReportStructure } from '../document/report-structure.builder';
import type { TextBlock } from '../document/text-block';
import { extractIndicators } from '../indicators/indicator.extractor';
import { detectReportPeriodMonths } from '../indicators/period.parser';
import { ReportImportError } from './report-import.error';

/** What the report's recipients ask of an import, beyond the file. */
export interface ImportOptions {
  /** The indicators the regulations of the groups the report is addressed to declare (format 2). */
  declared?: readonly GroupIndicator[];
}

export function assembleReport(blocks: readonly TextBlock[], options: ImportOptions = {}): ImportedReport {
  if (blocks.length === 0) throw new ReportImportError('EMPTY', 'Báo cáo không có nội dung.');
  const structure = buildReportStructure(blocks);
  const indicators = extractIndicators(structure.sections, {
    periodMonths: detectReportPeriodMonths(structure.title),
    declared: options.declared,
  });
  return { ...structure, indicators };
}
