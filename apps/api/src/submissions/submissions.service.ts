import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, PeriodKind, SubmissionContent, SubmissionEntity, TenantDb } from '@thidua/db';
import { enqueueInOutbox } from '@thidua/jobs';
import { isCommonIndicatorKey, type GroupIndicator } from '@thidua/report';
import {
  checkScoreInput,
  checkScoreInputAs,
  daysLate,
  Regulation,
  RegulationProblem,
  scoreTarget,
} from '@thidua/scoring';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { badInput, conflict, notFound } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { GroupsRepository } from '../groups/groups.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { declaredIndicatorsOf, RegulationsReader } from '../regulations/regulations.reader';
import { Submission, SubmissionPatch } from './submission.types';
import { SubmissionsRepository } from './submissions.repository';
import { PERIOD_TERMS } from '@thidua/terms';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: SubmissionsRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly regulations: RegulationsReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  create(actor: RequestActor, input: { year: number; kind: PeriodKind; groupCodes: string[] }) {
    const codes = [...new Set(input.groupCodes)];
    if (codes.length === 0) throw badInput('Báo cáo phải gửi tới ít nhất một cụm/khối thi đua.');
    return this.db.run(actor, async () => {
      const groups: EmulationGroupEntity[] = [];
      for (const code of codes) {
        const group = await this.groups.requireByCode(code);
        await this.access.authorize(actor, 'submission.address', { group, year: input.year });
        groups.push(group);
      }
      const existing = await this.repo.find(actor.organizationId, input.year, input.kind);
      if (existing) {
        throw conflict(
          `Đơn vị đã có báo cáo ${PERIOD_TERMS[input.kind].short} năm ${input.year}: hãy cập nhật báo cáo đó.`,
          {
            submissionId: existing.id,
          },
        );
      }
      const saved = await this.repo.insert({
        organizationId: actor.organizationId,
        year: input.year,
        kind: input.kind,
        state: 'DRAFT',
        version: 1,
        content: { sections: [], indicators: [], selfScores: [] },
      });
      await this.repo.addDeliveries(saved, groups);
      await this.audit.record('submission.create', 'submission', saved.id, null, {
        ...input,
        groupCodes: codes,
      });
      return this.view(saved);
    });
  }

  update(actor: RequestActor, id: string, patch: SubmissionPatch) {
    return this.db.run(actor, async () => {
      const current = await this.requireEditable(actor, id, patch.version);
      const content: SubmissionContent = {
        sections: patch.sections ?? current.content.sections,
        indicators:
          patch.indicators?.map((i) => ({
            key: i.key,
            label: i.label,
            value: i.value ?? null,
            unit: i.unit ?? null,
            percentOfPlan: i.percentOfPlan ?? null,
            changeVsSamePeriodPercent: i.changeVsSamePeriodPercent ?? null,
            source: i.source ?? null,
            qualifier: i.qualifier ?? null,
            confirmed: i.confirmed ?? true,
          })) ?? current.content.indicators,
        selfScores:
          patch.selfScores?.map((s) => ({
            criterionId: s.criterionId,
            points: s.points,
            count: s.count ?? null,
            note: s.note ?? null,
          })) ?? current.content.selfScores,
      };
      await this.validateContent(current, content);
      const next = { content, version: current.version + 1 };
      await this.repo.update(id, next);
      await this.audit.record(
        'submission.update',
        'submission',
        id,
        { version: current.version, content: current.content },
        next,
      );
      return this.view({ ...current, ...next });
    });
  }

  submit(actor: RequestActor, id: string) {
    return this.db.run(actor, async () => {
      const current = await this.requireOwn(actor, id, true);
      if (!EDITABLE.has(current.state)) throw conflict('Báo cáo đã được nộp.');
      const unconfirmed = current.content.indicators.filter((i) => i.confirmed === false);
      if (unconfirmed.length) {
        throw badInput(
          `Còn ${unconfirmed.length} chỉ tiêu nhập từ tệp chưa được xác nhận: ${unconfirmed.map((i) => i.label).join('; ')}.`,
        );
      }
      const now = new Date();
      // A returned report keeps the time of its first submission: being asked to correct is not lateness.
      const next = {
        state: 'SUBMITTED' as const,
        version: current.version + 1,
        submittedAt: current.submittedAt ?? now,
      };
      await this.repo.update(id, next);
      await this.repo.insertVersion({
        submissionId: id,
        organizationId: current.organizationId,
        version: next.version,
        submittedAt: now,
        content: current.content,
      });
      const deliveries = await this.repo.deliveries([id]);
      for (const d of deliveries) await this.enqueueRanking(d.groupId, current.year, current.kind);
      await this.audit.record('submission.submit', 'submission', id, { state: current.state }, next);
      return this.view({ ...current, ...next });
    });
  }

  returnToMember(actor: RequestActor, id: string, groupCode: string, reason: string) {
    if (!reason.trim()) throw badInput('Cần ghi rõ lý do trả lại báo cáo.');
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      // Authority first: a row the actor may read but not change cannot be locked, and would look missing.
      const seen = await this.repo.byId(id);
      if (!seen) throw notFound('Không tìm thấy báo cáo.');
      await this.access.authorize(actor, 'submission.return', { group, year: seen.year });
      const current = await this.repo.byIdForUpdate(id);
      if (!current) throw notFound('Không tìm thấy báo cáo.');
      if (!(await this.repo.delivery(id, group.id))) throw badInput(`Báo cáo không gửi tới "${group.name}".`);
      if (current.state !== 'SUBMITTED')
        throw conflict('Chỉ trả lại được báo cáo đã nộp và chưa được chấp nhận.');
      const period = await this.periods.find(group.id, current.year, current.kind);
      if (period && period.state !== 'OPEN' && period.state !== 'SCORING')
        throw conflict('Kết quả kỳ này đã công bố: không thể trả lại báo cáo.');
      await this.repo.update(id, { state: 'RETURNED' });
      await this.repo.setReturnReason(id, group.id, reason.trim());
      await this.enqueueRanking(group.id, current.year, current.kind);
      await this.notifications.send('REPORT_RETURNED', group, current.year, [current.organizationId], {
        periodKind: current.kind,
        reason: reason.trim(),
      });
      await this.audit.record(
        'submission.return',
        'submission',
        id,
        { state: current.state },
        { state: 'RETURNED', groupCode, reason, memberId: current.organizationId },
        { scope: { groupId: group.id, year: current.year, kind: current.kind } },
      );
      return this.view({ ...current, state: 'RETURNED' });
    });
  }

  mine(actor: RequestActor, year?: number | null) {
    return this.db.run(actor, async () => this.views(await this.repo.mine(actor.organizationId, year)));
  }

  /** Null when the actor may not read it (the database hides it too). */
  one(actor: RequestActor, id: string) {
    return this.db.run(actor, async () => {
      const s = await this.repo.byId(id);
      if (!s || !(await this.access.can(actor, 'submission.read', { submission: s }))) return null;
      return this.view(s);
    });
  }

  forScoring(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'submission.listForScoring', { group, year });
      return this.views(await this.repo.addressedTo(group.id, year, kind));
    });
  }

  /** Confirms figures taken from an imported document, as read or after the member corrected them. */
  confirmIndicators(actor: RequestActor, id: string, version: number, keys: string[]) {
    return this.db.run(actor, async () => {
      const current = await this.requireEditable(actor, id, version);
      const unknown = keys.filter((k) => !current.content.indicators.some((i) => i.key === k));
      if (unknown.length) throw badInput(`Báo cáo không có chỉ tiêu: ${unknown.join(', ')}.`);
      const content = {
        ...current.content,
        indicators: current.content.indicators.map((i) =>
          keys.includes(i.key) ? { ...i, confirmed: true } : i,
        ),
      };
      const next = { content, version: current.version + 1 };
      await this.repo.update(id, next);
      await this.audit.record(
        'submission.confirm_indicators',
        'submission',
        id,
        { version: current.version },
        { version: next.version, keys },
      );
      return this.view({ ...current, ...next });
    });
  }

  /** The member's own report while it can still change (draft or returned); locked for this transaction. */
  async requireEditableOwn(actor: RequestActor, id: string): Promise<SubmissionEntity> {
    const current = await this.requireOwn(actor, id, true);
    if (!EDITABLE.has(current.state))
      throw conflict('Báo cáo đã nộp: chỉ sửa được khi còn là bản nháp hoặc bị trả lại.');
    return current;
  }

  /**
   * The indicators declared by the regulations of the groups a report is (or is about to be) addressed to: an
   * existing report's groups, else the groups named for a new one. Read in a transaction of its own, so that an
   * import can hand them to the document thread before its write transaction opens; groups the member may not
   * address are skipped here and refused when the report is created.
   */
  declaredIndicatorsFor(
    actor: RequestActor,
    target: { submissionId: string } | { year: number; kind: PeriodKind; groupCodes: string[] },
  ): Promise<GroupIndicator[]> {
    return this.db.run(actor, async () => {
      if ('submissionId' in target) {
        const s = await this.repo.byId(target.submissionId);
        return s ? this.declaredIndicators(s) : [];
      }
      const groupIds: string[] = [];
      for (const code of new Set(target.groupCodes)) {
        const group = await this.groups.byCode(code);
        if (group) groupIds.push(group.id);
      }
      return this.declaredOf(groupIds, target.year, target.kind);
    });
  }

  /** Whether a criterion id exists in the regulation of a group the report is addressed to. */
  async knowsCriterion(s: SubmissionEntity, criterionId: string): Promise<boolean> {
    return (await this.regulationsFor(s)).some(({ regulation }) => scoreTarget(regulation, criterionId));
  }

  /** The member's own report, still editable, at the version the client read (optimistic concurrency). */
  private async requireEditable(actor: RequestActor, id: string, version: number): Promise<SubmissionEntity> {
    const current = await this.requireEditableOwn(actor, id);
    if (version !== current.version) {
      throw conflict(
        `Báo cáo đã được sửa ở nơi khác (phiên bản hiện tại ${current.version}, bạn gửi ${version}). Hãy tải lại.`,
        {
          currentVersion: current.version,
        },
      );
    }
    return current;
  }

  private async requireOwn(actor: RequestActor, id: string, lock = false): Promise<SubmissionEntity> {
    const s = lock ? await this.repo.byIdForUpdate(id) : await this.repo.byId(id);
    if (!s) throw notFound('Không tìm thấy báo cáo.');
    await this.access.authorize(actor, 'submission.edit', { submission: s });
    return s;
  }

  private async enqueueRanking(groupId: string, year: number, kind: PeriodKind) {
    const period = await this.periods.find(groupId, year, kind);
    if (period) await enqueueInOutbox(this.db.em, 'ranking', { groupId, periodId: period.id });
  }

  /** Every problem at once, each with its path, so the member can fix the report in one pass. */
  private async validateContent(s: SubmissionEntity, content: SubmissionContent) {
    const problems: RegulationProblem[] = [];
    const seen = (list: string[], path: string, what: string) =>
      list.forEach(
        (v, i) =>
          list.indexOf(v) !== i &&
          problems.push({ path: `${path}[${i}]`, message: `${what} "${v}" bị trùng.` }),
      );
    content.sections.forEach((x, i) => {
      if (!x.path.trim()) problems.push({ path: `sections[${i}].path`, message: 'Mục thiếu số thứ tự.' });
      if (!x.title.trim()) problems.push({ path: `sections[${i}].title`, message: 'Mục thiếu tiêu đề.' });
    });
    seen(
      content.sections.map((x) => x.path),
      'sections',
      'Mục',
    );
    // Read once for the indicators and the self-scores: the regulations of the groups the report goes to.
    const regulations = await this.regulationsFor(s);
    // A key the report already holds stays accepted: a regulation republished without it must not lock the draft.
    const declared = new Set([
      ...regulations.flatMap(({ regulation }) => declaredIndicatorsOf(regulation)).map((d) => d.key),
      ...s.content.indicators.map((i) => i.key),
    ]);
    content.indicators.forEach((x, i) => {
      // A declared key is as the engine validated it (it may hold capitals); the others as the portal stores them.
      if (declared.has(x.key)) return;
      if (!/^[a-z][a-z0-9_.]*$/.test(x.key))
        problems.push({ path: `indicators[${i}].key`, message: `Mã chỉ tiêu "${x.key}" không hợp lệ.` });
      else if (!isCommonIndicatorKey(x.key))
        problems.push({
          path: `indicators[${i}].key`,
          message: `Chỉ tiêu "${x.key}" không phải chỉ tiêu chung của hệ thống và không được khai báo trong quy chế của cụm/khối nào mà báo cáo gửi tới.`,
        });
    });
    seen(
      content.indicators.map((x) => x.key),
      'indicators',
      'Chỉ tiêu',
    );
    seen(
      content.selfScores.map((x) => x.criterionId),
      'selfScores',
      'Tiêu chí',
    );
    content.selfScores.forEach((x, i) => {
      const path = `selfScores[${i}]`;
      const known = regulations.filter(({ regulation }) => scoreTarget(regulation, x.criterionId));
      if (regulations.length && known.length === 0) {
        problems.push({
          path: `${path}.criterionId`,
          message: `Tiêu chí "${x.criterionId}" không có trong quy chế của cụm/khối nào mà báo cáo gửi tới.`,
        });
      }
      const score = {
        criterionId: x.criterionId,
        points: x.points,
        count: x.count,
        reason: x.note ?? 'tự chấm',
      };
      // A self-score no group may take (a computed criterion, a deduction) is refused; one that a group sharing
      // the criterion id scores by hand stays, for that group.
      const bySelf = known.map(({ group, regulation }) => {
        const own = checkScoreInput(regulation, score);
        for (const p of own)
          problems.push({ path: `${path}.points`, message: `${group.code}: ${p.message}` });
        return checkScoreInputAs(regulation, score, 'SELF').filter(
          (p) => !own.some((o) => o.message === p.message),
        );
      });
      if (bySelf.length && bySelf.every((refused) => refused.length > 0)) {
        problems.push({
          path: `${path}.criterionId`,
          message: `${known[0].group.code}: ${bySelf[0][0].message}`,
        });
      }
    });
    if (problems.length) {
      // The first problems in the message itself, for clients that show only it; all of them in `problems`.
      const named = problems.slice(0, 3).map((p) => p.message);
      const more = problems.length > named.length ? ' …' : '';
      throw badInput(`Báo cáo có ${problems.length} lỗi cần sửa: ${named.join(' ')}${more}`, { problems });
    }
  }

  /** The declared indicators of the groups a report is addressed to, each key once (the first group names it). */
  private async declaredIndicators(s: SubmissionEntity): Promise<GroupIndicator[]> {
    const deliveries = await this.repo.deliveries([s.id]);
    return this.declaredOf(
      deliveries.map((d) => d.groupId),
      s.year,
      s.kind,
    );
  }

  private async declaredOf(groupIds: string[], year: number, kind: PeriodKind): Promise<GroupIndicator[]> {
    const out = new Map<string, GroupIndicator>();
    for (const groupId of groupIds) {
      for (const d of await this.regulations.declaredIndicators(groupId, year, kind))
        if (!out.has(d.key)) out.set(d.key, d);
    }
    return [...out.values()];
  }

  private async regulationsFor(
    s: SubmissionEntity,
  ): Promise<{ group: EmulationGroupEntity; regulation: Regulation }[]> {
    const out: { group: EmulationGroupEntity; regulation: Regulation }[] = [];
    for (const d of await this.repo.deliveries([s.id])) {
      const regulation = await this.regulations.forPeriod(d.groupId, s.year, s.kind);
      if (regulation && d.group) out.push({ group: d.group, regulation });
    }
    return out;
  }

  private async view(s: SubmissionEntity): Promise<Submission> {
    return (await this.views([s]))[0];
  }

  /** Loads organizations, groups and deadlines for many submissions in a few queries. */
  private async views(list: SubmissionEntity[]): Promise<Submission[]> {
    const orgs = new Map(
      (await this.organizations.byIds(list.map((s) => s.organizationId))).map((o) => [o.id, o]),
    );
    const deliveries = await this.repo.deliveries(list.map((s) => s.id));
    const periods = await this.periods.ofGroups(deliveries.map((d) => d.groupId));
    const out: Submission[] = [];
    for (const s of list) {
      const mine = deliveries.filter((d) => d.submissionId === s.id);
      const withDeadlines = mine.map((d) => {
        const period = periods.find((p) => p.groupId === d.groupId && p.year === s.year && p.kind === s.kind);
        return {
          group: d.group!,
          deadline: period?.deadline ?? null,
          daysLate:
            period && s.submittedAt
              ? daysLate(period.deadline.toISOString(), s.submittedAt.toISOString())
              : 0,
          // The reason stays on record (the head wrote it); it applies only while the report is returned.
          returnReason: s.state === 'RETURNED' ? d.returnReason : null,
        };
      });
      out.push({
        id: s.id,
        organization: orgs.get(s.organizationId)!,
        year: s.year,
        kind: s.kind as Submission['kind'],
        groups: mine.map((d) => d.group!),
        state: s.state as Submission['state'],
        version: s.version,
        submittedAt: s.submittedAt,
        sections: s.content.sections,
        indicators: s.content.indicators.map((i) => ({ ...i, confirmed: i.confirmed ?? true })),
        selfScores: s.content.selfScores,
        deliveries: withDeadlines,
      } as Submission);
    }
    return out;
  }
}
