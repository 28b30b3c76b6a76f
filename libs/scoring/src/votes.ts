// Counting the members' votes for awards that require one, and who reaches the threshold.
import type { CompiledRegulation } from './compiled-regulation';
import { divide, exactFromNumber, exactText, pow10, viText } from './fixed-point';
import type { VoteInput } from './ranking.types';
import { compareText } from './compare';

export interface VoteTally {
  /** Awards that require a vote, in the regulation's order (empty when voting is off). */
  awardIds: string[];
  votesFor(awardId: string, candidateId: string): number;
  /** Votes received across every award that requires a vote. */
  totalFor(candidateId: string): number;
  passed(awardId: string, candidateId: string): boolean;
  /** Votes the threshold is taken on (ALL_MEMBERS, less the candidate when it may not vote for itself). */
  base: number;
  /** Vietnamese: how many votes passing takes, e.g. "80% × 4 thành viên = 3,2 → cần 4 phiếu". */
  requirement: string;
}

export function tallyVotes(
  reg: CompiledRegulation,
  memberIds: ReadonlySet<string>,
  votes: readonly VoteInput[],
  warn: (message: string) => void,
): VoteTally {
  const { voting, awards } = reg.source;
  if (!voting.enabled) {
    if (votes.length > 0) warn(`Quy chế không bật biểu quyết: ${votes.length} phiếu bầu không được tính`);
    return {
      awardIds: [],
      votesFor: () => 0,
      totalFor: () => 0,
      passed: () => false,
      base: 0,
      requirement: '',
    };
  }
  const awardIds = awards.filter((a) => a.eligibility.requiresVote).map((a) => a.id);
  const voteAwards = new Set(awardIds);

  // One ballot per voter and award; a voter naming different candidates spoils that ballot.
  const ballots = new Map<string, VoteInput[]>();
  for (const vote of [...votes]
    .map((vote) => ({ vote, key: voteKey(vote) }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ vote }) => vote)) {
    const problem = voteProblem(vote, voteAwards, memberIds, voting.selfVote);
    if (problem) {
      warn(
        `Phiếu của ${vote.voterId} cho ${vote.candidateId} (danh hiệu ${vote.awardId}) không được tính: ${problem}`,
      );
      continue;
    }
    const key = JSON.stringify([vote.awardId, vote.voterId]);
    ballots.set(key, [...(ballots.get(key) ?? []), vote]);
  }
  // award id → candidate id → valid votes
  const counts = new Map(awardIds.map((id) => [id, new Map<string, number>()]));
  for (const ballot of ballots.values()) {
    const [vote] = ballot;
    if (ballot.some((other) => other.candidateId !== vote.candidateId)) {
      warn(
        `${vote.voterId} bầu nhiều đơn vị cho danh hiệu ${vote.awardId}: phiếu không hợp lệ, không được tính`,
      );
      continue;
    }
    const received = counts.get(vote.awardId)!;
    received.set(vote.candidateId, (received.get(vote.candidateId) ?? 0) + 1);
  }

  // ALL_MEMBERS: every member of the year, less the candidate when it may not vote for itself.
  const base = BigInt(memberIds.size - (voting.selfVote ? 0 : 1));
  const threshold = exactFromNumber(voting.threshold!); // present whenever voting is enabled (validated)
  const one = pow10(threshold.scale);
  const required = threshold.m * base; // threshold × base, in units of 10^-threshold.scale
  const votesFor = (awardId: string, candidateId: string) => counts.get(awardId)?.get(candidateId) ?? 0;
  const percent = viText(exactText({ m: threshold.m * 100n, scale: threshold.scale }));
  return {
    awardIds,
    votesFor,
    totalFor: (candidateId) => awardIds.reduce((total, awardId) => total + votesFor(awardId, candidateId), 0),
    passed: (awardId, candidateId) => BigInt(votesFor(awardId, candidateId)) * one >= required,
    base: Number(base),
    requirement:
      `${percent}% × ${base} thành viên = ${viText(exactText({ m: required, scale: threshold.scale }))}` +
      ` → cần ${divide(required, one, 'ceil')} phiếu`,
  };
}

function voteKey(vote: VoteInput): string {
  return JSON.stringify([vote.awardId, vote.voterId, vote.candidateId]);
}

function voteProblem(
  vote: VoteInput,
  voteAwards: ReadonlySet<string>,
  memberIds: ReadonlySet<string>,
  selfVote: boolean,
): string | undefined {
  if (!voteAwards.has(vote.awardId)) return 'danh hiệu không có trong quy chế hoặc không xét bằng bỏ phiếu';
  if (!memberIds.has(vote.voterId)) return 'người bầu không phải thành viên';
  if (!memberIds.has(vote.candidateId)) return 'đơn vị được bầu không phải thành viên';
  if (!selfVote && vote.voterId === vote.candidateId) return 'quy chế không cho tự bầu cho mình';
  return undefined;
}
