import { Injectable } from '@nestjs/common';
import { RegulationEntity, TenantDb } from '@thidua/db';

@Injectable()
export class RegulationsRepository {
  constructor(private readonly db: TenantDb) {}

  latest(groupId: string, year: number) {
    return this.db.em.findOne(RegulationEntity, { where: { groupId, year }, order: { version: 'DESC' } });
  }

  byId(id: string) {
    return this.db.em.findOneBy(RegulationEntity, { id });
  }
}
