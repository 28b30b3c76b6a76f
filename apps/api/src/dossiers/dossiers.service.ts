import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import {
  AchievementForm as StoredForm,
  AttachedDocumentHeader,
  DossierEntity,
  EmulationGroupEntity,
  OrganizationEntity,
  PeriodEntity,
  PeriodKind,
  TenantDb,
} from '@thidua/db';
import { PERIOD_TERMS, formatVietnameseDate } from '@thidua/terms';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput, conflict, forbidden, notFound, refused } from '../common/domain-error';
import { decodeUpload } from '../common/upload';
import { APP_CONFIG } from '../config.module';
import { NotificationsService } from '../notifications/notifications.service';
import { AuditService } from '../database/audit.service';
import { evidenceContentType } from '../evidence/file-type';
import { PeriodKind as GqlPeriodKind } from '../groups/group.types';
import { GroupsRepository } from '../groups/groups.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { refuseIfClosed } from '../periods/period-closed';
import { PeriodsRepository } from '../periods/periods.repository';
import { RankingsService } from '../rankings/rankings.service';
import { RegulationsReader } from '../regulations/regulations.reader';
import { DocumentWorkers } from '../reports/document-workers';
import { ExportsService, letterhead } from '../reports/exports.service';
import { SubmissionsRepository } from '../submissions/submissions.repository';
import {
  AchievementFileInput,
  AchievementForm,
  AchievementFormInput,
  AttachedDocumentInput,
  Dossier,
  DossierOutcome,
  DossierStage,
  DossierState,
} from './dossier.types';
import { DossiersRepository } from './dossiers.repository';

const MAX_TEXT = 20_000;
const MAX_LINE = 300;
const MAX_FIGURES = 100;
const MAX_TITLES = 50;
const WITH_HEAD: ReadonlySet<string> = new Set(['DRAFT', 'RETURNED']);
const OUTCOME_STATE = { ACCEPT: 'ACCEPTED', RETURN: 'RETURNED', REJECT: 'REJECTED' } as const;
const ZIP = 'application/zip';

/**
 * Award dossiers (issue 11, docs/adr/0008): once the board approved a period's ranking, the head opens one dossier
 * per proposed award; the member writes or uploads its achievement report, the head attaches the cover letter and
 * the minutes and submits the dossier by the deadline; the board accepts, returns (the head resubmits) or rejects.
 */
