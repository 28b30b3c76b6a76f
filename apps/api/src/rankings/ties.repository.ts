import { Injectable } from '@nestjs/common';
import { PeriodEntity, TieDecisionEntity, TenantDb } from '@thidua/db';
import { updatedOne } from '../database/updated';

@Injectable()
export class TiesRepository {
  constructor(private readonly db: TenantDb) {}

  forPeriod(periodId: string) {
    return this.db.em.find(TieDecisionEntity, { where: { periodId }, order: { membersKey: 'ASC' } });
  }

  /** One row per group of tied members, updated in place when they are ordered again. */
  async upsert(
    period: PeriodEntity,
    t: Pick<TieDecisionEntity, 'decidedBy' | 'membersKey' | 'memberOrder' | 'setById' | 'setByUserId'>,
  ) {
    const existing = await this.db.em.findOneBy(TieDecisionEntity, {
      periodId: period.id,
      membersKey: t.membersKey,
    });
    const row = { groupId: period.groupId, year: period.year, kind: period.kind, periodId: period.id, ...t };
    if (existing) {
      await updatedOne(this.db.em.update(TieDecisionEntity, { id: existing.id }, row));
      return { before: existing, after: { ...existing, ...row } };
    }
    return {
      before: null,
      after: await this.db.em.save(TieDecisionEntity, this.db.em.create(TieDecisionEntity, row)),
    };
  }
}
