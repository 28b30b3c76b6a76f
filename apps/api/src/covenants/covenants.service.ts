import { Injectable } from '@nestjs/common';
import { CovenantEntity, EmulationGroupEntity, OrganizationEntity, TenantDb } from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import { formatVietnameseDate, STATE_TITLES } from '@thidua/terms';
import { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput, conflict, notFound, refused } from '../common/domain-error';
import { AuditService } from '../database/audit.service';
import { GroupsRepository } from '../groups/groups.repository';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import { Covenant, CovenantCommitmentInput, RegistrableTitle } from './covenant.types';
import { CovenantsRepository } from './covenants.repository';

const MAX_COMMITMENTS = 100;
const MAX_TEXT = 2000;
const MAX_TARGET = 200;
const MAX_TITLES = 50;

export interface PublishCovenantInput {
  groupCode: string;
  year: number;
  commitments: CovenantCommitmentInput[];
  registrationDeadline: Date;
}

/**
 * The start of a group's year (issue 11): the head publishes the covenant, every member signs it and registers
 * the titles it aims for by the deadline. Signing and registering are facts the regulation may use (setBy
 * PORTAL), so each recomputes the year's rankings through the outbox.
 */
@Injectable()
export class CovenantsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: CovenantsRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  covenant(actor: RequestActor, groupCode: string, year: number): Promise<Covenant | null> {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'covenant.read', { group, year });
      const covenant = await this.repo.find(group.id, year);
      return covenant && this.view(actor, group, covenant);
    });
  }

  publish(actor: RequestActor, input: PublishCovenantInput) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(input.groupCode);
      await this.access.authorize(actor, 'covenant.publish', { group, year: input.year });
      const commitments = readCommitments(input.commitments);
      if (Number.isNaN(input.registrationDeadline.getTime()))
        throw badInput('Hạn đăng ký thi đua không phải là một ngày.', {
          problems: [{ path: 'registrationDeadline', message: 'Ngày không hợp lệ' }],
        });
      const existing = await this.repo.find(group.id, input.year);
      if (existing && (await this.repo.signatures(existing.id)).length > 0)
        throw refused(conflict, 'commitments', 'Đã có đơn vị ký giao ước này: giao ước không sửa được nữa.');
      const saved = await this.repo.publish(existing, {
        groupId: group.id,
        year: input.year,
        commitments,
        registrationDeadline: input.registrationDeadline,
        publishedById: actor.organizationId,
        publishedByUserId: actor.userId,
      });
      await this.audit.record(
        'covenant.publish',
        'covenant',
        saved.id,
        existing && pick(existing),
        pick(saved),
        {},
      );
      return this.view(actor, group, (await this.repo.find(group.id, input.year))!);
    });
  }

  sign(actor: RequestActor, groupCode: string, year: number) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'covenant.sign', { group, year });
      const covenant = await this.require(group, year);
      const own = (await this.repo.signatures(covenant.id)).find((s) => s.memberId === actor.organizationId);
      if (own)
        throw refused(
          conflict,
          'signature',
          `Đơn vị đã ký giao ước này ngày ${formatVietnameseDate(own.signedAt)}.`,
        );
      const signature = await this.repo.sign(
        covenant,
        actor.organizationId,
        actor.userId,
        await this.repo.emailOf(actor.userId),
      );
      await this.recompute(em, group, year);
      await this.audit.record('covenant.sign', 'covenant_signature', signature.id, null, {
        covenantId: covenant.id,
        memberId: actor.organizationId,
      });
      return this.view(actor, group, covenant);
    });
  }

  register(actor: RequestActor, groupCode: string, year: number, titleIds: string[]) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'registration.set', { group, year });
      const covenant = await this.require(group, year);
      if (Date.now() > covenant.registrationDeadline.getTime())
        throw refused(
          conflict,
          'titles',
          `Đã quá hạn đăng ký thi đua (${formatVietnameseDate(covenant.registrationDeadline)}): không đăng ký hoặc sửa được nữa.`,
        );
      const titles = await this.readTitles(group, year, titleIds);
      const { before, after } = await this.repo.register({
        groupId: group.id,
        year,
        memberId: actor.organizationId,
        titles,
        registeredByUserId: actor.userId,
        registeredByEmail: await this.repo.emailOf(actor.userId),
        registeredAt: new Date(),
      });
      await this.recompute(em, group, year);
      await this.audit.record(
        'registration.set',
        'title_registration',
        after.id,
        before && { titles: before.titles },
        { memberId: actor.organizationId, titles },
        { keep: ['memberId'] },
      );
      return this.view(actor, group, covenant);
    });
  }

  private async require(group: EmulationGroupEntity, year: number): Promise<CovenantEntity> {
    const covenant = await this.repo.find(group.id, year);
    if (!covenant) throw notFound(`${group.name} chưa ban hành giao ước thi đua năm ${year}.`);
    return covenant;
  }

  /** The group's awards of the year's regulation (either period's), then the State titles. */
  private async registrable(group: EmulationGroupEntity, year: number): Promise<RegistrableTitle[]> {
    const titles = new Map<string, string>();
    for (const kind of ['H1', 'FY'] as const) {
      const regulation = await this.regulations.forPeriod(group.id, year, kind);
      for (const award of regulation?.awards ?? []) titles.set(award.id, award.title);
    }
    for (const t of STATE_TITLES) titles.set(t.id, t.title);
    return [...titles].map(([id, title]) => ({ id, title }));
  }

  private async readTitles(group: EmulationGroupEntity, year: number, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.trim()))];
    if (unique.length === 0 || unique.length > MAX_TITLES)
      throw badInput(`Hãy chọn từ 1 đến ${MAX_TITLES} danh hiệu, hình thức khen thưởng để đăng ký.`, {
        problems: [{ path: 'titles', message: 'Chưa chọn danh hiệu nào' }],
      });
    const known = await this.registrable(group, year);
    const unknown = unique.filter((id) => !known.some((t) => t.id === id));
    if (unknown.length)
      throw badInput(
        `Không có danh hiệu, hình thức khen thưởng mã ${unknown.map((id) => `"${id.slice(0, 64)}"`).join(', ')} để đăng ký (có: ${known.map((t) => t.id).join(', ')}).`,
        { problems: [{ path: 'titles', message: 'Danh hiệu không có trong danh sách đăng ký' }] },
      );
    return unique;
  }

  /** Both periods of the year, where they exist: "signed" and "registered" are facts of the year. */
  private async recompute(em: EntityManager, group: EmulationGroupEntity, year: number) {
    for (const period of await this.periods.ofYear(group.id, year))
      await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
  }

  private async view(
    actor: RequestActor,
    group: EmulationGroupEntity,
    covenant: CovenantEntity,
  ): Promise<Covenant> {
    const seesAll = await this.access.can(actor, 'covenant.readAll', { group, year: covenant.year });
    const titles = await this.registrable(group, covenant.year);
    const titleOf = (id: string) => ({ id, title: titles.find((t) => t.id === id)?.title ?? id });
    const signatures = await this.repo.signatures(covenant.id);
    const registrations = await this.repo.registrations(group.id, covenant.year);
    const members = seesAll ? await this.memberships.members(group.id, covenant.year) : [];
    const missing = (done: { memberId: string }[]) =>
      members
        .filter((m) => !done.some((d) => d.memberId === m.organizationId))
        .map((m) => m.organization as OrganizationEntity)
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return {
      id: covenant.id,
      year: covenant.year,
      commitments: covenant.commitments,
      registrationDeadline: covenant.registrationDeadline,
      publishedAt: covenant.publishedAt,
      publishedBy: covenant.publishedBy as OrganizationEntity,
      registrableTitles: titles,
      signatures: signatures.map((s) => ({
        member: s.member as OrganizationEntity,
        signedAt: s.signedAt,
        signedBy: s.signedByEmail,
      })),
      registrations: registrations.map((r) => ({
        member: r.member as OrganizationEntity,
        titles: r.titles.map(titleOf),
        registeredAt: r.registeredAt,
        registeredBy: r.registeredByEmail,
      })),
      notSigned: missing(signatures),
      notRegistered: missing(registrations),
    };
  }
}