@Injectable()
export class DossiersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly repo: DossiersRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly rankings: RankingsService,
    private readonly regulations: RegulationsReader,
    private readonly submissions: SubmissionsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly exports: ExportsService,
    private readonly workers: DocumentWorkers,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  stage(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'dossier.read', { group, year });
      const period = await this.periods.require(group, year, kind);
      return this.stageOf(actor, group, period);
    });
  }

  open(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind, deadline: Date) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'dossier.prepare', { group, year });
      const period = await this.periods.requireOpen(group, year, kind, 'hồ sơ khen thưởng');
      if (period.state !== 'REVIEWED')
        throw refused(
          conflict,
          'period',
          'Hồ sơ khen thưởng được lập sau khi cơ quan thi đua – khen thưởng phê duyệt kết quả xếp hạng của kỳ.',
        );
      if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= Date.now())
        throw refused(badInput, 'deadline', 'Hạn nộp hồ sơ phải là một ngày trong tương lai.');
      const ranking = await this.rankings.ranking(actor, groupCode, year, kind);
      const existing = await this.repo.forPeriod(period.id);
      const regulation = await this.regulations.ofPeriod(period);
      const awardTitle = new Map((regulation?.awards ?? []).map((a) => [a.id, a.title]));
      const wanted = (ranking?.entries ?? []).flatMap((e) =>
        e.proposals.map((awardId) => ({ memberId: e.organization.id, awardId })),
      );
      if (wanted.length === 0)
        throw refused(conflict, 'period', 'Kết quả xếp hạng của kỳ không đề nghị khen thưởng đơn vị nào.');
      const missing = wanted.filter(
        (w) => !existing.some((d) => d.memberId === w.memberId && d.awardId === w.awardId),
      );
      await this.repo.open(
        period,
        missing.map((w) => ({ ...w, awardTitle: awardTitle.get(w.awardId) ?? w.awardId, deadline })),
      );
      for (const d of existing.filter((d) => WITH_HEAD.has(d.state)))
        await this.repo.update(d.id, { deadline });
      await this.audit.record(
        'dossier.open',
        'period',
        period.id,
        existing.length ? { deadline: existing[0].deadline } : null,
        { deadline, opened: missing.length },
        { scope: scopeOf(period) },
      );
      return this.stageOf(actor, group, period);
    });
  }

  /** The saved form, or one prefilled from the member's report of the period, its ranking and earlier awards. */
  achievementForm(actor: RequestActor, dossierId: string): Promise<AchievementForm> {
    return this.db.run(actor, async () => {
      const { dossier, group } = await this.require(actor, dossierId, 'dossier.read');
      const saved = dossier.report?.form;
      return saved
        ? { ...saved, prefilled: false }
        : { ...(await this.prefill(actor, group, dossier)), prefilled: true };
    });
  }

  async saveReport(
    actor: RequestActor,
    dossierId: string,
    form: AchievementFormInput | null,
    file: AchievementFileInput | null,
  ) {
    const upload =
      file && (await decodeUpload(file.fileName, file.contentBase64, this.config.uploadMaxBytes));
    if (upload) evidenceContentType(upload.fileName, upload.content);
    return this.db.run(actor, async () => {
      const { dossier, group, period } = await this.require(actor, dossierId, 'dossier.report');
      if (dossier.memberId !== actor.organizationId)
        throw forbidden('Chỉ đơn vị được đề nghị khen thưởng viết báo cáo thành tích của hồ sơ này.');
      this.refuseUnlessWithHead(period, dossier);
      if (!form && !upload)
        throw refused(badInput, 'form', 'Hãy điền báo cáo thành tích hoặc tải lên tệp báo cáo.');
      const ranked = await this.prefill(actor, group, dossier);
      const stored = form && readForm(form, ranked);
      const { before, after } = await this.repo.saveReport(dossier, {
        form: stored,
        ...(upload ? { fileName: upload.fileName, fileContent: upload.content } : {}),
        userId: actor.userId,
      });
      await this.audit.record(
        'dossier.report',
        'achievement_report',
        after.id,
        before && { form: before.form, fileName: before.fileName },
        { dossierId: dossier.id, form: stored, fileName: upload?.fileName ?? before?.fileName ?? null },
        { scope: scopeOf(period), keep: ['dossierId'] },
      );
      return this.view(group, (await this.repo.byId(dossier.id))!);
    });
  }

  attach(
    actor: RequestActor,
    dossierId: string,
    coverLetter: AttachedDocumentInput,
    minutes: AttachedDocumentInput,
  ) {
    return this.db.run(actor, async () => {
      const { dossier, group, period } = await this.require(actor, dossierId, 'dossier.prepare');
      this.refuseUnlessWithHead(period, dossier);
      const patch = {
        coverLetter: readHeader(coverLetter, 'coverLetter'),
        minutes: readHeader(minutes, 'minutes'),
      };
      await this.repo.update(dossier.id, patch);
      await this.audit.record(
        'dossier.attach',
        'dossier',
        dossier.id,
        { coverLetter: dossier.coverLetter, minutes: dossier.minutes },
        patch,
        { scope: scopeOf(period) },
      );
      return this.view(group, (await this.repo.byId(dossier.id))!);
    });
  }

  /** To the board, by the deadline; a returned dossier goes back the same way. */
  submit(actor: RequestActor, dossierId: string) {
    return this.db.run(actor, async () => {
      const { dossier, group, period } = await this.require(actor, dossierId, 'dossier.prepare');
      this.refuseUnlessWithHead(period, dossier);
      if (Date.now() > dossier.deadline.getTime())
        throw refused(
          conflict,
          'deadline',
          `Đã quá hạn nộp hồ sơ khen thưởng (${formatVietnameseDate(dossier.deadline)}): không gửi được hồ sơ nữa.`,
        );
      const problems = [
        ...(dossier.report
          ? []
          : [{ path: 'report', message: `${dossier.member!.name} chưa có báo cáo thành tích.` }]),
        ...(dossier.coverLetter ? [] : [{ path: 'coverLetter', message: 'Chưa đính kèm tờ trình.' }]),
        ...(dossier.minutes ? [] : [{ path: 'minutes', message: 'Chưa đính kèm biên bản bình xét.' }]),
      ];
      if (problems.length)
        throw conflict(`Hồ sơ chưa đủ để gửi: ${problems.map((p) => p.message).join(' ')}`, { problems });
      // A resubmitted dossier starts its review over: the return's reason stays in the audit log.
      const patch = { state: 'SUBMITTED' as const, submittedAt: new Date(), reason: null, decidedAt: null };
      await this.repo.update(dossier.id, patch);
      await this.audit.record(
        dossier.state === 'RETURNED' ? 'dossier.resubmit' : 'dossier.submit',
        'dossier',
        dossier.id,
        { state: dossier.state },
        { state: patch.state, awardId: dossier.awardId, memberId: dossier.memberId },
        { scope: scopeOf(period), keep: ['awardId', 'memberId'] },
      );
      return this.view(group, (await this.repo.byId(dossier.id))!);
    });
  }

  decide(actor: RequestActor, dossierId: string, outcome: DossierOutcome, reason?: string | null) {
    const why = reason?.trim() || null;
    return this.db.run(actor, async () => {
      const { dossier, group, period } = await this.require(actor, dossierId, 'dossier.decide');
      refuseIfClosed(period, 'hồ sơ khen thưởng');
      if (dossier.state !== 'SUBMITTED')
        throw refused(
          conflict,
          'state',
          'Hồ sơ này không ở trạng thái chờ cơ quan thi đua – khen thưởng xem xét.',
        );
      if (outcome !== DossierOutcome.ACCEPT && !why)
        throw refused(badInput, 'reason', 'Cần ghi lý do khi trả lại hoặc không chấp nhận hồ sơ.');
      if (why && why.length > MAX_LINE * 10)
        throw refused(badInput, 'reason', `Lý do dài quá ${MAX_LINE * 10} ký tự.`);
      const patch = { state: OUTCOME_STATE[outcome], reason: why, decidedAt: new Date() };
      await this.repo.update(dossier.id, patch);
      if (outcome === DossierOutcome.RETURN)
        await this.notifications.sendToMembers(
          actor,
          'DOSSIER_RETURNED',
          group,
          period.year,
          { periodKind: period.kind, reason: why! },
          'HEAD',
        );
      await this.audit.record(
        'dossier.decide',
        'dossier',
        dossier.id,
        { state: dossier.state },
        { ...patch, awardId: dossier.awardId, memberId: dossier.memberId },
        { scope: scopeOf(period), keep: ['awardId', 'memberId'] },
      );
      return this.view(group, (await this.repo.byId(dossier.id))!);
    });
  }

  /** One zip of the dossier: cover letter, achievement report and minutes as DOCX and PDF, the uploaded file. */
  archive(actor: RequestActor, dossierId: string) {
    return this.db.run(actor, async () => {
      const { dossier, group } = await this.require(actor, dossierId, 'dossier.readAll');
      if (!dossier.coverLetter || !dossier.minutes)
        throw refused(conflict, 'coverLetter', 'Hồ sơ chưa đính kèm tờ trình và biên bản bình xét.');
      const args = [actor, group.code, dossier.year, dossier.kind] as const;
      const coverLetter = await this.exports.proposalInput(
        ...args,
        dossier.coverLetter,
        (memberId, awardId) => memberId === dossier.memberId && awardId === dossier.awardId,
      );
      const minutes = await this.exports.minutesInput(...args, dossier.minutes);
      const content = await this.workers.render('dossierArchive', {
        coverLetter: coverLetter.input,
        minutes: minutes.input,
        report: dossier.report?.form ? this.reportInput(group, dossier, dossier.report.form) : null,
        upload: await this.repo.reportFile(dossier.id),
      });
      const member = dossier.member as OrganizationEntity;
      return this.exports.download(
        `ho-so-khen-thuong-${group.code}-${dossier.year}-${dossier.kind}-${member.code}-${dossier.awardId}.zip`,
        ZIP,
        content,
        'dossier',
        dossier.id,
      );
    });
  }

  private reportInput(group: EmulationGroupEntity, dossier: DossierEntity, form: StoredForm) {
    const member = dossier.member as OrganizationEntity;
    const date = dossier.report?.updatedAt ?? new Date();
    return {
      ...letterhead(member, {}, date, 'BC'),
      memberName: member.name,
      awardTitle: dossier.awardTitle,
      groupName: group.name,
      periodLabel: PERIOD_TERMS[dossier.kind].ofYear(dossier.year),
      ...form,
      recipients: [group.name, 'Lưu: VT'],
    };
  }

  /** The dossier the actor may act on with `capability` (row-level security hides the others). */
  private async require(
    actor: RequestActor,
    dossierId: string,
    capability: 'dossier.read' | 'dossier.readAll' | 'dossier.report' | 'dossier.prepare' | 'dossier.decide',
  ) {
    const dossier = await this.repo.byId(dossierId);
    if (!dossier) throw notFound('Không tìm thấy hồ sơ khen thưởng.');
    const group = (await this.groups.byId(dossier.groupId))!;
    await this.access.authorize(actor, capability, { group, year: dossier.year });
    if (
      !(await this.access.can(actor, 'dossier.readAll', { group, year: dossier.year })) &&
      dossier.memberId !== actor.organizationId
    )
      throw notFound('Không tìm thấy hồ sơ khen thưởng.');
    return { dossier, group, period: await this.periods.byId(dossier.periodId) };
  }

  private refuseUnlessWithHead(period: PeriodEntity, dossier: DossierEntity) {
    refuseIfClosed(period, 'hồ sơ khen thưởng');
    if (!WITH_HEAD.has(dossier.state))
      throw refused(
        conflict,
        'state',
        dossier.state === 'SUBMITTED'
          ? 'Hồ sơ đã gửi cơ quan thi đua – khen thưởng: chờ kết quả xem xét, không sửa được nữa.'
          : 'Cơ quan thi đua – khen thưởng đã có kết luận về hồ sơ này: không sửa được nữa.',
      );
  }

  private async prefill(
    actor: RequestActor,
    group: EmulationGroupEntity,
    dossier: DossierEntity,
  ): Promise<Omit<AchievementForm, 'prefilled'>> {
    const ranking = await this.rankings.ranking(actor, group.code, dossier.year, dossier.kind);
    const entry = ranking?.entries.find((e) => e.organization.id === dossier.memberId);
    const report = await this.submissions.find(dossier.memberId, dossier.year, dossier.kind);
    const content = report?.state === 'DRAFT' ? undefined : report?.content;
    const titles = (await this.repo.decisionsOfGroup(group.id)).flatMap((d) =>
      d.periodId === dossier.periodId
        ? []
        : d.grants
            .filter((g) => g.memberId === dossier.memberId)
            .map((g) => `${g.awardTitle} ${PERIOD_TERMS[d.kind].ofYear(d.year)} (Quyết định số ${d.number})`),
    );
    return {
      introduction: '',
      achievements: (content?.sections ?? [])
        .map((s) => [s.title, s.body].filter(Boolean).join('\n'))
        .join('\n')
        .slice(0, MAX_TEXT),
      figures: (content?.indicators ?? [])
        .filter((i) => i.value !== null)
        .slice(0, MAX_FIGURES)
        .map((i) => ({ label: i.label, value: [i.value, i.unit].filter(Boolean).join(' ') })),
      rank: entry?.rank ?? 0,
      total: entry?.total ?? '0',
      titles,
      signerTitle: 'GIÁM ĐỐC',
      signerName: '',
    };
  }

  private async stageOf(
    actor: RequestActor,
    group: EmulationGroupEntity,
    period: PeriodEntity,
  ): Promise<DossierStage> {
    const seesAll = await this.access.can(actor, 'dossier.readAll', { group, year: period.year });
    const rows = (await this.repo.forPeriod(period.id)).filter(
      (d) => seesAll || d.memberId === actor.organizationId,
    );
    const dossiers = rows.map((d) => this.view(group, d));
    const missing = new Map(
      rows.filter((d) => !d.report && WITH_HEAD.has(d.state)).map((d) => [d.memberId, d.member!]),
    );
    return {
      periodId: period.id,
      year: period.year,
      kind: period.kind as GqlPeriodKind,
      periodState: period.state,
      deadline: rows[0]?.deadline ?? null,
      dossiers,
      reportMissing: [...missing.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      headToAct: dossiers.filter((d) => WITH_HEAD.has(d.state)),
      boardToAct: dossiers.filter((d) => d.state === DossierState.SUBMITTED),
      closed: period.state === 'CLOSED',
    };
  }

  private view(group: EmulationGroupEntity, d: DossierEntity): Dossier {
    return {
      id: d.id,
      year: d.year,
      kind: d.kind as GqlPeriodKind,
      groupCode: group.code,
      awardId: d.awardId,
      awardTitle: d.awardTitle,
      member: d.member as OrganizationEntity,
      state: d.state as DossierState,
      deadline: d.deadline,
      hasReport: Boolean(d.report),
      reportFileName: d.report?.fileName ?? null,
      coverLetter: d.coverLetter,
      minutes: d.minutes,
      submittedAt: d.submittedAt,
      reason: d.reason,
      decidedAt: d.decidedAt,
    };
  }
}

