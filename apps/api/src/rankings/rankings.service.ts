import { Injectable } from '@nestjs/common';
import {
  EmulationGroupEntity,
  loadRankingInputs,
  PeriodEntity,
  PeriodKind,
  RankingSnapshotDetail,
  RankingSnapshotEntity,
  TenantDb,
} from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { badInput, conflict, notFound } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { ExplanationsService } from '../explanations/explanations.service';
import { GroupsRepository } from '../groups/groups.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { Ranking, RankingDetails } from './ranking.types';
import { RankingsRepository } from './rankings.repository';

@Injectable()
export class RankingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: RankingsRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly explanations: ExplanationsService,
  ) {}

  /** The head sees the live ranking; members and the board see it once published. */
  ranking(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async () => {
      const { group, live } = await this.readers(actor, groupCode, year);
      const period = await this.periods.find(group.id, year, kind);
      const snapshot = period && (await this.repo.latest(period.id, !live));
      return snapshot ? this.view(actor, snapshot, group, period) : null;
    });
  }

  /** What a subscriber to the period's ranking follows: every version (live) or only the published ones. */
  following(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async () => {
      const { group, live } = await this.readers(actor, groupCode, year);
      return { periodId: (await this.periods.require(group, year, kind)).id, live };
    });
  }

  /** The head and the board read the live ranking; the other members only what was published. */
  private async readers(actor: RequestActor, groupCode: string, year: number) {
    const group = await this.groups.requireByCode(groupCode);
    const live = await this.access.can(actor, 'ranking.readLive', { group, year });
    if (!live) await this.access.authorize(actor, 'ranking.read', { group, year });
    return { group, live };
  }

  publish(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'ranking.publish', { group, year });
      const period = await this.periods.requireOpen(group, year, kind, 'kết quả xếp hạng');
      if (period.state === 'PUBLISHED' || period.state === 'REVIEWED')
        throw conflict('Kết quả kỳ này đã được công bố.');
      await this.explanations.assertOver(period);
      const snapshot = await this.repo.latest(period.id, false);
      if (!snapshot)
        throw conflict('Chưa có bảng xếp hạng: hệ thống đang tính, vui lòng thử lại sau giây lát.');
      const { hash } = await loadRankingInputs(em, period.id, new Date());
      if (hash !== snapshot.inputHash) {
        throw conflict(
          'Bảng xếp hạng đang được tính lại theo dữ liệu mới nhất; vui lòng thử lại sau vài giây.',
        );
      }
      // A republished ranking (after the board returned it) waits for a fresh decision.
      const publication = {
        publishedAt: new Date(),
        reviewState: 'PENDING' as const,
        reviewReason: null,
        decisionNumber: null,
        reviewedAt: null,
      };
      await this.repo.update(snapshot.id, publication);
      await this.periods.setState(period.id, 'PUBLISHED');
      await this.repo.acceptSubmissions(group.id, year, kind);
      await this.notifications.sendToMembers(actor, 'RANKING_PUBLISHED', group, year, { periodKind: kind });
      await this.audit.record(
        'ranking.publish',
        'ranking_snapshot',
        snapshot.id,
        null,
        {
          version: snapshot.version,
          groupCode,
          year,
          kind,
        },
        { scope: { groupId: group.id, year, kind } },
      );
      return this.view(actor, { ...snapshot, ...publication }, group, period);
    });
  }

  forReview(actor: RequestActor, year: number) {
    return this.db.run(actor, async () => {
      await this.access.authorize(actor, 'ranking.listForReview', {});
      const groups = await this.groups.reviewedBy(actor.organizationId);
      const snapshots = await this.repo.publishedForGroups(
        groups.map((g) => g.id),
        year,
      );
      return Promise.all(
        snapshots.map((s) =>
          this.view(
            actor,
            s,
            groups.find((g) => g.id === s.groupId)!,
          ),
        ),
      );
    });
  }

  review(
    actor: RequestActor,
    input: { rankingId: string; approve: boolean; reason?: string | null; decisionNumber?: string | null },
  ) {
    const reason = input.reason?.trim() || null;
    const decisionNumber = input.decisionNumber?.trim() || null;
    if (input.approve && !decisionNumber) throw badInput('Cần ghi số quyết định khi phê duyệt.');
    if (!input.approve && !reason) throw badInput('Cần ghi lý do khi trả lại kết quả xếp hạng.');
    return this.db.run(actor, async () => {
      const snapshot = await this.repo.byId(input.rankingId);
      if (!snapshot) throw notFound('Không tìm thấy bảng xếp hạng.');
      await this.access.authorize(actor, 'ranking.review', {
        period: await this.periods.byId(snapshot.periodId),
      });
      const group = (await this.groups.byId(snapshot.groupId))!;
      if (!snapshot.publishedAt || snapshot.reviewState !== 'PENDING')
        throw conflict('Bảng xếp hạng này không ở trạng thái chờ xét duyệt.');
      const patch = {
        reviewState: input.approve ? ('APPROVED' as const) : ('REJECTED' as const),
        reviewReason: reason,
        decisionNumber,
        reviewedAt: new Date(),
      };
      await this.repo.update(snapshot.id, patch);
      // A rejected ranking goes back to the head for corrections and a new publication.
      await this.periods.setState(snapshot.periodId, input.approve ? 'REVIEWED' : 'SCORING');
      await (input.approve
        ? this.notifications.sendToMembers(actor, 'RANKING_APPROVED', group, snapshot.year, {
            periodKind: snapshot.kind,
          })
        : this.notifications.sendToMembers(
            actor,
            'RANKING_RETURNED',
            group,
            snapshot.year,
            { periodKind: snapshot.kind, reason: reason! },
            'HEAD',
          ));
      await this.audit.record(
        'ranking.review',
        'ranking_snapshot',
        snapshot.id,
        { reviewState: snapshot.reviewState },
        patch,
        { scope: { groupId: snapshot.groupId, year: snapshot.year, kind: snapshot.kind } },
      );
      return this.view(actor, { ...snapshot, ...patch }, group);
    });
  }

  /** The GraphQL view of a snapshot; its details are read (in a transaction of the actor) only if asked. */
  async view(
    actor: RequestActor,
    s: RankingSnapshotEntity,
    group: EmulationGroupEntity,
    // The snapshot's period, when the caller has it already.
    known?: PeriodEntity | null,
  ): Promise<Ranking> {
    const orgs = new Map(
      (await this.organizations.byIds(s.entries.map((e) => e.organizationId))).map((o) => [o.id, o]),
    );
    const period = known ?? (await this.periods.byId(s.periodId));
    const loading = new Map<RankingSnapshotDetail, Promise<unknown>>();
    const details: RankingDetails = <D extends RankingSnapshotDetail>(detail: D) => {
      if (!loading.has(detail))
        loading.set(
          detail,
          this.db.run(actor, () => this.repo.detail(s.id, detail)),
        );
      return loading.get(detail) as Promise<NonNullable<RankingSnapshotEntity[D]>>;
    };
    return {
      id: s.id,
      group: group as Ranking['group'],
      period: { ...period, group } as unknown as Ranking['period'],
      version: s.version,
      computedAt: s.computedAt,
      published: s.publishedAt !== null,
      reviewState: s.reviewState,
      reviewReason: s.reviewReason,
      decisionNumber: s.decisionNumber,
      reviewedAt: s.reviewedAt,
      details,
      entries: s.entries.map((e) => ({
        organization: orgs.get(e.organizationId)!,
        rank: e.rank,
        total: e.total,
        band: e.band,
        proposals: e.proposals,
        needsDecision: e.needsDecision ?? [],
        facts: e.facts ?? [],
        tieDecisionBy: e.tieDecisionBy ?? null,
        underExplanation: e.underExplanation ?? [],
        details,
      })),
    };
  }
}
