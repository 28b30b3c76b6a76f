// Spreadsheet moves between the score cells: arrows and Enter. Tab keeps the browser's order, which is the
// row's cells left to right (with a cell's reason input after it) and then the next row. Pure: tested without a DOM.

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface KeyContext {
  key: string;
  shiftKey: boolean;
  /** Caret at the start / end of the input's text: only then do ←/→ leave the cell (as in a spreadsheet's edit mode). */
  atStart: boolean;
  atEnd: boolean;
}

/** The cell a key moves to, or null when the key stays in the cell or would leave the grid. */
export function nextCell(at: CellPosition, size: GridSize, k: KeyContext): CellPosition | null {
  const within = (p: CellPosition) =>
    p.row >= 0 && p.row < size.rows && p.col >= 0 && p.col < size.cols ? p : null;
  switch (k.key) {
    case 'ArrowUp':
      return within({ row: at.row - 1, col: at.col });
    case 'ArrowDown':
      return within({ row: at.row + 1, col: at.col });
    case 'ArrowLeft':
      return k.atStart ? within({ row: at.row, col: at.col - 1 }) : null;
    case 'ArrowRight':
      return k.atEnd ? within({ row: at.row, col: at.col + 1 }) : null;
    case 'Enter':
      return within({ row: at.row + (k.shiftKey ? -1 : 1), col: at.col });
    default:
      return null;
  }
}