const scopeOf = (p: PeriodEntity) => ({ groupId: p.groupId, year: p.year, kind: p.kind });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" of a real day. */
export function readDay(value: string, path: string): string {
  const m = DATE.exec(value.trim());
  const day = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !day || day.getUTCDate() !== Number(m[3]) || day.getUTCMonth() !== Number(m[2]) - 1)
    throw refused(badInput, path, 'Ngày phải có dạng YYYY-MM-DD và là một ngày có thật.');
  return m[0];
}

/** A one-line text the documents print: trimmed, present, bounded. */
export function readLine(value: string, path: string, label: string, max = MAX_LINE): string {
  const text = value.trim();
  if (!text || text.length > max)
    throw refused(badInput, path, `${label} cần có chữ và không dài quá ${max} ký tự.`);
  return text;
}

function readHeader(h: AttachedDocumentInput, path: string): AttachedDocumentHeader {
  return {
    number: readLine(h.number, `${path}.number`, 'Số, ký hiệu văn bản', 50),
    date: readDay(h.date, `${path}.date`),
    signerName: readLine(h.signerName, `${path}.signerName`, 'Họ tên người ký'),
    signerTitle: readLine(h.signerTitle, `${path}.signerTitle`, 'Chức vụ người ký'),
  };
}

/** The member's form, bounded; its rank and points are the ranking's, not the member's to change. */
function readForm(form: AchievementFormInput, ranked: { rank: number; total: string }): StoredForm {
  const long = (text: string, path: string) => {
    if (text.length > MAX_TEXT) throw refused(badInput, path, `Nội dung dài quá ${MAX_TEXT} ký tự.`);
    return text.trim();
  };
  if (form.figures.length > MAX_FIGURES)
    throw refused(badInput, 'figures', `Tối đa ${MAX_FIGURES} chỉ tiêu trong bảng số liệu.`);
  if (form.titles.length > MAX_TITLES)
    throw refused(badInput, 'titles', `Tối đa ${MAX_TITLES} danh hiệu, hình thức khen thưởng.`);
  return {
    introduction: long(form.introduction, 'introduction'),
    achievements: long(form.achievements, 'achievements'),
    figures: form.figures.map((f, i) => ({
      label: readLine(f.label, `figures.${i}.label`, 'Tên chỉ tiêu'),
      value: readLine(f.value, `figures.${i}.value`, 'Kết quả chỉ tiêu'),
    })),
    rank: ranked.rank,
    total: ranked.total,
    titles: form.titles.map((t, i) => readLine(t, `titles.${i}`, 'Danh hiệu')),
    signerTitle: readLine(form.signerTitle, 'signerTitle', 'Chức vụ người ký'),
    signerName: form.signerName.trim().slice(0, MAX_LINE),
  };
}
