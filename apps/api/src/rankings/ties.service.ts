import { Injectable } from '@nestjs/common';
import { PeriodKind, TenantDb } from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import { checkTieDecision, TIE_BODY_VI } from '@thidua/scoring';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput, conflict } from '../common/domain-error';
import { AuditService } from '../database/audit.service';
import { GroupsRepository } from '../groups/groups.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import { Ranking } from './ranking.types';
import { RankingsRepository } from './rankings.repository';
import { RankingsService } from './rankings.service';
import { TiesRepository } from './ties.repository';

const SETTLEABLE = new Set(['OPEN', 'SCORING']);

/**
 * Format 2 `decision` tie-breaks (REGULATION.md): members still tied there are marked for the named body,
 * which records their order with settleTie; one call orders one group of tied members, checked against the
 * latest computed ranking. The order is an input like a score: it recomputes the ranking through the outbox.
 */
@Injectable()
export class TiesService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: TiesRepository,
    private readonly rankings: RankingsRepository,
    private readonly rankingViews: RankingsService,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  settleTie(
    actor: RequestActor,
    input: { groupCode: string; year: number; kind: PeriodKind; order: string[] },
  ): Promise<Ranking> {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(input.groupCode);
      const scope = { group, year: input.year };
      // Neither the head nor the board: refused before anything of the group's regulation is told.
      if (!(await this.access.can(actor, 'tie.settleBoard', scope)))
        await this.access.authorize(actor, 'tie.settle', scope);
      const period = await this.periods.requireOpen(
        group,
        input.year,
        input.kind,
        'thứ tự các đơn vị đồng hạng',
      );
      if (!SETTLEABLE.has(period.state))
        throw conflict('Kết quả kỳ này đã công bố: thứ tự các đơn vị đồng hạng đã khóa.');
      const regulation = await this.regulations.ofPeriod(period);
      // The body the regulation's `decision` tie-break names (validated: only ever the last tie-break).
      const by = regulation?.tieBreaks.find((t) => t.type === 'decision')?.by;
      if (!regulation || !by)
        throw badInput(
          'Quy chế kỳ này không có tiêu chí phân định "quyết định" (decision): các đơn vị đồng hạng được xếp theo các tiêu chí phụ của quy chế, không cần ai quyết định thứ tự.',
        );
      await this.access.authorize(actor, by === 'BOARD' ? 'tie.settleBoard' : 'tie.settle', scope);

      const codes = input.order.map((c) => c.trim());
      const members = [];
      for (const code of new Set(codes)) members.push(await this.organizations.requireByCode(code));
      const idOf = new Map(members.map((m) => [m.code, m.id]));
      const ids = codes.map((code) => idOf.get(code)!);
      const membersKey = [...new Set(ids)].sort().join(',');

      const snapshot = await this.rankings.latest(period.id, false);
      if (!snapshot)
        throw conflict('Chưa có bảng xếp hạng: hệ thống đang tính, vui lòng thử lại sau giây lát.');
      const entries = snapshot.entries.map((e) => ({
        memberId: e.organizationId,
        rank: e.rank,
        tieDecisionBy: e.tieDecisionBy ?? null,
      }));
      // An order already recorded may be given again (its members are no longer shown as tied).
      const recorded = (await this.repo.forPeriod(period.id)).map((d) => ({
        by: d.decidedBy,
        order: d.memberOrder,
      }));
      const problems = checkTieDecision(regulation, entries, { by, order: ids }, recorded);
      if (problems.length) {
        // The engine names members by id: told by name and code, with the groups awaiting the body's order.
        const tied = new Map<number, string[]>();
        for (const e of entries)
          if (e.tieDecisionBy === by) tied.set(e.rank, [...(tied.get(e.rank) ?? []), e.memberId]);
        const names = new Map(
          (await this.organizations.byIds([...new Set([...ids, ...[...tied.values()].flat()])])).map((o) => [
            o.id,
            `${o.name} (${o.code})`,
          ]),
        );
        const named = (message: string) =>
          [...names].reduce((text, [id, name]) => text.split(id).join(name), message);
        const groupsTold = [...tied.entries()]
          .sort(([a], [b]) => a - b)
          .map(([rank, g]) => `hạng ${rank}: ${g.map((id) => names.get(id) ?? id).join(', ')}`);
        const awaiting = groupsTold.length
          ? ` Các nhóm đơn vị đồng hạng đang chờ ${TIE_BODY_VI[by]} quyết định: ${groupsTold.join('; ')}.`
          : ` Bảng xếp hạng mới nhất không có nhóm đơn vị đồng hạng nào chờ ${TIE_BODY_VI[by]} quyết định thứ tự.`;
        throw badInput(`${problems.map((p) => named(p.message)).join('; ')}.${awaiting}`, {
          problems: problems.map((p) => ({ path: p.path, message: named(p.message) })),
        });
      }

      const { before, after } = await this.repo.upsert(period, {
        decidedBy: by,
        membersKey,
        memberOrder: ids,
        setById: actor.organizationId,
        setByUserId: actor.userId,
      });
      await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
      await this.audit.record(
        'tie.settle',
        'tie_decision',
        after.id,
        before && { decidedBy: before.decidedBy, order: before.memberOrder },
        { decidedBy: by, order: ids, codes },
        { scope: { groupId: group.id, year: input.year, kind: input.kind } },
      );
      return this.rankingViews.view(actor, snapshot, group);
    });
  }
}
