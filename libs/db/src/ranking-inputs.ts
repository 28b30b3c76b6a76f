import { createHash } from 'node:crypto';
import type {
  ExplanationInput,
  MemberInput,
  PortalFact,
  RankingInput,
  Regulation,
  SecondRoundDecision,
} from '@thidua/scoring';
import { EntityManager } from 'typeorm';
import {
  CovenantSignatureEntity,
  EmulationGroupEntity,
  ExplanationEntity,
  ExplanationWindowEntity,
  MemberFactEntity,
  MembershipEntity,
  PeriodEntity,
  PeriodKind,
  RegulationEntity,
  ScoreEntity,
  type SubmissionContent,
  TieDecisionEntity,
  TitleRegistrationEntity,
  VoteEntity,
} from './entities';
import { parsedRegulation } from './regulation-cache';

export interface LoadedRankingInputs {
  period: PeriodEntity;
  regulation: Regulation;
  input: RankingInput;
  /** Hash of everything the ranking depends on; equal hashes give equal rankings. */
  hash: string;
}

/**
 * Gathers one group × period's ranking inputs. Used by the worker to compute and by the API to check that
 * the snapshot a head publishes is current; both see the same rows (the head may read all of its group's).
 */
export async function loadRankingInputs(
  em: EntityManager,
  periodId: string,
  now: Date,
): Promise<LoadedRankingInputs> {
  const period = await em.findOneByOrFail(PeriodEntity, { id: periodId });
  const row = await em.findOneByOrFail(RegulationEntity, { id: period.regulationId });
  const regulation = parsedRegulation(row);
  const { groupId, year, kind } = period;

  const memberships = await em.find(MembershipEntity, {
    where: { groupId, year },
    order: { organizationId: 'ASC' },
  });
  const reports = await submittedReports(em, groupId, year, kind);
  const scores = await periodScores(em, periodId);
  const votes = await em.find(VoteEntity, { where: { periodId }, order: { id: 'ASC' } });
  // Format 2: facts true this period, the group's award board (final scorer of scoredBy BOARD criteria),
  // and the tie orders recorded by settleTie.
  const facts = await em.find(MemberFactEntity, {
    where: { periodId, value: true },
    order: { memberId: 'ASC', factId: 'ASC' },
  });
  const portal = await portalFacts(em, regulation, groupId, year);
  const group = await em.findOneByOrFail(EmulationGroupEntity, { id: groupId });
  const ties = await em.find(TieDecisionEntity, { where: { periodId }, order: { membersKey: 'ASC' } });
  const round = await explanationRound(em, periodId, now);

  const members: MemberInput[] = memberships.map((m) => {
    const report = reports.get(m.organizationId);
    return {
      memberId: m.organizationId,
      submittedAt: report?.submittedAt?.toISOString() ?? null,
      indicators: Object.fromEntries(
        (report?.indicators ?? []).map((i) => [
          i.key,
          {
            value: i.value,
            percentOfPlan: i.percentOfPlan,
            changeVsSamePeriodPercent: i.changeVsSamePeriodPercent,
          },
        ]),
      ),
      selfScores: Object.fromEntries(
        (report?.selfScores ?? []).map((s) => [s.criterionId, { points: s.points, count: s.count ?? null }]),
      ),
      scores: (scores.get(m.organizationId) ?? [])
        .map(({ memberId: _, notApplicable, ...s }) => ({
          ...s,
          ...(notApplicable ? { notApplicable: true } : {}),
        }))
        .sort((a, b) => (a.criterionId + a.scorerId).localeCompare(b.criterionId + b.scorerId)),
      facts: [
        ...facts.filter((f) => f.memberId === m.organizationId).map((f) => f.factId),
        ...(portal.get(m.organizationId) ?? []),
      ],
      category: m.category ?? null,
      // Only when there are some: rankings without an explanation round hash as before.
      ...(round.byMember.has(m.organizationId) ? { explanations: round.byMember.get(m.organizationId) } : {}),
    };
  });
  const input: RankingInput = {
    regulation,
    periodKind: kind,
    computedAt: now.toISOString(),
    headId: memberships.find((m) => m.role === 'HEAD')?.organizationId ?? null,
    members,
    votes: votes.map((v) => ({ voterId: v.voterId, awardId: v.awardId, candidateId: v.candidateId })),
    boardId: group.reviewerId,
    tieDecisions: ties.map((t) => ({ by: t.decidedBy, order: t.memberOrder })),
    ...(round.open ? { explanationWindowOpen: true } : {}),
  };
  // computedAt matters only through "is the deadline past" (the missing-report deduction).
  const hashed = { ...input, regulation: row.id, computedAt: now > period.deadline };
  const hash = createHash('sha256').update(JSON.stringify(hashed)).digest('hex');
  return { period, regulation, input, hash };
}

