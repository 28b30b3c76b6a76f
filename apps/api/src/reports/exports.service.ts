import { Injectable } from '@nestjs/common';
import { EmulationGroupEntity, OrganizationEntity, PeriodKind, TenantDb } from '@thidua/db';
import { MinutesDocxInput, ProposalDocxInput, RankingPeriod, VoteResultRow } from '@thidua/report';
import { ExplanationLine, Regulation } from '@thidua/scoring';
import { PERIOD_TERMS, reportSummary } from '@thidua/terms';
import { createHash } from 'node:crypto';
import { RequestActor } from '../auth/actor';
import { AuditService } from '../database/audit.service';
import { notFound } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { GroupsRepository } from '../groups/groups.repository';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { RankingsService } from '../rankings/rankings.service';
import { Ranking } from '../rankings/ranking.types';
import { RegulationsReader } from '../regulations/regulations.reader';
import { SubmissionsRepository } from '../submissions/submissions.repository';
import { SubmissionsService } from '../submissions/submissions.service';
import { DocumentWorkers } from './document-workers';
import { DocumentHeaderInput, Download } from './report.types';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface SnapshotBreakdown {
  lines: ExplanationLine[];
  voteResults?: { awardId: string; votes: number; base: number; passed: boolean }[];
}

/**
 * The official documents heads and boards file: a member's report (DOCX, Nghị định 30 layout), the ranking
 * matrix (XLSX), the vote minutes and the award proposal (DOCX). Each reads only what the actor may see; the
 * rendering runs in a document thread (DocumentWorkers), off the event loop every tenant shares.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: TenantDb,
    private readonly submissions: SubmissionsService,
    private readonly submissionRows: SubmissionsRepository,
    private readonly rankings: RankingsService,
    private readonly regulations: RegulationsReader,
    private readonly groups: GroupsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly workers: DocumentWorkers,
  ) {}

  submissionDocx(actor: RequestActor, id: string, header: DocumentHeaderInput = {}) {
    return this.db.run(actor, async () => {
      const s = await this.submissions.one(actor, id);
      if (!s) throw notFound('Không tìm thấy báo cáo.');
      const org = s.organization as OrganizationEntity;
      const content = await this.workers.render('reportDocx', {
        ...letterhead(org, header, s.submittedAt ?? new Date(), 'BC'),
        documentType: 'BÁO CÁO',
        summary: reportSummary(s.kind, s.year),
        sections: s.sections,
        signerTitle: header.signerTitle ?? 'GIÁM ĐỐC',
        signerName: header.signerName ?? '',
        recipients: header.recipients ?? [...s.groups.map((g) => `Thành viên ${g.name}`), 'Lưu: VT.'],
      });
      return this.download(`bao-cao-${org.code}-${s.year}-${s.kind}.docx`, DOCX, content, 'submission', id);
    });
  }

  rankingXlsx(actor: RequestActor, groupCode: string, year: number) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      const periods: RankingPeriod[] = [];
      for (const kind of ['H1', 'FY'] as const) {
        const ranking = await this.rankings.ranking(actor, groupCode, year, kind);
        const regulation = await this.regulations.forPeriod(group.id, year, kind);
        if (ranking && regulation) periods.push(await this.matrix(group, year, kind, ranking, regulation));
      }
      if (periods.length === 0) throw notFound('Chưa có bảng xếp hạng nào để xuất.');
      const content = await this.workers.render('rankingXlsx', { groupName: group.name, periods });
      return this.download(`xep-hang-${group.code}-${year}.xlsx`, XLSX, content, 'emulation_group', group.id);
    });
  }

  minutesDocx(
    actor: RequestActor,
    groupCode: string,
    year: number,
    kind: PeriodKind,
    header: DocumentHeaderInput = {},
  ) {
    return this.db.run(actor, async () => {
      const { group, ranking, input } = await this.minutesInput(actor, groupCode, year, kind, header);
      const content = await this.workers.render('minutesDocx', input);
      return this.download(
        `bien-ban-binh-xet-${group.code}-${year}-${kind}.docx`,
        DOCX,
        content,
        'ranking_snapshot',
        ranking.id,
      );
    });
  }

  proposalDocx(
    actor: RequestActor,
    groupCode: string,
    year: number,
    kind: PeriodKind,
    header: DocumentHeaderInput = {},
  ) {
    return this.db.run(actor, async () => {
      const { group, ranking, input } = await this.proposalInput(actor, groupCode, year, kind, header);
      const content = await this.workers.render('proposalDocx', input);
      return this.download(
        `to-trinh-${group.code}-${year}-${kind}.docx`,
        DOCX,
        content,
        'ranking_snapshot',
        ranking.id,
      );
    });
  }

  /** The minutes with the vote result (biên bản bình xét), as the documents render it; in a transaction. */
  async minutesInput(
    actor: RequestActor,
    groupCode: string,
    year: number,
    kind: PeriodKind,
    header: DocumentHeaderInput,
  ): Promise<{ group: EmulationGroupEntity; ranking: Ranking; input: MinutesDocxInput }> {
    const { group, ranking, regulation, head } = await this.forHeadOrBoard(actor, groupCode, year, kind);
    const names = new Map(ranking.entries.map((e) => [e.organization.id, e.organization.name]));
    const breakdowns = (await ranking.details('breakdowns')) as Record<string, SnapshotBreakdown>;
    const voteResults: VoteResultRow[] = ranking.entries.flatMap((e) =>
      (breakdowns[e.organization.id].voteResults ?? []).map((v) => ({
        awardTitle: regulation.awards.find((a) => a.id === v.awardId)?.title ?? v.awardId,
        candidate: names.get(e.organization.id) ?? '',
        votes: v.votes,
        base: v.base,
        thresholdPercent: String((regulation.voting?.threshold ?? 0) * 100),
        passed: v.passed,
      })),
    );
    const members = await this.memberships.members(group.id, year);
    const input = {
      ...letterhead(head, header, new Date(), 'BB'),
      groupName: group.name,
      periodLabel: PERIOD_TERMS[kind].ofYear(year),
      attendees: members.map((m) => `Đại diện ${m.organization!.name}`),
      voteResults,
      ...(header.signerTitle ? { chairTitle: header.signerTitle } : {}),
      chairName: header.signerName ?? '',
      secretaryName: '',
    };
    return { group, ranking, input };
  }

  /**
   * The award proposal (tờ trình) of the ranking's proposals, or of those `only` keeps (one dossier's); in a
   * transaction.
   */
  async proposalInput(
    actor: RequestActor,
    groupCode: string,
    year: number,
    kind: PeriodKind,
    header: DocumentHeaderInput,
    only: (memberId: string, awardId: string) => boolean = () => true,
  ): Promise<{ group: EmulationGroupEntity; ranking: Ranking; input: ProposalDocxInput }> {
    const { group, ranking, regulation, head } = await this.forHeadOrBoard(actor, groupCode, year, kind);
    const reviewer = await this.organizations.byId(group.reviewerId);
    const proposals = regulation.awards.flatMap((award) =>
      ranking.entries
        .filter((e) => e.proposals.includes(award.id) && only(e.organization.id, award.id))
        .map((e) => ({
          awardTitle: award.title,
          memberName: e.organization.name,
          rank: e.rank,
          total: e.total,
        })),
    );
    const input = {
      ...letterhead(head, header, new Date(), 'TTr'),
      recipient: reviewer?.name ?? '',
      groupName: group.name,
      periodLabel: PERIOD_TERMS[kind].ofYear(year),
      proposals,
      legalBases: regulation.legalBasis ? [regulation.legalBasis] : [],
      signerTitle: header.signerTitle ?? 'TRƯỞNG CỤM',
      signerName: header.signerName ?? '',
      recipients: header.recipients ?? [reviewer?.name ?? '', 'Lưu: VT'],
    };
    return { group, ranking, input };
  }

  /** Minutes and proposals are the head's documents, and the board's to read. */
  private async forHeadOrBoard(actor: RequestActor, groupCode: string, year: number, kind: PeriodKind) {
    const group = await this.groups.requireByCode(groupCode);
    await this.access.authorize(actor, 'documents.export', { group, year });
    const ranking = await this.rankings.ranking(actor, groupCode, year, kind);
    const regulation = await this.regulations.forPeriod(group.id, year, kind);
    if (!ranking || !regulation) throw notFound('Chưa có bảng xếp hạng của kỳ này.');
    const headId = (await this.memberships.members(group.id, year)).find(
      (m) => m.role === 'HEAD',
    )?.organizationId;
    const head =
      (headId && (await this.organizations.byId(headId))) ||
      (await this.organizations.byId(actor.organizationId))!;
    return { group, ranking, regulation, head };
  }

  /** Members × criteria: self-scores from the submitted reports, final points from the ranking's explanation. */
  private async matrix(
    group: EmulationGroupEntity,
    year: number,
    kind: PeriodKind,
    ranking: Ranking,
    regulation: Regulation,
  ) {
    const reports = await this.submissionRows.addressedTo(group.id, year, kind);
    const criteria = flatten(regulation.criteria);
    const breakdowns = (await ranking.details('breakdowns')) as Record<string, SnapshotBreakdown>;
    return {
      label: PERIOD_TERMS[kind].ofYear(year),
      criteria: criteria.map((c) => ({ id: c.id, title: c.title, max: c.max })),
      entries: ranking.entries.map((e) => {
        const lines = breakdowns[e.organization.id].lines.filter((l) => l.kind === 'criterion');
        const selfScores =
          reports.find((r) => r.organizationId === e.organization.id)?.content.selfScores ?? [];
        return {
          memberName: e.organization.name,
          rank: e.rank,
          total: e.total,
          band: e.band,
          self: Object.fromEntries(
            criteria.map((c) => [c.id, selfScores.find((s) => s.criterionId === c.id)?.points ?? null]),
          ),
          final: Object.fromEntries(lines.map((l) => [l.id, l.result])),
        };
      }),
    };
  }

  /** A generated file as the API answers it, its export audited with its hash. */
  async download(
    fileName: string,
    contentType: string,
    content: Buffer,
    entity: string,
    entityId: string,
  ): Promise<Download> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    await this.audit.record('document.export', entity, entityId, null, {
      fileName,
      sha256,
      size: content.length,
    });
    return { fileName, contentType, size: content.length, sha256, contentBase64: content.toString('base64') };
  }
}

interface CriterionNode {
  id: string;
  title: string;
  max: number;
  children?: CriterionNode[];
}

/** Parents before their children, in the regulation's order. */
const flatten = (nodes: readonly CriterionNode[]): CriterionNode[] =>
  nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);

/** Letterhead of Nghị định 30: the issuing body under its province's people's committee. */
export function letterhead(
  org: OrganizationEntity,
  header: DocumentHeaderInput,
  defaultDate: Date,
  symbol: string,
) {
  return {
    parentBody: org.province ? `UBND TỈNH ${org.province.toUpperCase()}` : undefined,
    issuingBody: org.name.toUpperCase().replace(/ TỈNH .*$/, ''),
    number: header.number ?? `      /${symbol}-${org.code.toUpperCase()}`,
    place: header.place ?? org.province ?? '',
    date: header.date ?? defaultDate.toISOString().slice(0, 10),
  };
}
