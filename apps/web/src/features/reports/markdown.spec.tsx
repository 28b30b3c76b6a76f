import { render, screen } from '@testing-library/react';
import { Markdown, parseBlocks } from './markdown';

describe('Markdown preview', () => {
  it('reads headings, lists, tables and paragraphs', () => {
    const blocks = parseBlocks(
      '# I. Kết quả\n\n- Một\n- Hai\n\n| Chỉ tiêu | Giá trị |\n|---|---|\n| Xuất khẩu | 14.103,4 |\n\nĐoạn\nvăn.',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'I. Kết quả' },
      { kind: 'list', ordered: false, items: ['Một', 'Hai'] },
      { kind: 'table', head: ['Chỉ tiêu', 'Giá trị'], rows: [['Xuất khẩu', '14.103,4']] },
      { kind: 'paragraph', text: 'Đoạn văn.' },
    ]);
  });

  it('shows raw HTML as text, with bold and italic', () => {
    const { container } = render(
      <Markdown text={'**Đạt** *vượt* <script>alert(1)</script><img src=x onerror=alert(1)>'} />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByText('Đạt').tagName).toBe('STRONG');
    expect(screen.getByText('vượt').tagName).toBe('EM');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
