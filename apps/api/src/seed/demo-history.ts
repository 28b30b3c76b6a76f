// Demo data (not real): the other members' 2023 reports, the heads' and cross-scorers' scores, votes,
// publication and approval, the half-scored year end, and the current year opened with deadlines ahead.
// Only Sở Công Thương Gia Lai's 2023-H1 report is real (seed.ts imports it). Figures are plausible, made up
// per member so that the ranking, the bands and the awards have something to show.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@thidua/config';
import { loadRankingInputs, TenantDb } from '@thidua/db';
import { Client } from 'pg';
import { WorkerModule } from '../../../worker/src/worker.module';
import { RequestActor } from '../auth/actor';
import { MembershipsService } from '../memberships/memberships.service';
import { RankingsService } from '../rankings/rankings.service';
import { RegulationsService } from '../regulations/regulations.service';
import { ScoresService } from '../scores/scores.service';
import { SubmissionsService } from '../submissions/submissions.service';
import { DEMO_ADMIN_EMAIL, demoEmail, GROUPS, ORGANIZATIONS } from './demo-data';
import { hasMembership } from './seed-queries';
import {
  INDICATOR_LABELS,
  methodTraits,
  type Criterion,
  type IndicatorKey,
  type RegulationDocument,
} from '@thidua/scoring';
import { FactsService } from '../facts/facts.service';
import { MemberRole, PeriodKind } from '../groups/group.types';
import { PERIOD_TERMS } from '@thidua/terms';

/** A member's demo standing, 0 (weakest) to 1 (strongest): every figure and self-score follows from it. */
export const DEMO_STRENGTH: Record<string, number> = {
  'sct-lam-dong': 0.9,
  'sct-dak-lak': 0.75,
  'sct-kon-tum': 0.45,
  'sct-dak-nong': 0.3,
  'bqlkkt-gia-lai': 0.85,
  'quy-bvptr-gia-lai': 0.6,
  'stttt-gia-lai': 0.95,
  'sgtvt-gia-lai': 0.4,
  'sxd-gia-lai': 0.55,
  'snnptnt-gia-lai': 0.7,
  'stnmt-gia-lai': 0.25,
};

/** Who leads in the current year (demo): the 2023 deputies took over, as rotation usually goes. */
export const CURRENT_YEAR_MEMBERS: Record<string, [string, MemberRole][]> = {
  // After the 2025 mergers: Kon Tum is part of Quảng Ngãi, Đắk Nông of Lâm Đồng.
  'CTD-VIII': [
    ['sct-dak-lak', MemberRole.HEAD],
    ['sct-gia-lai', MemberRole.DEPUTY],
    ['sct-lam-dong', MemberRole.MEMBER],
    ['sct-quang-ngai', MemberRole.MEMBER],
  ],
  'KTD-KT-GIA-LAI': [
    ['quy-bvptr-gia-lai', MemberRole.HEAD],
    ['stttt-gia-lai', MemberRole.DEPUTY],
    ['bqlkkt-gia-lai', MemberRole.MEMBER],
    ['sct-gia-lai', MemberRole.MEMBER],
    ['sgtvt-gia-lai', MemberRole.MEMBER],
    ['sxd-gia-lai', MemberRole.MEMBER],
    ['snnptnt-gia-lai', MemberRole.MEMBER],
    ['stnmt-gia-lai', MemberRole.MEMBER],
  ],
};

export const DEMO_DECISIONS: Record<string, string> = {
  'CTD-VIII': '125/QĐ-BCT (dữ liệu mẫu)',
  'KTD-KT-GIA-LAI': '1450/QĐ-UBND (dữ liệu mẫu)',
};

/** Submission times before each group's deadlines (H1: 20/6 and 25/6; FY: 20/11 and 5/12). */
export const SUBMITTED_AT: Record<PeriodKind, (i: number) => string> = {
  [PeriodKind.H1]: (i) => `2023-06-${String(8 + i).padStart(2, '0')}T10:00:00+07:00`,
  [PeriodKind.FY]: (i) => `2023-11-${String(6 + i).padStart(2, '0')}T10:00:00+07:00`,
};