/** An explanation window is open until closed, or until its deadline passes (the worker's sweep then closes it). */
export const explanationWindowOpen = (w: Pick<ExplanationWindowEntity, 'closedAt' | 'deadline'>, now: Date) =>
  w.closedAt === null && w.deadline > now;

/** The period's explanation round: whether its window is open, and each member's explanations with decisions. */
async function explanationRound(em: EntityManager, periodId: string, now: Date) {
  const window = await em.findOneBy(ExplanationWindowEntity, { periodId });
  const rows = window
    ? await em.find(ExplanationEntity, {
        where: { periodId },
        order: { criterionId: 'ASC', memberId: 'ASC' },
      })
    : [];
  const byMember = new Map<string, ExplanationInput[]>();
  for (const e of rows)
    byMember.set(e.memberId, [
      ...(byMember.get(e.memberId) ?? []),
      { criterionId: e.criterionId, text: e.text, decision: secondRound(e) },
    ]);
  return { open: window !== null && explanationWindowOpen(window, now), byMember };
}

function secondRound(e: ExplanationEntity): SecondRoundDecision | null {
  if (e.decision === 'KEPT') return { keep: true, reason: e.secondReason };
  if (e.decision === 'CHANGED')
    return { keep: false, points: e.secondPoints!, count: e.secondCount, reason: e.secondReason ?? '' };
  return null;
}

/** What a ranking reads of a report submitted to a group (not a draft): its latest version's figures. */
export interface SubmittedReport {
  submittedAt: Date | null;
  indicators: SubmissionContent['indicators'];
  selfScores: SubmissionContent['selfScores'];
}

/**
 * The reports submitted to a group for a period, by member. Only the indicators and self-scores of each latest
 * version leave PostgreSQL: the sections (≈ 30 KB a report) are never parsed for a ranking.
 */
export async function submittedReports(
  em: EntityManager,
  groupId: string,
  year: number,
  kind: PeriodKind,
): Promise<Map<string, SubmittedReport>> {
  const rows: (SubmittedReport & { organizationId: string })[] = await em.query(
    `SELECT s.organization_id AS "organizationId", s.submitted_at AS "submittedAt",
            coalesce(v.content -> 'indicators', '[]') AS indicators,
            coalesce(v.content -> 'selfScores', '[]') AS "selfScores"
       FROM submission s
       JOIN submission_group sg ON sg.submission_id = s.id AND sg.group_id = $1
       LEFT JOIN LATERAL (SELECT content FROM submission_version
                           WHERE submission_id = s.id ORDER BY version DESC LIMIT 1) v ON true
      WHERE s.year = $2 AND s.kind = $3 AND s.state <> 'DRAFT'
      ORDER BY s.created_at, s.id`,
    [groupId, year, kind],
  );
  const byMember = new Map<string, SubmittedReport>();
  for (const { organizationId, ...report } of rows)
    if (!byMember.has(organizationId)) byMember.set(organizationId, report);
  return byMember;
}

type PeriodScore = Pick<
  ScoreEntity,
  'memberId' | 'scorerId' | 'criterionId' | 'points' | 'count' | 'reason' | 'notApplicable'
>;

/** A period's scores by member, as plain rows (a 150 × 100 group has 15,000: no entities for them). */
async function periodScores(em: EntityManager, periodId: string): Promise<Map<string, PeriodScore[]>> {
  const rows: PeriodScore[] = await em.query(
    `SELECT member_id AS "memberId", scorer_id AS "scorerId", criterion_id AS "criterionId", points, count,
            reason, not_applicable AS "notApplicable"
       FROM score WHERE period_id = $1 ORDER BY id`,
    [periodId],
  );
  const byMember = new Map<string, PeriodScore[]>();
  for (const row of rows) {
    const own = byMember.get(row.memberId);
    if (own) own.push(row);
    else byMember.set(row.memberId, [row]);
  }
  return byMember;
}

/**
 * The facts the portal sets (a regulation's setBy PORTAL facts) from the start of the group's year: who
 * signed the covenant, who registered its titles — by member.
 */
async function portalFacts(
  em: EntityManager,
  regulation: Regulation,
  groupId: string,
  year: number,
): Promise<Map<string, PortalFact[]>> {
  const declared = new Set(
    ('facts' in regulation ? (regulation.facts ?? []) : [])
      .filter((f) => f.setBy === 'PORTAL')
      .map((f) => f.id),
  );
  const byMember = new Map<string, PortalFact[]>();
  const add = (memberId: string, fact: PortalFact) =>
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), fact]);
  if (declared.has('COVENANT_SIGNED'))
    for (const s of await em.find(CovenantSignatureEntity, { where: { groupId, year } }))
      add(s.memberId, 'COVENANT_SIGNED');
  if (declared.has('REGISTERED'))
    for (const r of await em.find(TitleRegistrationEntity, { where: { groupId, year } }))
      add(r.memberId, 'REGISTERED');
  return byMember;
}
