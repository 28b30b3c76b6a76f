import { Injectable } from '@nestjs/common';
import { AwardDecisionEntity, TenantDb } from '@thidua/db';

/** Row-level security: the group's members and its board read a decision; the board records it. */
@Injectable()
export class DecisionsRepository {
  constructor(private readonly db: TenantDb) {}

  ofPeriod(periodId: string) {
    return this.db.em.findOneBy(AwardDecisionEntity, { periodId });
  }

  insert(row: Omit<AwardDecisionEntity, 'id' | 'period' | 'recordedBy'>) {
    return this.db.em.save(AwardDecisionEntity, this.db.em.create(AwardDecisionEntity, row));
  }
}
