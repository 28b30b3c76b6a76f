import { Injectable } from '@nestjs/common';
import { MembershipEntity, TenantDb } from '@thidua/db';
import { updatedOne } from '../database/updated';

@Injectable()
export class MembershipsRepository {
  constructor(private readonly db: TenantDb) {}

  members(groupId: string, year: number) {
    return this.db.em.find(MembershipEntity, {
      where: { groupId, year },
      relations: { organization: true },
      order: { role: 'ASC' },
    });
  }

  membershipsOf(organizationId: string, year: number) {
    return this.db.em.find(MembershipEntity, {
      where: { organizationId, year },
      relations: { organization: true, group: true },
    });
  }

  /** A category left undefined keeps the one the membership has. */
  async upsert(
    m: Pick<MembershipEntity, 'groupId' | 'organizationId' | 'year' | 'role'> &
      Partial<Pick<MembershipEntity, 'category'>>,
  ) {
    const existing = await this.db.em.findOneBy(MembershipEntity, {
      groupId: m.groupId,
      organizationId: m.organizationId,
      year: m.year,
    });
    if (existing) {
      const patch = { role: m.role, ...(m.category === undefined ? {} : { category: m.category }) };
      await updatedOne(this.db.em.update(MembershipEntity, { id: existing.id }, patch));
      return { before: existing, after: { ...existing, ...patch } };
    }
    return {
      before: null,
      after: await this.db.em.save(MembershipEntity, this.db.em.create(MembershipEntity, m)),
    };
  }

  /** The head of a year is unique: setting a new one demotes the previous head to member. */
  demoteOtherHeads(groupId: string, year: number, keepOrganizationId: string) {
    return this.db.em
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ role: 'MEMBER' })
      .where('group_id = :groupId AND year = :year AND role = :role AND organization_id <> :keep', {
        groupId,
        year,
        role: 'HEAD',
        keep: keepOrganizationId,
      })
      .execute();
  }
}
