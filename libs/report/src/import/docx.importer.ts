// DOCX → mammoth's HTML → the same pipeline as Markdown.
import mammoth from 'mammoth';
import { readHtmlBlocks } from '../document/html-block.reader';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../isolation/document-limits';
import { checkDocxArchive } from './docx-archive.guard';
import { checkReportText } from './report-text.limits';
import type { ImportedReport } from '../document/report-document.model';
import { assembleReport, type ImportOptions } from './imported-report.assembler';
import { ReportImportError } from './report-import.error';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Word 97–2003 (.doc) files are OLE compound documents. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export const LEGACY_WORD_MESSAGE =
  'Tệp Word 97–2003 (.doc) chưa được hỗ trợ: hãy mở bằng Word và lưu lại dưới dạng .docx.';
const UNREADABLE_MESSAGE = 'Không đọc được tệp Word: tệp bị hỏng hoặc không phải định dạng .docx.';

/** The part of mammoth's document model the transform below touches. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  verticalAlignment?: string;
}

const textOf = (element: DocxElement | undefined): string =>
  element === undefined ? '' : (element.value ?? (element.children ?? []).map(textOf).join(''));

/**
 * Documents converted from other formats lose the superscript of footnote references but keep them as runs of
 * their own: "…của UBND" "1" "; Quyết định…". A short number run glued to a word and followed by punctuation is a
 * reference; marking it superscript lets mammoth write <sup>1</sup>, as for a real one.
 */
function isDetachedReference(runs: readonly DocxElement[], i: number): boolean {
  const [previous, run, next] = [runs[i - 1], runs[i], runs[i + 1]];
  return (
    run.type === 'run' &&
    run.verticalAlignment === 'baseline' &&
    previous?.type === 'run' &&
    /^\d{1,2}$/.test(textOf(run)) &&
    /\p{L}$/u.test(textOf(previous)) &&
    (next === undefined || /^[^\p{L}\p{N}]/u.test(textOf(next)))
  );
}

function markDetachedReferences(element: DocxElement): DocxElement {
  if (element.children === undefined) return element;
  const children = element.children.map(markDetachedReferences);
  return {
    ...element,
    children: children.map((child, i) =>
      isDetachedReference(children, i) ? { ...child, verticalAlignment: 'superscript' } : child,
    ),
  };
}

function assertDocxSignature(buffer: Buffer): void {
  if (buffer.subarray(0, 4).equals(OLE_SIGNATURE))
    throw new ReportImportError('UNSUPPORTED_TYPE', LEGACY_WORD_MESSAGE);
  if (!buffer.subarray(0, 4).equals(ZIP_SIGNATURE))
    throw new ReportImportError('UNREADABLE', UNREADABLE_MESSAGE);
}

/** Pictures are not report text: never read (nor inlined as base64 in the HTML). */
const skipImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function importDocx(
  buffer: Buffer,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
  options: ImportOptions = {},
): Promise<ImportedReport> {
  assertDocxSignature(buffer);
  checkDocxArchive(buffer, limits);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer },
      { transformDocument: markDetachedReferences, convertImage: skipImage },
    ));
  } catch (cause) {
    throw new ReportImportError('UNREADABLE', UNREADABLE_MESSAGE, { cause });
  }
  checkReportText(html, limits);
  return assembleReport(readHtmlBlocks(html), options);
}
