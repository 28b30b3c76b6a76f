import { Injectable } from '@nestjs/common';
import {
  AchievementForm,
  AchievementReportEntity,
  AwardDecisionEntity,
  DossierEntity,
  PeriodEntity,
  TenantDb,
} from '@thidua/db';
import { updatedOne } from '../database/updated';

/**
 * Row-level security narrows every read: a member reads its own dossiers, the head every dossier of its year,
 * the board the dossiers submitted to it.
 */
@Injectable()
export class DossiersRepository {
  constructor(private readonly db: TenantDb) {}

  forPeriod(periodId: string) {
    return this.db.em.find(DossierEntity, {
      where: { periodId },
      relations: { member: true, report: true },
      order: { awardTitle: 'ASC', memberId: 'ASC' },
    });
  }

  byId(id: string) {
    return this.db.em.findOne(DossierEntity, { where: { id }, relations: { member: true, report: true } });
  }

  open(
    period: PeriodEntity,
    rows: Pick<DossierEntity, 'awardId' | 'awardTitle' | 'memberId' | 'deadline'>[],
  ) {
    const scoped = { groupId: period.groupId, year: period.year, kind: period.kind, periodId: period.id };
    return this.db.em.save(
      DossierEntity,
      rows.map((r) => this.db.em.create(DossierEntity, { ...scoped, ...r, state: 'DRAFT' })),
    );
  }

  update(id: string, patch: Partial<Omit<DossierEntity, 'id' | 'member' | 'report' | 'period'>>) {
    return updatedOne(this.db.em.update(DossierEntity, { id }, patch));
  }

  /** One report per dossier, replaced in place while the dossier is with the member and the head. */
  async saveReport(
    dossier: DossierEntity,
    values: { form: AchievementForm | null; fileName?: string; fileContent?: Buffer; userId: string },
  ) {
    const row = {
      form: values.form,
      ...(values.fileName ? { fileName: values.fileName, fileContent: values.fileContent } : {}),
      updatedByUserId: values.userId,
    };
    const existing = await this.db.em.findOneBy(AchievementReportEntity, { dossierId: dossier.id });
    if (existing) {
      await updatedOne(this.db.em.update(AchievementReportEntity, { id: existing.id }, row));
      return { before: existing, after: { ...existing, ...row } };
    }
    const created = this.db.em.create(AchievementReportEntity, {
      groupId: dossier.groupId,
      year: dossier.year,
      kind: dossier.kind,
      periodId: dossier.periodId,
      dossierId: dossier.id,
      memberId: dossier.memberId,
      fileName: null,
      fileContent: null,
      ...row,
    });
    return { before: null, after: await this.db.em.save(AchievementReportEntity, created) };
  }

  /** The uploaded file's bytes (not loaded with the report). */
  async reportFile(dossierId: string): Promise<{ fileName: string; content: Buffer } | null> {
    const row = await this.db.em
      .createQueryBuilder(AchievementReportEntity, 'r')
      .addSelect('r.fileContent')
      .where('r.dossier_id = :dossierId', { dossierId })
      .getOne();
    return row?.fileName && row.fileContent ? { fileName: row.fileName, content: row.fileContent } : null;
  }

  /** The group's earlier decisions: the titles a member already holds. */
  decisionsOfGroup(groupId: string) {
    return this.db.em.find(AwardDecisionEntity, { where: { groupId }, order: { decidedOn: 'ASC' } });
  }
}
