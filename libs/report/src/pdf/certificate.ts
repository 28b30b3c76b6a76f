// The printable certificate (bằng khen, giấy khen) of one granted award: A4 landscape, as PDF and as DOCX.
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { formatPlaceAndDate, type DocumentDate } from '../export/official-document.layout';
import { collect, FONTS, mm, registerFonts } from './pdf-fonts';

export interface CertificateInput {
  /** The board that grants it. */
  issuingBody: string;
  awardTitle: string;
  memberName: string;
  /** "Đã có thành tích xuất sắc trong phong trào thi đua năm 2023 của Cụm thi đua số VIII". */
  citation: string;
  decisionNumber: string;
  place: string;
  date: DocumentDate;
  signerTitle: string;
  signerName: string;
}

/** The certificate's lines, top to bottom: [text, bold, italics, size in pt]. */
function lines(c: CertificateInput): [string, boolean, boolean, number][] {
  return [
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true, false, 15],
    ['Độc lập - Tự do - Hạnh phúc', true, false, 14],
    [' ', false, false, 10],
    [c.issuingBody.toUpperCase(), true, false, 16],
    ['TẶNG', true, false, 22],
    [c.awardTitle.toUpperCase(), true, false, 26],
    ['Cho', false, true, 14],
    [c.memberName, true, false, 24],
    [c.citation, false, false, 15],
    [`Quyết định số ${c.decisionNumber}`, false, true, 13],
    [formatPlaceAndDate(c.place, c.date), false, true, 13],
    [c.signerTitle.toUpperCase(), true, false, 14],
    [' ', false, false, 30],
    [c.signerName, true, false, 14],
  ];
}

export function renderCertificatePdf(c: CertificateInput): Promise<Buffer> {
  const margin = mm(18);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    info: { Title: `${c.awardTitle} – ${c.memberName}` },
  });
  registerFonts(doc);
  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .rect(mm(8), mm(8), width - mm(16), height - mm(16))
    .stroke('#a31515');
  doc
    .lineWidth(1)
    .rect(mm(11), mm(11), width - mm(22), height - mm(22))
    .stroke('#a31515');
  doc.fillColor('black');
  doc.y = margin + mm(8);
  for (const [text, bold, italics, size] of lines(c)) {
    doc
      .font(bold ? FONTS.bold : italics ? FONTS.italic : FONTS.regular)
      .fontSize(size)
      .text(text, margin, doc.y, { width: width - 2 * margin, align: 'center' });
    doc.moveDown(0.6); // the lines spread over the page, as a printed certificate is laid out
  }
  return collect(doc);
}

export function renderCertificateDocx(c: CertificateInput): Promise<Buffer> {
  const document = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman' } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        children: lines(c).map(
          ([text, bold, italics, size]) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 200 },
              children: [new TextRun({ text, bold, italics, size: size * 2 })],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}
