import { Injectable } from '@nestjs/common';
import {
  EmulationGroupEntity,
  MemberRole,
  MembershipEntity,
  PeriodEntity,
  PeriodKind,
  RegulationEntity,
  TenantDb,
} from '@thidua/db';
import { In } from 'typeorm';
import { notFound } from '../common/domain-error';

@Injectable()
export class GroupsRepository {
  constructor(private readonly db: TenantDb) {}

  byCode(code: string) {
    return this.db.em.findOneBy(EmulationGroupEntity, { code });
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

  role(groupId: string, organizationId: string, year: number): Promise<MemberRole | null> {
    return this.db.em
      .findOneBy(MembershipEntity, { groupId, organizationId, year })
      .then((m) => m?.role ?? null);
  }

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

  async upsertMembership(m: Pick<MembershipEntity, 'groupId' | 'organizationId' | 'year' | 'role'>) {
    const existing = await this.db.em.findOneBy(MembershipEntity, {
      groupId: m.groupId,
      organizationId: m.organizationId,
      year: m.year,
    });
    if (existing) {
      await this.db.em.update(MembershipEntity, { id: existing.id }, { role: m.role });
      return { before: existing, after: { ...existing, role: m.role } };
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

  latestRegulation(groupId: string, year: number) {
    return this.db.em.findOne(RegulationEntity, { where: { groupId, year }, order: { version: 'DESC' } });
  }

  regulationById(id: string) {
    return this.db.em.findOneBy(RegulationEntity, { id });
  }

  period(groupId: string, year: number, kind: PeriodKind) {
    return this.db.em.findOneBy(PeriodEntity, { groupId, year, kind });
  }

  periodsOf(groupIds: string[]) {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.db.em.findBy(PeriodEntity, { groupId: In([...new Set(groupIds)]) });
  }

  async requirePeriod(group: EmulationGroupEntity, year: number, kind: PeriodKind): Promise<PeriodEntity> {
    const period = await this.period(group.id, year, kind);
    if (!period) {
      throw notFound(
        `Cụm/khối "${group.code}" chưa có kỳ ${kind === 'H1' ? '6 tháng' : 'cả năm'} ${year} (chưa ban hành quy chế).`,
      );
    }
    return period;
  }
}
