import { Injectable } from '@nestjs/common';
import {
  EmulationGroupEntity,
  PeriodKind,
  SubmissionEntity,
  SubmissionGroupEntity,
  SubmissionVersionEntity,
  TenantDb,
} from '@thidua/db';
import { In, Not } from 'typeorm';
import { updatedOne } from '../database/updated';

@Injectable()
export class SubmissionsRepository {
  constructor(private readonly db: TenantDb) {}

  /** Row-level security returns nothing for a submission the actor may not see. */
  byId(id: string) {
    return this.db.em.findOneBy(SubmissionEntity, { id });
  }

  /** Locks the row for the rest of the transaction, so two updates of one version cannot both pass. */
  byIdForUpdate(id: string) {
    return this.db.em.findOne(SubmissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  mine(organizationId: string, year?: number | null) {
    return this.db.em.find(SubmissionEntity, {
      where: { organizationId, ...(year ? { year } : {}) },
      order: { year: 'DESC', kind: 'ASC' },
    });
  }

  find(organizationId: string, year: number, kind: PeriodKind) {
    return this.db.em.findOneBy(SubmissionEntity, { organizationId, year, kind });
  }

  addressedTo(groupId: string, year: number, kind: PeriodKind) {
    return this.db.em
      .createQueryBuilder(SubmissionEntity, 's')
      .innerJoin(SubmissionGroupEntity, 'sg', 'sg.submission_id = s.id')
      .where('sg.group_id = :groupId AND s.year = :year AND s.kind = :kind', { groupId, year, kind })
      .andWhere({ state: Not('DRAFT') })
      .orderBy('s.submitted_at', 'ASC')
      .getMany();
  }

  deliveries(submissionIds: string[]) {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return this.db.em.find(SubmissionGroupEntity, {
      where: { submissionId: In(submissionIds) },
      relations: { group: true },
    });
  }

  delivery(submissionId: string, groupId: string) {
    return this.db.em.findOneBy(SubmissionGroupEntity, { submissionId, groupId });
  }

  insert(s: Partial<SubmissionEntity>) {
    return this.db.em.save(SubmissionEntity, this.db.em.create(SubmissionEntity, s));
  }

  async addDeliveries(submission: SubmissionEntity, groups: EmulationGroupEntity[]) {
    await this.db.em.insert(
      SubmissionGroupEntity,
      groups.map((g) => ({
        submissionId: submission.id,
        groupId: g.id,
        organizationId: submission.organizationId,
        year: submission.year,
        returnReason: null,
      })),
    );
  }

  update(id: string, patch: Partial<SubmissionEntity>) {
    return updatedOne(this.db.em.update(SubmissionEntity, { id }, patch));
  }

  setReturnReason(submissionId: string, groupId: string, returnReason: string | null) {
    return updatedOne(this.db.em.update(SubmissionGroupEntity, { submissionId, groupId }, { returnReason }));
  }

  async insertVersion(v: Omit<SubmissionVersionEntity, 'id' | 'submission'>) {
    await this.db.em.insert(SubmissionVersionEntity, v);
  }
}
