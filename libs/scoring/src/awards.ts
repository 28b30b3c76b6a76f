// Award proposals: awards in the regulation's order, members in rank order, within each quota.
import type { CompiledRegulation } from './compiled-regulation';
import { divide, exactFromNumber, pow10, viNumber, type Units } from './fixed-point';
import type { AwardDecision } from './ranking.types';
import type { Award } from './regulation.schema';
import type { VoteTally } from './votes';

export interface RankedMember {
  memberId: string;
  rank: number;
  /** Units of the regulation's PointScale. */
  total: Units;
  band: string | null;
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
    if (quota === 0 && ranked.length > 0) {
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
      const held = award.excludes.find((id) => proposed.get(member.memberId)!.has(id));
      const reasons = ineligibility(reg, award, member, bandOrder, tally);
      if (reasons.length > 0) decide(member, 'notEligible', capitalize(reasons.join('; ')));
      else if (held !== undefined)
        decide(member, 'excluded', `Đã được đề nghị "${titles.get(held)}" nên không xét danh hiệu này`);
      else candidates.push(member);
    }

    // Members sharing a rank are taken together or, when they straddle the quota, left to the members to decide.
    let taken = 0;
    let straddled = false;
    for (const tied of groupByRank(candidates)) {
      const remaining = quota - taken;
      if (straddled || remaining <= 0) {
        const why = straddled
          ? 'Hết suất: còn chờ quyết định giữa các đơn vị đồng hạng xếp trên'
          : `Đã đủ ${quota} suất`;
        tied.forEach((member) => decide(member, 'quotaFull', why));
      } else if (tied.length <= remaining) {
        tied.forEach((member) =>
          decide(member, 'proposed', `Đủ điều kiện, hạng ${member.rank}, trong ${quota} suất`),
        );
        taken += tied.length;
      } else {
        const note = `${tied.length} đơn vị đồng hạng ${tied[0].rank} cho ${remaining} suất còn lại: các thành viên cần quyết định`;
        tied.forEach((member) => decide(member, 'needsDecision', note));
        straddled = true;
      }
    }
  }
  return decisions;
}

/** count, or percent of the group's members rounded as the regulation says (floor when it says nothing). */
export function quotaSize(award: Award, memberCount: number): number {
  const { count, percent, rounding } = award.quota;
  if (count !== undefined) return count;
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
