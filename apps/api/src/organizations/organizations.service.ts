import { Injectable } from '@nestjs/common';
import { ORGANIZATION_KINDS, OrganizationEntity, OrganizationKind, TenantDb, UserEntity } from '@thidua/db';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';
import { AuditService } from '../database/audit.service';
import { badInput, conflict, forbidden } from '../common/domain-error';
import { OrganizationsRepository } from './organizations.repository';

const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Platform-admin onboarding of organizations and their users, and the directory everyone reads. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: OrganizationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  me(actor: RequestActor) {
    return this.db.run(actor, async () => {
      const user = await this.repo.userById(actor.userId);
      const org = await this.repo.byId(actor.organizationId);
      if (!user || !org) throw forbidden('Tài khoản không còn hiệu lực.');
      return { ...user, organization: org };
    });
  }

  /** The whole directory with each merger's successor, for the admin's onboarding screens. */
  organizations(actor: RequestActor) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'organization.manage', {});
      const all = await this.repo.all();
      return all.map((o) => ({ ...o, successor: all.find((s) => s.id === o.successorId) ?? null }));
    });
  }

  createOrganization(
    actor: RequestActor,
    input: { code: string; name: string; kind: string; province?: string | null },
  ) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'organization.manage', {});
      if (!CODE.test(input.code))
        throw badInput('Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ "sct-gia-lai").');
      if (!ORGANIZATION_KINDS.includes(input.kind as OrganizationKind)) {
        throw badInput(`Loại đơn vị phải là một trong: ${ORGANIZATION_KINDS.join(', ')}.`);
      }
      if (!input.name.trim()) throw badInput('Tên đơn vị không được để trống.');
      if (await this.repo.byCode(input.code)) throw conflict(`Đã có đơn vị mã "${input.code}".`);
      const org = await this.repo.insert({
        code: input.code,
        name: input.name.trim(),
        kind: input.kind as OrganizationKind,
        province: input.province?.trim() || null,
      });
      await this.audit.record('organization.create', 'organization', org.id, null, org);
      return org;
    });
  }

  /** Records a merger (e.g. the 2025 province mergers): history stays under the old name. */
  mergeOrganization(actor: RequestActor, code: string, successorCode: string, from: string) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'organization.manage', {});
      if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw badInput('Ngày sáp nhập phải có dạng YYYY-MM-DD.');
      const org = await this.repo.requireByCode(code);
      const successor = await this.repo.requireByCode(successorCode);
      if (org.id === successor.id) throw badInput('Một đơn vị không thể sáp nhập vào chính nó.');
      await this.repo.update(org.id, { successorId: successor.id, mergedOn: from });
      const after: OrganizationEntity = { ...org, successorId: successor.id, mergedOn: from };
      await this.audit.record('organization.merge', 'organization', org.id, org, after);
      return { ...after, successor };
    });
  }

  createUser(
    actor: RequestActor,
    input: { organizationCode: string; email: string; fullName: string; password: string },
  ) {
    const email = input.email.trim().toLowerCase();
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'organization.manage', {});
      if (!EMAIL.test(email)) throw badInput('Địa chỉ email không hợp lệ.');
      if (!input.fullName.trim()) throw badInput('Họ tên không được để trống.');
      const org = await this.repo.requireByCode(input.organizationCode);
      assertPasswordPolicy(input.password, { email, organizationCode: org.code });
      if (await this.repo.userByEmail(email)) throw conflict(`Email "${email}" đã được sử dụng.`);
      const saved: UserEntity = await this.repo.insertUser({
        organizationId: org.id,
        email,
        fullName: input.fullName.trim(),
        passwordHash: await hashPassword(input.password),
      });
      const user = { id: saved.id, email, fullName: saved.fullName, organizationId: org.id };
      await this.audit.record('user.create', 'user', user.id, null, user);
      return { ...user, organization: org };
    });
  }
}