const round1 = (n: number) => (Math.round(n * 10) / 10).toString();

/** The indicators both regulations compute from, with figures that grow with the member's strength. */
export function demoIndicators(strength: number, kind: PeriodKind) {
  const share = kind === PeriodKind.H1 ? 0.5 : 1;
  const planned = (p: number) => round1(p * share * (0.85 + strength * 0.3));
  const figures: Record<string, { value: string; unit: string; percentOfPlan?: string; change?: string }> = {
    industrial_output_value: {
      value: round1((9000 + strength * 8000) * share),
      unit: 'tỷ đồng',
      percentOfPlan: planned(100),
      change: round1(4 + strength * 10),
    },
    retail_sales: {
      value: round1((20000 + strength * 30000) * share),
      unit: 'tỷ đồng',
      percentOfPlan: planned(100),
      change: round1(8 + strength * 18),
    },
    online_dossier_rate: { value: round1(70 + strength * 28), unit: '%' },
    assigned_tasks_completed: {
      value: String(Math.round(20 + strength * 10)),
      unit: 'nhiệm vụ',
      percentOfPlan: round1((80 + strength * 20) * (kind === PeriodKind.H1 ? 0.6 : 1)),
    },
    admin_dossiers_resolved: {
      value: String(Math.round((3000 + strength * 7000) * share)),
      unit: 'hồ sơ',
      percentOfPlan: round1(90 + strength * 10),
    },
    online_dossiers: {
      value: String(Math.round((2000 + strength * 6000) * share)),
      unit: 'hồ sơ',
      change: round1(strength * 15),
    },
  };
  return Object.entries(figures).map(([key, f]) => ({
    key,
    label: INDICATOR_LABELS[key as IndicatorKey],
    value: f.value,
    unit: f.unit,
    percentOfPlan: f.percentOfPlan ?? null,
    changeVsSamePeriodPercent: f.change ?? null,
    confirmed: true,
  }));
}

export function demoSections(organizationName: string, kind: PeriodKind) {
  const period = PERIOD_TERMS[kind].ofYear(2023);
  return [
    {
      path: 'P1',
      title: `Phần I. Kết quả thực hiện nhiệm vụ ${period}`,
      body:
        `${organizationName} đã bám sát kế hoạch năm, triển khai đồng bộ các nhiệm vụ được giao ` +
        `(báo cáo mẫu — dữ liệu minh họa, không phải số liệu thật).`,
    },
    {
      path: 'P2',
      title: kind === PeriodKind.H1 ? 'Phần II. Nhiệm vụ 6 tháng cuối năm' : 'Phần II. Phương hướng năm 2024',
      body: 'Tiếp tục đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số và phong trào thi đua.',
    },
  ];
}

/** The leaves a person scores (every method not computed, by its traits); computed ones come from the indicators. */
export function scoredLeaves(regulation: RegulationDocument): Criterion[] {
  const leaves: Criterion[] = [];
  const walk = (c: Criterion) => {
    if (c.children?.length) c.children.forEach(walk);
    else if (c.method && !methodTraits(c.method).computed) leaves.push(c);
  };
  (regulation.criteria as Criterion[]).forEach(walk);
  return leaves;
}

/** Points for one leaf at a strength; `offset` lets a scorer see it a little differently. */
export function demoPoints(c: Criterion, strength: number, offset = 0) {
  const s = Math.min(1, Math.max(0, strength + offset));
  const { allOrNothing, each } = methodTraits(c.method!);
  if (allOrNothing) return { points: String(s >= 0.35 ? c.max : 0) };
  if (each !== undefined) {
    const count = Math.min(Math.floor(c.max / each), Math.round(s * (c.max / each)));
    return { points: String(count * each), count };
  }
  return { points: String(Math.round(c.max * (0.55 + s * 0.45))) };
}

