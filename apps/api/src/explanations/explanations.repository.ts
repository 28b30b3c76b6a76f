import { Injectable } from '@nestjs/common';
import {
  ExplanationEntity,
  ExplanationEvidenceEntity,
  ExplanationWindowEntity,
  PeriodEntity,
  ScoreEntity,
  submittedReports,
  TenantDb,
} from '@thidua/db';
import { In } from 'typeorm';
import { updatedOne } from '../database/updated';

export type NewExplanation = Pick<
  ExplanationEntity,
  'windowId' | 'memberId' | 'criterionId' | 'text' | 'explainedByUserId'
>;
export type ExplanationFile = Pick<
  ExplanationEvidenceEntity,
  'fileName' | 'contentType' | 'size' | 'sha256'
> & {
  content: Buffer;
};

/** Row-level security narrows every read: a member reads its own explanations, scores and report only. */
@Injectable()
export class ExplanationsRepository {
  constructor(private readonly db: TenantDb) {}

  window(periodId: string) {
    return this.db.em.findOne(ExplanationWindowEntity, {
      where: { periodId },
      relations: { openedBy: true },
    });
  }

  openWindow(
    period: PeriodEntity,
    row: Pick<ExplanationWindowEntity, 'openedById' | 'openedByUserId' | 'deadline'>,
  ) {
    return this.db.em.save(
      ExplanationWindowEntity,
      this.db.em.create(ExplanationWindowEntity, { ...scoped(period), ...row }),
    );
  }

  closeWindow(id: string, patch: Pick<ExplanationWindowEntity, 'closedAt' | 'closedById' | 'closeReason'>) {
    return updatedOne(this.db.em.update(ExplanationWindowEntity, { id }, patch));
  }

  explanations(periodId: string) {
    return this.db.em.find(ExplanationEntity, {
      where: { periodId },
      relations: { member: true },
      order: { explainedAt: 'ASC' },
    });
  }

  explanation(id: string) {
    return this.db.em.findOne(ExplanationEntity, { where: { id }, relations: { member: true } });
  }

  async explain(period: PeriodEntity, row: NewExplanation, files: ExplanationFile[]) {
    const saved = await this.db.em.save(
      ExplanationEntity,
      this.db.em.create(ExplanationEntity, { ...scoped(period), ...row }),
    );
    for (const file of files)
      await this.db.em.insert(ExplanationEvidenceEntity, {
        ...file,
        explanationId: saved.id,
        groupId: period.groupId,
        year: period.year,
        memberId: row.memberId,
      });
    return saved;
  }

  decide(
    id: string,
    patch: Pick<
      ExplanationEntity,
      'decision' | 'secondPoints' | 'secondCount' | 'secondReason' | 'decidedById' | 'decidedAt'
    >,
  ) {
    return updatedOne(this.db.em.update(ExplanationEntity, { id }, patch));
  }

  evidence(explanationIds: string[]) {
    if (explanationIds.length === 0) return Promise.resolve([]);
    return this.db.em.find(ExplanationEvidenceEntity, {
      where: { explanationId: In(explanationIds) },
      order: { createdAt: 'ASC' },
    });
  }

  evidenceWithContent(id: string) {
    return this.db.em.findOne(ExplanationEvidenceEntity, {
      where: { id },
      select: {
        id: true,
        memberId: true,
        groupId: true,
        year: true,
        fileName: true,
        contentType: true,
        size: true,
        sha256: true,
        content: true,
      },
    });
  }

  /** The head's first-round scores (about the actor only, for a member: row-level security). */
  headScores(periodId: string, headId: string) {
    return this.db.em.find(ScoreEntity, {
      where: { periodId, scorerId: headId },
      order: { criterionId: 'ASC' },
    });
  }

  /** The self-scores of each member's latest submitted report to the group, by member. */
  async selfScores(period: PeriodEntity): Promise<Map<string, Record<string, { points: string }>>> {
    const reports = await submittedReports(this.db.em, period.groupId, period.year, period.kind);
    return new Map(
      [...reports].map(([memberId, report]) => [
        memberId,
        Object.fromEntries(report.selfScores.map((x) => [x.criterionId, { points: x.points }])),
      ]),
    );
  }
}

const scoped = (period: PeriodEntity) => ({
  groupId: period.groupId,
  year: period.year,
  kind: period.kind,
  periodId: period.id,
});
