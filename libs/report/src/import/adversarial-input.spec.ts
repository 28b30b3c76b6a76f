import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFixturePath } from '../testing/fixture-path';
import { regexWork } from '../testing/regex-work';
import { importDocx } from './docx.importer';
import { importMarkdown } from './markdown.importer';

/** The fixture's import as the code before the linear rewrite gave it (`ImportedReport` as JSON). */
const golden = JSON.parse(readFileSync(join(__dirname, '../testing/fixture-import.golden.json'), 'utf8'));

/** Inputs a hostile member can upload, each growing with n (characters, roughly). */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  'a line of spaces': (n) => `a${' '.repeat(n)}b`,
  'a heading of spaces': (n) => `# a${' '.repeat(n)}b`,
  'a heading of ". "': (n) => `# a${'. '.repeat(n / 2)}b`,
  'repeated "đạt 1"': (n) => `Doanh thu ${'đạt 1 '.repeat(n / 6)}`,
  'one paragraph of figures': (n) =>
    `Giá trị sản xuất công nghiệp ${Array.from({ length: n / 14 }, (_, i) => `${i},5 tỷ đồng, `).join('')}`,
  'one paragraph of percentages': (n) =>
    `Chỉ số IIP ${Array.from({ length: n / 10 }, (_, i) => `tăng ${i % 90}%, `).join('')}`,
  'periods before one figure': (n) => `Giá trị sản xuất công nghiệp ${'6 tháng '.repeat(n / 8)} 5 tỷ đồng`,
  'counted dossiers in one clause': (n) => '1 hồ sơ tiếp nhận '.repeat(n / 18),
  footnotes: (n) =>
    `${Array.from({ length: n / 20 }, (_, i) => `Văn bản[^${i % 999}] số ${i}.`).join(' ')}\n\n` +
    Array.from({ length: n / 20 }, (_, i) => `[^${i % 999}]: Chú thích ${i}`).join('\n\n'),
  'unclosed footnote references': (n) => '[^'.repeat(n / 2),
  'unclosed tags': (n) => '<a'.repeat(n / 2),
  'paragraphs each continuing the last': (n) => 'Tăng trưởng của\n\n'.repeat(n / 17),
  'one heading repeated': (n) => '**1. Kết quả**\n\n'.repeat(n / 16),
  'list items with figures': (n) => '- 1 tỷ đồng\n'.repeat(n / 12),
};

describe('importing adversarial Markdown stays linear', () => {
  it.each(Object.entries(ADVERSARIAL))('%s: 4 × the input, at most ~4 × the work', (_name, make) => {
    const small = regexWork(() => importMarkdown(make(20_000)));
    const large = regexWork(() => importMarkdown(make(80_000)));
    expect(small).toBeGreaterThan(0);
    // Linear: 4; quadratic: 16. The margin absorbs constant costs.
    expect(large / small).toBeLessThan(5.5);
  });

  it.each([
    ['1 MB of spaces', `a${' '.repeat(1 << 20)}b`],
    ['a 1 MB heading of spaces', `# a${' '.repeat(1 << 20)}b`],
    ['a 1 MB list item of spaces', `- ${' '.repeat(1 << 20)}\u2028`],
    ['1 MB of unclosed footnote references', '[^'.repeat(1 << 19)],
    ['5,000 footnotes', ADVERSARIAL.footnotes(100_000)],
    ['5,000 repeated headings', ADVERSARIAL['one heading repeated'](80_000)],
  ])('reads %s whole (each took minutes when quadratic)', (_name, text) => {
    expect(() => importMarkdown(text)).not.toThrow();
  });
});

describe('the shared fixture imports exactly as before the linear rewrite', () => {
  it('from Markdown', () => {
    const markdown = readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md'), 'utf8');
    expect(JSON.parse(JSON.stringify(importMarkdown(markdown)))).toEqual(golden);
  });

  it('from DOCX', async () => {
    const docx = readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.docx'));
    expect(JSON.parse(JSON.stringify(await importDocx(docx)))).toEqual(golden);
  });
});