/** A deadline that is still ahead of `now`: the regulation's usual day, or a few weeks from now. */
function ahead(now: Date, usual: Date, daysFromNow: number): string {
  const soon = new Date(now.getTime() + daysFromNow * 86_400_000);
  const at = usual > soon ? usual : soon;
  return `${at.toISOString().slice(0, 10)}T17:00:00+07:00`;
}

/** This year's regulation: last version's rules, a new decision, and periods still open. */
export function currentYearRegulation(base: RegulationDocument, year: number, now: Date): RegulationDocument {
  const h1 = ahead(now, new Date(`${year}-06-20T10:00:00Z`), 21);
  const fy = ahead(now, new Date(`${year}-12-10T10:00:00Z`), 45); // always after h1
  const decisionDate = new Date(Math.min(now.getTime(), new Date(`${year}-03-15T00:00:00Z`).getTime()));
  return {
    ...base,
    year,
    title: base.title.replace(/\d{4}/, String(year)),
    decision: {
      number: base.decision?.number?.replace(/^\d+/, '12') ?? `12/QĐ-${base.group}`,
      date: decisionDate.toISOString().slice(0, 10),
    },
    periods: [
      { kind: 'H1', deadline: h1 },
      { kind: 'FY', deadline: fy },
    ],
  } as RegulationDocument;
}

export type ActorOf = (email: string) => Promise<RequestActor>;
type DemoGroup = (typeof GROUPS)[number];
const GIA_LAI_STRENGTH = 0.65;
const strengthOf = (code: string) => DEMO_STRENGTH[code] ?? GIA_LAI_STRENGTH;
const headOf2023 = (g: DemoGroup) => g.members2023.find(([, role]) => role === 'HEAD')![0];

/**
 * The demo's 2023 and this year, through the same services as the API. The rankings are computed by a
 * worker started in this process (the seed runs before `npm start` forks the real one).
 */
export async function seedDemoHistory(app: INestApplicationContext, owner: Client, actorOf: ActorOf) {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forConfig(loadConfig()), {
    logger: ['error', 'warn'],
  });
  try {
    const history = new DemoHistory(app, owner, actorOf);
    await history.reports(PeriodKind.H1);
    await history.reports(PeriodKind.FY);
    for (const g of GROUPS) {
      await history.scores(g, PeriodKind.H1, 1);
      await history.bonus(g, PeriodKind.H1);
      await history.format2(g, PeriodKind.H1);
      await history.publishAndApprove(g, PeriodKind.H1);
      await history.scores(g, PeriodKind.FY, 0.5);
      await history.format2(g, PeriodKind.FY);
      await history.settled(g, PeriodKind.FY);
    }
  } finally {
    await worker.close();
  }
  await openCurrentYear(app, owner, actorOf, new Date());
}

