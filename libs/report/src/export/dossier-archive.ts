// One archive per award dossier, the form national-level submissions take: every document as DOCX and PDF, and
// the member's own file when it uploaded one.
import JSZip from 'jszip';
import { renderOfficialPdf } from '../pdf/official-document.pdf';
import { achievementReportDocument, type AchievementReportInput } from './dossier-documents';
import { minutesDocument, type MinutesDocxInput } from './minutes-docx.exporter';
import { renderOfficialDocx, type OfficialDocument } from './official-document';
import { proposalDocument, type ProposalDocxInput } from './proposal-docx.exporter';

export interface DossierArchiveInput {
  coverLetter: ProposalDocxInput;
  minutes: MinutesDocxInput;
  /** The achievement report from the member's form, when it filled one in. */
  report: AchievementReportInput | null;
  /** The member's uploaded achievement report, as it sent it. */
  upload: { fileName: string; content: Uint8Array } | null;
}

export async function renderDossierArchive(input: DossierArchiveInput): Promise<Buffer> {
  const zip = new JSZip();
  const documents: [string, OfficialDocument][] = [
    ['01-to-trinh', proposalDocument(input.coverLetter)],
    ['02-bao-cao-thanh-tich', input.report && achievementReportDocument(input.report)],
    ['03-bien-ban-binh-xet', minutesDocument(input.minutes)],
  ].filter((d): d is [string, OfficialDocument] => d[1] !== null);
  for (const [name, doc] of documents) {
    zip.file(`${name}.docx`, await renderOfficialDocx(doc));
    zip.file(`${name}.pdf`, await renderOfficialPdf(doc));
  }
  if (input.upload)
    zip.file(`02-bao-cao-thanh-tich-tai-len-${safeName(input.upload.fileName)}`, input.upload.content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The uploaded name without folders or characters archive tools mishandle. */
const safeName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? 'tep').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 100);
