// Tờ trình đề nghị khen thưởng: the head's proposals from the published ranking, to the award board.
import { formatVietnameseNumber } from '../number/vietnamese-number.formatter';
import { centeredLine, paragraph, renderOfficialDocx, type OfficialDocument } from './official-document';
import type { OfficialClosing, OfficialHeader } from './official-document.layout';

export interface AwardProposalRow {
  awardTitle: string;
  memberName: string;
  rank: number;
  /** Total points as an exact decimal string. */
  total: string;
}

export interface ProposalDocxInput extends OfficialHeader, OfficialClosing {
  /** Kính gửi: the award board or council. */
  recipient: string;
  groupName: string;
  /** "năm 2023". */
  periodLabel: string;
  proposals: readonly AwardProposalRow[];
  /** "Căn cứ Luật Thi đua, khen thưởng năm 2022", one per line. */
  legalBases?: readonly string[];
}

export function proposalDocument(input: ProposalDocxInput): OfficialDocument {
  const awards = [...new Set(input.proposals.map((p) => p.awardTitle))];
  const ordered = [...input.proposals].sort(
    (a, b) => awards.indexOf(a.awardTitle) - awards.indexOf(b.awardTitle) || a.rank - b.rank,
  );
  return {
    header: input,
    documentType: 'TỜ TRÌNH',
    summary: `Về việc đề nghị khen thưởng thi đua ${input.periodLabel} của ${input.groupName}`,
    blocks: [
      centeredLine({ text: 'Kính gửi: ', italics: true }, input.recipient),
      ...(input.legalBases ?? []).map((basis) => paragraph({ text: `${basis};`, italics: true })),
      paragraph(
        `Căn cứ kết quả chấm điểm, xếp hạng thi đua ${input.periodLabel} của ${input.groupName}, `,
        `${input.issuingBody} kính trình ${input.recipient} xem xét, đề nghị khen thưởng các tập thể sau:`,
      ),
      {
        type: 'table',
        headers: ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Xếp hạng', 'Tổng điểm'],
        rows: ordered.map((p, i) => [
          String(i + 1),
          p.memberName,
          p.awardTitle,
          String(p.rank),
          formatVietnameseNumber(p.total),
        ]),
        numeric: [0, 3, 4],
      },
      paragraph(`Kính trình ${input.recipient} xem xét, quyết định./.`),
    ],
    closing: { recipients: input },
  };
}

export const renderProposalDocx = (input: ProposalDocxInput) => renderOfficialDocx(proposalDocument(input));
