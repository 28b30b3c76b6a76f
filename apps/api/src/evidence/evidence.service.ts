import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { TenantDb } from '@thidua/db';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { APP_CONFIG } from '../config.module';
import { AuditService } from '../database/audit.service';
import { badInput, notFound } from '../common/domain-error';
import { decodeUpload } from '../common/upload';
import { SubmissionsService } from '../submissions/submissions.service';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceInput } from './evidence.types';
import { evidenceContentType } from './file-type';

@Injectable()
export class EvidenceService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly repo: EvidenceRepository,
    private readonly submissions: SubmissionsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async attach(actor: RequestActor, input: EvidenceInput) {
    const file = await decodeUpload(input.fileName, input.contentBase64, this.config.uploadMaxBytes);
    const contentType = evidenceContentType(file.fileName, file.content);
    return this.db.run(actor, async () => {
      const submission = await this.submissions.requireEditableOwn(actor, input.submissionId);
      if (!(await this.submissions.knowsCriterion(submission, input.criterionId))) {
        throw badInput(
          `Tiêu chí "${input.criterionId}" không có trong quy chế của cụm/khối nào mà báo cáo gửi tới.`,
        );
      }
      const meta = {
        organizationId: actor.organizationId,
        submissionId: submission.id,
        criterionId: input.criterionId,
        fileName: file.fileName,
        contentType,
        size: file.content.length,
        sha256: file.sha256,
      };
      const saved = await this.repo.insert(meta, file.content);
      await this.audit.record('evidence.attach', 'evidence', saved.id, null, meta);
      return saved;
    });
  }

  remove(actor: RequestActor, id: string) {
    return this.db.run(actor, async () => {
      const evidence = await this.repo.byId(id);
      if (!evidence) throw notFound('Không tìm thấy tài liệu kiểm chứng.');
      await this.submissions.requireEditableOwn(actor, evidence.submissionId);
      await this.repo.remove(id);
      await this.audit.record('evidence.remove', 'evidence', id, evidence, null);
      return true;
    });
  }

  forSubmission(actor: RequestActor, submissionId: string) {
    return this.db.run(actor, () => this.repo.forSubmissions([submissionId]));
  }

  download(actor: RequestActor, id: string) {
    return this.db.run(actor, async () => {
      const evidence = await this.repo.byId(id);
      if (!evidence) throw notFound('Không tìm thấy tài liệu kiểm chứng.');
      await this.access.authorize(actor, 'evidence.read', { evidence });
      const content = await this.repo.content(id);
      if (!content) throw notFound('Không tìm thấy tài liệu kiểm chứng.');
      return {
        fileName: evidence.fileName,
        contentType: evidence.contentType,
        size: evidence.size,
        sha256: evidence.sha256,
        contentBase64: content.content.toString('base64'),
      };
    });
  }
}
