import { readMarkdownBlocks } from '../document/markdown-block.reader';
import type { ImportedReport } from '../document/report-document.model';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../isolation/document-limits';
import { assembleReport, type ImportOptions } from './imported-report.assembler';
import { checkReportText } from './report-text.limits';

export function importMarkdown(
  text: string,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
  options: ImportOptions = {},
): ImportedReport {
  checkReportText(text, limits);
  return assembleReport(readMarkdownBlocks(text), options);
}
