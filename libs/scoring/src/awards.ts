// Award proposals: awards in the regulation's order, members in rank order, within each quota.
import type { CompiledRegulation } from './compiled-regulation';
import { divide, exactFromNumber, pow10, viNumber, type Units } from './fixed-point';
import type { AwardDecision } from './ranking.types';
import type { Award } from './regulation.schema';
import type { VoteTally } from './votes';
import { factTitleOf } from './facts';

export interface RankedMember {
  memberId: string;
  rank: number;
  /** Units of the regulation's PointScale. */
  total: Units;
  band: string | null;
  /** Format 2: the member's true facts, and its category in the membership of the year. */
  facts?: ReadonlySet<string>;
  category?: string | null;
}

/** Decides every award for every member; `ranked` is in rank order. Returns decisions per member id. */
export function decideAwards(
  reg: CompiledRegulation,
  ranked: readonly RankedMember[],
  tally: VoteTally,
  warn: (message: string) => void,
): Map<string, AwardDecision[]> {
  const decisions = new Map(ranked.map((m) => [m.memberId, [] as AwardDecision[]]));
  const proposed = new Map(ranked.map((m) => [m.memberId, new Set<string>()]));
  const bandOrder = new Map(reg.bands.map((band, i) => [band.label, i]));
  const titles = new Map(reg.source.awards.map((award) => [award.id, award.title]));

  for (const award of reg.source.awards) {
    const quota = quotaSize(award, ranked.length);
    if (quota === 0 && ranked.length > 0 && award.quota.percent !== undefined) {
      warn(
        `Danh hiệu "${award.title}": ${viNumber(award.quota.percent!)}% của ${ranked.length} thành viên làm tròn thành 0 suất`,
      );
    }
    const decide = (member: RankedMember, status: AwardDecision['status'], note: string) => {
      decisions.get(member.memberId)!.push({ awardId: award.id, status, note });
      if (status === 'proposed') proposed.get(member.memberId)!.add(award.id);
    };

    const candidates: RankedMember[] = [];
    for (const member of ranked) {
      // Format 2: a blocked member is skipped before any other test, and takes no place in the quota.
      const blockers = blockingFacts(reg, award, member);
      if (blockers) {
        decide(member, 'blocked', `Không xét danh hiệu này: ${blockers}`);
        continue;
      }
      const held = award.excludes.find((id) => proposed.get(member.memberId)!.has(id));
      const reasons = ineligibility(reg, award, member, bandOrder, tally);
      if (reasons.length > 0) decide(member, 'notEligible', capitalize(reasons.join('; ')));
      else if (held !== undefined)
        decide(member, 'excluded', `Đã được đề nghị "${titles.get(held)}" nên không xét danh hiệu này`);
      else candidates.push(member);
    }

    const { byCategory } = award.quota;
    const pools = byCategory
      ? Object.entries(byCategory).map(([category, count]) => ({
          quota: count,
          members: candidates.filter((m) => m.category === category),
          of: ` của loại ${category}`,
        }))
      : [{ quota, members: candidates, of: '' }];
    for (const pool of pools) {
      if (award.selection === 'mostVotes') {
        const votes = (m: RankedMember) => tally.votesFor(award.id, m.memberId);
        // Most votes first, rank order breaking equal votes; the sort is stable, so ranked order stays within.
        const ordered = [...pool.members].sort((a, b) => votes(b) - votes(a) || a.rank - b.rank);
        const groups = groupBy(ordered, (a, b) => votes(a) === votes(b) && a.rank === b.rank);
        fillQuota(
          groups,
          pool.quota,
          pool.of,
          decide,
          (m) => `${votes(m)} phiếu, hạng ${m.rank}`,
          (tied) => `${tied.length} đơn vị cùng ${votes(tied[0])} phiếu, đồng hạng ${tied[0].rank}`,
        );
      } else {
        fillQuota(
          groupByRank(pool.members),
          pool.quota,
          pool.of,
          decide,
          (m) => `hạng ${m.rank}`,
          (tied) => `${tied.length} đơn vị đồng hạng ${tied[0].rank}`,
        );
      }
    }
  }
  return decisions;
}

/**
 * Members taken a group at a time (equal on what the selection compares); a group straddling the quota is left to
 * the members to decide, and nobody after it is proposed.
 */
