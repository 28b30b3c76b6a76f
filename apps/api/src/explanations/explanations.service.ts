import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import {
  EmulationGroupEntity,
  ExplanationEntity,
  explanationWindowOpen,
  ExplanationWindowEntity,
  OrganizationEntity,
  PeriodEntity,
  PeriodKind,
  TenantDb,
} from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import { checkScoreInput, disputedIds, Regulation, scoreTarget, TargetKindOf } from '@thidua/scoring';
import { formatVietnameseDate, formatVietnameseDateTime } from '@thidua/terms';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { APP_CONFIG } from '../config.module';
import { badInput, conflict, notFound, refused } from '../common/domain-error';
import { decodeUpload } from '../common/upload';
import { NotificationsService } from '../notifications/notifications.service';
import { AuditService } from '../database/audit.service';
import { evidenceContentType } from '../evidence/file-type';
import { GroupsRepository } from '../groups/groups.repository';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import {
  DecideExplanationInput,
  ExplainScoreInput,
  ExplanationFileInput,
  ExplanationItem,
  ExplanationRound,
} from './explanation.types';
import { ExplanationFile, ExplanationsRepository } from './explanations.repository';

const MAX_TEXT = 4000;
const MAX_FILES = 10;

interface PeriodRef {
  groupCode: string;
  year: number;
  kind: PeriodKind;
}

/** The round's context: the period, its regulation and its head. */
interface Round {
  group: EmulationGroupEntity;
  period: PeriodEntity;
  regulation: Regulation;
  headId: string | null;
}

/**
 * The explanation round (issue 11, giải trình): after scoring, the head opens a window with a deadline; a member
 * explains (text and new evidence) where the head's score departs from its self-score; the head gives a
 * second-round score with a reason, or keeps the first (a reason optional). Every step recomputes the ranking
 * through the outbox: a second-round score counts, and the breakdown marks what is still under explanation.
 * Publication waits for the window to close and for every explanation to be decided.
 */
