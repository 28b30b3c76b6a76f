// A report as an official document (Nghị định 30/2020/NĐ-CP layout) from its sections.
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Footnote, ReportSection } from '../document/report-document.model';
import { PREAMBLE_PATH } from '../document/report-structure.builder';
import { headingLabelOf } from '../document/section-heading.parser';
import { inlineRuns, markdownParagraphs } from './markdown-docx.renderer';
import {
  bodyParagraph,
  documentTitle,
  letterhead,
  packOfficialDocument,
  run,
  signatureBlock,
  type OfficialClosing,
  type OfficialHeader,
} from './official-document.layout';

export interface ReportDocxInput extends OfficialHeader, OfficialClosing {
  /** "BÁO CÁO". */
  documentType: string;
  /** Trích yếu: "Sơ kết công tác thi đua 6 tháng đầu năm 2023". */
  summary: string;
  sections: readonly ReportSection[];
  /** Notes referenced as <sup>label</sup> in the bodies; written as Word footnotes. */
  footnotes?: readonly Footnote[];
}

function sectionHeading(section: ReportSection): Paragraph[] {
  if (section.path === PREAMBLE_PATH) return [];
  const label = headingLabelOf(section.path);
  if (label.startsWith('PHẦN')) {
    return [label, section.title]
      .filter((line) => line !== '')
      .map(
        (line) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 120 },
            children: [run(line, { bold: true })],
          }),
      );
  }
  const italics = label.endsWith(')');
  return [bodyParagraph([run(`${label} ${section.title}`.trim(), { bold: true, italics })])];
}

export function renderReportDocx(report: ReportDocxInput): Promise<Buffer> {
  const footnotes = report.footnotes ?? [];
  const footnoteIds = new Map(footnotes.map((f, i) => [f.label, i + 1]));
  const children: (Paragraph | Table)[] = [
    letterhead(report),
    ...documentTitle(report.documentType, report.summary),
    ...report.sections.flatMap((s) => [...sectionHeading(s), ...markdownParagraphs(s.body, footnoteIds)]),
    signatureBlock(report),
  ];
  return packOfficialDocument(children, {
    footnotes: Object.fromEntries(
      footnotes.map((f, i) => [
        String(i + 1),
        { children: [new Paragraph({ children: inlineRuns(f.text) })] },
      ]),
    ),
  });
}
