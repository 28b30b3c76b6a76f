import { render, screen, within } from '@testing-library/react';
import { initTestI18n } from '../../shared/i18n/testing';
import { ScoreBreakdown } from './score-breakdown';

initTestI18n();

const line = (id: string, note: string, extra: object = {}) => ({
  kind: 'criterion',
  id,
  title: `Tiêu chí ${id}`,
  parentId: null,
  max: '10',
  result: '0',
  note,
  ...extra,
});
const BREAKDOWN = {
  summary:
    'Tổng 80; không xếp loại Hoàn thành xuất sắc vì tiêu chí 1.2 được 0 điểm; xếp loại Hoàn thành tốt theo quy tắc H1',
  lines: [
    line('1.4', 'Không áp dụng: không phát sinh vụ việc', { notApplicable: true }),
    line('2', 'Chưa có điểm'),
  ],
};
const DOCUMENT = {
  format: 2,
  facts: [
    { id: 'TTLDXS', title: 'Đạt danh hiệu Tập thể lao động xuất sắc' },
    { id: 'REPRIMAND', title: 'Người đứng đầu bị kỷ luật Khiển trách' },
  ],
};

const show = (document: unknown, facts: string[] = []) =>
  render(
    <ScoreBreakdown
      member="Sở A"
      total="80"
      breakdown={BREAKDOWN}
      facts={facts}
      document={document}
      onClose={() => {}}
    />,
  );

describe('ScoreBreakdown', () => {
  it('marks not-applicable criteria, tells the band rules and lists the member’s true facts (format 2)', () => {
    show(DOCUMENT, ['REPRIMAND']);
    const region = screen.getByRole('region', { name: 'Chi tiết điểm' });
    expect(within(region).getByText(/Tiêu chí 1\.4/).textContent).toContain('(Không áp dụng)');
    expect(within(region).getAllByText('Không áp dụng: không phát sinh vụ việc').length).toBeGreaterThan(0);
    expect(within(region).getByText(/theo quy tắc H1/)).toBeTruthy();
    const facts = within(region).getByRole('list', { name: 'Thông tin xác nhận đúng với Sở A' });
    expect(
      within(facts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Người đứng đầu bị kỷ luật Khiển trách']);
  });

  it('shows a format 1 entry as before: no summary, no facts', () => {
    show({ format: 1 });
    expect(screen.queryByText(/theo quy tắc/)).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows both rounds of an explained score, and marks a score still under explanation', () => {
    const breakdown = {
      lines: [
        line('1.4', 'Điểm của cụm/khối trưởng 16', {
          result: '16',
          rounds: {
            first: { points: '12', reason: 'Thiếu quyết định' },
            explanation: 'Có Quyết định 12/QĐ-UBND',
            second: { points: '16', reason: 'Đã có quyết định', kept: false },
          },
        }),
        line('2', 'Điểm của cụm/khối trưởng 6', { result: '6', underExplanation: true }),
      ],
    };
    render(<ScoreBreakdown member="Sở A" total="22" breakdown={breakdown} onClose={() => {}} />);
    const rounds = screen.getAllByRole('list', { name: 'Hai vòng chấm' })[0];
    expect(
      within(rounds)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Vòng 1: 12 điểm (lý do: Thiếu quyết định)',
      'Giải trình của đơn vị: Có Quyết định 12/QĐ-UBND',
      'Vòng 2: 16 điểm (lý do: Đã có quyết định)',
    ]);
    expect(
      within(screen.getByRole('row', { name: /^2 Tiêu chí 2/ })).getByText('Đang giải trình'),
    ).toBeTruthy();
  });
});
