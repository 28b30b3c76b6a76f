import { compileRegulation } from './compiled-regulation';
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { regulationOf } from './fixtures/ranking-input.fixture';
import type { VoteInput } from './ranking.types';
import { tallyVotes as sut } from './votes';

const FIVE = new Set(['a', 'b', 'c', 'd', 'e']);

function tally(votes: VoteInput[], voting: object = {}, members: ReadonlySet<string> = FIVE) {
  const doc = { ...CTD_VIII_2023_REGULATION, voting: { ...CTD_VIII_2023_REGULATION.voting, ...voting } };
  const warnings: string[] = [];
  const result = sut(compileRegulation(regulationOf(doc)), members, votes, (w) => warnings.push(w));
  return { result, warnings };
}

/** Votes for GOV_FLAG given to `candidate` by each voter. */
const ballots = (candidate: string, voters: string[]): VoteInput[] =>
  voters.map((voterId) => ({ voterId, awardId: 'GOV_FLAG', candidateId: candidate }));

describe('tallyVotes', () => {
  it('passes a candidate with votes ≥ threshold × (all members − the candidate)', () => {
    // 5 members, no self-vote: base 4, 0.8 × 4 = 3.2 → 3 votes fail, 4 pass.
    expect(tally(ballots('a', ['b', 'c', 'd'])).result.passed('GOV_FLAG', 'a')).toBe(false);
    expect(tally(ballots('a', ['b', 'c', 'd', 'e'])).result.passed('GOV_FLAG', 'a')).toBe(true);
    expect(tally([]).result.requirement).toBe('80% × 4 thành viên = 3,2 → cần 4 phiếu');
  });

  it('counts every member in the base when self-votes are allowed', () => {
    // base 5, 0.8 × 5 = 4 → 4 votes pass, counting the candidate's own.
    const { result } = tally(ballots('a', ['a', 'b', 'c', 'd']), { selfVote: true });
    expect(result.votesFor('GOV_FLAG', 'a')).toBe(4);
    expect(result.passed('GOV_FLAG', 'a')).toBe(true);
  });

  it('refuses a self-vote when selfVote is false', () => {
    const { result, warnings } = tally(ballots('a', ['a', 'b']));
    expect(result.votesFor('GOV_FLAG', 'a')).toBe(1);
    expect(warnings).toEqual([
      'Phiếu của a cho a (danh hiệu GOV_FLAG) không được tính: quy chế không cho tự bầu cho mình',
    ]);
  });

  it('spoils the ballot of a voter naming two candidates for one award, and counts a repeated vote once', () => {
    const votes = [...ballots('a', ['b', 'c', 'c']), ...ballots('d', ['b'])];
    const { result, warnings } = tally(votes);
    expect(result.votesFor('GOV_FLAG', 'a')).toBe(1); // c's repeated vote counts once; b's ballot is spoiled
    expect(result.votesFor('GOV_FLAG', 'd')).toBe(0);
    expect(warnings).toEqual([
      'b bầu nhiều đơn vị cho danh hiệu GOV_FLAG: phiếu không hợp lệ, không được tính',
    ]);
  });

  it('refuses votes from or for non-members and for awards decided without a vote', () => {
    const votes: VoteInput[] = [
      { voterId: 'x', awardId: 'GOV_FLAG', candidateId: 'a' },
      { voterId: 'b', awardId: 'GOV_FLAG', candidateId: 'x' },
      { voterId: 'b', awardId: 'MERIT', candidateId: 'a' },
    ];
    const { result, warnings } = tally(votes);
    expect(result.totalFor('a')).toBe(0);
    expect(warnings).toEqual([
      'Phiếu của b cho x (danh hiệu GOV_FLAG) không được tính: đơn vị được bầu không phải thành viên',
      'Phiếu của x cho a (danh hiệu GOV_FLAG) không được tính: người bầu không phải thành viên',
      'Phiếu của b cho a (danh hiệu MERIT) không được tính: danh hiệu không có trong quy chế hoặc không xét bằng bỏ phiếu',
    ]);
  });

  it('counts nothing when voting is off', () => {
    const doc = {
      ...CTD_VIII_2023_REGULATION,
      voting: { enabled: false },
      awards: CTD_VIII_2023_REGULATION.awards.slice(1),
    };
    const warnings: string[] = [];
    const result = sut(compileRegulation(regulationOf(doc)), FIVE, ballots('a', ['b']), (w) =>
      warnings.push(w),
    );
    expect(result.awardIds).toEqual([]);
    expect(result.votesFor('GOV_FLAG', 'a')).toBe(0);
    expect(warnings).toEqual(['Quy chế không bật biểu quyết: 1 phiếu bầu không được tính']);
  });
});
