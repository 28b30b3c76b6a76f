import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, PeriodEntity, PeriodKind, TenantDb } from '@thidua/db';
import { In } from 'typeorm';
import { notFound } from '../common/domain-error';
import { updatedOne } from '../database/updated';
import { PERIOD_TERMS } from '@thidua/terms';
import { refuseIfClosed } from './period-closed';

@Injectable()
export class PeriodsRepository {
  constructor(private readonly db: TenantDb) {}

  byId(id: string) {
    return this.db.em.findOneByOrFail(PeriodEntity, { id });
  }

  find(groupId: string, year: number, kind: PeriodKind) {
    return this.db.em.findOneBy(PeriodEntity, { groupId, year, kind });
  }

  ofYear(groupId: string, year: number) {
    return this.db.em.findBy(PeriodEntity, { groupId, year });
  }

  ofGroups(groupIds: string[]) {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.db.em.findBy(PeriodEntity, { groupId: In([...new Set(groupIds)]) });
  }

  async require(group: EmulationGroupEntity, year: number, kind: PeriodKind): Promise<PeriodEntity> {
    const period = await this.find(group.id, year, kind);
    if (!period) {
      throw notFound(
        `Cụm/khối "${group.code}" chưa có kỳ ${PERIOD_TERMS[kind].short} ${year} (chưa ban hành quy chế).`,
      );
    }
    return period;
  }

  /** The period, refused once the board's decision closed it (`what` names the change in the refusal). */
  async requireOpen(group: EmulationGroupEntity, year: number, kind: PeriodKind, what: string) {
    const period = await this.require(group, year, kind);
    refuseIfClosed(period, what);
    return period;
  }

  setState(periodId: string, state: PeriodEntity['state']) {
    return updatedOne(this.db.em.update(PeriodEntity, { id: periodId }, { state }));
  }
}
