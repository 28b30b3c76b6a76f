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

  /**
   * The groups the actor's organization oversees (as PostgreSQL's session says: app_org_id(), not an argument)
   * that have members or periods in the year, by code.
   */
  reviewedByMeIn(year: number) {
    return this.db.em
      .createQueryBuilder(EmulationGroupEntity, 'g')
      .where('g.reviewer_id = app_org_id()')
      .andWhere(
        `(EXISTS (SELECT 1 FROM membership m WHERE m.group_id = g.id AND m.year = :year)
          OR EXISTS (SELECT 1 FROM period p WHERE p.group_id = g.id AND p.year = :year))`,
        { year },
      )
      .orderBy('g.code', 'ASC')
      .getMany();
  }

  reviewedBy(boardId: string) {
    return this.db.em.findBy(EmulationGroupEntity, { reviewerId: boardId });
  }
}
