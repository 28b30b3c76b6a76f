import { readHtmlBlocks } from './html-block.reader';
import { isFullyBold, normalizeInline, plainText, splitBoldLeadIn } from './inline-markdown.util';
import { readMarkdownBlocks } from './markdown-block.reader';

describe('readMarkdownBlocks', () => {
  it('reads headings, paragraphs, list items with lazy continuation and hard breaks', () => {
    const markdown = [
      '## BÁO CÁO',
      '',
      'Dòng một',
      'dòng hai.',
      '',
      '- Mục một;',
      '- Thành viên Cụm:  ',
      'Kon Tum, Lâm Đồng;',
      '',
      '**KT.GIÁM ĐỐC  ',
      'PHÓ GIÁM ĐỐC**',
    ].join('\r\n');
    expect(readMarkdownBlocks(markdown)).toEqual([
      { kind: 'heading', level: 2, text: 'BÁO CÁO' },
      { kind: 'paragraph', text: 'Dòng một dòng hai.' },
      { kind: 'listItem', text: 'Mục một;' },
      { kind: 'listItem', text: 'Thành viên Cụm:\nKon Tum, Lâm Đồng;' },
      { kind: 'paragraph', text: '**KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**' },
    ]);
  });

  it('turns Markdown footnotes into the superscript form', () => {
    expect(readMarkdownBlocks('Văn bản[^1].\n\n[^1]: Ghi chú.')).toEqual([
      { kind: 'paragraph', text: 'Văn bản<sup>1</sup>.' },
      { kind: 'paragraph', text: '<sup>1</sup> Ghi chú.' },
    ]);
  });

  it('does not take bold text for a bullet', () => {
    expect(readMarkdownBlocks('**1.** Tiếp tục')[0].kind).toBe('paragraph');
  });
});

describe('readHtmlBlocks', () => {
  it('reads mammoth output: headings, bold lead-ins, lists, line breaks and entities', () => {
    const html =
      '<h2>THỰC HIỆN &quot;05 KHÔNG&quot;</h2><p><strong>Thuận lợi: </strong>Xác định &amp; làm.</p>' +
      '<ul><li>Bộ Công Thương;</li><li>Thành viên:<br />Kon Tum;</li></ul>' +
      '<p><strong>KT.GIÁM ĐỐC</strong><br /><strong>PHÓ GIÁM ĐỐC</strong></p><p>- Gõ tay;</p>';
    expect(readHtmlBlocks(html)).toEqual([
      { kind: 'heading', level: 2, text: 'THỰC HIỆN “05 KHÔNG”' },
      { kind: 'paragraph', text: '**Thuận lợi:** Xác định & làm.' },
      { kind: 'listItem', text: 'Bộ Công Thương;' },
      { kind: 'listItem', text: 'Thành viên:\nKon Tum;' },
      { kind: 'paragraph', text: '**KT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**' },
      { kind: 'listItem', text: 'Gõ tay;' },
    ]);
  });

  it('turns Word footnotes into numbered references and note paragraphs', () => {
    const html =
      '<p>Văn bản<sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup>.</p>' +
      '<ol><li id="footnote-7"><p>Ghi chú. <a href="#footnote-ref-7">↑</a></p></li></ol>';
    expect(readHtmlBlocks(html)).toEqual([
      { kind: 'paragraph', text: 'Văn bản<sup>1</sup>.' },
      { kind: 'paragraph', text: '<sup>1</sup> Ghi chú.' },
    ]);
  });

  it('marks table cells and escapes literal asterisks', () => {
    expect(
      readHtmlBlocks('<table><tr><td><p>SỞ CÔNG THƯƠNG</p></td><td><p>a*b</p></td></tr></table>'),
    ).toEqual([
      { kind: 'paragraph', text: 'SỞ CÔNG THƯƠNG', inTable: true },
      { kind: 'paragraph', text: 'a\\*b', inTable: true },
    ]);
  });
});

describe('inline Markdown helpers', () => {
  it('normalises spacing, composition, quotes and ellipses as Word writes them', () => {
    expect(normalizeInline('  Ho\u0300a\u00a0 "bi\u0300nh"...  ')).toBe('Hòa “bình”…');
  });

  it('reads plain text without references, emphasis or escapes', () => {
    expect(plainText('**Tăng** *14,9%*<sup>2</sup> a\\*b')).toBe('Tăng 14,9% a*b');
  });

  it('tells a fully bold paragraph from a bold lead-in', () => {
    expect(isFullyBold('***Nơi nhận:***')).toBe(true);
    expect(isFullyBold('**a** b **c**')).toBe(false);
    expect(splitBoldLeadIn('**1. Kết quả:** Dưới sự')).toEqual({ lead: '1. Kết quả:', rest: 'Dưới sự' });
    expect(splitBoldLeadIn('**Kết quả**')).toBeNull();
  });
});
