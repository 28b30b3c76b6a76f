import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import fc from 'fast-check';
import type { ImportedReport, Indicator } from '../document/report-document.model';
import { sharedFixturePath } from '../testing/fixture-path';
import { importDocx } from './docx.importer';
import { toImportSummary } from './import-summary.mapper';
import { importMarkdown } from './markdown.importer';
import { importReportFile } from './report-file.importer';
import { ReportImportError } from './report-import.error';

const FIXTURE = 'so-cong-thuong-gia-lai-2023-h1';
const markdown = readFileSync(sharedFixturePath(`${FIXTURE}.md`), 'utf8');
const docx = readFileSync(sharedFixturePath(`${FIXTURE}.docx`));

type Headline = [string, string | null, string | null, string | null, string | null, string | null];

/** key, value, unit, % of plan, change vs same period, qualifier — read from the fixture by hand. */
const HEADLINES: Headline[] = [
  ['industrial_production_index', null, null, null, '11.3', null],
  ['industrial_output_value', '14103.4', 'tỷ đồng', '44.6', '14.9', null],
  ['retail_sales', '46828', 'tỷ đồng', '43.36', '28.32', null],
  ['export_value', '420', 'triệu USD', '61.67', '0', null],
  ['import_value', '59', 'triệu USD', '53.6', '-32', null],
  ['border_trade_value', '74', 'triệu USD', null, '-10.8', null],
  ['assigned_tasks_completed', '23', 'nhiệm vụ', null, null, null],
  ['admin_dossiers_received', '10042', 'hồ sơ', null, null, null],
  ['admin_dossiers_resolved', '9946', 'hồ sơ', null, null, null],
  ['online_dossiers', '9816', 'hồ sơ', null, null, null],
  ['online_dossier_rate', '98', '%', null, null, 'hơn'],
];

const headline = (indicators: readonly Indicator[]): Headline[] =>
  indicators
    .filter((i) => !i.key.includes('.'))
    .map((i) => [i.key, i.value, i.unit, i.percentOfPlan, i.changeVsSamePeriodPercent, i.qualifier]);

async function expectImportError(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(ReportImportError);
  await expect(promise).rejects.toMatchObject({ code, message: expect.stringMatching(/[ạ-ỹđ]/u) });
}

