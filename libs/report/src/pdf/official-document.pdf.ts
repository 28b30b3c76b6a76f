// The PDF of an official document (../export/official-document.ts) in the Nghị định 30/2020 layout: A4, margins
// 20/20/30/15 mm, letterhead in two columns, centred type and summary, justified body, ruled tables, signatures.
import PDFDocument from 'pdfkit';
import type { DocumentBlock, OfficialDocument, Signer } from '../export/official-document';
import { formatPlaceAndDate } from '../export/official-document.layout';
import { collect, fontOf, FONTS, mm, registerFonts } from './pdf-fonts';

const SIZE = { body: 13, header: 12, recipients: 11, table: 11.5 } as const;
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const RULE = '—————';
const CELL_PADDING = 4;

type Doc = InstanceType<typeof PDFDocument>;

export function renderOfficialPdf(content: OfficialDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    info: { Title: `${content.documentType} – ${content.summary}`, Author: content.header.issuingBody },
  });
  registerFonts(doc);
  const page = { left: MARGINS.left, width: doc.page.width - MARGINS.left - MARGINS.right };
  letterhead(doc, content, page);
  doc.moveDown(1.5);
  centered(doc, content.documentType.toUpperCase(), FONTS.bold, SIZE.body, page);
  centered(doc, content.summary, FONTS.bold, SIZE.body, page);
  centered(doc, RULE, FONTS.regular, SIZE.body, page);
  doc.moveDown(0.8);
  for (const block of content.blocks) renderBlock(doc, block, page);
  doc.moveDown(1);
  closing(doc, content, page);
  return collect(doc);
}

interface Area {
  left: number;
  width: number;
}

function centered(doc: Doc, text: string, font: string, size: number, area: Area) {
  doc.font(font).fontSize(size).text(text, area.left, doc.y, { width: area.width, align: 'center' });
}

/** Lines of one column, written from `top`; answers where the column ends. */
function column(doc: Doc, top: number, area: Area, lines: { text: string; font: string; size: number }[]) {
  doc.y = top;
  for (const line of lines) centered(doc, line.text, line.font, line.size, area);
  return doc.y;
}

/** Two columns side by side from the current line; the text goes on under the longer one. */
function columns(
  doc: Doc,
  page: Area,
  split: number,
  write: (top: number, left: Area, right: Area) => number[],
) {
  const top = doc.y;
  const leftWidth = page.width * split;
  const ends = write(
    top,
    { left: page.left, width: leftWidth },
    { left: page.left + leftWidth, width: page.width - leftWidth },
  );
  doc.x = page.left;
  doc.y = Math.max(...ends);
}

function letterhead(doc: Doc, content: OfficialDocument, page: Area) {
  const h = content.header;
  columns(doc, page, 0.4, (top, left, right) => [
    column(doc, top, left, [
      ...(h.parentBody ? [{ text: h.parentBody.toUpperCase(), font: FONTS.regular, size: SIZE.header }] : []),
      { text: h.issuingBody.toUpperCase(), font: FONTS.bold, size: SIZE.header },
      { text: RULE, font: FONTS.regular, size: SIZE.header },
      { text: `Số: ${h.number}`, font: FONTS.regular, size: SIZE.header },
    ]),
    column(doc, top, right, [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: FONTS.bold, size: SIZE.header - 1 },
      { text: 'Độc lập - Tự do - Hạnh phúc', font: FONTS.bold, size: SIZE.header },
      { text: RULE, font: FONTS.regular, size: SIZE.header },
      { text: formatPlaceAndDate(h.place, h.date), font: FONTS.italic, size: SIZE.header },
    ]),
  ]);
}

function renderBlock(doc: Doc, block: DocumentBlock, page: Area) {
  if (block.type === 'table') return table(doc, block, page);
  doc.x = page.left;
  const last = block.spans.length - 1;
  block.spans.forEach((span, i) => {
    doc.font(fontOf(span)).fontSize(SIZE.body);
    doc.text(span.text, {
      width: page.width,
      align: block.centered ? 'center' : 'justify',
      indent: block.centered ? 0 : mm(10),
      continued: i < last,
      lineGap: 2,
    });
  });
  if (block.spans.length === 0) doc.moveDown();
  doc.moveDown(0.4);
}

/** The first column (STT) narrow, the others sharing the rest by their longest text. */
function columnWidths(doc: Doc, headers: string[], rows: string[][], width: number): number[] {
  const weights = headers.map((h, c) =>
    Math.max(doc.widthOfString(h), ...rows.map((r) => Math.min(doc.widthOfString(r[c] ?? ''), width))),
  );
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const floored = weights.map((w) => Math.max(width * 0.08, (w / total) * width));
  const sum = floored.reduce((a, b) => a + b, 0);
  return floored.map((w) => (w / sum) * width);
}

function table(doc: Doc, block: Extract<DocumentBlock, { type: 'table' }>, page: Area) {
  doc.fontSize(SIZE.table);
  const widths = columnWidths(doc, block.headers, block.rows, page.width);
  const bottom = doc.page.height - MARGINS.bottom;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(SIZE.table);
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * CELL_PADDING }))) +
      2 * CELL_PADDING;
    if (doc.y + height > bottom) doc.addPage();
    const top = doc.y;
    let x = page.left;
    cells.forEach((cell, i) => {
      doc.rect(x, top, widths[i], height).lineWidth(0.5).stroke();
      const align = bold ? 'center' : block.numeric?.includes(i) ? 'right' : 'left';
      doc.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align });
      x += widths[i];
    });
    doc.x = page.left;
    doc.y = top + height;
  };
  drawRow(block.headers, true);
  for (const row of block.rows) drawRow(row, false);
  doc.moveDown(0.6);
}

function signature(signer: Signer, area: Area, doc: Doc, top: number) {
  return column(doc, top, area, [
    ...signer.title
      .split('\n')
      .map((text) => ({ text: text.toUpperCase(), font: FONTS.bold, size: SIZE.body })),
    ...Array.from({ length: 4 }, () => ({ text: ' ', font: FONTS.regular, size: SIZE.body })),
    { text: signer.name || ' ', font: FONTS.bold, size: SIZE.body },
  ]);
}

function closing(doc: Doc, content: OfficialDocument, page: Area) {
  if (doc.y > doc.page.height - MARGINS.bottom - mm(55)) doc.addPage();
  const c = content.closing;
  if ('left' in c) {
    columns(doc, page, 0.5, (top, left, right) => [
      signature(c.left, left, doc, top),
      signature(c.right, right, doc, top),
    ]);
    return;
  }
  const { recipients, signerTitle, signerName } = c.recipients;
  const last = recipients.length - 1;
  columns(doc, page, 0.45, (top, left, right) => {
    doc.y = top;
    doc
      .font(FONTS.boldItalic)
      .fontSize(SIZE.recipients)
      .text('Nơi nhận:', left.left, top, { width: left.width });
    doc.font(FONTS.regular);
    recipients.forEach((r, i) =>
      doc.text(`- ${r}${i === last ? '.' : ';'}`, left.left, doc.y, { width: left.width }),
    );
    const leftEnd = doc.y;
    return [leftEnd, signature({ title: signerTitle, name: signerName }, right, doc, top)];
  });
}
