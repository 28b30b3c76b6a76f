// Tờ trình đề nghị khen thưởng: the head's proposals from the published ranking, to the award board.
import { AlignmentType, Paragraph } from 'docx';
import { formatVietnameseNumber } from '../number/vietnamese-number.formatter';
import {
  bodyParagraph,
  dataTable,
  documentTitle,
  letterhead,
  packOfficialDocument,
  run,
  signatureBlock,
  type OfficialClosing,
  type OfficialHeader,
} from './official-document.layout';

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

export function renderProposalDocx(input: ProposalDocxInput): Promise<Buffer> {
  const awards = [...new Set(input.proposals.map((p) => p.awardTitle))];
  const ordered = [...input.proposals].sort(
    (a, b) => awards.indexOf(a.awardTitle) - awards.indexOf(b.awardTitle) || a.rank - b.rank,
  );
  return packOfficialDocument([
    letterhead(input),
    ...documentTitle(
      'TỜ TRÌNH',
      `Về việc đề nghị khen thưởng thi đua ${input.periodLabel} của ${input.groupName}`,
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run('Kính gửi: ', { italics: true }), run(input.recipient)],
    }),
    ...(input.legalBases ?? []).map((basis) => bodyParagraph([run(`${basis};`, { italics: true })])),
    bodyParagraph([
      run(`Căn cứ kết quả chấm điểm, xếp hạng thi đua ${input.periodLabel} của ${input.groupName}, `),
      run(`${input.issuingBody} kính trình ${input.recipient} xem xét, đề nghị khen thưởng các tập thể sau:`),
    ]),
    dataTable(
      ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Xếp hạng', 'Tổng điểm'],
      ordered.map((p, i) => [
        String(i + 1),
        p.memberName,
        p.awardTitle,
        String(p.rank),
        formatVietnameseNumber(p.total),
      ]),
      [0, 3, 4],
    ),
    bodyParagraph([run(`Kính trình ${input.recipient} xem xét, quyết định./.`)]),
    signatureBlock(input),
  ]);
}