@Injectable()
export class ExplanationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly repo: ExplanationsRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  round(actor: RequestActor, ref: PeriodRef): Promise<ExplanationRound | null> {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(ref.groupCode);
      await this.access.authorize(actor, 'explanation.read', { group, year: ref.year });
      const round = await this.load(group, ref);
      return (await this.repo.window(round.period.id)) ? this.view(actor, round) : null;
    });
  }

  open(actor: RequestActor, ref: PeriodRef, deadline: Date) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(ref.groupCode);
      await this.access.authorize(actor, 'explanation.window', { group, year: ref.year });
      const round = await this.load(group, ref);
      requireScoring(round.period);
      if (round.regulation.scoring.final !== 'HEAD')
        throw refused(
          conflict,
          'groupCode',
          'Quy chế năm nay chấm chéo: vòng giải trình với điểm của cụm/khối trưởng không áp dụng.',
        );
      if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= Date.now())
        throw refused(badInput, 'deadline', 'Hạn giải trình phải là một thời điểm trong tương lai.');
      const existing = await this.repo.window(round.period.id);
      if (existing)
        throw refused(
          conflict,
          'deadline',
          `Kỳ này đã mở giải trình ngày ${formatVietnameseDate(existing.openedAt)}: mỗi kỳ một lần giải trình.`,
        );
      const window = await this.repo.openWindow(round.period, {
        openedById: actor.organizationId,
        openedByUserId: actor.userId,
        deadline,
      });
      await this.recompute(em, round);
      await this.notifications.sendToMembers(actor, 'EXPLANATION_OPENED', group, ref.year, {
        periodKind: ref.kind,
        deadline: deadline.toISOString(),
      });
      await this.audit.record(
        'explanation.open',
        'explanation_window',
        window.id,
        null,
        { deadline },
        {
          scope: scopeOf(round),
        },
      );
      return this.view(actor, round);
    });
  }

  close(actor: RequestActor, ref: PeriodRef, reason: string) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(ref.groupCode);
      await this.access.authorize(actor, 'explanation.window', { group, year: ref.year });
      const round = await this.load(group, ref);
      const window = await this.requireOpen(round);
      const why = reason.trim();
      if (!why) throw refused(badInput, 'reason', 'Cần ghi lý do khi đóng giải trình trước hạn.');
      const patch = { closedAt: new Date(), closedById: actor.organizationId, closeReason: why };
      await this.repo.closeWindow(window.id, patch);
      await this.recompute(em, round);
      await this.audit.record(
        'explanation.close',
        'explanation_window',
        window.id,
        { deadline: window.deadline },
        { closedAt: patch.closedAt, closeReason: why },
        { scope: scopeOf(round) },
      );
      return this.view(actor, round);
    });
  }

  explain(actor: RequestActor, input: ExplainScoreInput) {
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(input.groupCode);
      await this.access.authorize(actor, 'explanation.explain', { group, year: input.year });
      const text = input.text.trim();
      if (!text || text.length > MAX_TEXT)
        throw refused(badInput, 'text', `Nội dung giải trình cần có chữ và không dài quá ${MAX_TEXT} ký tự.`);
      const files = await this.readFiles(input.evidence ?? []);
      const round = await this.load(group, input);
      requireScoring(round.period);
      const window = await this.requireOpen(round);
      const criterionId = input.criterionId.trim();
      const scores = await this.repo.headScores(round.period.id, round.headId ?? '');
      const own = scores.filter((s) => s.memberId === actor.organizationId);
      const self = (await this.repo.selfScores(round.period)).get(actor.organizationId) ?? {};
      if (!own.some((s) => s.criterionId === criterionId && !s.notApplicable))
        throw refused(
          badInput,
          'criterionId',
          `Cụm/khối trưởng chưa chấm mã "${criterionId.slice(0, 64)}" cho đơn vị: không có điểm để giải trình.`,
        );
      const member = { memberId: actor.organizationId, submittedAt: null, indicators: {}, selfScores: self };
      if (
        !disputedIds({ ...member, scores: own }, round.headId, kindOf(round.regulation)).includes(criterionId)
      )
        throw refused(
          badInput,
          'criterionId',
          `Điểm của cụm/khối trưởng cho mã "${criterionId}" bằng điểm tự chấm: không có gì để giải trình.`,
        );
      const previous = (await this.repo.explanations(round.period.id)).find(
        (e) => e.memberId === actor.organizationId && e.criterionId === criterionId,
      );
      if (previous)
        throw refused(
          conflict,
          'criterionId',
          `Đơn vị đã giải trình mã "${criterionId}" ngày ${formatVietnameseDate(previous.explainedAt)}.`,
        );
      const saved = await this.repo.explain(
        round.period,
        {
          windowId: window.id,
          memberId: actor.organizationId,
          criterionId,
          text,
          explainedByUserId: actor.userId,
        },
        files,
      );
      await this.recompute(em, round);
      await this.audit.record(
        'explanation.explain',
        'explanation',
        saved.id,
        null,
        { memberId: actor.organizationId, criterionId, text, files: files.map((f) => f.sha256) },
        { scope: scopeOf(round) },
      );
      return this.view(actor, round);
    });
  }

  decide(actor: RequestActor, input: DecideExplanationInput) {
    return this.db.run(actor, async (em) => {
      // Row-level security hides another group's explanations and a member's from other members.
      const explanation = await this.repo.explanation(input.explanationId);
      if (!explanation) throw notFound('Không tìm thấy giải trình.');
      const group = (await this.groups.byId(explanation.groupId))!;
      await this.access.authorize(actor, 'explanation.decide', { group, year: explanation.year });
      const round = await this.load(group, {
        groupCode: group.code,
        year: explanation.year,
        kind: explanation.kind,
      });
      requireScoring(round.period);
      if (explanation.decision)
        throw refused(conflict, 'explanationId', 'Giải trình này đã được chấm vòng hai.');
      const reason = input.reason?.trim() || null;
      const patch = input.keep
        ? { decision: 'KEPT' as const, secondPoints: null, secondCount: null, secondReason: reason }
        : await this.secondRound(round, explanation, input, reason);
      const decided = { ...patch, decidedById: actor.organizationId, decidedAt: new Date() };
      await this.repo.decide(explanation.id, decided);
      await this.recompute(em, round);
      await this.audit.record(
        'explanation.decide',
        'explanation',
        explanation.id,
        null,
        { memberId: explanation.memberId, criterionId: explanation.criterionId, ...patch },
        { scope: scopeOf(round) },
      );
      return this.view(actor, round);
    });
  }

  /** The file, for the member that gave it, the head and the board (row-level security hides it from others). */
  evidenceFile(actor: RequestActor, id: string) {
    return this.db.run(actor, async () => {
      const file = await this.repo.evidenceWithContent(id);
      if (!file?.content) throw notFound('Không tìm thấy tài liệu giải trình.');
      const scope = { group: (await this.groups.byId(file.groupId))!, year: file.year };
      await this.access.authorize(
        actor,
        file.memberId === actor.organizationId ? 'explanation.read' : 'explanation.readAll',
        scope,
      );
      return {
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        contentBase64: file.content.toString('base64'),
      };
    });
  }

  /** Called by publishRanking inside its transaction: refused while the round is not over. */
  async assertOver(period: PeriodEntity): Promise<void> {
    const window = await this.repo.window(period.id);
    if (!window) return;
    if (explanationWindowOpen(window, new Date()))
      throw refused(
        conflict,
        'explanation',
        `Đang trong thời hạn giải trình (đến ${formatVietnameseDateTime(window.deadline)}): chỉ công bố được khi hết hạn hoặc cụm/khối trưởng đóng giải trình sớm.`,
      );
    const undecided = (await this.repo.explanations(period.id)).filter((e) => e.decision === null);
    if (undecided.length)
      throw conflict(
        `Còn ${undecided.length} giải trình chưa chấm vòng hai: hãy cho điểm vòng hai hoặc giữ nguyên điểm trước khi công bố.`,
        {
          problems: undecided.map((e) => ({
            path: `explanation.${e.id}`,
            message: `${e.member?.name ?? e.memberId}, mã ${e.criterionId}: chưa chấm vòng hai`,
          })),
        },
      );
  }

  private async secondRound(
    round: Round,
    explanation: ExplanationEntity,
    input: DecideExplanationInput,
    reason: string | null,
  ) {
    if (input.points === undefined || input.points === null)
      throw refused(badInput, 'points', 'Cần cho điểm vòng hai, hoặc chọn giữ nguyên điểm vòng một.');
    if (!reason) throw refused(badInput, 'reason', 'Cần ghi lý do của điểm vòng hai.');
    const problems = checkScoreInput(round.regulation, {
      criterionId: explanation.criterionId,
      points: input.points,
      count: input.count ?? undefined,
      reason,
    });
    if (problems.length)
      throw badInput(problems.map((p) => p.message).join(' '), {
        problems: problems.map((p) => ({ ...p, path: p.path === 'criterionId' ? 'explanationId' : p.path })),
      });
    return {
      decision: 'CHANGED' as const,
      secondPoints: input.points,
      secondCount: input.count ?? null,
      secondReason: reason,
    };
  }

  private async load(group: EmulationGroupEntity, ref: PeriodRef): Promise<Round> {
    const period = await this.periods.require(group, ref.year, ref.kind);
    const regulation = await this.regulations.ofPeriod(period);
    if (!regulation) throw conflict('Kỳ này chưa có quy chế.');
    const members = await this.memberships.members(group.id, ref.year);
    const headId = members.find((m) => m.role === 'HEAD')?.organizationId ?? null;
    return { group, period, regulation, headId };
  }

  private async requireOpen(round: Round): Promise<ExplanationWindowEntity> {
    const window = await this.repo.window(round.period.id);
    if (!window) throw refused(conflict, 'explanation', 'Cụm/khối trưởng chưa mở giải trình kỳ này.');
    if (!explanationWindowOpen(window, new Date()))
      throw refused(
        conflict,
        'explanation',
        window.closedAt && window.closedAt < window.deadline
          ? `Giải trình đã đóng ngày ${formatVietnameseDate(window.closedAt)}: không giải trình được nữa.`
          : `Đã hết hạn giải trình (${formatVietnameseDateTime(window.deadline)}): không giải trình được nữa.`,
      );
    return window;
  }

  private async readFiles(files: ExplanationFileInput[]): Promise<ExplanationFile[]> {
    if (files.length > MAX_FILES)
      throw refused(badInput, 'evidence', `Mỗi giải trình kèm tối đa ${MAX_FILES} tệp.`);
    const read: ExplanationFile[] = [];
    for (const f of files) {
      const file = await decodeUpload(f.fileName, f.contentBase64, this.config.uploadMaxBytes);
      const contentType = evidenceContentType(file.fileName, file.content);
      read.push({
        fileName: file.fileName,
        contentType,
        size: file.content.length,
        sha256: file.sha256,
        content: file.content,
      });
    }
    return read;
  }

  private recompute(em: Parameters<typeof enqueueInOutbox>[0], round: Round) {
    return enqueueInOutbox(em, 'ranking', { groupId: round.group.id, periodId: round.period.id });
  }

  private async view(actor: RequestActor, round: Round): Promise<ExplanationRound> {
    const { group, period, regulation, headId } = round;
    const seesAll = await this.access.can(actor, 'explanation.readAll', { group, year: period.year });
    const window = (await this.repo.window(period.id))!;
    const open = explanationWindowOpen(window, new Date());
    const members = await this.memberships.members(group.id, period.year);
    const scores = await this.repo.headScores(period.id, headId ?? '');
    const selfScores = await this.repo.selfScores(period);
    const explanations = (await this.repo.explanations(period.id)).filter(
      (e) => seesAll || e.memberId === actor.organizationId,
    );
    const evidence = await this.repo.evidence(explanations.map((e) => e.id));
    const items: ExplanationItem[] = [];
    const membersToExplain: OrganizationEntity[] = [];
    for (const m of members) {
      if (!seesAll && m.organizationId !== actor.organizationId) continue;
      const own = scores.filter((s) => s.memberId === m.organizationId && !s.notApplicable);
      const self = selfScores.get(m.organizationId) ?? {};
      const disputed = disputedIds(
        { memberId: m.organizationId, submittedAt: null, indicators: {}, selfScores: self, scores: own },
        headId,
        kindOf(regulation),
      );
      const mine = explanations.filter((e) => e.memberId === m.organizationId);
      if (open && disputed.some((id) => !mine.some((e) => e.criterionId === id)))
        membersToExplain.push(m.organization as OrganizationEntity);
      for (const s of own) {
        const explanation = mine.find((e) => e.criterionId === s.criterionId);
        const isDisputed = disputed.includes(s.criterionId);
        if (seesAll && !isDisputed && !explanation) continue;
        items.push({
          member: m.organization as OrganizationEntity,
          criterionId: s.criterionId,
          title: scoreTarget(regulation, s.criterionId)?.title ?? s.criterionId,
          selfPoints: self[s.criterionId]?.points ?? null,
          headPoints: s.points,
          headReason: s.reason,
          disputed: isDisputed,
          explanation: explanation
            ? {
                ...explanation,
                evidence: evidence.filter((f) => f.explanationId === explanation.id),
              }
            : null,
        });
      }
    }
    return {
      window: {
        id: window.id,
        openedAt: window.openedAt,
        openedBy: window.openedBy as OrganizationEntity,
        deadline: window.deadline,
        open,
        closedAt: window.closedAt ?? (open ? null : window.deadline),
        closedBy: window.closedById
          ? ((members.find((m) => m.organizationId === window.closedById)
              ?.organization as OrganizationEntity) ?? null)
          : null,
        closeReason: window.closeReason,
      },
      items,
      membersToExplain: membersToExplain.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      explanationsToDecide: explanations.filter((e) => e.decision === null).length,
    };
  }
}

function requireScoring(period: PeriodEntity) {
  if (period.state !== 'SCORING')
    throw refused(
      conflict,
      'kind',
      period.state === 'OPEN'
        ? 'Kỳ này chưa bắt đầu chấm điểm: chưa giải trình được.'
        : 'Kết quả kỳ này đã công bố: điểm đã khóa, không giải trình được nữa.',
    );
}

const kindOf =
  (regulation: Regulation): TargetKindOf =>
  (id) =>
    scoreTarget(regulation, id)?.kind;

const scopeOf = ({ group, period }: Round) => ({ groupId: group.id, year: period.year, kind: period.kind });
