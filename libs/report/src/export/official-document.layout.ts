// The administrative document layout of Nghị định 30/2020/NĐ-CP shared by every DOCX export: A4 page and margins,
// Times New Roman, letterhead (issuing body | national title), document type and summary, signature and
// "Nơi nhận" block.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';

/** "2023-06-15", or a Date read in local time. */
export type DocumentDate = string | Date;

export interface OfficialHeader {
  issuingBody: string;
  /** The body above the issuing one ("UBND TỈNH GIA LAI"), written over it. */
  parentBody?: string;
  /** Số, ký hiệu: "45/BC-SCT". */
  number: string;
  place: string;
  date: DocumentDate;
}

export interface OfficialClosing {
  signerTitle: string;
  signerName: string;
  recipients: readonly string[];
}

const FONT = 'Times New Roman';
/** docx sizes are half-points. */
const SIZE = { body: 28, nationalTitle: 26, recipientsHeading: 24, recipients: 22 } as const;
const A4 = { width: 11906, height: 16838 };
const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const SHORT_RULE = '—————';
const BODY_INDENT = 567; // 1 cm first-line indent

export const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text, ...options });

function centered(children: ParagraphChild[], spacingAfter = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children });
}

/** A body paragraph: justified, first line indented, 6 pt after. */
export function bodyParagraph(children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: { after: 120, line: 288 },
    children,
  });
}

export function parseDocumentDate(date: DocumentDate): { day: number; month: number; year: number } {
  if (date instanceof Date)
    return { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "Gia Lai, ngày 05 tháng 02 năm 2023": days below 10 and months 1–2 take a leading zero (NĐ 30/2020). */
export function formatPlaceAndDate(place: string, date: DocumentDate): string {
  const { day, month, year } = parseDocumentDate(date);
  const dd = String(day).padStart(2, '0');
  const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

function borderlessTable(columns: [number, number], cells: [Paragraph[], Paragraph[]]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: columns[i], type: WidthType.PERCENTAGE },
              verticalAlign: VerticalAlignTable.TOP,
              children,
            }),
        ),
      }),
    ],
  });
}

export function letterhead(header: OfficialHeader): Table {
  const left = [
    ...(header.parentBody
      ? [centered([run(header.parentBody.toUpperCase(), { size: SIZE.nationalTitle })])]
      : []),
    centered([run(header.issuingBody.toUpperCase(), { bold: true, size: SIZE.nationalTitle })]),
    centered([run(SHORT_RULE, { size: SIZE.nationalTitle })], 120),
    centered([run(`Số: ${header.number}`, { size: SIZE.nationalTitle })]),
  ];
  const right = [
    centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SIZE.nationalTitle - 2 })]),
    centered([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: SIZE.nationalTitle })]),
    centered([run(SHORT_RULE, { size: SIZE.nationalTitle })], 120),
    centered([run(formatPlaceAndDate(header.place, header.date), { italics: true })]),
  ];
  return borderlessTable([40, 60], [left, right]);
}

/** "BÁO CÁO" and the summary (trích yếu) under it, centred. */
export function documentTitle(documentType: string, summary: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [run(documentType.toUpperCase(), { bold: true })],
    }),
    centered([run(summary, { bold: true })]),
    centered([run(SHORT_RULE)], 240),
  ];
}

/** A signer's title (one line per line), room for the signature and seal, the name. */
export function signature(title: string, name: string): Paragraph[] {
  return [
    ...title.split('\n').map((line) => centered([run(line.toUpperCase(), { bold: true })])),
    ...Array.from({ length: 4 }, () => centered([])),
    centered([run(name, { bold: true })]),
  ];
}

/** "Nơi nhận:" on the left, the signature on the right. */
export function signatureBlock(closing: OfficialClosing): Table {
  const last = closing.recipients.length - 1;
  const left = [
    new Paragraph({
      children: [run('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsHeading })],
    }),
    ...closing.recipients.map(
      (r, i) =>
        new Paragraph({ children: [run(`- ${r}${i === last ? '.' : ';'}`, { size: SIZE.recipients })] }),
    ),
  ];
  return borderlessTable([45, 55], [left, signature(closing.signerTitle, closing.signerName)]);
}

/** Two signatures side by side, as minutes are signed (secretary, chair). */
export function twoSignatures(
  left: { title: string; name: string },
  right: { title: string; name: string },
): Table {
  return borderlessTable([50, 50], [signature(left.title, left.name), signature(right.title, right.name)]);
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A ruled table with a bold header row; `numeric` columns are right-aligned. */
export function dataTable(
  headers: readonly string[],
  rows: readonly string[][],
  numeric: readonly number[] = [],
): Table {
  const cell = (text: string, column: number, bold: boolean) =>
    new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          alignment: bold
            ? AlignmentType.CENTER
            : numeric.includes(column)
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
          children: [run(text, { bold, size: SIZE.nationalTitle })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

interface OfficialDocumentOptions {
  footnotes?: Record<string, { children: Paragraph[] }>;
}

export function packOfficialDocument(
  children: (Paragraph | Table)[],
  options: OfficialDocumentOptions = {},
): Promise<Buffer> {
  // Rounded up: docx's own conversion rounds down, which puts 20 mm a hair under 20 mm.
  const margin = Object.fromEntries(
    Object.entries(MARGINS_MM).map(([side, mm]) => [side, Math.ceil((mm * 1440) / 25.4)]),
  );
  const document = new Document({
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    ...(options.footnotes ? { footnotes: options.footnotes } : {}),
    sections: [{ properties: { page: { size: A4, margin } }, children }],
  });
  return Packer.toBuffer(document);
}
