// The work a document worker thread does: one import or one rendering, described by plain data so it can be
// posted to the thread (structured clone) and its result posted back.
import type { ImportedReport } from '../document/report-document.model';
import { renderDossierArchive, type DossierArchiveInput } from '../export/dossier-archive';
import {
  achievementReportDocument,
  decisionDocument,
  type AchievementReportInput,
  type DecisionInput,
} from '../export/dossier-documents';
import { minutesDocument, renderMinutesDocx, type MinutesDocxInput } from '../export/minutes-docx.exporter';
import { renderOfficialDocx } from '../export/official-document';
import {
  proposalDocument,
  renderProposalDocx,
  type ProposalDocxInput,
} from '../export/proposal-docx.exporter';
import { renderCertificateDocx, renderCertificatePdf, type CertificateInput } from '../pdf/certificate';
import { renderOfficialPdf } from '../pdf/official-document.pdf';
import { renderRankingXlsx, type RankingXlsxInput } from '../export/ranking-xlsx.exporter';
import { renderReportDocx, type ReportDocxInput } from '../export/report-docx.exporter';
import type { GroupIndicator } from '../indicators/group-indicators';
import { importReportFile } from '../import/report-file.importer';
import type { DocumentLimits } from './document-limits';
import { parseJsonBody } from './json-body';

export interface DocumentTasks {
  /** `declared`: the indicators the regulations of the report's groups declare, to be filled too. */
  importReport: {
    input: { fileName: string; content: Uint8Array; declared?: GroupIndicator[] };
    result: ImportedReport;
  };
  reportDocx: { input: ReportDocxInput; result: Uint8Array };
  minutesDocx: { input: MinutesDocxInput; result: Uint8Array };
  proposalDocx: { input: ProposalDocxInput; result: Uint8Array };
  rankingXlsx: { input: RankingXlsxInput; result: Uint8Array };
  proposalPdf: { input: ProposalDocxInput; result: Uint8Array };
  minutesPdf: { input: MinutesDocxInput; result: Uint8Array };
  achievementDocx: { input: AchievementReportInput; result: Uint8Array };
  achievementPdf: { input: AchievementReportInput; result: Uint8Array };
  decisionDocx: { input: DecisionInput; result: Uint8Array };
  decisionPdf: { input: DecisionInput; result: Uint8Array };
  certificateDocx: { input: CertificateInput; result: Uint8Array };
  certificatePdf: { input: CertificateInput; result: Uint8Array };
  dossierArchive: { input: DossierArchiveInput; result: Uint8Array };
  /** A large request body (a 10 MB upload in base64), decoded and parsed here rather than on the event loop. */
  parseJson: { input: { body: Uint8Array }; result: unknown };
}
export type DocumentTaskKind = keyof DocumentTasks;
export type DocumentRenderKind = Exclude<DocumentTaskKind, 'importReport' | 'parseJson'>;

const RUNNERS: {
  [K in DocumentTaskKind]: (
    input: DocumentTasks[K]['input'],
    limits: DocumentLimits,
  ) => Promise<DocumentTasks[K]['result']>;
} = {
  importReport: ({ fileName, content, declared }, limits) =>
    importReportFile(fileName, Buffer.from(content.buffer, content.byteOffset, content.byteLength), limits, {
      declared,
    }),
  reportDocx: (input) => renderReportDocx(input),
  minutesDocx: (input) => renderMinutesDocx(input),
  proposalDocx: (input) => renderProposalDocx(input),
  rankingXlsx: (input) => renderRankingXlsx(input),
  proposalPdf: (input) => renderOfficialPdf(proposalDocument(input)),
  minutesPdf: (input) => renderOfficialPdf(minutesDocument(input)),
  achievementDocx: (input) => renderOfficialDocx(achievementReportDocument(input)),
  achievementPdf: (input) => renderOfficialPdf(achievementReportDocument(input)),
  decisionDocx: (input) => renderOfficialDocx(decisionDocument(input)),
  decisionPdf: (input) => renderOfficialPdf(decisionDocument(input)),
  certificateDocx: (input) => renderCertificateDocx(input),
  certificatePdf: (input) => renderCertificatePdf(input),
  dossierArchive: (input) => renderDossierArchive(input),
  parseJson: async ({ body }) => parseJsonBody(body),
};

export function runDocumentTask<K extends DocumentTaskKind>(
  kind: K,
  input: DocumentTasks[K]['input'],
  limits: DocumentLimits,
): Promise<DocumentTasks[K]['result']> {
  return RUNNERS[kind](input, limits);
}
