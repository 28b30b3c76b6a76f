import { Injectable } from '@nestjs/common';
import { MemberRole, TenantDb } from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { badInput } from '../common/domain-error';
import { GroupsRepository } from '../groups/groups.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { MembershipsRepository } from './memberships.repository';

/** Who belongs to a group in a year, and with which role: the source of every authority of that year. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: MembershipsRepository,
    private readonly groups: GroupsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly periods: PeriodsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  myGroups(actor: RequestActor, year: number) {
    return this.db.run(actor, () => this.repo.membershipsOf(actor.organizationId, year));
  }

  members(actor: RequestActor, groupId: string, year: number) {
    return this.db.run(actor, () => this.repo.members(groupId, year));
  }

  setMembership(
    actor: RequestActor,
    input: {
      groupCode: string;
      year: number;
      organizationCode: string;
      role: MemberRole;
      category?: string | null;
    },
  ) {
    return this.db.run(actor, async (em) => {
      await this.access.authorize(actor, 'group.manage', {});
      if (input.year < 2000 || input.year > 2100) throw badInput('Năm không hợp lệ.');
      const group = await this.groups.requireByCode(input.groupCode);
      const org = await this.organizations.requireByCode(input.organizationCode);
      if (org.kind !== 'DEPARTMENT')
        throw badInput(`Đơn vị "${org.name}" không thể là thành viên cụm/khối thi đua.`);
      if (org.successorId && org.mergedOn && org.mergedOn <= `${input.year}-01-01`) {
        const successor = await this.organizations.byId(org.successorId);
        throw badInput(
          `"${org.name}" đã sáp nhập vào "${successor?.name}" từ ngày ${org.mergedOn}: hãy thêm đơn vị kế thừa.`,
        );
      }
      const category = input.category === undefined ? undefined : input.category?.trim() || null;
      if (category && !/^[\p{L}\p{N}_.-]+$/u.test(category))
        throw badInput(
          `Nhóm đơn vị "${category}" chỉ gồm chữ, số và các dấu "_", ".", "-" (như trong quota.byCategory của quy chế).`,
        );
      if (input.role === 'HEAD') await this.repo.demoteOtherHeads(group.id, input.year, org.id);
      const { before, after } = await this.repo.upsert({
        groupId: group.id,
        organizationId: org.id,
        year: input.year,
        role: input.role,
        ...(category === undefined ? {} : { category }),
      });
      // A new member or a category (format 2 quota.byCategory) changes the year's rankings: recompute them.
      if (!before || (before.category ?? null) !== (after.category ?? null)) {
        for (const period of await this.periods.ofYear(group.id, input.year))
          await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
      }
      await this.audit.record('membership.set', 'membership', after.id, before, after);
      return {
        organization: org,
        group,
        role: input.role,
        year: input.year,
        category: after.category ?? null,
      };
    });
  }
}
