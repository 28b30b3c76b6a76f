import { readMarkdownBlocks } from '../document/markdown-block.reader';
import type { ImportedReport } from '../document/report-document.model';
import { assembleReport } from './imported-report.assembler';

export function importMarkdown(text: string): ImportedReport {
  return assembleReport(readMarkdownBlocks(text));
}
