// A block copied from Excel or LibreOffice: rows on lines, cells separated by tabs.
import { parseViNumber } from '../../shared/format/number';
import type { CellPosition, GridSize } from './grid-navigation';

/** The block's cells as text; the line break a spreadsheet adds after the last row is not a row. */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

export interface PastedCell extends CellPosition {
  text: string;
  /** The exact decimal read (`14,5` and `14.5` both give "14.5"), or null when the text is no number. */
  value: string | null;
}

export interface PastePlan {
  cells: PastedCell[];
  /** Cells of the block that fall outside the grid (not pasted). */
  outside: number;
}

/** Where each cell of the block lands, starting at the focused cell; empty cells of the block are skipped. */
export function planPaste(block: string[][], origin: CellPosition, size: GridSize): PastePlan {
  const cells: PastedCell[] = [];
  let outside = 0;
  block.forEach((line, r) =>
    line.forEach((raw, c) => {
      const text = raw.trim();
      if (text === '') return;
      const row = origin.row + r;
      const col = origin.col + c;
      if (row >= size.rows || col >= size.cols) {
        outside++;
        return;
      }
      cells.push({ row, col, text, value: parseViNumber(text) });
    }),
  );
  return { cells, outside };
}

/** Whether pasted text is a block (several cells) rather than one value typed into a cell. */
export const isBlock = (text: string) => /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
