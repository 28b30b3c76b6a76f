// The indicator tables most six-month reports carry, read as the sentences the figure reader already knows:
//   | Chỉ tiêu | ĐVT | Thực hiện 6 tháng | So với KH (%) | So với cùng kỳ (%) |
//   | Giá trị sản xuất công nghiệp | Tỷ đồng | 14.103,4 | 44,6 | 114,9 |
// becomes "Giá trị sản xuất công nghiệp: Thực hiện 6 tháng đạt 14.103,4 Tỷ đồng; đạt 44,6% so với kế hoạch;
// bằng 114,9% so với cùng kỳ." — which is also what the member sees beside the figure to confirm it.

const SEPARATOR = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;
const NUMBER = /^[-+−]?\d[\d.,]*\s*%?$/;
const LABEL = /chỉ tiêu|nội dung|danh mục|tên/iu;
const UNIT = /^(?:đvt|đơn vị(?: tính)?)$/iu;
const PLAN = /kế hoạch|\bKH\b|chỉ tiêu|dự toán|mục tiêu/iu;
const SAME_PERIOD = /cùng kỳ|cùng kì|\bCK\b|năm trước/iu;
const PERCENT = /%|tỷ lệ|so với|so sánh/iu;
const CHANGE = /tăng|giảm/iu;

/** Cells of one row; "\|" is a bar inside a cell. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** What a column says of its figures, from its header; null: nothing the portal reads. */
function phrase(header: string, cell: string, unit: string): string | null {
  if (!NUMBER.test(cell)) return null;
  const number = cell.replace(/\s*%$/, '');
  if (PERCENT.test(header) || cell.endsWith('%')) {
    if (PLAN.test(header)) return `đạt ${number}% so với kế hoạch`;
    if (!SAME_PERIOD.test(header)) return null;
    // "Tăng/giảm so với cùng kỳ (%)" holds the change; "So với cùng kỳ (%)" the ratio (114,9 = up 14,9 %).
    if (!CHANGE.test(header)) return `bằng ${number}% so với cùng kỳ`;
    const negative = /^[-−]/.test(number);
    return `${negative ? 'giảm' : 'tăng'} ${number.replace(/^[-+−]/, '')}% so với cùng kỳ`;
  }
  // The plan and last year's amounts are not the period's result.
  if (PLAN.test(header) || SAME_PERIOD.test(header)) return null;
  return `${header} đạt ${number}${unit ? ` ${unit}` : ''}`;
}

/** One statement per row of a Markdown table block, or null when the block is not a table. */
export function tableStatements(block: string): string[] | null {
  const lines = block.split('\n').map((line) => line.trim());
  if (lines.length < 3 || !lines[0].startsWith('|') || !SEPARATOR.test(lines[1])) return null;
  const headers = cellsOf(lines[0]);
  const rows = lines.slice(2).map(cellsOf);
  const unitColumn = headers.findIndex((h) => UNIT.test(h));
  // The row's name: the column headed so, else the first whose cells are mostly words (not "STT", "1", "I").
  let labelColumn = headers.findIndex((h) => LABEL.test(h));
  if (labelColumn < 0) {
    labelColumn = headers.findIndex(
      (_, c) =>
        c !== unitColumn && rows.filter((r) => /\p{L}{3,}/u.test(r[c] ?? '')).length > rows.length / 2,
    );
  }
  if (labelColumn < 0) return [];
  return rows.flatMap((row) => {
    const label = row[labelColumn];
    if (!label) return [];
    const unit = unitColumn < 0 ? '' : (row[unitColumn] ?? '');
    const parts = headers
      // Figures stand right of the row's name; left of it are numbers of another kind ("STT").
      .map((header, c) => (c <= labelColumn || c === unitColumn ? null : phrase(header, row[c] ?? '', unit)))
      .filter((p): p is string => p !== null);
    return parts.length === 0 ? [] : [`${label}: ${parts.join('; ')}.`];
  });
}
