// Biên bản bình xét thi đua: who met, and the vote for each award with its threshold and result.
import Decimal from 'decimal.js';
import { formatVietnameseNumber } from '../number/vietnamese-number.formatter';
import {
  heading,
  paragraph,
  renderOfficialDocx,
  type DocumentBlock,
  type OfficialDocument,
} from './official-document';
import { parseDocumentDate, type OfficialHeader } from './official-document.layout';

export interface VoteResultRow {
  awardTitle: string;
  candidate: string;
  votes: number;
  /** Votes the threshold is computed on: every voting member, present or not. */
  base: number;
  /** "80" for 80 %. */
  thresholdPercent: string;
  passed: boolean;
}

export interface MinutesDocxInput extends OfficialHeader {
  groupName: string;
  /** "năm 2023", "6 tháng đầu năm 2023". */
  periodLabel: string;
  venue?: string;
  /** "Ông Nguyễn Văn A – Giám đốc Sở Công Thương Gia Lai". */
  attendees: readonly string[];
  voteResults: readonly VoteResultRow[];
  chairTitle?: string;
  chairName: string;
  secretaryName: string;
}

const percent = (value: Decimal.Value, fractionDigits?: number) =>
  `${formatVietnameseNumber(value, fractionDigits)}%`;

function awardSections(results: readonly VoteResultRow[]): DocumentBlock[] {
  const awards = [...new Set(results.map((r) => r.awardTitle))];
  return awards.flatMap((award, i): DocumentBlock[] => {
    const rows = results.filter((r) => r.awardTitle === award);
    return [
      heading(`${i + 1}. ${award} (ngưỡng: ${percent(rows[0].thresholdPercent)} tổng số phiếu)`),
      {
        type: 'table',
        headers: ['STT', 'Đơn vị', 'Số phiếu đồng ý', 'Tổng số phiếu', 'Tỷ lệ', 'Kết quả'],
        rows: rows.map((r, n) => [
          String(n + 1),
          r.candidate,
          String(r.votes),
          String(r.base),
          r.base === 0 ? '—' : percent(new Decimal(r.votes).times(100).dividedBy(r.base), 2),
          r.passed ? 'Đạt' : 'Không đạt',
        ]),
        numeric: [0, 2, 3, 4],
      },
    ];
  });
}

function conclusion(results: readonly VoteResultRow[]): DocumentBlock[] {
  const awards = [...new Set(results.map((r) => r.awardTitle))];
  return awards.map((award) => {
    const passed = results.filter((r) => r.awardTitle === award && r.passed).map((r) => r.candidate);
    const text = passed.length === 0 ? 'không có đơn vị đạt ngưỡng.' : `${passed.join('; ')}.`;
    return paragraph({ text: `- ${award}: `, bold: true }, text);
  });
}

export function minutesDocument(input: MinutesDocxInput): OfficialDocument {
  const { day, month, year } = parseDocumentDate(input.date);
  const where = input.venue ? `, tại ${input.venue}` : '';
  return {
    header: input,
    documentType: 'BIÊN BẢN',
    summary: `Họp bình xét thi đua ${input.periodLabel} của ${input.groupName}`,
    blocks: [
      paragraph(
        `Vào ngày ${day} tháng ${month} năm ${year}${where}, ${input.groupName} tổ chức họp bình xét, `,
        `bỏ phiếu suy tôn thi đua ${input.periodLabel}.`,
      ),
      heading('I. THÀNH PHẦN THAM DỰ'),
      ...input.attendees.map((a) => paragraph(`- ${a}`)),
      paragraph(`Tổng số đại biểu dự họp: ${input.attendees.length}.`),
      heading('II. KẾT QUẢ BỎ PHIẾU'),
      ...awardSections(input.voteResults),
      heading('III. KẾT LUẬN'),
      paragraph('Các đơn vị đạt ngưỡng phiếu bầu theo quy chế:'),
      ...conclusion(input.voteResults),
      paragraph('Biên bản đã được thông qua tại cuộc họp và các thành viên nhất trí ký tên./.'),
    ],
    closing: {
      left: { title: 'THƯ KÝ', name: input.secretaryName },
      right: { title: input.chairTitle ?? 'CHỦ TRÌ', name: input.chairName },
    },
  };
}

export const renderMinutesDocx = (input: MinutesDocxInput) => renderOfficialDocx(minutesDocument(input));