function fillQuota(
  groups: RankedMember[][],
  quota: number,
  of: string,
  decide: (member: RankedMember, status: AwardDecision['status'], note: string) => void,
  standing: (member: RankedMember) => string,
  tie: (tied: RankedMember[]) => string,
): void {
  let taken = 0;
  let straddled = false;
  for (const tied of groups) {
    const remaining = quota - taken;
    if (straddled || remaining <= 0) {
      const why = straddled
        ? 'Hết suất: còn chờ quyết định giữa các đơn vị đồng hạng xếp trên'
        : `Đã đủ ${quota} suất${of}`;
      tied.forEach((member) => decide(member, 'quotaFull', why));
    } else if (tied.length <= remaining) {
      tied.forEach((member) =>
        decide(member, 'proposed', `Đủ điều kiện, ${standing(member)}, trong ${quota} suất${of}`),
      );
      taken += tied.length;
    } else {
      const note = `${tie(tied)} cho ${remaining} suất còn lại${of}: các thành viên cần quyết định`;
      tied.forEach((member) => decide(member, 'needsDecision', note));
      straddled = true;
    }
  }
}

/** Format 2: the titles of the award's blockedByFacts true for the member, or undefined when none is. */
function blockingFacts(reg: CompiledRegulation, award: Award, member: RankedMember): string | undefined {
  const blocked = award.eligibility.blockedByFacts;
  if (!blocked || !member.facts || member.facts.size === 0) return undefined;
  const titles = blocked.filter((id) => member.facts!.has(id)).map((id) => factTitle(reg, id));
  return titles.length > 0 ? titles.join('; ') : undefined;
}

function factTitle(reg: CompiledRegulation, id: string): string {
  return factTitleOf(reg)(id);
}

/** count, or percent of the group's members rounded as the regulation says (floor when it says nothing). */
export function quotaSize(award: Award, memberCount: number): number {
  const { count, percent, rounding, byCategory } = award.quota;
  if (count !== undefined) return count;
  // Format 2: every category's count (each category is filled on its own).
  if (byCategory) return Object.values(byCategory).reduce((sum, n) => sum + n, 0);
  const share = exactFromNumber(percent!);
  return Number(divide(share.m * BigInt(memberCount), 100n * pow10(share.scale), rounding ?? 'floor'));
}

function ineligibility(
  reg: CompiledRegulation,
  award: Award,
  member: RankedMember,
  bandOrder: Map<string, number>,
  tally: VoteTally,
): string[] {
  const { maxRank, minTotal, minBand, requiresVote } = award.eligibility;
  const reasons: string[] = [];
  if (maxRank !== undefined && member.rank > maxRank)
    reasons.push(`hạng ${member.rank}, chỉ xét đến hạng ${maxRank}`);
  if (minTotal !== undefined && member.total < reg.scale.ceilUnits(exactFromNumber(minTotal))) {
    reasons.push(`tổng điểm ${reg.scale.vi(member.total)} dưới mức tối thiểu ${viNumber(minTotal)}`);
  }
  if (minBand !== undefined) {
    const rank = member.band === null ? undefined : bandOrder.get(member.band);
    if (rank === undefined || rank > bandOrder.get(minBand)!) {
      reasons.push(`xếp loại ${member.band ?? '(chưa xếp loại)'}, cần từ ${minBand} trở lên`);
    }
  }
  if (requiresVote && !tally.passed(award.id, member.memberId)) {
    reasons.push(
      `được ${tally.votesFor(award.id, member.memberId)} phiếu, chưa đạt ngưỡng (${tally.requirement})`,
    );
  }
  const required = award.eligibility.requiresFacts;
  const missing = required?.filter((id) => !member.facts?.has(id));
  if (missing && missing.length > 0)
    reasons.push(`chưa có: ${missing.map((id) => factTitle(reg, id)).join('; ')}`);
  const { byCategory } = award.quota;
  if (byCategory) {
    const category = member.category ?? null;
    if (category === null) reasons.push('đơn vị chưa được phân loại, danh hiệu xét theo loại đơn vị');
    else if (!Object.hasOwn(byCategory, category))
      reasons.push(`loại đơn vị ${category} không có suất danh hiệu này`);
  }
  return reasons;
}

function groupByRank(members: readonly RankedMember[]): RankedMember[][] {
  const groups: RankedMember[][] = [];
  for (const member of members) {
    const last = groups.at(-1);
    if (last && last[0].rank === member.rank) last.push(member);
    else groups.push([member]);
  }
  return groups;
}

function groupBy(
  members: readonly RankedMember[],
  same: (a: RankedMember, b: RankedMember) => boolean,
): RankedMember[][] {
  const groups: RankedMember[][] = [];
  for (const member of members) {
    const last = groups.at(-1);
    if (last && same(last[0], member)) last.push(member);
    else groups.push([member]);
  }
  return groups;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
