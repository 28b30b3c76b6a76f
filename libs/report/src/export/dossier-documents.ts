// The award dossier's own documents (issue 11): the member's achievement report (báo cáo thành tích) and the
// board's decision (quyết định khen thưởng), as official documents in the Nghị định 30/2020 layout.
import { formatVietnameseNumber } from '../number/vietnamese-number.formatter';
import {
  centeredLine,
  heading,
  paragraph,
  type DocumentBlock,
  type OfficialDocument,
} from './official-document';
import type { OfficialClosing, OfficialHeader } from './official-document.layout';

export interface AchievementReportInput extends OfficialHeader, OfficialClosing {
  memberName: string;
  awardTitle: string;
  groupName: string;
  /** "năm 2023". */
  periodLabel: string;
  introduction: string;
  achievements: string;
  figures: readonly { label: string; value: string }[];
  rank: number;
  /** Total points as an exact decimal string. */
  total: string;
  titles: readonly string[];
}

/** Free text as paragraphs, one per line the member wrote. */
const paragraphs = (text: string): DocumentBlock[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => paragraph(line));

export function achievementReportDocument(input: AchievementReportInput): OfficialDocument {
  return {
    header: input,
    documentType: 'BÁO CÁO',
    summary: `Thành tích đề nghị tặng ${input.awardTitle} của ${input.memberName}`,
    blocks: [
      heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
      ...paragraphs(input.introduction),
      heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      ...paragraphs(input.achievements),
      ...(input.figures.length
        ? [
            {
              type: 'table' as const,
              headers: ['STT', 'Chỉ tiêu', 'Kết quả'],
              rows: input.figures.map((f, i) => [String(i + 1), f.label, f.value]),
              numeric: [0, 2],
            },
          ]
        : []),
      paragraph(`Kết quả chấm điểm, xếp hạng thi đua ${input.periodLabel} của ${input.groupName}: `, {
        text: `${formatVietnameseNumber(input.total)} điểm, xếp thứ ${input.rank}.`,
        bold: true,
      }),
      heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      ...(input.titles.length ? input.titles.map((t) => paragraph(`- ${t}`)) : [paragraph('Chưa có.')]),
    ],
    closing: { recipients: input },
  };
}

export interface DecisionGrantRow {
  memberName: string;
  awardTitle: string;
}

export interface DecisionInput extends OfficialHeader, OfficialClosing {
  groupName: string;
  periodLabel: string;
  grants: readonly DecisionGrantRow[];
  legalBases?: readonly string[];
}

export function decisionDocument(input: DecisionInput): OfficialDocument {
  const awards = [...new Set(input.grants.map((g) => g.awardTitle))];
  return {
    header: input,
    documentType: 'QUYẾT ĐỊNH',
    summary: `Về việc khen thưởng thi đua ${input.periodLabel} của ${input.groupName}`,
    blocks: [
      centeredLine({ text: input.signerTitle.toUpperCase(), bold: true }),
      ...(input.legalBases ?? []).map((basis) => paragraph({ text: `${basis};`, italics: true })),
      paragraph({
        text: `Căn cứ kết quả bình xét thi đua ${input.periodLabel} và hồ sơ đề nghị khen thưởng của ${input.groupName};`,
        italics: true,
      }),
      centeredLine({ text: 'QUYẾT ĐỊNH:', bold: true }),
      paragraph(
        { text: 'Điều 1. ', bold: true },
        `Tặng ${awards.join(', ')} cho các tập thể đã có thành tích xuất sắc trong phong trào thi đua ${input.periodLabel} (danh sách kèm theo):`,
      ),
      {
        type: 'table',
        headers: ['STT', 'Tập thể', 'Hình thức khen thưởng'],
        rows: input.grants.map((g, i) => [String(i + 1), g.memberName, g.awardTitle]),
        numeric: [0],
      },
      paragraph({ text: 'Điều 2. ', bold: true }, 'Quyết định này có hiệu lực kể từ ngày ký.'),
      paragraph(
        { text: 'Điều 3. ', bold: true },
        `Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      ),
    ],
    closing: { recipients: input },
  };
}
