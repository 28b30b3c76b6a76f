// The pipeline both importers end in: blocks → structure → indicators.
import type { ImportedReport } from '../document/report-document.model';
import { buildReportStructure } from '../document/report-structure.builder';
import type { TextBlock } from '../document/text-block';
import { extractIndicators } from '../indicators/indicator.extractor';
import { detectReportPeriodMonths } from '../indicators/period.parser';
import { ReportImportError } from './report-import.error';

export function assembleReport(blocks: readonly TextBlock[]): ImportedReport {
  if (blocks.length === 0) throw new ReportImportError('EMPTY', 'Báo cáo không có nội dung.');
  const structure = buildReportStructure(blocks);
  const indicators = extractIndicators(structure.sections, {
    periodMonths: detectReportPeriodMonths(structure.title),
  });
  return { ...structure, indicators };
}