class DemoHistory {
  private readonly submissions: SubmissionsService;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly owner: Client,
    private readonly actorOf: ActorOf,
  ) {
    this.submissions = app.get(SubmissionsService);
  }

  /** Every 2023 member's report of a period (Gia Lai's H1 is the real one, loaded before). */
  async reports(kind: PeriodKind) {
    const codes = [...new Set(GROUPS.flatMap((g) => g.members2023.map(([code]) => code)))];
    for (const [i, code] of codes.entries()) {
      if (kind === PeriodKind.H1 && code === 'sct-gia-lai') continue;
      const actor = await this.actorOf(demoEmail(code));
      const existing = (await this.submissions.mine(actor, 2023)).find((s) => s.kind === kind);
      if (existing && existing.state !== 'DRAFT') continue;
      const groups = GROUPS.filter((g) => g.members2023.some(([c]) => c === code));
      const draft =
        existing ??
        (await this.submissions.create(actor, { year: 2023, kind, groupCodes: groups.map((g) => g.code) }));
      const strength = strengthOf(code);
      const leaves = groups.flatMap((g) => scoredLeaves(g.regulation as RegulationDocument));
      const name = ORGANIZATIONS.find((o) => o.code === code)!.name;
      const filled = await this.submissions.update(actor, draft.id, {
        version: draft.version,
        sections: demoSections(name, kind),
        indicators: demoIndicators(strength, kind),
        selfScores: leaves.map((c) => ({ criterionId: c.id, ...demoPoints(c, strength), note: null })),
      });
      await this.submissions.submit(actor, filled.id);
      // Demo history: filed before the 2023 deadlines, not on the day the seed runs. The scores set
      // afterwards recompute the ranking with these times.
      await this.owner.query('UPDATE submission SET submitted_at = $2 WHERE id = $1', [
        filled.id,
        SUBMITTED_AT[kind](i),
      ]);
    }
  }

  /**
   * The head scores every member (HEAD), or every member scores the others (CROSS_*), a little below some
   * self-scores with a reason. `share` of the scorers (FY: half) have done their part.
   */
  async scores(g: DemoGroup, kind: PeriodKind, share: number) {
    if (await this.periodIn(g.code, kind, ['PUBLISHED', 'REVIEWED'])) return;
    const regulation = g.regulation as RegulationDocument;
    const members = g.members2023.map(([code]) => code);
    const cross = regulation.scoring.final !== 'HEAD';
    const scorers = cross ? members : [headOf2023(g)];
    const active = scorers.slice(0, Math.ceil(scorers.length * share));
    const targets = cross ? members : members.slice(0, Math.ceil(members.length * share));
    const scoresService = this.app.get(ScoresService);
    const done = await this.scored(g, kind);
    for (const [si, scorer] of active.entries()) {
      const actor = await this.actorOf(demoEmail(scorer));
      for (const [mi, member] of targets.entries()) {
        if (cross && member === scorer) continue;
        for (const c of scoredLeaves(regulation)) {
          if (done.has(`${scorer}|${member}|${c.id}`)) continue;
          // A scorer's view differs a little per member; a few land below the self-score.
          const offset = (((si * 7 + mi * 3 + c.id.length) % 5) - 3) * 0.04;
          const { points, count } = demoPoints(c, strengthOf(member), offset);
          const self = demoPoints(c, strengthOf(member)).points;
          await scoresService.setScore(actor, {
            groupCode: g.code,
            year: 2023,
            kind,
            memberCode: member,
            criterionId: c.id,
            points,
            count: count ?? null,
            reason:
              points === self ? null : 'Đối chiếu tài liệu kiểm chứng, chưa đạt đủ như tự chấm (dữ liệu mẫu)',
          });
        }
      }
    }
  }

  /** The head grants the regulation's bonus items to the strongest members, one each (demo). */
  async bonus(g: DemoGroup, kind: PeriodKind) {
    if (await this.periodIn(g.code, kind, ['PUBLISHED', 'REVIEWED'])) return;
    const head = await this.actorOf(demoEmail(headOf2023(g)));
    const strongest = g.members2023.map(([code]) => code).sort((a, b) => strengthOf(b) - strengthOf(a));
    const items = (g.regulation as RegulationDocument).bonus?.items ?? [];
    const done = await this.scored(g, kind);
    for (const [i, item] of items.entries()) {
      if (done.has(`${headOf2023(g)}|${strongest[i]}|${item.id}`)) continue;
      await this.app.get(ScoresService).setScore(head, {
        groupCode: g.code,
        year: 2023,
        kind,
        memberCode: strongest[i],
        criterionId: item.id,
        points: String(item.points),
        reason: `${item.title} (dữ liệu mẫu)`,
      });
    }
  }

  /** Format 2 inputs (the Khối): facts by the head and by the board, and the head's fixed deductions. */
  async format2(g: DemoGroup, kind: PeriodKind) {
    if (await this.periodIn(g.code, kind, ['PUBLISHED', 'REVIEWED'])) return;
    const { rows } = await this.owner.query(
      `SELECT m.code AS member, f.fact_id FROM member_fact f JOIN organization m ON m.id = f.member_id
       JOIN period p ON p.id = f.period_id JOIN emulation_group g ON g.id = p.group_id
       WHERE g.code = $1 AND p.year = 2023 AND p.kind = $2`,
      [g.code, kind],
    );
    const set = new Set(rows.map((r) => `${r.member}|${r.fact_id}`));
    for (const f of g.facts.filter((f) => !set.has(`${f.memberCode}|${f.factId}`))) {
      const by = await this.actorOf(demoEmail(f.by === 'HEAD' ? headOf2023(g) : g.reviewerCode));
      await this.app.get(FactsService).setFact(by, {
        groupCode: g.code,
        year: 2023,
        kind,
        memberCode: f.memberCode,
        factId: f.factId,
        value: true,
        reason: `${f.reason} (dữ liệu mẫu)`,
      });
    }
    const head = await this.actorOf(demoEmail(headOf2023(g)));
    const done = await this.scored(g, kind);
    const deductions = (g.regulation as RegulationDocument).deductions ?? [];
    for (const d of g.fixedDeductions) {
      if (done.has(`${headOf2023(g)}|${d.memberCode}|${d.id}`)) continue;
      const deduction = deductions.find((x) => x.id === d.id);
      if (deduction?.kind !== 'fixed') throw new Error(`demo data: ${d.id} is not a fixed deduction`);
      await this.app.get(ScoresService).setScore(head, {
        groupCode: g.code,
        year: 2023,
        kind,
        memberCode: d.memberCode,
        criterionId: d.id,
        points: String(deduction.points),
        reason: `${d.reason} (dữ liệu mẫu)`,
      });
    }
  }

  /** Members vote for the leader where an award needs a vote; the head publishes; the board approves. */
  async publishAndApprove(g: DemoGroup, kind: PeriodKind) {
    if (await this.periodIn(g.code, kind, ['REVIEWED'])) return;
    const head = await this.actorOf(demoEmail(headOf2023(g)));
    if (!(await this.periodIn(g.code, kind, ['PUBLISHED']))) {
      const leader = (await this.settled(g, kind)).find((e) => e.rank === 1)!;
      const scores = this.app.get(ScoresService);
      const regulation = g.regulation as RegulationDocument;
      for (const award of (regulation.awards ?? []).filter((a) => a.eligibility?.requiresVote)) {
        for (const [code] of g.members2023) {
          if (code === leader.code || (await this.voted(g.code, kind, code, award.id))) continue;
          await scores.castVote(await this.actorOf(demoEmail(code)), {
            groupCode: g.code,
            year: 2023,
            kind,
            awardId: award.id,
            candidateCode: leader.code,
          });
        }
      }
      await this.settled(g, kind);
      await this.app.get(RankingsService).publish(head, g.code, 2023, kind);
    }
    const published = await this.owner.query(
      `SELECT s.id FROM ranking_snapshot s JOIN period p ON p.id = s.period_id JOIN emulation_group g ON g.id = p.group_id
       WHERE g.code = $1 AND p.year = 2023 AND p.kind = $2 AND s.published_at IS NOT NULL ORDER BY s.version DESC LIMIT 1`,
      [g.code, kind],
    );
    await this.app.get(RankingsService).review(await this.actorOf(demoEmail(g.reviewerCode)), {
      rankingId: published.rows[0].id,
      approve: true,
      decisionNumber: DEMO_DECISIONS[g.code],
    });
  }

  /** Waits until the worker's latest snapshot reflects every input, and returns its entries' ranks. */
  async settled(g: DemoGroup, kind: PeriodKind) {
    const groupCode = g.code;
    const head = await this.actorOf(demoEmail(headOf2023(g)));
    const db = this.app.get(TenantDb);
    for (let attempt = 0; attempt < 600; attempt++) {
      const { rows } = await this.owner.query(
        `SELECT p.id AS period_id, s.input_hash, s.entries FROM period p JOIN emulation_group g ON g.id = p.group_id
         LEFT JOIN LATERAL (SELECT * FROM ranking_snapshot s WHERE s.period_id = p.id ORDER BY version DESC LIMIT 1) s ON true
         WHERE g.code = $1 AND p.year = 2023 AND p.kind = $2`,
        [groupCode, kind],
      );
      const [row] = rows;
      const { hash } = await db.run(head, (em) => loadRankingInputs(em, row.period_id, new Date()));
      if (row.input_hash === hash) {
        const codes = await this.owner.query('SELECT id, code FROM organization');
        const codeOf = new Map(codes.rows.map((o) => [o.id, o.code]));
        return (row.entries as { organizationId: string; rank: number }[]).map((e) => ({
          code: codeOf.get(e.organizationId) as string,
          rank: e.rank,
        }));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the demo ranking of ${groupCode} ${kind} was not computed within 60 seconds`);
  }

  /** "scorer|member|criterion" of the scores already given, so a second run gives none twice. */
  private async scored(g: DemoGroup, kind: PeriodKind) {
    const { rows } = await this.owner.query(
      `SELECT s.code AS scorer, m.code AS member, sc.criterion_id FROM score sc
       JOIN organization s ON s.id = sc.scorer_id JOIN organization m ON m.id = sc.member_id
       JOIN period p ON p.id = sc.period_id JOIN emulation_group g ON g.id = p.group_id
       WHERE g.code = $1 AND p.year = 2023 AND p.kind = $2`,
      [g.code, kind],
    );
    return new Set(rows.map((r) => `${r.scorer}|${r.member}|${r.criterion_id}`));
  }

  private async periodIn(groupCode: string, kind: PeriodKind, states: string[]) {
    const { rowCount } = await this.owner.query(
      `SELECT 1 FROM period p JOIN emulation_group g ON g.id = p.group_id
       WHERE g.code = $1 AND p.year = 2023 AND p.kind = $2 AND p.state = ANY($3)`,
      [groupCode, kind, states],
    );
    return (rowCount ?? 0) > 0;
  }

  private async voted(groupCode: string, kind: PeriodKind, voterCode: string, awardId: string) {
    const { rowCount } = await this.owner.query(
      `SELECT 1 FROM vote v JOIN period p ON p.id = v.period_id JOIN emulation_group g ON g.id = p.group_id
       JOIN organization o ON o.id = v.voter_id
       WHERE g.code = $1 AND p.year = 2023 AND p.kind = $2 AND o.code = $3 AND v.award_id = $4`,
      [groupCode, kind, voterCode, awardId],
    );
    return (rowCount ?? 0) > 0;
  }
}

/** This year's memberships (after the 2025 mergers) and regulations, with deadlines still ahead. */
async function openCurrentYear(app: INestApplicationContext, owner: Client, actorOf: ActorOf, now: Date) {
  const year = now.getFullYear();
  const admin = await actorOf(DEMO_ADMIN_EMAIL);
  for (const g of GROUPS) {
    for (const [organizationCode, role] of CURRENT_YEAR_MEMBERS[g.code]) {
      if (await hasMembership(owner, g.code, year, organizationCode, role)) continue;
      await app.get(MembershipsService).setMembership(admin, {
        groupCode: g.code,
        year,
        organizationCode,
        role,
        category: g.categories[organizationCode],
      });
    }
    const regulations = app.get(RegulationsService);
    const head = CURRENT_YEAR_MEMBERS[g.code].find(([, role]) => role === MemberRole.HEAD)![0];
    const headActor = await actorOf(demoEmail(head));
    const { rowCount } = await owner.query(
      'SELECT 1 FROM regulation r JOIN emulation_group g ON g.id = r.group_id WHERE g.code = $1 AND r.year = $2',
      [g.code, year],
    );
    if (!rowCount) {
      await regulations.publish(
        headActor,
        g.code,
        year,
        currentYearRegulation(g.regulation as RegulationDocument, year, now),
      );
    }
  }
}
