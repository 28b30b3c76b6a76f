import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { type GridMember, type SavedScore, ScoreGrid, type ScoreChange } from './score-grid';
import { rowsFor, sheetRows, type SheetRow } from './sheet';

initTestI18n();
jest.setTimeout(30_000);

// REGULATION.md's format 2 example, cut to what the grid reads.
const REGULATION = {
  format: 2,
  facts: [
    { id: 'TTLDXS', title: 'Đạt danh hiệu Tập thể lao động xuất sắc' },
    { id: 'UNDER_REVIEW', title: 'Đang bị xem xét kỷ luật, thanh tra', setBy: 'BOARD' },
  ],
  criteria: [
    {
      id: '1',
      title: 'Nhiệm vụ chuyên môn',
      max: 25,
      children: [
        {
          id: '1.4',
          title: 'Công tác bồi thường nhà nước',
          max: 6,
          optional: true,
          method: { type: 'manual' },
        },
        {
          id: '1.5',
          title: 'Hồ sơ khen thưởng đúng hạn',
          max: 5,
          scoredBy: 'BOARD',
          method: { type: 'manual' },
        },
      ],
    },
  ],
  deductions: [
    { id: 'D4', title: 'Không ký giao ước thi đua', kind: 'fixed', points: 8 },
    { id: 'D5', title: 'Mỗi báo cáo sai thẩm quyền', kind: 'per_item', points: 0.5, max: 2 },
  ],
};

const member = (code: string): GridMember => ({
  code,
  name: `Sở ${code}`,
  scorable: true,
  selfScores: { '1.4': { points: '5' }, '1.5': { points: '4' } },
  computed: {},
  figures: {},
});

function setup(body: 'HEAD' | 'BOARD' = 'HEAD', saved: Record<string, SavedScore> = {}) {
  const saves: { member: string; row: string; change: ScoreChange }[] = [];
  const facts: { member: string; fact: string; value: boolean; reason: string }[] = [];
  render(
    <ScoreGrid
      caption="Bảng chấm điểm"
      body={body}
      rows={rowsFor(sheetRows(REGULATION), body)}
      members={[member('sct-a'), member('sct-b')]}
      saved={{ 'sct-a|1.5': { points: '3', count: null, reason: 'Ban chấm' }, ...saved }}
      facts={{ 'sct-b|TTLDXS': { value: true, reason: 'QĐ 12/QĐ-UBND' } }}
      readOnly={false}
      onSave={async (m: GridMember, row: SheetRow, change: ScoreChange) => {
        saves.push({ member: m.code, row: row.id, change });
        return null;
      }}
      onSaveFact={async (m, row, value, reason) => {
        facts.push({ member: m.code, fact: row.id, value, reason });
        return row.id === 'TTLDXS' && reason === 'sai' ? 'Cần ghi lý do' : null;
      }}
    />,
  );
  return { saves, facts, cell: (name: string) => screen.getByLabelText(name, { selector: 'input' }) };
}

const cellOf = (input: HTMLElement) => input.closest('td') as HTMLElement;

/** Ticks or unticks a cell's "không áp dụng" box: not saved without a reason, then saved with this one. */
async function toggleMark(
  user: ReturnType<typeof userEvent.setup>,
  box: HTMLElement,
  saves: unknown[],
  why: string,
) {
  const before = saves.length;
  await user.click(box);
  const reason = within(cellOf(box)).getByLabelText('Lý do');
  await user.click(reason);
  await user.tab();
  expect(saves).toHaveLength(before);
  expect(within(cellOf(box)).getByText(/không áp dụng cần có lý do/)).toBeTruthy();
  await user.type(reason, `${why}{Enter}`);
  await waitFor(() => expect(saves).toHaveLength(before + 1));
}

