import { Injectable } from '@nestjs/common';
import {
  EmulationGroupEntity,
  MembershipEntity,
  OrganizationEntity,
  SuccessionElectionEntity,
  SuccessionMethod,
  TenantDb,
} from '@thidua/db';
import { decideSuccession, nextYearDraft, SuccessionOutcome } from '@thidua/scoring';
import { formatVietnameseDate, memberRoleInSentence } from '@thidua/terms';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput, conflict, notFound } from '../common/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { AuditService } from '../database/audit.service';
import { GroupsRepository } from '../groups/groups.repository';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { PeriodsRepository } from '../periods/periods.repository';
import { RegulationsRepository } from '../regulations/regulations.repository';
import { SuccessionRepository } from './succession.repository';
import { RegulationDraft, SuccessionCount, SuccessionElection } from './succession.types';

const MAX_REASON = 2000;
/** The FY ranking is published (or reviewed, or later): the year-end meeting has its results. */
const NOT_YET_PUBLISHED = new Set(['OPEN', 'SCORING']);

export interface Choice {
  headCode?: string | null;
  deputyCode?: string | null;
}

/**
 * Next year's head and deputy (issue 11.6). The head of the year (or the admin) opens the election once the FY
 * ranking is published; every member casts one secret ballot, replaceable until closing; closing (or the
 * admin recording the meeting's result) hands over in one transaction: next year's memberships (the same
 * members and categories, the new head and deputy) and next year's draft regulation, copied from this year's.
 */
