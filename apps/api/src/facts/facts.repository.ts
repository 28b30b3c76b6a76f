import { Injectable } from '@nestjs/common';
import { MemberFactEntity, PeriodEntity, TenantDb } from '@thidua/db';
import { updatedOne } from '../database/updated';

@Injectable()
export class FactsRepository {
  constructor(private readonly db: TenantDb) {}

  /** Every fact of the period the actor may see: row-level security narrows it further. */
  forPeriod(periodId: string) {
    return this.db.em.find(MemberFactEntity, {
      where: { periodId },
      relations: { member: true, setBy: true },
      order: { factId: 'ASC', memberId: 'ASC' },
    });
  }

  /** One row per member × fact × period, updated in place. */
  async upsert(
    period: PeriodEntity,
    f: Pick<MemberFactEntity, 'memberId' | 'factId' | 'value' | 'reason' | 'setById' | 'setByUserId'>,
  ) {
    const existing = await this.db.em.findOneBy(MemberFactEntity, {
      periodId: period.id,
      memberId: f.memberId,
      factId: f.factId,
    });
    const row = { groupId: period.groupId, year: period.year, kind: period.kind, periodId: period.id, ...f };
    if (existing) {
      await updatedOne(this.db.em.update(MemberFactEntity, { id: existing.id }, row));
      return { before: existing, after: { ...existing, ...row } };
    }
    return {
      before: null,
      after: await this.db.em.save(MemberFactEntity, this.db.em.create(MemberFactEntity, row)),
    };
  }
}