describe('ScoreGrid on a format 2 regulation', () => {
  it('gives the head a switch per fact it sets, saved only with a reason', async () => {
    const user = userEvent.setup();
    const { cell, facts } = setup();
    expect(screen.getByRole('rowheader', { name: /Thông tin xác nhận về đơn vị/ })).toBeTruthy();
    // The board's fact is not the head's to set.
    expect(screen.queryByLabelText('sct-a UNDER_REVIEW')).toBeNull();
    const fact = cell('sct-a TTLDXS');
    expect(fact).toHaveProperty('checked', false);
    expect(cell('sct-b TTLDXS')).toHaveProperty('checked', true);
    expect(within(cellOf(cell('sct-b TTLDXS'))).getByText(/QĐ 12\/QĐ-UBND/)).toBeTruthy();

    await user.click(fact);
    const reason = within(cellOf(fact)).getByLabelText('Lý do');
    await user.click(reason);
    await user.tab();
    expect(facts).toHaveLength(0);
    expect(within(cellOf(fact)).getByText(/Thay đổi thông tin xác nhận cần có lý do/)).toBeTruthy();

    await user.type(reason, 'Quyết định 45/QĐ-UBND{Enter}');
    await waitFor(() => expect(facts).toHaveLength(1));
    expect(facts[0]).toEqual({
      member: 'sct-a',
      fact: 'TTLDXS',
      value: true,
      reason: 'Quyết định 45/QĐ-UBND',
    });
  });

  it('marks an optional criterion not applicable with a reason, and takes the mark back', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup('HEAD', {
      'sct-b|1.4': { points: '0', count: null, reason: 'Không phát sinh', notApplicable: true },
    });
    await toggleMark(
      user,
      screen.getByRole('checkbox', { name: 'sct-a 1.4 không áp dụng' }),
      saves,
      'Không phát sinh vụ việc',
    );
    expect(saves[0]).toEqual({
      member: 'sct-a',
      row: '1.4',
      change: { points: '0', count: null, reason: 'Không phát sinh vụ việc', notApplicable: true },
    });
    expect(cell('sct-a 1.4').hasAttribute('readonly')).toBe(true);

    // sct-b's mark, saved before: unmarked with a reason, its own score counts again.
    const marked = screen.getByRole('checkbox', { name: 'sct-b 1.4 không áp dụng' });
    expect(marked).toHaveProperty('checked', true);
    await user.click(marked);
    await user.type(within(cellOf(marked)).getByLabelText('Lý do'), 'Có phát sinh{Enter}');
    // (The harness does not feed saves back as `saved`, so leaving sct-a's reason may save it once more.)
    await waitFor(() => expect(saves.filter((s) => s.member === 'sct-b')).toHaveLength(1));
    expect(saves.find((s) => s.member === 'sct-b')!.change).toEqual({
      points: '5',
      count: null,
      reason: 'Có phát sinh',
      notApplicable: false,
    });
  });

  it('shows the board’s criterion to the head read-only, with who scores it', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup();
    expect(cell('sct-a 1.5').hasAttribute('readonly')).toBe(true);
    expect(cell('sct-a 1.5')).toHaveProperty('value', '3');
    expect(
      screen.getByRole('rowheader', {
        name: /1\.5\. Hồ sơ khen thưởng.*do cơ quan thi đua – khen thưởng chấm/,
      }),
    ).toBeTruthy();
    await user.type(cell('sct-b 1.5'), '4{Enter}');
    expect(saves).toHaveLength(0);
  });

  it('applies a fixed deduction by a switch (0 or its points) and counts a per_item one', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup();
    const fixed = screen.getByRole('switch', { name: 'sct-a D4' });
    await user.click(fixed);
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({
      member: 'sct-a',
      row: 'D4',
      change: { points: '8', count: null, reason: null },
    });
    await user.click(fixed);
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1].change.points).toBe('0');

    expect(screen.getByText(/Nhập số lần: 0,5 điểm mỗi lần, tối đa 2/)).toBeTruthy();
    await user.type(cell('sct-a D5'), '5{Enter}');
    await waitFor(() => expect(saves).toHaveLength(3));
    expect(saves[2].change).toEqual({ points: '2', count: 5, reason: null });
  });

  it('gives the board only its own criterion, with a reason, and its own facts', async () => {
    const user = userEvent.setup();
    const { cell, saves, facts } = setup('BOARD');
    expect(screen.queryByLabelText('sct-a 1.4')).toBeNull();
    expect(screen.queryByLabelText('sct-a D4')).toBeNull();
    expect(screen.queryByLabelText('sct-a TTLDXS')).toBeNull();
    await user.type(cell('sct-b 1.5'), '4,5');
    await user.type(within(cellOf(cell('sct-b 1.5'))).getByLabelText('Lý do'), 'Đủ hồ sơ{Enter}');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({
      member: 'sct-b',
      row: '1.5',
      change: { points: '4.5', count: null, reason: 'Đủ hồ sơ' },
    });

    await user.click(cell('sct-b UNDER_REVIEW'));
    await user.type(within(cellOf(cell('sct-b UNDER_REVIEW'))).getByLabelText('Lý do'), 'Có đơn thư{Enter}');
    await waitFor(() => expect(facts).toHaveLength(1));
    expect(facts[0]).toEqual({ member: 'sct-b', fact: 'UNDER_REVIEW', value: true, reason: 'Có đơn thư' });
  });

  it('takes the mark off an optional parent row with a reason: the whole criterion counts again', async () => {
    const user = userEvent.setup();
    const optionalParent = {
      criteria: [
        {
          id: '2',
          title: 'Công tác bồi thường nhà nước',
          max: 20,
          optional: true,
          children: ['2.1', '2.2'].map((id) => ({
            id,
            title: `Nhiệm vụ ${id}`,
            max: 10,
            method: { type: 'manual' },
          })),
        },
      ],
    };
    const saves: { member: string; row: string; change: ScoreChange }[] = [];
    render(
      <ScoreGrid
        caption="Bảng"
        rows={rowsFor(sheetRows(optionalParent), 'HEAD')}
        members={[member('sct-a')]}
        saved={{ 'sct-a|2': { points: '0', count: null, reason: 'Không được giao', notApplicable: true } }}
        readOnly={false}
        onSave={async (m, row, change) => {
          saves.push({ member: m.code, row: row.id, change });
          return null;
        }}
      />,
    );
    // The parent's cell has the box only (no score input).
    expect(screen.queryByLabelText('sct-a 2', { selector: 'input:not([type=checkbox])' })).toBeNull();
    const box = screen.getByRole('checkbox', { name: 'sct-a 2 không áp dụng' });
    expect(box).toHaveProperty('checked', true);
    await toggleMark(user, box, saves, 'Có giao nhiệm vụ từ quý II');
    expect(box).toHaveProperty('checked', false);
    expect(saves[0]).toEqual({
      member: 'sct-a',
      row: '2',
      change: { points: '0', count: null, reason: 'Có giao nhiệm vụ từ quý II', notApplicable: false },
    });
  });

  it('adds nothing to a format 1 regulation’s grid', () => {
    const format1 = {
      criteria: [{ id: '1', title: 'Văn hóa công sở', max: 15, method: { type: 'manual' } }],
    };
    render(
      <ScoreGrid
        caption="Bảng"
        rows={rowsFor(sheetRows(format1), 'HEAD')}
        members={[member('sct-a')]}
        saved={{}}
        readOnly={false}
        onSave={async () => null}
      />,
    );
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByText(/cơ quan thi đua/i)).toBeNull();
  });
});
