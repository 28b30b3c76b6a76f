import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initTestI18n } from '../../shared/i18n/testing';
import { type GridMember, ScoreGrid, type ScoreChange } from './score-grid';
import { sheetRows, type SheetRow } from './sheet';

initTestI18n();
// Typing goes through user-event key by key; the machine running the tests is shared.
jest.setTimeout(20_000);

const REGULATION = {
  criteria: [
    {
      id: '1',
      title: 'Nhiệm vụ chuyên môn',
      max: 40,
      children: [
        { id: '1.1', title: 'Sản xuất công nghiệp', max: 10, method: { type: 'rate', indicator: 'x' } },
        { id: '1.2', title: 'Nhiệm vụ được giao', max: 20, method: { type: 'manual' } },
        { id: '1.3', title: 'Điển hình tiên tiến', max: 10, method: { type: 'per_item', points: 2.5 } },
      ],
    },
    { id: '2', title: 'Văn hóa công sở', max: 15, method: { type: 'manual' } },
  ],
  bonus: { max: 10, items: [{ id: 'B1', title: 'Sáng kiến', points: 2.5 }] },
  deductions: [
    { id: 'D1', title: 'Nộp chậm', kind: 'late', pointsPerDay: 1, max: 5 },
    { id: 'D3', title: 'Vi phạm kỷ luật', kind: 'manual', max: 10 },
  ],
};

const member = (code: string, scorable = true): GridMember => ({
  code,
  name: `Sở ${code}`,
  scorable,
  selfScores: { '1.2': { points: '18' } },
  computed: { '1.1': '8.5' },
  figures: { '1.1': '85' },
});

function setup(members = [member('sct-a'), member('sct-b'), member('sct-c', false)]) {
  const saves: { member: string; row: string; change: ScoreChange }[] = [];
  const onSave = jest.fn(async (m: GridMember, row: SheetRow, change: ScoreChange) => {
    saves.push({ member: m.code, row: row.id, change });
    return change.points === '19' ? 'Điểm phải từ 0 đến 15' : null;
  });
  render(
    <ScoreGrid
      caption="Bảng chấm điểm"
      rows={sheetRows(REGULATION)}
      members={members}
      saved={{}}
      readOnly={false}
      onSave={onSave}
    />,
  );
  return { saves, onSave, cell: (name: string) => screen.getByLabelText(name, { selector: 'input' }) };
}

describe('ScoreGrid', () => {
  it('lists criteria under their headings, then bonus items and the deductions the head sets', () => {
    const { cell } = setup();
    expect(screen.getByRole('rowheader', { name: /^1\. Nhiệm vụ chuyên môn/ })).toBeTruthy();
    for (const id of ['1.1', '1.2', '1.3', '2', 'B1', 'D3']) expect(cell(`sct-a ${id}`)).toBeTruthy();
    expect(screen.queryByLabelText('sct-a D1')).toBeNull();
    expect(screen.queryByLabelText('sct-a 1')).toBeNull();
    expect(screen.getAllByText('Tự chấm: 18')).toHaveLength(3);
    // A computed criterion shows the figure it reads and the points computed from it.
    expect(screen.getAllByText(/^Số liệu: 85Điểm tính: 8,5/)).toHaveLength(3);
  });

  it('moves with the arrows and Enter, saves on leaving the cell and reverts with Escape', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup();
    await user.click(cell('sct-a 1.2'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('sct-a 1.3'));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(cell('sct-a 1.1'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('sct-b 1.1'));
    await user.keyboard('{ArrowLeft}{ArrowDown}');
    expect(document.activeElement).toBe(cell('sct-a 1.2'));

    // Typing then Enter: the cell below gets the focus and the typed cell is saved.
    await user.keyboard('17,5{Enter}');
    expect(document.activeElement).toBe(cell('sct-a 1.3'));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({
      member: 'sct-a',
      row: '1.2',
      change: { points: '17.5', count: null, reason: null },
    });
    expect(screen.getAllByText(/Đã lưu/)).toHaveLength(1);
    // A score other than the self-score offers a reason.
    expect(screen.getAllByLabelText('Lý do')).toHaveLength(1);

    // ←/→ inside typed text move the caret, not the focus.
    await user.keyboard('3{ArrowLeft}');
    expect(document.activeElement).toBe(cell('sct-a 1.3'));
    await user.keyboard('{Escape}');
    expect(cell('sct-a 1.3')).toHaveProperty('value', '');
    await user.keyboard('{ArrowDown}');
    expect(saves).toHaveLength(1);
  });

  it('asks a reason before saving an override of a computed criterion', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup();
    await user.click(cell('sct-a 1.1'));
    await user.keyboard('9{ArrowDown}');
    expect(saves).toHaveLength(0);
    expect(screen.getByText(/cần có lý do/)).toBeTruthy();
    await user.type(screen.getByLabelText('Lý do'), 'Thống kê{Enter}');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0].change).toEqual({ points: '9', count: null, reason: 'Thống kê' });
  });

  it('pastes a 3×2 block from Excel, saving each cell and reporting the refused ones', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup();
    await user.click(cell('sct-a 1.2'));
    // Rows 1.2, 1.3 (a count), 2; columns sct-a, sct-b. "abc" is no number, 19 is refused by the server.
    await user.paste('14,5\t12.5\r\n3\tabc\n10\t19\n');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Đã dán 6 ô: 4 ô đã lưu/));
    expect(screen.getByRole('status').textContent).toContain('Bị từ chối: sct-b 1.3, sct-b 2.');
    expect(saves.map((s) => [s.member, s.row, s.change.points, s.change.count])).toEqual([
      ['sct-a', '1.2', '14.5', null],
      ['sct-b', '1.2', '12.5', null],
      ['sct-a', '1.3', '7.5', 3],
      ['sct-a', '2', '10', null],
      ['sct-b', '2', '19', null],
    ]);
    expect(cell('sct-a 1.2')).toHaveProperty('value', '14,5');
    expect(cell('sct-b 1.3')).toHaveProperty('value', 'abc');
    expect(cell('sct-b 1.3').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Số không hợp lệ. Hãy nhập theo dạng 14.103,4 hoặc 14103,4.')).toBeTruthy();
    expect(screen.getByText('Điểm phải từ 0 đến 15')).toBeTruthy();
  });

  it('refuses pasted cells of a member without a report to score', async () => {
    const user = userEvent.setup();
    const { cell, saves } = setup();
    await user.click(cell('sct-b 2'));
    await user.paste('5\t6');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Bị từ chối: sct-c 2.'));
    expect(saves.map((s) => s.member)).toEqual(['sct-b']);
  });
});