/** Numbered in the order given; text and target trimmed and bounded. */
function readCommitments(input: CovenantCommitmentInput[]) {
  if (input.length === 0 || input.length > MAX_COMMITMENTS)
    throw badInput(`Giao ước cần từ 1 đến ${MAX_COMMITMENTS} nội dung cam kết.`, {
      problems: [{ path: 'commitments', message: 'Số nội dung cam kết không hợp lệ' }],
    });
  return input.map((c, i) => {
    const text = c.text.trim();
    const target = c.target?.trim() || null;
    if (!text || text.length > MAX_TEXT)
      throw badInput(`Nội dung cam kết ${i + 1} cần có chữ và không dài quá ${MAX_TEXT} ký tự.`, {
        problems: [{ path: `commitments.${i}.text`, message: 'Nội dung cam kết không hợp lệ' }],
      });
    if (target && target.length > MAX_TARGET)
      throw badInput(`Chỉ tiêu của cam kết ${i + 1} dài quá ${MAX_TARGET} ký tự.`, {
        problems: [{ path: `commitments.${i}.target`, message: 'Chỉ tiêu quá dài' }],
      });
    return { number: i + 1, text, target };
  });
}

const pick = (c: Pick<CovenantEntity, 'commitments' | 'registrationDeadline'>) => ({
  commitments: c.commitments,
  registrationDeadline: c.registrationDeadline,
});