describe('importMarkdown on the Gia Lai mid-year report', () => {
  let sut: ImportedReport;
  beforeAll(() => {
    sut = importMarkdown(markdown);
  });

  it('reads the document type and title', () => {
    expect(sut.documentType).toBe('BÁO CÁO');
    expect(sut.title).toBe(
      'Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023',
    );
  });

  it('builds the section tree from the numbering, whatever the heading levels', () => {
    expect(sut.sections.map((s) => `${s.path} ${s.title}`)).toEqual([
      '0 Mở đầu',
      'P1 KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG NĂM 2023',
      'P1.I KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN',
      'P1.I.1 Kết quả thực hiện nhiệm vụ chính trị, chuyên môn',
      'P1.I.2 Công tác cải cách thủ tục hành chính',
      'P1.I.3 Công tác phụ trách địa bàn huyện Krông Pa',
      'P1.II THỰC HIỆN “05 KHÔNG, 05 CÓ”',
      'P1.III THỰC HIỆN CHỦ TRƯỞNG, ĐƯỜNG LỐI CỦA ĐẢNG, CHÍNH SÁCH PHÁP LUẬT CỦA NHÀ NƯỚC',
      'P1.III.1 Đánh giá việc chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
      'P1.III.2 Đánh giá việc thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'P1.IV CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
      'P1.IV.1 Công tác lãnh đạo, chỉ đạo về công tác thi đua, khen thưởng',
      'P1.IV.2 Kết quả triển khai, thực hiện các phong trào thi đua do Trung ương, tỉnh phát động',
      'P1.IV.3 Công tác khen thưởng',
      'P1.IV#2 ĐÁNH GIÁ CHUNG',
      'P1.IV#2.1 Ưu điểm',
      'P1.IV#2.2 Hạn chế, nguyên nhân',
      'P1.IV#2.3 Hướng khắc phục tồn tại, hạn chế',
      'P1.V KIẾN NGHỊ, ĐỀ XUẤT: Không',
      'P2 PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG CUỐI NĂM 2023',
    ]);
  });

  it('takes the footnotes out of the text and rejoins the sentence they interrupted', () => {
    expect(sut.footnotes.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(sut.footnotes[0].text).toBe(
      'Phụ lục 02 nhiệm vụ của Sở Công Thương thuộc Chương trình công tác năm 2023 của Ủy ban nhân dân tỉnh',
    );
    const body = sut.sections.find((s) => s.path === 'P1.I.1')?.body ?? '';
    expect(body).toContain(
      '- Tổng kim ngạch xuất nhập khẩu qua biên giới ước 6 tháng đạt 74 triệu USD, giảm 10,8% so với cùng kỳ.',
    );
    expect(body).toContain('Quyết định số 770/QĐ-UBND ngày 13/12/2022 của UBND về việc giao chỉ tiêu');
    expect(body).toContain('của UBND<sup>1</sup>;');
    expect(body).not.toContain('Phụ lục 02');
  });

  it('reads the signature and the distribution list', () => {
    expect(sut.signature).toEqual({ title: 'KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Rcom Jen' });
    expect(sut.recipients).toHaveLength(11);
    expect(sut.recipients[0]).toBe('Bộ Công Thương');
    expect(sut.recipients[4]).toBe(
      'Thành viên Cụm thi đua số VIII-Sở Công Thương: Kon Tum, Đăk Lăk, Đăk Nông, Lâm Đồng',
    );
    expect(sut.recipients[10]).toBe('Lưu: Văn thư, Văn phòng');
    expect(sut.sections[sut.sections.length - 1].body).toMatch(/Sở Công Thương Gia Lai\.\/\.$/);
  });

  it('finds the headline indicators', () => {
    expect(headline(sut.indicators)).toEqual(HEADLINES);
  });

  it('keeps sub-figures under their own keys, each with its sentence', () => {
    const byKey = new Map(sut.indicators.map((i) => [i.key, i]));
    expect(byKey.get('industrial_production_index.mining')?.changeVsSamePeriodPercent).toBe('12.05');
    expect(byKey.get('industrial_production_index.manufacturing')?.changeVsSamePeriodPercent).toBe('20.3');
    expect(byKey.get('border_trade_value.export')?.value).toBe('20');
    expect(byKey.get('border_trade_value.import')?.value).toBe('54');
    expect(byKey.get('retail_sales')?.source).toBe(
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 6 ước đạt 8.242 tỷ đồng, lũy kế 6 tháng đạt 46.828 tỷ đồng, đạt 43,36% kế hoạch và tăng 28,32% so với cùng kỳ.',
    );
  });

  it('refuses an empty report', () => {
    expect(() => importMarkdown(' \n\n ')).toThrow(expect.objectContaining({ code: 'EMPTY' }));
  });
});

describe("importMarkdown on a month's report", () => {
  it("takes the month's figures as the report's, with their source sentence", () => {
    const report = importMarkdown(
      [
        'UBND TỈNH GIA LAI',
        '**SỞ CÔNG THƯƠNG**',
        '**BÁO CÁO**',
        '**Tình hình sản xuất công nghiệp, thương mại tháng 5 năm 2022**',
        '**I. Kết quả thực hiện**',
        'Giá trị sản xuất công nghiệp tháng 5 năm 2022 ước đạt 1.234,5 tỷ đồng, tăng 12,3% so với cùng kỳ; lũy kế 5 tháng đạt 5.678,9 tỷ đồng.',
      ].join('\n\n'),
    );
    const output = report.indicators.find((i) => i.key === 'industrial_output_value');
    expect(output).toMatchObject({ value: '1234.5', changeVsSamePeriodPercent: '12.3' });
    expect(output?.source).toContain('tháng 5 năm 2022 ước đạt 1.234,5 tỷ đồng');
  });
});

describe('importMarkdown on anything', () => {
  const words = fc.constantFrom(
    ...[
      'Kim ngạch xuất khẩu',
      'Chỉ số sản xuất công nghiệp',
      'đạt',
      'tăng',
      'giảm',
      '14.103,4',
      '1.93.5',
      '04',
    ],
    ...['tỷ đồng', 'triệu USD', '%', 'hồ sơ', 'nhiệm vụ', 'tháng 6', '6 tháng', 'lũy kế', 'so với cùng kỳ'],
    ...['kế hoạch', '(', ')', ',', '.', ';', ':', '\n', '\n\n', '- ', '**', '*', '<sup>1</sup>', 'I.', '1.'],
    ...[
      'Phần II',
      '## ',
      'Nơi nhận:',
      'tiếp nhận',
      'trực tuyến',
      'chiếm',
      'hơn',
      'Trong đó',
      'GIÁM ĐỐC',
      'BÁO CÁO',
    ],
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(words, { maxLength: 80 }).map((w) => w.join(' ')),
  );

  it('reads any text without throwing, or refuses it as empty, and keeps figures as exact decimals', () => {
    fc.assert(
      fc.property(text, (input) => {
        let report: ImportedReport;
        try {
          report = importMarkdown(input);
        } catch (error) {
          expect(error).toMatchObject({ code: 'EMPTY' });
          return;
        }
        for (const i of report.indicators) {
          for (const figure of [i.value, i.percentOfPlan, i.changeVsSamePeriodPercent]) {
            if (figure !== null) expect(figure).toMatch(/^-?\d+(\.\d+)?$/);
          }
        }
        expect(new Set(report.sections.map((s) => s.path)).size).toBe(report.sections.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('importDocx', () => {
  it('reads the figures of a Word table, row by row, and keeps the table in the section', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('BÁO CÁO'),
              new Paragraph('Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023'),
              new Paragraph('I. CÁC CHỈ TIÊU CHỦ YẾU'),
              new Table({
                rows: [
                  row(
                    'TT',
                    'Chỉ tiêu',
                    'ĐVT',
                    'Thực hiện 6 tháng',
                    'So với KH (%)',
                    'Tăng, giảm so với cùng kỳ (%)',
                  ),
                  row('1', 'Giá trị sản xuất công nghiệp', 'Tỷ đồng', '14.103,4', '44,6', '14,9'),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const report = await importReportFile('bao-cao.docx', docx);
    expect(report.indicators).toEqual([
      expect.objectContaining({
        key: 'industrial_output_value',
        value: '14103.4',
        percentOfPlan: '44.6',
        changeVsSamePeriodPercent: '14.9',
        source: expect.stringContaining(
          'Giá trị sản xuất công nghiệp: Thực hiện 6 tháng đạt 14.103,4 Tỷ đồng',
        ),
      }),
    ]);
    expect(report.sections.map((s) => s.body).join('\n')).toContain(
      '| 1 | Giá trị sản xuất công nghiệp | Tỷ đồng | 14.103,4 | 44,6 | 14,9 |',
    );
  });

  it('gives the fixture DOCX the same sections, indicators, footnotes and closing as the Markdown', async () => {
    const fromMarkdown = importMarkdown(markdown);
    const sut = await importDocx(docx);
    expect(sut).toEqual(fromMarkdown);
    expect(headline(sut.indicators)).toEqual(HEADLINES);
  });

  it('refuses a file that is not a DOCX', async () => {
    await expectImportError(importDocx(Buffer.from('plain text')), 'UNREADABLE');
    await expectImportError(importDocx(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'UNREADABLE');
    await expectImportError(importDocx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])), 'UNSUPPORTED_TYPE');
  });

  it('refuses a DOCX without text', async () => {
    const blank = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    await expectImportError(importDocx(blank), 'EMPTY');
  });
});

describe('importReportFile', () => {
  it('dispatches on the extension', async () => {
    expect((await importReportFile('bao-cao.MD', Buffer.from(markdown))).title).toBe(
      importMarkdown(markdown).title,
    );
    expect((await importReportFile('bao-cao.docx', docx)).sections).toHaveLength(20);
  });

  it.each([
    ['bao-cao.pdf', Buffer.from('%PDF-1.4'), 'UNSUPPORTED_TYPE'],
    ['bao-cao', Buffer.from('x'), 'UNSUPPORTED_TYPE'],
    ['bao-cao.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'UNSUPPORTED_TYPE'],
    ['bao-cao.docx', Buffer.from('# Không phải DOCX'), 'UNREADABLE'],
    ['bao-cao.md', Buffer.from([0xc3, 0x28]), 'UNREADABLE'],
    ['bao-cao.md', Buffer.from(''), 'EMPTY'],
  ])('refuses %s', async (name, buffer, code) => {
    await expectImportError(importReportFile(name, buffer), code);
  });
});

describe('toImportSummary', () => {
  it('prints section outline and figures as JSON numbers', () => {
    const summary = toImportSummary(importMarkdown(markdown));
    expect(summary.sections[1]).toEqual({
      path: 'P1',
      title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG 6 THÁNG NĂM 2023',
    });
    expect(summary.indicators.find((i) => i.key === 'import_value')).toMatchObject({
      value: 59,
      percentOfPlan: 53.6,
      changeVsSamePeriodPercent: -32,
      qualifier: null,
    });
    expect(Object.keys(summary.indicators[0])).toEqual([
      'key',
      'label',
      'value',
      'unit',
      'percentOfPlan',
      'changeVsSamePeriodPercent',
      'qualifier',
      'source',
    ]);
  });
});
