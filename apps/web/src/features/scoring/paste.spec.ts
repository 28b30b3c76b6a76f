import { nextCell } from './grid-navigation';
import { isBlock, parseBlock, planPaste } from './paste';

describe('paste', () => {
  it('reads rows and tabs, without the line break Excel adds after the last row', () => {
    expect(parseBlock('14,5\t12\r\n3\t\r\n')).toEqual([
      ['14,5', '12'],
      ['3', ''],
    ]);
    expect(isBlock('14,5\n')).toBe(false);
    expect(isBlock('14,5\t12')).toBe(true);
  });

  it('places the block from the focused cell, reading Vietnamese and spreadsheet numbers', () => {
    const plan = planPaste(
      parseBlock('14,5\t14.5\n1.234,5\tx\n7\t8'),
      { row: 1, col: 1 },
      { rows: 3, cols: 3 },
    );
    expect(plan.cells).toEqual([
      { row: 1, col: 1, text: '14,5', value: '14.5' },
      { row: 1, col: 2, text: '14.5', value: '14.5' },
      { row: 2, col: 1, text: '1.234,5', value: '1234.5' },
      { row: 2, col: 2, text: 'x', value: null },
    ]);
    expect(plan.outside).toBe(2);
  });
});

describe('nextCell', () => {
  const size = { rows: 3, cols: 2 };
  const key = (k: string, extra: Partial<Parameters<typeof nextCell>[2]> = {}) => ({
    key: k,
    shiftKey: false,
    atStart: true,
    atEnd: true,
    ...extra,
  });

  it('stops at the edges of the grid', () => {
    expect(nextCell({ row: 0, col: 0 }, size, key('ArrowUp'))).toBeNull();
    expect(nextCell({ row: 2, col: 1 }, size, key('Enter'))).toBeNull();
    expect(nextCell({ row: 1, col: 0 }, size, key('Enter', { shiftKey: true }))).toEqual({ row: 0, col: 0 });
  });

  it('leaves ←/→ to the caret inside the text', () => {
    expect(nextCell({ row: 0, col: 0 }, size, key('ArrowRight', { atEnd: false }))).toBeNull();
    expect(nextCell({ row: 0, col: 1 }, size, key('ArrowLeft', { atStart: false }))).toBeNull();
    expect(nextCell({ row: 0, col: 1 }, size, key('ArrowLeft'))).toEqual({ row: 0, col: 0 });
  });
});
