// The ranking as a workbook: one sheet per period, members × criteria with self and final scores, total, rank,
// band. Scores are stored as numbers so the sheet can be summed and sorted.
import ExcelJS from 'exceljs';
import { formatVietnameseNumber } from '../number/vietnamese-number.formatter';

/** Points as exact decimal strings (as libs/scoring gives them) or numbers. */
export type Points = string | number;

export interface RankingCriterion {
  id: string;
  title: string;
  max: Points;
}

export interface RankingEntry {
  memberName: string;
  rank: number;
  total: Points;
  band: string | null;
  /** Self-score per criterion id; null where the member gave none. */
  self: Readonly<Record<string, Points | null>>;
  final: Readonly<Record<string, Points>>;
}

export interface RankingPeriod {
  label: string;
  criteria: readonly RankingCriterion[];
  entries: readonly RankingEntry[];
}

export interface RankingXlsxInput {
  groupName: string;
  periods: readonly RankingPeriod[];
}

const HEADER_ROWS = 5;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

const toNumber = (points: Points | null | undefined) =>
  points === null || points === undefined || points === '' ? null : Number(points);

/** Excel refuses sheet names over 31 characters, with []:*?/\ or repeated. */
function sheetName(label: string, taken: Set<string>): string {
  const base =
    label
      .replace(/[[\]:*?/\\]/g, '-')
      .trim()
      .slice(0, 31) || 'Kỳ';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function addPeriodSheet(
  workbook: ExcelJS.Workbook,
  groupName: string,
  period: RankingPeriod,
  name: string,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROWS }] });
  const criteriaColumns = period.criteria.length * 2;
  const lastColumn = 2 + criteriaColumns + 3;

  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(1, 1).value = groupName;
  sheet.mergeCells(2, 1, 2, lastColumn);
  sheet.getCell(2, 1).value = `Kết quả chấm điểm, xếp hạng thi đua – ${period.label}`;
  for (const row of [1, 2]) {
    Object.assign(sheet.getCell(row, 1), {
      font: { bold: true, size: 14 },
      alignment: { horizontal: 'center' },
    });
  }

  const headerCell = (row: number, column: number, value: string) => {
    Object.assign(sheet.getCell(row, column), {
      value,
      font: { bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    });
  };
  const spanningHeader = (column: number, value: string) => {
    sheet.mergeCells(4, column, 5, column);
    headerCell(4, column, value);
  };
  spanningHeader(1, 'STT');
  spanningHeader(2, 'Đơn vị');
  period.criteria.forEach((c, i) => {
    const column = 3 + i * 2;
    sheet.mergeCells(4, column, 4, column + 1);
    headerCell(4, column, `${c.title} (tối đa ${formatVietnameseNumber(c.max)})`);
    headerCell(5, column, 'Tự chấm');
    headerCell(5, column + 1, 'Điểm chốt');
  });
  ['Tổng điểm', 'Xếp hạng', 'Xếp loại'].forEach((title, i) => spanningHeader(3 + criteriaColumns + i, title));

  const entries = [...period.entries].sort(
    (a, b) => a.rank - b.rank || a.memberName.localeCompare(b.memberName, 'vi'),
  );
  entries.forEach((entry, i) => {
    sheet.addRow([
      i + 1,
      entry.memberName,
      ...period.criteria.flatMap((c) => [toNumber(entry.self[c.id]), toNumber(entry.final[c.id])]),
      toNumber(entry.total),
      entry.rank,
      entry.band ?? '',
    ]);
  });

  for (let row = 4; row <= HEADER_ROWS + entries.length; row++) {
    for (let column = 1; column <= lastColumn; column++) sheet.getCell(row, column).border = BORDER;
  }
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 36;
  for (let column = 3; column <= lastColumn; column++) sheet.getColumn(column).width = 12;
  sheet.getRow(4).height = 45;
}

export async function renderRankingXlsx(input: RankingXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const period of input.periods)
    addPeriodSheet(workbook, input.groupName, period, sheetName(period.label, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
