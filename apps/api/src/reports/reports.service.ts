import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { TenantDb } from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { APP_CONFIG } from '../config.module';
import { AuditService } from '../database/audit.service';
import { badInput, notFound } from '../common/domain-error';
import { decodeUpload } from '../common/upload';
import { SubmissionsService } from '../submissions/submissions.service';
import { DocumentWorkers } from './document-workers';
import { ImportReportInput } from './report.types';

@Injectable()
export class ReportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly submissions: SubmissionsService,
    private readonly audit: AuditService,
    private readonly workers: DocumentWorkers,
  ) {}

  /**
   * Takes in the report a member already wrote: its sections and extracted figures fill a draft, each
   * figure unconfirmed (with its source sentence) until the member confirms or corrects it. The file is read
   * in a document thread, within its limits, before any transaction opens: a refused file writes nothing.
   */
  async importReport(actor: RequestActor, input: ImportReportInput) {
    const file = await decodeUpload(input.fileName, input.contentBase64, this.config.uploadMaxBytes);
    // The groups' own indicators are read with the file: looked up first, in a short transaction of their own.
    const declared = await this.submissions.declaredIndicatorsFor(
      actor,
      input.submissionId ? { submissionId: input.submissionId } : this.newDraft(input),
    );
    const report = await this.workers.importReport(file.fileName, file.content, { declared });
    return this.db.run(actor, async () => {
      const draft = input.submissionId
        ? await this.submissions.one(actor, input.submissionId)
        : await this.submissions.create(actor, this.newDraft(input));
      if (!draft) throw notFound('Không tìm thấy báo cáo cần điền.');
      const filled = await this.submissions.update(actor, draft.id, {
        version: draft.version,
        sections: report.sections.map(({ path, title, body }) => ({ path, title, body })),
        indicators: report.indicators.map((i) => ({ ...i, confirmed: false })),
      });
      await this.audit.record('submission.import', 'submission', draft.id, null, {
        fileName: file.fileName,
        sha256: file.sha256,
        size: file.content.length,
        sections: report.sections.length,
        indicators: report.indicators.length,
      });
      return filled;
    });
  }

  private newDraft(input: ImportReportInput) {
    if (!input.year || !input.kind || !input.groupCodes?.length) {
      throw badInput('Cần chọn năm, kỳ báo cáo và cụm/khối nhận báo cáo (hoặc chọn một bản nháp có sẵn).');
    }
    return { year: input.year, kind: input.kind, groupCodes: input.groupCodes };
  }
}
