import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, MemberRole, TenantDb } from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { badInput, conflict } from '../common/domain-error';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { OrganizationsService } from '../organizations/organizations.service';
import { GroupsRepository } from './groups.repository';

const GROUP_CODE = /^[A-Z0-9][A-Z0-9-]{1,62}$/;

@Injectable()
export class GroupsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: GroupsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
  ) {}

  group(actor: RequestActor, code: string) {
    return this.db.run(actor, () => this.repo.byCode(code));
  }

  myGroups(actor: RequestActor, year: number) {
    return this.db.run(actor, () => this.repo.membershipsOf(actor.organizationId, year));
  }

  members(actor: RequestActor, groupId: string, year: number) {
    return this.db.run(actor, () => this.repo.members(groupId, year));
  }

  regulation(actor: RequestActor, groupId: string, year: number) {
    return this.db.run(actor, () => this.repo.latestRegulation(groupId, year));
  }

  createGroup(
    actor: RequestActor,
    input: { code: string; name: string; kind: EmulationGroupEntity['kind']; reviewerCode: string },
  ) {
    OrganizationsService.requirePlatform(actor);
    if (!GROUP_CODE.test(input.code))
      throw badInput('Mã cụm/khối chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang (ví dụ "CTD-VIII").');
    if (!input.name.trim()) throw badInput('Tên cụm/khối không được để trống.');
    return this.db.run(actor, async () => {
      const reviewer = await this.organizations.requireByCode(input.reviewerCode);
      if (reviewer.kind !== 'AWARD_BOARD')
        throw badInput(`Đơn vị "${reviewer.name}" không phải cơ quan thi đua – khen thưởng.`);
      if (await this.repo.byCode(input.code)) throw conflict(`Đã có cụm/khối mã "${input.code}".`);
      const group = await this.repo.insert({
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        reviewerId: reviewer.id,
      });
      await this.audit.record('group.create', 'emulation_group', group.id, null, group);
      return group;
    });
  }

  setMembership(
    actor: RequestActor,
    input: { groupCode: string; year: number; organizationCode: string; role: MemberRole },
  ) {
    OrganizationsService.requirePlatform(actor);
    if (input.year < 2000 || input.year > 2100) throw badInput('Năm không hợp lệ.');
    return this.db.run(actor, async () => {
      const group = await this.repo.requireByCode(input.groupCode);
      const org = await this.organizations.requireByCode(input.organizationCode);
      if (org.kind !== 'DEPARTMENT')
        throw badInput(`Đơn vị "${org.name}" không thể là thành viên cụm/khối thi đua.`);
      if (org.successorId && org.mergedOn && org.mergedOn <= `${input.year}-01-01`) {
        const successor = await this.organizations.byId(org.successorId);
        throw badInput(
          `"${org.name}" đã sáp nhập vào "${successor?.name}" từ ngày ${org.mergedOn}: hãy thêm đơn vị kế thừa.`,
        );
      }
      if (input.role === 'HEAD') await this.repo.demoteOtherHeads(group.id, input.year, org.id);
      const { before, after } = await this.repo.upsertMembership({
        groupId: group.id,
        organizationId: org.id,
        year: input.year,
        role: input.role,
      });
      await this.audit.record('membership.set', 'membership', after.id, before, after);
      return { organization: org, group, role: input.role, year: input.year };
    });
  }
}
