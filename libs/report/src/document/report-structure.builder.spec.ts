import { rejoinSplitParagraphs, separateFootnotes } from './footnote.extractor';
import { readMarkdownBlocks } from './markdown-block.reader';
import { buildReportStructure } from './report-structure.builder';
import type { TextBlock } from './text-block';

const p = (text: string): TextBlock => ({ kind: 'paragraph', text });
const li = (text: string): TextBlock => ({ kind: 'listItem', text });

describe('separateFootnotes', () => {
  it('takes superscript-numbered notes out of the flow', () => {
    const { flow, footnotes } = separateFootnotes([
      p('Văn bản<sup>1</sup>.'),
      p('<sup>1</sup> Ghi chú.'),
      p('Tiếp.'),
    ]);
    expect(flow).toEqual([p('Văn bản<sup>1</sup>.'), p('Tiếp.')]);
    expect(footnotes).toEqual([{ label: '1', text: 'Ghi chú.' }]);
  });

  it('takes a plain-numbered note only when that note was referenced and not yet given', () => {
    const blocks = [p('2 tập thể được khen.'), p('Văn bản<sup>2</sup>.'), p('2 Ghi chú.'), p('2 cá nhân.')];
    const { flow, footnotes } = separateFootnotes(blocks);
    expect(footnotes).toEqual([{ label: '2', text: 'Ghi chú.' }]);
    expect(flow.map((b) => b.text)).toEqual(['2 tập thể được khen.', 'Văn bản<sup>2</sup>.', '2 cá nhân.']);
  });
});

describe('rejoinSplitParagraphs', () => {
  it.each([
    [
      'a unit cut from its number',
      li('ước 6 tháng đạt 74 triệu'),
      p('USD, giảm 10,8% so với cùng kỳ.'),
      true,
    ],
    ['a sentence cut before a lower-case word', p('của UBND về'), p('việc giao chỉ tiêu.'), true],
    [
      'a sentence cut after a preposition',
      p('Quyết định của'),
      p('Ủy ban nhân dân tỉnh về việc giao.'),
      true,
    ],
    ['a finished paragraph', p('Kết thúc.'), p('việc khác.'), false],
    ['a paragraph ending in a colon', p('Phong trào thi đua:'), p('Cấp ủy, lãnh đạo Sở quán triệt.'), false],
    ['a new paragraph with a capital', p('Không có dấu chấm'), p('Cơ quan đoàn kết.'), false],
    ['a bold line', p('**KT. GIÁM ĐỐC**'), p('nguyễn văn a'), false],
    ['a numbered paragraph', p('đạt 74 triệu'), p('2. Công tác khác.'), false],
  ])('%s', (_name, first, second, joined) => {
    const result = rejoinSplitParagraphs([first, second]);
    expect(result).toHaveLength(joined ? 1 : 2);
    if (joined) expect(result[0]).toEqual({ ...first, text: `${first.text} ${second.text}` });
  });
});

describe('buildReportStructure', () => {
  const build = (markdown: string) => buildReportStructure(readMarkdownBlocks(markdown));

  it('nests by numbering, takes a part title from the next line, and dedupes repeated labels', () => {
    const report = build(
      [
        '## BÁO CÁO',
        '### Tổng kết năm 2023',
        'Mở đầu.',
        '## PHẦN I',
        '### KẾT QUẢ',
        '#### I. CHÍNH TRỊ',
        '**1. Kinh tế:** Tăng trưởng.',
        '## 2. Cải cách:',
        'Nội dung.',
        '## IV. THI ĐUA',
        '## IV. ĐÁNH GIÁ',
        '### 1. Ưu điểm',
        '### Phần II',
        '**PHƯƠNG HƯỚNG**',
        '**1.** Tiếp tục.',
      ].join('\n\n'),
    );
    expect(report.documentType).toBe('BÁO CÁO');
    expect(report.title).toBe('Tổng kết năm 2023');
    expect(report.sections).toEqual([
      { path: '0', title: 'Mở đầu', body: 'Mở đầu.' },
      { path: 'P1', title: 'KẾT QUẢ', body: '' },
      { path: 'P1.I', title: 'CHÍNH TRỊ', body: '' },
      { path: 'P1.I.1', title: 'Kinh tế', body: 'Tăng trưởng.' },
      { path: 'P1.I.2', title: 'Cải cách', body: 'Nội dung.' },
      { path: 'P1.IV', title: 'THI ĐUA', body: '' },
      { path: 'P1.IV#2', title: 'ĐÁNH GIÁ', body: '' },
      { path: 'P1.IV#2.1', title: 'Ưu điểm', body: '' },
      { path: 'P2', title: 'PHƯƠNG HƯỚNG', body: '**1.** Tiếp tục.' },
    ]);
  });

  it('takes unbolded part and upper-case roman headings as headings, but not a numbered paragraph', () => {
    const report = build(
      'PHẦN I\n\nKẾT QUẢ\n\nI. CÔNG TÁC THI ĐUA\n\n1. Tiếp tục triển khai.\n\nII. Ý kiến khác',
    );
    expect(report.sections).toEqual([
      { path: 'P1', title: 'KẾT QUẢ', body: '' },
      { path: 'P1.I', title: 'CÔNG TÁC THI ĐUA', body: '1. Tiếp tục triển khai.\n\nII. Ý kiến khác' },
    ]);
  });

  it('writes list items on consecutive lines and keeps hard breaks', () => {
    const report = build('I. VIỆC\n\n- một;\n- hai:  \nba.\n\nĐoạn.'.replace('I. VIỆC', '**I. VIỆC**'));
    expect(report.sections[0].body).toBe('- một;\n- hai:  \nba.\n\nĐoạn.');
  });

  it('nests unnumbered headings under the open section', () => {
    const report = build('**I. VIỆC**\n\n### Thuận lợi\n\nTốt.\n\n### Khó khăn\n\n**II. KHÁC**');
    expect(report.sections.map((s) => s.path)).toEqual(['I', 'I.S1', 'I.S2', 'II']);
  });

  it('reads recipients and signature in either order, and recipients written in one paragraph', () => {
    const signatureFirst = build(
      'Nội dung./.\n\n**GIÁM ĐỐC**\n\n(Đã ký)\n\nNguyễn Văn A\n\n***Nơi nhận:***\n\n- Như trên;\n- Lưu: VT.',
    );
    expect(signatureFirst.signature).toEqual({ title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' });
    expect(signatureFirst.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(signatureFirst.sections).toEqual([{ path: '0', title: 'Mở đầu', body: 'Nội dung./.' }]);

    const oneParagraph = buildReportStructure([
      p('Nội dung.'),
      p('**Nơi nhận:**\n- Bộ Công Thương;\n- Lưu: VT.'),
      p('**TM. CỤM TRƯỞNG**'),
    ]);
    expect(oneParagraph.recipients).toEqual(['Bộ Công Thương', 'Lưu: VT']);
    expect(oneParagraph.signature).toEqual({ title: 'TM. CỤM TRƯỞNG', name: null });
  });

  it('reads a document without letterhead or document type', () => {
    const report = build('# Báo cáo tình hình\n\n1. Không phải tiêu đề.\n\n**1. Mục một**\n\nNội dung.');
    expect(report.title).toBe('Báo cáo tình hình');
    expect(report.documentType).toBeUndefined();
    expect(report.sections.map((s) => [s.path, s.title])).toEqual([
      ['0', 'Mở đầu'],
      ['1', 'Mục một'],
    ]);
    expect(report.recipients).toEqual([]);
    expect(report.signature).toBeUndefined();
  });
});
