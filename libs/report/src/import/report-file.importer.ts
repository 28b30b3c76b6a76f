// An uploaded file → the importer for its type.
import { extname } from 'node:path';
import type { ImportedReport } from '../document/report-document.model';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../isolation/document-limits';
import { importDocx, LEGACY_WORD_MESSAGE } from './docx.importer';
import type { ImportOptions } from './imported-report.assembler';
import { importMarkdown } from './markdown.importer';
import { ReportImportError } from './report-import.error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(buffer: Buffer): string {
  try {
    return utf8.decode(buffer);
  } catch (cause) {
    throw new ReportImportError('UNREADABLE', 'Không đọc được tệp: nội dung không phải văn bản UTF-8.', {
      cause,
    });
  }
}

export async function importReportFile(
  fileName: string,
  buffer: Buffer,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
  options: ImportOptions = {},
): Promise<ImportedReport> {
  const extension = extname(fileName).toLowerCase();
  switch (extension) {
    case '.docx':
      return importDocx(buffer, limits, options);
    case '.md':
    case '.markdown':
      return importMarkdown(decodeText(buffer), limits, options);
    case '.doc':
      throw new ReportImportError('UNSUPPORTED_TYPE', LEGACY_WORD_MESSAGE);
    default:
      throw new ReportImportError(
        'UNSUPPORTED_TYPE',
        `Chưa hỗ trợ định dạng tệp “${extension || fileName}”: hãy tải lên tệp .docx hoặc .md.`,
      );
  }
}