@Injectable()
export class SuccessionService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: SuccessionRepository,
    private readonly groups: GroupsRepository,
    private readonly periods: PeriodsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly regulations: RegulationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  election(actor: RequestActor, groupCode: string, year: number): Promise<SuccessionElection | null> {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'succession.read', { group, year });
      const election = await this.repo.find(group.id, year);
      return election && this.view(actor, group, election);
    });
  }

  open(actor: RequestActor, groupCode: string, year: number) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'succession.open', { group, year });
      const existing = await this.repo.find(group.id, year);
      if (existing)
        throw refused(
          conflict,
          'year',
          `${group.name} đã mở bầu cụm/khối trưởng năm ${year + 1} ngày ${formatVietnameseDate(existing.openedAt)}.`,
        );
      await this.refuseIfNextYearExists(group, year);
      const fy = (await this.periods.ofYear(group.id, year)).find((p) => p.kind === 'FY');
      if (!fy || NOT_YET_PUBLISHED.has(fy.state))
        throw refused(
          conflict,
          'year',
          `Kỳ tổng kết năm ${year} của ${group.name} chưa công bố kết quả: bầu cụm/khối trưởng năm sau diễn ra tại hội nghị tổng kết, sau khi công bố.`,
        );
      const election = await this.repo.open(group.id, year, actor.organizationId);
      await this.notifications.sendToMembers(actor, 'ELECTION_OPENED', group, year);
      await this.audit.record('succession.open', 'succession_election', election.id, null, {
        groupId: group.id,
        year,
      });
      return this.view(actor, group, (await this.repo.find(group.id, year))!);
    });
  }

  vote(actor: RequestActor, groupCode: string, year: number, choice: Required<Choice>) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'succession.vote', { group, year });
      const election = await this.requireOpen(group, year);
      const members = await this.memberships.members(group.id, year);
      const { head, deputy } = offices(members, choice, year);
      const { replaced, id } = await this.repo.cast({
        electionId: election.id,
        groupId: group.id,
        year,
        voterId: actor.organizationId,
        headChoiceId: head.id,
        deputyChoiceId: deputy.id,
        castByUserId: actor.userId,
        castAt: new Date(),
      });
      // The ballot is secret: the log records that it was cast, not for whom.
      await this.audit.record('succession.vote', 'succession_ballot', id, replaced ? { cast: true } : null, {
        electionId: election.id,
        voterId: actor.organizationId,
        cast: true,
      });
      return this.view(actor, group, election);
    });
  }

  /** The head (or the admin) closes from the count; a tie is settled by naming one of the tied, with a reason. */
  close(actor: RequestActor, groupCode: string, year: number, settle: Choice, reason?: string | null) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'succession.close', { group, year });
      const election = await this.requireOpen(group, year);
      await this.refuseIfNextYearExists(group, year);
      const members = await this.memberships.members(group.id, year);
      const settled = {
        headId: settle.headCode ? candidate(members, settle.headCode, 'headCode', year).id : null,
        deputyId: settle.deputyCode ? candidate(members, settle.deputyCode, 'deputyCode', year).id : null,
      };
      const note = readReason(reason, settled.headId || settled.deputyId ? 'required' : 'optional');
      const counts = await this.repo.tally(election.id);
      const of = (office: 'HEAD' | 'DEPUTY') => counts.filter((c) => c.office === office);
      const outcome = decideSuccession({ head: of('HEAD'), deputy: of('DEPUTY') }, settled);
      if (!outcome.ok) throw outcomeRefusal(outcome, members);
      const result = { headId: outcome.headId, deputyId: outcome.deputyId };
      return this.handOver(actor, group, election, members, result, 'VOTE', note);
    });
  }

  /** The admin enters the result of a meeting held without the portal's ballots, saying why. */
  record(actor: RequestActor, groupCode: string, year: number, choice: Required<Choice>, reason: string) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'succession.record', { group, year });
      const note = readReason(reason, 'required');
      const existing = await this.repo.find(group.id, year);
      if (existing?.state === 'CLOSED') throw closedRefusal(group, year, existing);
      await this.refuseIfNextYearExists(group, year);
      const members = await this.memberships.members(group.id, year);
      const { head, deputy } = offices(members, choice, year);
      const election = existing ?? (await this.repo.open(group.id, year, actor.organizationId));
      const result = { headId: head.id, deputyId: deputy.id };
      return this.handOver(actor, group, election, members, result, 'RECORDED', note);
    });
  }

  regulationDraft(actor: RequestActor, groupCode: string, year: number): Promise<RegulationDraft | null> {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'regulation.readDraft', { group, year });
      return this.draftView(group, year);
    });
  }

  /** Kept as written (a draft may be incomplete); publishRegulation validates it when the head adopts it. */
  saveRegulationDraft(actor: RequestActor, groupCode: string, year: number, document: unknown) {
    return this.db.run(actor, async () => {
      const group = await this.groups.requireByCode(groupCode);
      await this.access.authorize(actor, 'regulation.draft', { group, year });
      const draft = await this.repo.draft(group.id, year);
      if (!draft) throw notFound(`${group.name} chưa có dự thảo quy chế năm ${year}.`);
      if (await this.regulations.latest(group.id, year))
        throw refused(
          conflict,
          'document',
          `Quy chế năm ${year} đã ban hành: hãy sửa bằng cách ban hành phiên bản mới.`,
        );
      if (!document || typeof document !== 'object' || Array.isArray(document))
        throw refused(badInput, 'document', 'Dự thảo quy chế phải là một đối tượng JSON.');
      await this.repo.saveDraft(draft.id, {
        document: document as Record<string, unknown>,
        updatedById: actor.organizationId,
        updatedAt: new Date(),
      });
      await this.audit.record('regulation.draft', 'regulation_draft', draft.id, null, { year, saved: true });
      return (await this.draftView(group, year))!;
    });
  }

  /** Closes the election, creates next year's memberships and draft regulation, records the handover. */
  private async handOver(
    actor: RequestActor,
    group: EmulationGroupEntity,
    election: SuccessionElectionEntity,
    members: MembershipEntity[],
    result: { headId: string; deputyId: string },
    method: SuccessionMethod,
    reason: string | null,
  ) {
    const year = election.year;
    const outgoingHeadId = members.find((m) => m.role === 'HEAD')?.organizationId ?? null;
    const closed = {
      state: 'CLOSED' as const,
      ...result,
      outgoingHeadId,
      method,
      reason,
      closedById: actor.organizationId,
      closedByUserId: actor.userId,
      closedByEmail: await this.repo.emailOf(actor.userId),
      closedAt: new Date(),
    };
    await this.repo.close(election.id, closed);
    for (const m of members)
      await this.memberships.upsert({
        groupId: group.id,
        organizationId: m.organizationId,
        year: year + 1,
        role:
          m.organizationId === result.headId
            ? 'HEAD'
            : m.organizationId === result.deputyId
              ? 'DEPUTY'
              : 'MEMBER',
        category: m.category,
      });
    const current = await this.regulations.latest(group.id, year);
    const draft =
      current &&
      (await this.repo.createDraft({
        groupId: group.id,
        year: year + 1,
        document: nextYearDraft(current.document, year),
        copiedFromId: current.id,
        updatedById: actor.organizationId,
        updatedAt: closed.closedAt,
      }));
    await this.audit.record(
      method === 'VOTE' ? 'succession.close' : 'succession.record',
      'succession_election',
      election.id,
      { state: 'OPEN' },
      {
        state: 'CLOSED',
        outgoingHeadId,
        headId: result.headId,
        deputyId: result.deputyId,
        method,
        reason,
        nextYear: year + 1,
        members: members.length,
        draftRegulationId: draft?.id ?? null,
      },
    );
    return this.view(actor, group, (await this.repo.find(group.id, year))!);
  }

  private async requireOpen(group: EmulationGroupEntity, year: number) {
    const election = await this.repo.find(group.id, year);
    if (!election) throw notFound(`${group.name} chưa mở bầu cụm/khối trưởng năm ${year + 1}.`);
    if (election.state === 'CLOSED') throw closedRefusal(group, year, election);
    return election;
  }

  private async refuseIfNextYearExists(group: EmulationGroupEntity, year: number) {
    if ((await this.memberships.members(group.id, year + 1)).length > 0)
      throw refused(
        conflict,
        'nextYear',
        `${group.name} đã có danh sách thành viên năm ${year + 1}: không tạo lại được từ kết quả bầu.`,
      );
  }

  private async view(
    actor: RequestActor,
    group: EmulationGroupEntity,
    e: SuccessionElectionEntity,
  ): Promise<SuccessionElection> {
    const members = await this.memberships.members(group.id, e.year);
    const orgs = members.map((m) => m.organization as OrganizationEntity).sort(byName);
    const voters = new Set(await this.repo.voters(e.id));
    const counts = await this.repo.tally(e.id);
    const orgOf = (id: string) =>
      orgs.find((o) => o.id === id) ?? ({ id, code: id, name: id } as OrganizationEntity);
    const votes = (office: 'HEAD' | 'DEPUTY'): SuccessionCount[] =>
      counts
        .filter((c) => c.office === office)
        .sort((a, b) => b.votes - a.votes)
        .map((c) => ({ candidate: orgOf(c.candidateId), votes: c.votes }));
    const own = await this.repo.ownBallot(e.id, actor.organizationId);
    return {
      id: e.id,
      year: e.year,
      nextYear: e.year + 1,
      state: e.state,
      openedAt: e.openedAt,
      candidates: orgs,
      voted: orgs.filter((o) => voters.has(o.id)),
      notVoted: orgs.filter((o) => !voters.has(o.id)),
      myBallot: own && {
        head: own.headChoice as OrganizationEntity,
        deputy: own.deputyChoice as OrganizationEntity,
        castAt: own.castAt,
      },
      headVotes: votes('HEAD'),
      deputyVotes: votes('DEPUTY'),
      handover:
        e.state === 'CLOSED'
          ? {
              outgoingHead: e.outgoingHead ?? null,
              incomingHead: e.head as OrganizationEntity,
              deputy: e.deputy as OrganizationEntity,
              method: e.method!,
              reason: e.reason,
              handedOverAt: e.closedAt!,
              recordedBy: e.closedBy as OrganizationEntity,
              recordedByEmail: e.closedByEmail ?? '',
            }
          : null,
    };
  }

  private async draftView(group: EmulationGroupEntity, year: number): Promise<RegulationDraft | null> {
    const draft = await this.repo.draft(group.id, year);
    if (!draft) return null;
    return {
      id: draft.id,
      year: draft.year,
      document: draft.document,
      copiedFromYear: draft.copiedFrom?.year ?? null,
      updatedAt: draft.updatedAt,
      published: !!(await this.regulations.latest(group.id, year)),
    };
  }
}

