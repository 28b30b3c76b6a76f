// Public surface of @thidua/report: report import (Markdown, DOCX), Vietnamese numbers, indicators, exports.
export type {
  Footnote,
  ImportedReport,
  Indicator,
  ReportSection,
  Signature,
} from './document/report-document.model';
export { importMarkdown } from './import/markdown.importer';
export { importDocx } from './import/docx.importer';
export { importReportFile } from './import/report-file.importer';
export type { ImportOptions } from './import/imported-report.assembler';
export { declaredIndicators, declaredIndicatorsOf, type GroupIndicator } from './indicators/group-indicators';
export { ReportImportError, type ReportImportErrorCode } from './import/report-import.error';
export { checkDocxArchive } from './import/docx-archive.guard';
export { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './isolation/document-limits';
export type { DocumentRenderKind, DocumentTasks } from './isolation/document-tasks';
export {
  DocumentLimitError,
  DocumentWorkerPool,
  type DocumentLimitReason,
  type DocumentWorkerPoolOptions,
} from './isolation/document-worker-pool';
export { toImportSummary, type ImportSummary } from './import/import-summary.mapper';
export {
  extractIndicators,
  MAX_DECLARED,
  type ExtractIndicatorsOptions,
} from './indicators/indicator.extractor';
export { detectReportPeriodMonths } from './indicators/period.parser';
export { isCommonIndicatorKey } from './indicators/indicator.catalog';
export {
  parseVietnameseNumber,
  VietnameseNumberError,
  type VietnameseNumberErrorCode,
} from './number/vietnamese-number.parser';
export { formatVietnameseNumber } from './number/vietnamese-number.formatter';
export {
  convertQuantity,
  findQuantities,
  parseQuantity,
  type Qualifier,
  type Quantity,
  type QuantityMatch,
  type Scale,
} from './number/quantity.parser';
export { renderReportDocx, type ReportDocxInput } from './export/report-docx.exporter';
export { renderMinutesDocx, type MinutesDocxInput, type VoteResultRow } from './export/minutes-docx.exporter';
export {
  renderProposalDocx,
  type AwardProposalRow,
  type ProposalDocxInput,
} from './export/proposal-docx.exporter';
export {
  renderRankingXlsx,
  type Points,
  type RankingCriterion,
  type RankingEntry,
  type RankingPeriod,
  type RankingXlsxInput,
} from './export/ranking-xlsx.exporter';
export type { DocumentDate, OfficialClosing, OfficialHeader } from './export/official-document.layout';
export type { AchievementReportInput, DecisionInput, DecisionGrantRow } from './export/dossier-documents';
export type { DossierArchiveInput } from './export/dossier-archive';
export type { CertificateInput } from './pdf/certificate';
export { parseJsonBody } from './isolation/json-body';
