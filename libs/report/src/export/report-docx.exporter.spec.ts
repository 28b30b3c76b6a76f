import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { importDocx } from '../import/docx.importer';
import { importMarkdown } from '../import/markdown.importer';
import { sharedFixturePath } from '../testing/fixture-path';
import { readZipEntry } from '../testing/zip-entry';
import { formatPlaceAndDate } from './official-document.layout';
import { renderReportDocx, type ReportDocxInput } from './report-docx.exporter';

const fixture = importMarkdown(readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md'), 'utf8'));

const input: ReportDocxInput = {
  issuingBody: 'Sở Công Thương',
  parentBody: 'UBND tỉnh Gia Lai',
  number: '45/BC-SCT',
  place: 'Gia Lai',
  date: '2023-06-15',
  documentType: 'BÁO CÁO',
  summary: fixture.title ?? '',
  sections: fixture.sections,
  footnotes: fixture.footnotes,
  signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
  signerName: 'Rcom Jen',
  recipients: fixture.recipients,
};

const twipsToMm = (twips: string) => (Number(twips) * 25.4) / 1440;

describe('renderReportDocx', () => {
  let docx: Buffer;
  let text: string;
  beforeAll(async () => {
    docx = await renderReportDocx(input);
    text = (await mammoth.extractRawText({ buffer: docx })).value;
  });

  it('writes the letterhead, document type, summary, body, signature and recipients in order', () => {
    const parts = [
      'UBND TỈNH GIA LAI',
      'SỞ CÔNG THƯƠNG',
      'Số: 45/BC-SCT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lai, ngày 15 tháng 6 năm 2023',
      'BÁO CÁO',
      'Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023',
      'PHẦN I',
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN',
      '1. Kết quả thực hiện nhiệm vụ chính trị, chuyên môn',
      'PHẦN II',
      'Nơi nhận:',
      '- Bộ Công Thương;',
      '- Lưu: Văn thư, Văn phòng.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Rcom Jen',
    ];
    const positions = parts.map((part) => text.indexOf(part));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lays out an A4 page with the decree margins in Times New Roman 13–14 pt', () => {
    const document = readZipEntry(docx, 'word/document.xml');
    const styles = readZipEntry(docx, 'word/styles.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = (side: string) =>
      twipsToMm(new RegExp(`<w:pgMar[^>]*w:${side}="(\\d+)"`).exec(document)?.[1] ?? '0');
    expect(margin('top')).toBeGreaterThanOrEqual(20);
    expect(margin('top')).toBeLessThanOrEqual(25);
    expect(margin('bottom')).toBeGreaterThanOrEqual(20);
    expect(margin('bottom')).toBeLessThanOrEqual(25);
    expect(margin('left')).toBeGreaterThanOrEqual(30);
    expect(margin('left')).toBeLessThanOrEqual(35);
    expect(margin('right')).toBeGreaterThanOrEqual(15);
    expect(margin('right')).toBeLessThanOrEqual(20);
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/);
    const size = Number(/<w:rPrDefault>.*?<w:sz w:val="(\d+)"/.exec(styles)?.[1]) / 2;
    expect(size).toBeGreaterThanOrEqual(13);
    expect(size).toBeLessThanOrEqual(14);
  });

  it('writes the footnotes as Word footnotes', () => {
    expect(readZipEntry(docx, 'word/footnotes.xml')).toContain('Phụ lục 02 nhiệm vụ của Sở Công Thương');
  });

  it('round-trips: the exported report imports to the same sections, indicators, footnotes and closing', async () => {
    const sut = await importDocx(docx);
    expect(sut.sections).toEqual(fixture.sections);
    expect(sut.indicators).toEqual(fixture.indicators);
    expect(sut.footnotes).toEqual(fixture.footnotes);
    expect(sut.recipients).toEqual(fixture.recipients);
    expect(sut.signature).toEqual({ title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Rcom Jen' });
    expect([sut.documentType, sut.title]).toEqual([fixture.documentType, fixture.title]);
  });

  it('renders sections written in the portal, lettered points and references without a note', async () => {
    const docxOut = await renderReportDocx({
      ...input,
      footnotes: [],
      sections: [
        { path: 'I', title: 'KẾT QUẢ', body: '- Ý *một*<sup>9</sup>;\n- Ý **hai**.' },
        { path: 'I.1.a', title: 'Về xuất khẩu', body: 'Dòng một  \ndòng hai.' },
      ],
    });
    const { value: html } = await mammoth.convertToHtml({ buffer: docxOut });
    expect(html).toContain('<p>- Ý <em>một</em><sup>9</sup>;</p>');
    expect(html).toContain('<p><strong><em>a) Về xuất khẩu</em></strong></p>');
    expect(html).toContain('<p>Dòng một<br />dòng hai.</p>');
  });
});

describe('formatPlaceAndDate', () => {
  it.each([
    ['2023-06-15', 'Gia Lai, ngày 15 tháng 6 năm 2023'],
    ['2023-02-05', 'Gia Lai, ngày 05 tháng 02 năm 2023'],
    ['2023-12-01', 'Gia Lai, ngày 01 tháng 12 năm 2023'],
  ])('%s → %s', (date, expected) => {
    expect(formatPlaceAndDate('Gia Lai', date)).toBe(expected);
  });

  it('takes a Date and refuses other strings', () => {
    expect(formatPlaceAndDate('Pleiku', new Date(2024, 0, 9))).toBe('Pleiku, ngày 09 tháng 01 năm 2024');
    expect(() => formatPlaceAndDate('Pleiku', '15/06/2023')).toThrow(RangeError);
  });
});