const byName = (a: OrganizationEntity, b: OrganizationEntity) => a.name.localeCompare(b.name, 'vi');

/** A refusal whose sentence the page shows as it is (extensions.problems), not the code's generic one. */
const refused = (make: typeof conflict, path: string, message: string) =>
  make(message, { problems: [{ path, message }] });

function closedRefusal(group: EmulationGroupEntity, year: number, e: SuccessionElectionEntity) {
  return refused(
    conflict,
    'year',
    `Bầu cụm/khối trưởng năm ${year + 1} của ${group.name} đã kết thúc ngày ${formatVietnameseDate(e.closedAt!)}.`,
  );
}

/** A member of the year, by its code. */
function candidate(members: MembershipEntity[], code: string | null | undefined, path: string, year: number) {
  const org = members.find((m) => m.organization?.code === code?.trim())?.organization;
  if (!org)
    throw refused(
      badInput,
      path,
      `Đơn vị mã "${(code ?? '').slice(0, 64)}" không phải thành viên của cụm/khối năm ${year}.`,
    );
  return org;
}

/** A head and a deputy named by a ballot or the admin: two different members of the year. */
function offices(members: MembershipEntity[], choice: Required<Choice>, year: number) {
  const head = candidate(members, choice.headCode, 'headCode', year);
  const deputy = candidate(members, choice.deputyCode, 'deputyCode', year);
  if (head.id === deputy.id)
    throw refused(badInput, 'deputyCode', 'Cụm/khối trưởng và cụm/khối phó phải là hai đơn vị khác nhau.');
  return { head, deputy };
}

