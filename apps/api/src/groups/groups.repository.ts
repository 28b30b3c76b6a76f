import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, TenantDb } from '@thidua/db';
import { notFound } from '../common/domain-error';

@Injectable()
export class GroupsRepository {
  constructor(private readonly db: TenantDb) {}

  byCode(code: string) {
    return this.db.em.findOneBy(EmulationGroupEntity, { code });
  }

  all() {
    return this.db.em.find(EmulationGroupEntity, { order: { code: 'ASC' } });
  }

  byId(id: string) {
    return this.db.em.findOneBy(EmulationGroupEntity, { id });
  }

  async requireByCode(code: string): Promise<EmulationGroupEntity> {
    const group = await this.byCode(code);
    if (!group) throw notFound(`Không tìm thấy cụm/khối thi đua có mã "${code}".`);
    return group;
  }

  insert(group: Partial<EmulationGroupEntity>) {
    return this.db.em.save(EmulationGroupEntity, this.db.em.create(EmulationGroupEntity, group));
  }

  reviewedBy(boardId: string) {
    return this.db.em.findBy(EmulationGroupEntity, { reviewerId: boardId });
  }
}
