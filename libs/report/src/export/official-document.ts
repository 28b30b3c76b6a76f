// An official document as plain data (Nghị định 30/2020 parts: letterhead, type and summary, body, signatures),
// rendered by either renderer: DOCX here (official-document.layout.ts), PDF in ../pdf. One content, two files.
import { AlignmentType, Paragraph, type Table } from 'docx';
import {
  bodyParagraph,
  dataTable,
  documentTitle,
  letterhead,
  packOfficialDocument,
  run,
  signatureBlock,
  twoSignatures,
  type OfficialClosing,
  type OfficialHeader,
} from './official-document.layout';

export interface TextSpan {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export type DocumentBlock =
  /** A justified body paragraph, first line indented; `centered` for a line such as "Kính gửi" or "QUYẾT ĐỊNH:". */
  | { type: 'paragraph'; spans: TextSpan[]; centered?: boolean }
  /** A ruled table with a header row; `numeric` columns align right. */
  | { type: 'table'; headers: string[]; rows: string[][]; numeric?: number[] };

export interface Signer {
  title: string;
  name: string;
}

export interface OfficialDocument {
  header: OfficialHeader;
  /** "TỜ TRÌNH", "BÁO CÁO", "QUYẾT ĐỊNH"… */
  documentType: string;
  summary: string;
  blocks: DocumentBlock[];
  /** "Nơi nhận" and one signature, or two signatures side by side (minutes). */
  closing: { recipients: OfficialClosing } | { left: Signer; right: Signer };
}

const spansOf = (spans: (TextSpan | string)[]) => spans.map((s) => (typeof s === 'string' ? { text: s } : s));
export const paragraph = (...spans: (TextSpan | string)[]): DocumentBlock => ({
  type: 'paragraph',
  spans: spansOf(spans),
});
export const centeredLine = (...spans: (TextSpan | string)[]): DocumentBlock => ({
  type: 'paragraph',
  spans: spansOf(spans),
  centered: true,
});
export const heading = (text: string): DocumentBlock => paragraph({ text, bold: true });

export function renderOfficialDocx(doc: OfficialDocument): Promise<Buffer> {
  const body = doc.blocks.map((block): Paragraph | Table => {
    if (block.type === 'table') return dataTable(block.headers, block.rows, block.numeric);
    const children = block.spans.map((s) => run(s.text, { bold: s.bold, italics: s.italics }));
    return block.centered
      ? new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children })
      : bodyParagraph(children);
  });
  const closing =
    'recipients' in doc.closing
      ? signatureBlock(doc.closing.recipients)
      : twoSignatures(doc.closing.left, doc.closing.right);
  return packOfficialDocument([
    letterhead(doc.header),
    ...documentTitle(doc.documentType, doc.summary),
    ...body,
    closing,
  ]);
}
