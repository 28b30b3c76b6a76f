import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, OrganizationEntity, PeriodEntity, PeriodKind, TenantDb } from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import {
  checkScoreInput,
  checkScoreInputAs,
  isScoreMarkWithdrawal,
  Regulation,
  ScoreInput as EngineScoreInput,
  ScorerRole,
  scoreTarget,
} from '@thidua/scoring';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { badInput, conflict, forbidden } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { GroupsRepository } from '../groups/groups.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import { ScoreInput } from './score.types';
import { ScoresRepository } from './scores.repository';

const SCORABLE = new Set(['OPEN', 'SCORING']);

@Injectable()
export class ScoresService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: ScoresRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  setScore(actor: RequestActor, input: ScoreInput) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(input.groupCode);
      const { period, regulation } = await this.openPeriod(group, input.year, input.kind);
      const member = await this.organizations.requireByCode(input.memberCode);
      const notApplicable = input.notApplicable === true;
      const score: EngineScoreInput = {
        criterionId: input.criterionId,
        points: input.points,
        count: input.count,
        reason: input.reason,
        notApplicable,
      };
      const roles = await this.scorerRoles(actor, group, input.year, regulation, score);
      // Who may give this score is the engine's (checkScoreInputAs): the actor gives it in the first of its
      // roles that may; when none may, refused (FORBIDDEN) with the engine's reason for the first.
      const own = checkScoreInput(regulation, score);
      const refusals = roles.map((role) =>
        checkScoreInputAs(regulation, score, role).filter(
          (p) => !own.some((o) => o.path === p.path && o.message === p.message),
        ),
      );
      const chosen = refusals.findIndex((r) => r.length === 0);
      if (chosen < 0) throw forbidden(refusals[0].map((p) => p.message).join(' '));
      if (roles[chosen] === 'CROSS' && member.id === actor.organizationId)
        throw forbidden('Khi chấm chéo, đơn vị không chấm điểm cho chính mình.');
      if (!(await this.access.membership(member.id, group, input.year))) {
        throw badInput(`"${member.name}" không phải thành viên của "${group.name}" năm ${input.year}.`);
      }
      // A not-applicable mark (an optional criterion, with a reason) is checked as a mark: its points are not read.
      if (own.length) throw badInput(own.map((p) => p.message).join(' '), { problems: own });
      if (isScoreMarkWithdrawal(regulation, score))
        return this.withdrawMark(actor, group, period, member, input);

      const { before, after } = await this.repo.upsert(period, {
        memberId: member.id,
        scorerId: actor.organizationId,
        criterionId: input.criterionId,
        points: notApplicable ? '0' : input.points,
        count: notApplicable ? null : (input.count ?? null),
        reason: input.reason?.trim() || null,
        notApplicable,
      });
      await this.repo.markScoring(period);
      await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
      await this.audit.record('score.set', 'score', after.id, before && pick(before), pick(after), {
        scope: { groupId: group.id, year: input.year, kind: input.kind },
        keep: ['memberId', 'criterionId', 'reason'],
      });
      const scorer = await this.organizations.byId(actor.organizationId);
      return { ...after, member, scorer };
    });
  }

  /**
   * Withdraws the head's not-applicable mark on an optional parent criterion (a parent has no score of its own,
   * so its row goes), audited and recomputed like any score. Returns the criterion as it now stands: applicable.
   */
  private async withdrawMark(
    actor: RequestActor,
    group: EmulationGroupEntity,
    period: PeriodEntity,
    member: OrganizationEntity,
    input: ScoreInput,
  ) {
    const mark = await this.repo.find(period.id, member.id, input.criterionId, actor.organizationId);
    if (!mark?.notApplicable) {
      throw badInput(
        `Tiêu chí "${input.criterionId}" của "${member.name}" chưa được đánh dấu không áp dụng: không có gì để bỏ.`,
      );
    }
    await this.repo.remove(mark);
    await enqueueInOutbox(this.db.em, 'ranking', { groupId: group.id, periodId: period.id });
    const reason = input.reason?.trim() || null;
    await this.audit.record(
      'score.set',
      'score',
      mark.id,
      pick(mark),
      { ...pick(mark), reason, notApplicable: false },
      { scope: { groupId: group.id, year: input.year, kind: input.kind }, keep: ['memberId', 'criterionId'] },
    );
    const scorer = await this.organizations.byId(actor.organizationId);
    return { ...mark, points: '0', count: null, reason, notApplicable: false, member, scorer };
  }

  /** The head and the board see every score; a member sees scores about itself and those it gave. */
  scores(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'score.read', { group, year });
      const seesAll = await this.access.can(actor, 'score.readAll', { group, year });
      const period = await this.periods.require(group, year, kind);
      const rows = await this.repo.forPeriod(period.id);
      return seesAll
        ? rows
        : rows.filter((s) => s.memberId === actor.organizationId || s.scorerId === actor.organizationId);
    });
  }

  castVote(
    actor: RequestActor,
    input: { groupCode: string; year: number; kind: PeriodKind; awardId: string; candidateCode: string },
  ) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(input.groupCode);
      await this.access.authorize(actor, 'vote.cast', { group, year: input.year });
      const { period, regulation } = await this.openPeriod(group, input.year, input.kind);
      if (!regulation.voting?.enabled) throw badInput('Quy chế năm nay không tổ chức bỏ phiếu.');
      const award = regulation.awards.find((a) => a.id === input.awardId);
      if (!award) throw badInput(`Quy chế không có danh hiệu "${input.awardId}".`);
      if (!award.eligibility?.requiresVote)
        throw badInput(`Danh hiệu "${award.title}" không xét bằng bỏ phiếu.`);
      const candidate = await this.organizations.requireByCode(input.candidateCode);
      if (!(await this.access.membership(candidate.id, group, input.year))) {
        throw badInput(`"${candidate.name}" không phải thành viên của "${group.name}" năm ${input.year}.`);
      }
      if (candidate.id === actor.organizationId && !regulation.voting.selfVote) {
        throw forbidden('Theo quy chế, đơn vị không được bỏ phiếu cho chính mình.');
      }
      if (await this.repo.vote(period.id, actor.organizationId, award.id)) {
        throw conflict(`Đơn vị đã bỏ phiếu cho danh hiệu "${award.title}" kỳ này.`);
      }
      await this.repo.insertVote(period, {
        voterId: actor.organizationId,
        awardId: award.id,
        candidateId: candidate.id,
      });
      await enqueueInOutbox(em, 'ranking', { groupId: group.id, periodId: period.id });
      await this.audit.record(
        'vote.cast',
        'vote',
        null,
        null,
        { ...input },
        {
          scope: { groupId: group.id, year: input.year, kind: input.kind },
        },
      );
      return true;
    });
  }

  private async openPeriod(group: EmulationGroupEntity, year: number, kind: PeriodKind) {
    const period: PeriodEntity = await this.periods.requireOpen(group, year, kind, 'điểm và phiếu bầu');
    if (!SCORABLE.has(period.state)) throw conflict('Kết quả kỳ này đã công bố: điểm và phiếu bầu đã khóa.');
    const regulation = await this.regulations.forPeriod(group.id, year, kind);
    if (!regulation) throw conflict('Kỳ này chưa có quy chế.');
    return { period, regulation };
  }

  /**
   * The actor's roles as a scorer, for checkScoreInputAs: the group's board (format 2: it scores the
   * `scoredBy: BOARD` criteria); the head of the year, who under cross-scoring scores the criteria as one
   * cross-scorer among the others (bonus items, deductions and not-applicable marks stay its own, as final
   * scorer); under cross-scoring another member. Anyone holding none is refused here; what each role may
   * score is the engine's. (Tests with the application's checks off hold every role: PostgreSQL decides.)
   */
  private async scorerRoles(
    actor: RequestActor,
    group: EmulationGroupEntity,
    year: number,
    regulation: Regulation,
    score: EngineScoreInput,
  ): Promise<ScorerRole[]> {
    const scope = { group, year };
    const crossScored =
      regulation.scoring.final !== 'HEAD' &&
      score.notApplicable !== true &&
      scoreTarget(regulation, score.criterionId)?.kind === 'criterion';
    const roles: ScorerRole[] = [];
    if (
      crossScored
        ? await this.access.can(actor, 'score.cross', scope)
        : await this.access.can(actor, 'score.set', scope)
    )
      roles.push(crossScored ? 'CROSS' : 'HEAD');
    if (await this.access.can(actor, 'score.board', scope)) roles.push('BOARD');
    if (roles.length === 0)
      await this.access.authorize(actor, crossScored ? 'score.cross' : 'score.set', scope);
    return roles;
  }
}

const pick = (s: {
  memberId: string;
  criterionId: string;
  points: string;
  count: number | null;
  reason: string | null;
  notApplicable?: boolean;
}) => ({
  memberId: s.memberId,
  criterionId: s.criterionId,
  // As PostgreSQL's numeric gives it back ("8.0000") or as sent ("8"): one form, so an unchanged score is no change.
  points: s.points.includes('.') ? s.points.replace(/\.?0+$/, '') : s.points,
  count: s.count,
  reason: s.reason,
  // Only when marked, so the audit of a format 1 score reads as before.
  ...(s.notApplicable ? { notApplicable: true } : {}),
});