function readReason(reason: string | null | undefined, need: 'required' | 'optional'): string | null {
  const text = reason?.trim() || null;
  if (!text && need === 'required')
    throw refused(
      badInput,
      'reason',
      'Hãy ghi lý do (căn cứ biên bản hội nghị hoặc cách giải quyết số phiếu bằng nhau).',
    );
  if (text && text.length > MAX_REASON)
    throw refused(badInput, 'reason', `Lý do dài quá ${MAX_REASON} ký tự.`);
  return text;
}

function outcomeRefusal(outcome: Exclude<SuccessionOutcome, { ok: true }>, members: MembershipEntity[]) {
  const name = (id: string) => members.find((m) => m.organizationId === id)?.organization?.name ?? id;
  const office = (o: 'HEAD' | 'DEPUTY') => memberRoleInSentence(o);
  switch (outcome.problem) {
    case 'NO_BALLOTS':
      return refused(conflict, 'ballots', 'Chưa có phiếu bầu nào: chưa kết thúc bầu được.');
    case 'TIED':
      return refused(
        conflict,
        outcome.office === 'HEAD' ? 'headCode' : 'deputyCode',
        `${outcome.tied.map(name).join(', ')} bằng số phiếu bầu ${office(outcome.office)}: hãy chọn một trong các đơn vị này và ghi lý do.`,
      );
    case 'NO_DEPUTY':
      return refused(
        conflict,
        'deputyCode',
        'Mọi phiếu bầu cụm/khối phó đều chọn đơn vị trúng cử cụm/khối trưởng: hãy chọn cụm/khối phó và ghi lý do.',
      );
    case 'NOT_TIED':
      return refused(
        badInput,
        outcome.office === 'HEAD' ? 'headCode' : 'deputyCode',
        `Không có số phiếu bằng nhau cho chức ${office(outcome.office)}: kết quả theo số phiếu, không chọn ${name(outcome.candidateId)} thay được.`,
      );
  }
}
