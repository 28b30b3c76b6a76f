import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, TenantDb } from '@thidua/db';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { badInput, conflict } from '../common/domain-error';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { GroupsRepository } from './groups.repository';

const GROUP_CODE = /^[A-Z0-9][A-Z0-9-]{1,62}$/;

@Injectable()
export class GroupsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: GroupsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  group(actor: RequestActor, code: string) {
    return this.db.run(actor, () => this.repo.byCode(code));
  }

  groups(actor: RequestActor) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'group.manage', {});
      return this.repo.all();
    });
  }

  /** The award board's groups of the year, whether or not they have a ranking yet (rankingsForReview lists those). */
  forReview(actor: RequestActor, year: number) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'ranking.listForReview', {});
      return this.repo.reviewedByMeIn(year);
    });
  }

  createGroup(
    actor: RequestActor,
    input: { code: string; name: string; kind: EmulationGroupEntity['kind']; reviewerCode: string },
  ) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'group.manage', {});
      if (!GROUP_CODE.test(input.code))
        throw badInput('Mã cụm/khối chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang (ví dụ "CTD-VIII").');
      if (!input.name.trim()) throw badInput('Tên cụm/khối không được để trống.');
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
}
