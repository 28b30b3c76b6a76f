import { Injectable } from '@nestjs/common';
import { EvidenceContentEntity, EvidenceEntity, TenantDb } from '@thidua/db';
import { In } from 'typeorm';

@Injectable()
export class EvidenceRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(
    meta: Omit<EvidenceEntity, 'id' | 'createdAt' | 'organization' | 'submission'>,
    content: Buffer,
  ) {
    const saved = await this.db.em.save(EvidenceEntity, this.db.em.create(EvidenceEntity, meta));
    await this.db.em.insert(EvidenceContentEntity, {
      evidenceId: saved.id,
      organizationId: meta.organizationId,
      content,
    });
    return saved;
  }

  /** Row-level security hides evidence of reports the actor may not see. */
  byId(id: string) {
    return this.db.em.findOneBy(EvidenceEntity, { id });
  }

  forSubmissions(submissionIds: string[]) {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return this.db.em.find(EvidenceEntity, {
      where: { submissionId: In(submissionIds) },
      order: { createdAt: 'ASC' },
    });
  }

  content(evidenceId: string) {
    return this.db.em.findOneBy(EvidenceContentEntity, { evidenceId });
  }

  remove(id: string) {
    return this.db.em.delete(EvidenceEntity, { id });
  }
}
