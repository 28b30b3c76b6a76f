import { Injectable } from '@nestjs/common';
import { MemberFactEntity, PeriodKind, TenantDb } from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import { regulationFact } from '@thidua/scoring';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput, conflict, forbidden } from '../common/domain-error';
import { AuditService } from '../database/audit.service';
import { GroupsRepository } from '../groups/groups.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import { MemberFact } from './fact.types';
import { FactsRepository } from './facts.repository';

const SETTABLE = new Set(['OPEN', 'SCORING']);

export interface SetFactInput {
  groupCode: string;
  year: number;
  kind: PeriodKind;
  memberCode: string;
  factId: string;
  value: boolean;
  reason: string;
}

/**
 * Format 2 facts (REGULATION.md): set with a reason by the head of the year, or by the group's award board
 * alone for a fact with `setBy: BOARD`. Like a score, each change recomputes the ranking through the outbox.
 */
@Injectable()
export class FactsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: FactsRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  setFact(actor: RequestActor, input: SetFactInput) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(input.groupCode);
      const scope = { group, year: input.year };
      // Neither the head nor the board: refused before anything of the group's regulation is told.
      if (!(await this.access.can(actor, 'fact.setBoard', scope)))
        await this.access.authorize(actor, 'fact.set', scope);
      const period = await this.periods.requireOpen(group, input.year, input.kind, 'thông tin xác nhận');
      if (!SETTABLE.has(period.state))
        throw conflict('Kết quả kỳ này đã công bố: thông tin xác nhận đã khóa.');
      const regulation = await this.regulations.ofPeriod(period);
      const fact = regulation ? regulationFact(regulation, input.factId) : undefined;
      if (!fact) {
        const known = (regulation?.facts ?? []).map((f) => f.id);
        throw badInput(
          `Quy chế không khai báo thông tin xác nhận (fact) mã "${input.factId}"${known.length ? ` (các mã có: ${known.join(', ')})` : ''}.`,
          { problems: [{ path: 'factId', message: 'Thông tin xác nhận không có trong quy chế' }] },
        );
      }
      if (fact.setBy === 'PORTAL')
        throw badInput(
          `Thông tin "${fact.title}" do hệ thống tự ghi nhận khi đơn vị ký giao ước, đăng ký thi đua; không xác nhận bằng tay được.`,
          { problems: [{ path: 'factId', message: 'Thông tin do hệ thống tự ghi nhận' }] },
        );
      if (fact.setBy === 'BOARD') {
        if (await this.access.can(actor, 'fact.set', scope))
          throw forbidden(
            `Thông tin "${fact.title}" do cơ quan thi đua – khen thưởng phụ trách cụm/khối xác nhận; cụm/khối trưởng không xác nhận được.`,
          );
        await this.access.authorize(actor, 'fact.setBoard', scope);
      } else {
        await this.access.authorize(actor, 'fact.set', scope);
      }
      const reason = input.reason.trim();
      if (!reason)
        throw badInput(`Cần ghi lý do khi xác nhận thông tin "${fact.title}".`, {
          problems: [{ path: 'reason', message: 'Cần ghi lý do' }],
        });
      const member = await this.organizations.requireByCode(input.memberCode);
      if (!(await this.access.membership(member.id, group, input.year)))
        throw badInput(`"${member.name}" không phải thành viên của "${group.name}" năm ${input.year}.`);

      const { before, after } = await this.repo.upsert(period, {
        memberId: member.id,
        factId: fact.id,
        value: input.value,
        reason,
        setById: actor.organizationId,
        setByUserId: actor.userId,
      });
      await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
      await this.audit.record('fact.set', 'member_fact', after.id, before && pick(before), pick(after), {
        scope: { groupId: group.id, year: input.year, kind: input.kind },
        keep: ['memberId', 'factId', 'reason'],
      });
      return true;
    });
  }

  /** The head and the board see every fact of the period; a member sees those about itself. */
  facts(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind): Promise<MemberFact[]> {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'fact.read', { group, year });
      const seesAll = await this.access.can(actor, 'fact.readAll', { group, year });
      const period = await this.periods.require(group, year, kind);
      const regulation = await this.regulations.ofPeriod(period);
      const rows = await this.repo.forPeriod(period.id);
      return rows
        .filter((f) => seesAll || f.memberId === actor.organizationId)
        .map((f) => ({
          member: f.member!,
          factId: f.factId,
          title: (regulation && regulationFact(regulation, f.factId)?.title) ?? f.factId,
          value: f.value,
          reason: f.reason,
          setBy: f.setBy!,
          setAt: f.setAt,
        }));
    });
  }
}

const pick = (f: Pick<MemberFactEntity, 'memberId' | 'factId' | 'value' | 'reason' | 'setById'>) => ({
  memberId: f.memberId,
  factId: f.factId,
  value: f.value,
  reason: f.reason,
  setById: f.setById,
});
