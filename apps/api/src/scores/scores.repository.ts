import { Injectable } from '@nestjs/common';
import { PeriodEntity, ScoreEntity, TenantDb, VoteEntity } from '@thidua/db';
import { updatedOne } from '../database/updated';

@Injectable()
export class ScoresRepository {
  constructor(private readonly db: TenantDb) {}

  find(periodId: string, memberId: string, criterionId: string, scorerId: string) {
    return this.db.em.findOneBy(ScoreEntity, { periodId, memberId, criterionId, scorerId });
  }

  /** Every score of the period the actor may see: row-level security narrows it further. */
  forPeriod(periodId: string) {
    return this.db.em.find(ScoreEntity, {
      where: { periodId },
      relations: { member: true, scorer: true },
      order: { criterionId: 'ASC' },
    });
  }

  async upsert(
    period: PeriodEntity,
    s: Pick<
      ScoreEntity,
      'memberId' | 'scorerId' | 'criterionId' | 'points' | 'count' | 'reason' | 'notApplicable'
    >,
  ) {
    const existing = await this.find(period.id, s.memberId, s.criterionId, s.scorerId);
    const row = { groupId: period.groupId, year: period.year, kind: period.kind, periodId: period.id, ...s };
    if (existing) {
      await updatedOne(this.db.em.update(ScoreEntity, { id: existing.id }, row));
      return { before: existing, after: { ...existing, ...row } };
    }
    return { before: null, after: await this.db.em.save(ScoreEntity, this.db.em.create(ScoreEntity, row)) };
  }

  /** A not-applicable mark withdrawn (row-level security lets only its scorer, while it may mark, delete it). */
  remove(score: ScoreEntity) {
    return updatedOne(this.db.em.delete(ScoreEntity, { id: score.id, notApplicable: true }));
  }

  vote(periodId: string, voterId: string, awardId: string) {
    return this.db.em.findOneBy(VoteEntity, { periodId, voterId, awardId });
  }

  async insertVote(period: PeriodEntity, v: Pick<VoteEntity, 'voterId' | 'awardId' | 'candidateId'>) {
    await this.db.em.insert(VoteEntity, {
      groupId: period.groupId,
      year: period.year,
      kind: period.kind,
      periodId: period.id,
      ...v,
    });
  }

  markScoring(period: PeriodEntity) {
    if (period.state !== 'OPEN') return Promise.resolve();
    return this.db.em.update(PeriodEntity, { id: period.id, state: 'OPEN' }, { state: 'SCORING' });
  }
}
