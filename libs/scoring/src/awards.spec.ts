import { decideAwards as sut, quotaSize, type RankedMember } from './awards';
import { compileRegulation } from './compiled-regulation';
import { parseExact } from './fixed-point';
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { regulationOf } from './fixtures/ranking-input.fixture';
import type { Award } from './regulation.schema';
import type { VoteInput } from './ranking.types';
import { tallyVotes } from './votes';

const reg = compileRegulation(regulationOf(CTD_VIII_2023_REGULATION));

/** "a:1:97" → member a, rank 1, total 97, band from the CTD-VIII bands. */
function ranked(...specs: string[]): RankedMember[] {
  return specs.map((spec) => {
    const [memberId, rank, total] = spec.split(':');
    const units = reg.scale.units(parseExact(total)!)!;
    const band = reg.bands.find((b) => b.minUnits <= units)?.label ?? null;
    return { memberId, rank: Number(rank), total: units, band };
  });
}

function decide(members: RankedMember[], votes: VoteInput[] = []) {
  const warnings: string[] = [];
  const ids = new Set(members.map((m) => m.memberId));
  const decisions = sut(
    reg,
    members,
    tallyVotes(reg, ids, votes, () => {}),
    (w) => warnings.push(w),
  );
  const statuses = Object.fromEntries(
    [...decisions].map(([id, list]) => [id, list.map((d) => `${d.awardId}:${d.status}`).join(' ')]),
  );
  return { decisions, statuses, warnings };
}

const allVoteFor = (candidate: string, members: RankedMember[]): VoteInput[] =>
  members
    .filter((m) => m.memberId !== candidate)
    .map((m) => ({ voterId: m.memberId, awardId: 'GOV_FLAG', candidateId: candidate }));

describe('quotaSize', () => {
  const award = (quota: Award['quota']) => ({ quota }) as Award;

  it('takes a count as it is', () => {
    expect(quotaSize(award({ count: 2 }), 9)).toBe(2);
  });

  it('rounds a percent of the members as the regulation says', () => {
    // 7 × 30 % = 2.1 → floor 2, round 2, ceil 3; 5 × 30 % = 1.5 → floor 1, round (half up) 2
    expect(quotaSize(award({ percent: 30, rounding: 'floor' }), 7)).toBe(2);
    expect(quotaSize(award({ percent: 30, rounding: 'round' }), 7)).toBe(2);
    expect(quotaSize(award({ percent: 30, rounding: 'ceil' }), 7)).toBe(3);
    expect(quotaSize(award({ percent: 30, rounding: 'round' }), 5)).toBe(2);
    expect(quotaSize(award({ percent: 30 }), 5)).toBe(1);
  });
});

describe('decideAwards', () => {
  it('decides awards in order, members in rank order, within quotas and exclusions', () => {
    // 5 members: GOV_FLAG (rank 1, ≥ 95, vote) → a; MIN_FLAG (rank 1, Xuất sắc) → a;
    // MERIT (40 % × 5 = 2, band ≥ Tốt, excludes MIN_FLAG holders) → b and c; d is over quota; e is Khá.
    const members = ranked('a:1:98', 'b:2:96', 'c:3:90', 'd:4:86', 'e:5:72');
    const { statuses, decisions } = decide(members, allVoteFor('a', members));
    expect(statuses).toEqual({
      a: 'GOV_FLAG:proposed MIN_FLAG:proposed MERIT:excluded',
      b: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:proposed',
      c: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:proposed',
      d: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:quotaFull',
      e: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:notEligible',
    });
    expect(decisions.get('a')![2].note).toBe(
      'Đã được đề nghị "Cờ thi đua của Bộ Công Thương" nên không xét danh hiệu này',
    );
    expect(decisions.get('b')![0].note).toBe(
      'Hạng 2, chỉ xét đến hạng 1; được 0 phiếu, chưa đạt ngưỡng (80% × 4 thành viên = 3,2 → cần 4 phiếu)',
    );
    expect(decisions.get('e')![2].note).toBe('Xếp loại Khá, cần từ Tốt trở lên');
  });

  it('requires the vote for an award that requires one', () => {
    // a is first with 98 but only 3 of 4 possible votes (3 < 3.2): no GOV_FLAG, still MIN_FLAG.
    const members = ranked('a:1:98', 'b:2:96', 'c:3:90', 'd:4:86', 'e:5:72');
    const votes = allVoteFor('a', members).slice(1);
    expect(decide(members, votes).statuses.a).toBe('GOV_FLAG:notEligible MIN_FLAG:proposed MERIT:excluded');
  });

  it('requires the minimum total', () => {
    // a is first with every vote but 94 < 95: no GOV_FLAG.
    const members = ranked('a:1:94', 'b:2:80');
    const { decisions } = decide(members, allVoteFor('a', members));
    expect(decisions.get('a')![0]).toMatchObject({
      status: 'notEligible',
      note: 'Tổng điểm 94 dưới mức tối thiểu 95',
    });
  });

  it('proposes none of the members tied on rank across the quota and asks the members to decide', () => {
    // MERIT quota 40 % × 5 = 2: a (rank 1) takes one; b and c tie at rank 2 for the one place left.
    const members = ranked('a:1:90', 'b:2:88', 'c:2:88', 'd:4:87', 'e:5:60');
    const { statuses, decisions } = decide(members);
    expect(statuses).toEqual({
      a: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:proposed',
      b: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:needsDecision',
      c: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:needsDecision',
      // Not proposed past the undecided tie, though a place seems free.
      d: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:quotaFull',
      e: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:notEligible',
    });
    expect(decisions.get('b')![2].note).toBe(
      '2 đơn vị đồng hạng 2 cho 1 suất còn lại: các thành viên cần quyết định',
    );
    expect(decisions.get('d')![2].note).toBe(
      'Hết suất: còn chờ quyết định giữa các đơn vị đồng hạng xếp trên',
    );
  });

  it('proposes tied members together when they fit the quota', () => {
    // 5 members → MERIT quota 2; a and b tie at rank 1: both proposed; c is over quota.
    const members = ranked('a:1:90', 'b:1:90', 'c:3:88', 'd:4:60', 'e:5:50');
    expect(decide(members).statuses).toMatchObject({
      a: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:proposed',
      b: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:proposed',
      c: 'GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:quotaFull',
    });
  });

  it('marks a flag for decision when two members share rank 1 and both qualify', () => {
    // MIN_FLAG quota 1, both rank 1 in Xuất sắc → needsDecision for both, nobody proposed.
    const members = ranked('a:1:97', 'b:1:97', 'c:3:80');
    const { statuses, decisions } = decide(members);
    expect(statuses.a.split(' ')[1]).toBe('MIN_FLAG:needsDecision');
    expect(statuses.b.split(' ')[1]).toBe('MIN_FLAG:needsDecision');
    expect(decisions.get('a')![1].note).toBe(
      '2 đơn vị đồng hạng 1 cho 1 suất còn lại: các thành viên cần quyết định',
    );
  });

  it('warns when a percent quota rounds to no place at all', () => {
    // 2 × 40 % = 0.8 → floor 0
    const { statuses, warnings } = decide(ranked('a:1:90', 'b:2:89'));
    expect(statuses.a).toBe('GOV_FLAG:notEligible MIN_FLAG:notEligible MERIT:quotaFull');
    expect(warnings).toEqual([
      'Danh hiệu "Bằng khen của Bộ trưởng Bộ Công Thương": 40% của 2 thành viên làm tròn thành 0 suất',
    ]);
  });
});
