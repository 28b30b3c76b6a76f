// DejaVu fonts embedded in every PDF (subset by pdfkit): full Vietnamese coverage, never a system font.
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';

const TTF = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: 'DejaVuSerif',
  bold: 'DejaVuSerif-Bold',
  italic: 'DejaVuSerif-Italic',
  boldItalic: 'DejaVuSerif-BoldItalic',
} as const;

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.values(FONTS)) doc.registerFont(name, join(TTF, `${name}.ttf`));
  doc.font(FONTS.regular);
}

export const fontOf = (span: { bold?: boolean; italics?: boolean }) =>
  span.bold ? (span.italics ? FONTS.boldItalic : FONTS.bold) : span.italics ? FONTS.italic : FONTS.regular;

/** The finished document's bytes. */
export function collect(doc: InstanceType<typeof PDFDocument>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export const mm = (value: number) => (value * 72) / 25.4;
