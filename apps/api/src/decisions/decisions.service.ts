import { Injectable } from '@nestjs/common';
import {
  AwardDecisionEntity,
  EmulationGroupEntity,
  OrganizationEntity,
  PeriodEntity,
  PeriodKind,
  TenantDb,
} from '@thidua/db';
import { CertificateInput, DecisionInput } from '@thidua/report';
import { PERIOD_TERMS, formatVietnameseDate } from '@thidua/terms';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput, conflict, notFound, refused } from '../common/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { AuditService } from '../database/audit.service';
import { DocumentFormat, RecordDecisionInput, BoardDecision } from '../dossiers/dossier.types';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { readDay, readLine } from '../dossiers/dossiers.service';
import { GroupsRepository } from '../groups/groups.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsReader } from '../regulations/regulations.reader';
import { DocumentWorkers } from '../reports/document-workers';
import { DOCX, ExportsService, letterhead } from '../reports/exports.service';
import { DecisionsRepository } from './decisions.repository';

const PDF = 'application/pdf';

/**
 * The board's decision (quyết định khen thưởng, issue 11, docs/adr/0008): number, date, signer and the awards
 * it grants from the accepted dossiers. Recording it closes the period (CLOSED): nothing of it changes after.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: DecisionsRepository,
    private readonly dossiers: DossiersRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly regulations: RegulationsReader,
    private readonly exports: ExportsService,
    private readonly workers: DocumentWorkers,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  decision(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    return this.db.run(actor, async () => {
      const { period } = await this.read(actor, groupCode, year, kind);
      const decision = await this.repo.ofPeriod(period.id);
      return decision && this.view(decision);
    });
  }

  /** The decision of a period the actor already may read (the dossier stage's field). */
  ofPeriod(actor: RequestActor, periodId: string) {
    return this.db.run(actor, async () => {
      const decision = await this.repo.ofPeriod(periodId);
      return decision && this.view(decision);
    });
  }

  record(actor: RequestActor, input: RecordDecisionInput) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(input.groupCode);
      await this.access.authorize(actor, 'decision.record', { group, year: input.year });
      const period = await this.periods.requireOpen(group, input.year, input.kind, 'quyết định khen thưởng');
      if (period.state !== 'REVIEWED')
        throw refused(
          conflict,
          'period',
          'Kết quả xếp hạng của kỳ chưa được phê duyệt: chưa ra quyết định khen thưởng được.',
        );
      const fields = {
        number: readLine(input.number, 'number', 'Số quyết định', 50),
        decidedOn: readDay(input.date, 'date'),
        signerName: readLine(input.signerName, 'signerName', 'Họ tên người ký'),
        signerTitle: readLine(input.signerTitle, 'signerTitle', 'Chức vụ người ký'),
      };
      const dossiers = await this.dossiers.forPeriod(period.id);
      const pending = dossiers.filter((d) => d.state === 'SUBMITTED');
      if (pending.length)
        throw conflict(
          `Còn ${pending.length} hồ sơ chưa xem xét: hãy chấp nhận, trả lại hoặc không chấp nhận trước khi ra quyết định.`,
          {
            problems: pending.map((d) => ({
              path: `dossiers.${d.id}`,
              message: `${d.member!.name}: ${d.awardTitle}`,
            })),
          },
        );
      const ids = [...new Set(input.dossierIds)];
      const granted = ids.map((id) => dossiers.find((d) => d.id === id && d.state === 'ACCEPTED'));
      const unknown = ids.filter((_, i) => !granted[i]);
      if (unknown.length || ids.length === 0)
        throw refused(
          badInput,
          'dossierIds',
          'Quyết định chỉ khen thưởng các hồ sơ đã được chấp nhận của kỳ (ít nhất một).',
        );
      const grants = granted.map((d) => ({
        dossierId: d!.id,
        memberId: d!.memberId,
        memberName: d!.member!.name,
        awardId: d!.awardId,
        awardTitle: d!.awardTitle,
      }));
      const saved = await this.repo.insert({
        groupId: group.id,
        year: period.year,
        kind: period.kind,
        periodId: period.id,
        ...fields,
        grants,
        recordedById: actor.organizationId,
        recordedByUserId: actor.userId,
        recordedAt: new Date(),
      });
      await this.periods.setState(period.id, 'CLOSED');
      await this.notifications.sendToMembers(actor, 'DECISION_RECORDED', group, period.year, {
        periodKind: period.kind,
      });
      await this.audit.record(
        'decision.record',
        'award_decision',
        saved.id,
        { periodState: period.state },
        {
          ...fields,
          periodState: 'CLOSED',
          grants: grants.map((g) => `${g.memberName}: ${g.awardTitle}`),
        },
        { scope: { groupId: group.id, year: period.year, kind: period.kind } },
      );
      return this.view(saved);
    });
  }

  exportDecision(
    actor: RequestActor,
    groupCode: string,
    year: number,
    kind: PeriodKind,
    format: DocumentFormat,
  ) {
    return this.db.run(actor, async () => {
      const { group, period, decision, board } = await this.decided(actor, groupCode, year, kind);
      const regulation = await this.regulations.ofPeriod(period);
      const input: DecisionInput = {
        ...letterhead(board, { number: decision.number, date: decision.decidedOn }, new Date(), 'QĐ'),
        groupName: group.name,
        periodLabel: PERIOD_TERMS[kind].ofYear(year),
        grants: decision.grants.map((g) => ({ memberName: g.memberName, awardTitle: g.awardTitle })),
        legalBases: [
          'Căn cứ Luật Thi đua, khen thưởng năm 2022',
          ...(regulation?.legalBasis ? [regulation.legalBasis] : []),
        ],
        signerTitle: decision.signerTitle,
        signerName: decision.signerName,
        recipients: ['Như Điều 3', 'Lưu: VT'],
      };
      const pdf = format === DocumentFormat.PDF;
      const content = await this.workers.render(pdf ? 'decisionPdf' : 'decisionDocx', input);
      return this.exports.download(
        `quyet-dinh-khen-thuong-${group.code}-${year}-${kind}.${pdf ? 'pdf' : 'docx'}`,
        pdf ? PDF : DOCX,
        content,
        'award_decision',
        decision.id,
      );
    });
  }

  exportCertificate(actor: RequestActor, dossierId: string, format: DocumentFormat) {
    return this.db.run(actor, async () => {
      const dossier = await this.dossiers.byId(dossierId);
      const group = dossier && (await this.groups.byId(dossier.groupId));
      if (!dossier || !group) throw notFound('Không tìm thấy hồ sơ khen thưởng.');
      const { decision, board } = await this.decided(
        actor,
        group.code,
        dossier.year,
        dossier.kind as PeriodKind,
      );
      const grant = decision.grants.find((g) => g.dossierId === dossier.id);
      if (!grant) throw notFound('Quyết định không khen thưởng hồ sơ này: không có bằng, giấy khen để in.');
      const input: CertificateInput = {
        issuingBody: board.name,
        awardTitle: grant.awardTitle,
        memberName: grant.memberName,
        citation: `Đã có thành tích xuất sắc trong phong trào thi đua ${PERIOD_TERMS[dossier.kind].ofYear(dossier.year)} của ${group.name}`,
        decisionNumber: `${decision.number} ngày ${formatVietnameseDate(new Date(`${decision.decidedOn}T12:00:00+07:00`))}`,
        place: board.province ?? '',
        date: decision.decidedOn,
        signerTitle: decision.signerTitle,
        signerName: decision.signerName,
      };
      const pdf = format === DocumentFormat.PDF;
      const content = await this.workers.render(pdf ? 'certificatePdf' : 'certificateDocx', input);
      const member = dossier.member as OrganizationEntity;
      return this.exports.download(
        `khen-thuong-${group.code}-${dossier.year}-${dossier.kind}-${member.code}-${dossier.awardId}.${pdf ? 'pdf' : 'docx'}`,
        pdf ? PDF : DOCX,
        content,
        'award_decision',
        decision.id,
      );
    });
  }

  private async read(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    const group = await this.groups.requireByCode(groupCode);
    await this.access.authorize(actor, 'decision.read', { group, year });
    return { group, period: await this.periods.require(group, year, kind) };
  }

  private async decided(
    actor: RequestActor,
    groupCode: string,
    year: number,
    kind: PeriodKind,
  ): Promise<{
    group: EmulationGroupEntity;
    period: PeriodEntity;
    decision: AwardDecisionEntity;
    board: OrganizationEntity;
  }> {
    const { group, period } = await this.read(actor, groupCode, year, kind);
    const decision = await this.repo.ofPeriod(period.id);
    if (!decision) throw notFound('Kỳ này chưa có quyết định khen thưởng.');
    const board = (await this.organizations.byId(group.reviewerId))!;
    return { group, period, decision, board };
  }

  private async view(d: AwardDecisionEntity): Promise<BoardDecision> {
    const members = await this.organizations.byIds(d.grants.map((g) => g.memberId));
    return {
      id: d.id,
      number: d.number,
      date: d.decidedOn,
      signerName: d.signerName,
      signerTitle: d.signerTitle,
      recordedAt: d.recordedAt,
      grants: d.grants.map((g) => ({
        dossierId: g.dossierId,
        member: members.find((m) => m.id === g.memberId)!,
        awardId: g.awardId,
        awardTitle: g.awardTitle,
      })),
    };
  }
}
