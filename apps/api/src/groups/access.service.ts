import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, MemberRole } from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { forbidden } from '../common/domain-error';
import { GroupsRepository } from './groups.repository';

/**
 * Authority for a year comes from the Membership row of that year (DESIGN §3): the head of 2023 has no
 * authority in 2024 unless re-elected. These checks come first; row-level security repeats them.
 */
@Injectable()
export class AccessService {
  constructor(private readonly groups: GroupsRepository) {}

  async roleOf(actor: RequestActor, group: EmulationGroupEntity, year: number): Promise<MemberRole | null> {
    return this.groups.role(group.id, actor.organizationId, year);
  }

  async requireMember(actor: RequestActor, group: EmulationGroupEntity, year: number): Promise<MemberRole> {
    const role = await this.roleOf(actor, group, year);
    if (!role) throw forbidden(`Đơn vị của bạn không phải thành viên của "${group.name}" năm ${year}.`);
    return role;
  }

  async requireHead(actor: RequestActor, group: EmulationGroupEntity, year: number): Promise<void> {
    if ((await this.roleOf(actor, group, year)) !== 'HEAD') {
      throw forbidden(
        `Chỉ đơn vị cụm/khối trưởng năm ${year} của "${group.name}" được thực hiện thao tác này.`,
      );
    }
  }

  async requireHeadOrPlatform(actor: RequestActor, group: EmulationGroupEntity, year: number): Promise<void> {
    if (actor.organizationKind !== 'PLATFORM') await this.requireHead(actor, group, year);
  }

  requireReviewer(actor: RequestActor, group: EmulationGroupEntity): void {
    if (group.reviewerId !== actor.organizationId) {
      throw forbidden(
        `Chỉ cơ quan thi đua – khen thưởng phụ trách "${group.name}" được thực hiện thao tác này.`,
      );
    }
  }
}
