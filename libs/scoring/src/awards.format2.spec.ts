// decideAwards under format 2: requiresFacts, blockedByFacts, mostVotes, quota.byCategory, and excludes with them.
import { decideAwards as sut, type RankedMember } from './awards';
import { compileRegulation } from './compiled-regulation';
import { FORMAT2_RULES_REGULATION } from './fixtures/format2-rules.regulation';
import { regulationOf } from './fixtures/ranking-input.fixture';
import type { VoteInput } from './ranking.types';
import type { RegulationDocument } from './regulation.schema';
import { tallyVotes } from './votes';

const XS = 'Hoàn thành xuất sắc';
const TOT = 'Hoàn thành tốt';
const FLAG_FACTS = ['TTLDXS', 'PARTY_GOOD'];

/** Members in rank order; totals do not matter to these awards (no minTotal). */
function m(
  memberId: string,
  rank: number,
  band: string,
  facts: string[] = FLAG_FACTS,
  category: string | null = 'SO',
): RankedMember {
  return { memberId, rank, total: 0, band, facts: new Set(facts), category };
}

/** `votes` candidate → how many of the other members vote for it for MIN_FLAG (threshold 50 %). */
function decide(
  members: RankedMember[],
  votes: Record<string, number> = {},
  doc: RegulationDocument = FORMAT2_RULES_REGULATION,
) {
  const reg = compileRegulation(regulationOf(doc));
  const ids = members.map((x) => x.memberId);
  // One ballot per voter (a second would spoil both): each candidate's voters are taken from those left.
  const used = new Set<string>();
  const ballots: VoteInput[] = Object.entries(votes).flatMap(([candidateId, n]) => {
    const voters = ids.filter((id) => id !== candidateId && !used.has(id)).slice(0, n);
    voters.forEach((id) => used.add(id));
    return voters.map((voterId) => ({ voterId, awardId: 'MIN_FLAG', candidateId }));
  });
  const tally = tallyVotes(reg, new Set(ids), ballots, () => {});
  const decisions = sut(reg, members, tally, () => {});
  const status = (awardId: string) =>
    Object.fromEntries(
      [...decisions].map(([id, list]) => [id, list.find((d) => d.awardId === awardId)!.status]),
    );
  const note = (memberId: string, awardId: string) =>
    decisions.get(memberId)!.find((d) => d.awardId === awardId)!.note;
  return { status, note };
}

describe('decideAwards, format 2', () => {
  it('requires every fact of requiresFacts, naming the missing ones', () => {
    // a lacks PARTY_GOOD: not eligible; b has both and the most votes of the eligible.
    const { status, note } = decide([m('a', 1, XS, ['TTLDXS']), m('b', 2, XS), m('c', 3, XS, [])], {
      a: 2,
      b: 2,
    });
    expect(status('MIN_FLAG')).toEqual({ a: 'notEligible', b: 'proposed', c: 'notEligible' });
    expect(note('a', 'MIN_FLAG')).toBe('Chưa có: Tổ chức đảng xếp loại hoàn thành tốt nhiệm vụ trở lên');
  });

  it('skips a blocked member at the quota boundary without counting it: the next one takes the place', () => {
    // MERIT, SO: 2. a (rank 1) is under review → blocked; b and c take the two places; d is over the quota.
    const { status, note } = decide([
      m('a', 1, XS, ['UNDER_REVIEW']),
      m('b', 2, TOT),
      m('c', 3, TOT),
      m('d', 4, TOT),
    ]);
    expect(status('MERIT')).toEqual({ a: 'blocked', b: 'proposed', c: 'proposed', d: 'quotaFull' });
    expect(note('a', 'MERIT')).toBe('Không xét danh hiệu này: Đang bị xem xét kỷ luật');
    expect(note('d', 'MERIT')).toBe('Đã đủ 2 suất của loại SO');
    expect(note('b', 'MERIT')).toBe('Đủ điều kiện, hạng 2, trong 2 suất của loại SO');
  });

  it('gives a mostVotes award to the most votes among those who passed, rank order breaking equal votes', () => {
    // 5 members, base 4, threshold 50 % → 2 votes. a (rank 1) 2 votes, b (rank 2) 3 votes → b.
    const members = [m('a', 1, XS), m('b', 2, XS), m('c', 3, XS), m('d', 4, TOT), m('e', 5, TOT)];
    expect(decide(members, { a: 2, b: 3 }).status('MIN_FLAG')).toMatchObject({
      a: 'quotaFull',
      b: 'proposed',
    });
    const tie = decide(members, { a: 2, b: 2 });
    expect(tie.status('MIN_FLAG')).toMatchObject({ a: 'proposed', b: 'quotaFull' });
    expect(tie.note('a', 'MIN_FLAG')).toBe('Đủ điều kiện, 2 phiếu, hạng 1, trong 1 suất');
  });

  it('marks members equal on votes and rank across the quota as needing a decision, and proposes nobody after', () => {
    // a and b share rank 1 with 2 votes each for 1 place; c has no vote, so it is not eligible.
    const members = [m('a', 1, XS), m('b', 1, XS), m('c', 3, XS), m('d', 4, TOT), m('e', 5, TOT)];
    const { status, note } = decide(members, { a: 2, b: 2 });
    expect(status('MIN_FLAG')).toMatchObject({ a: 'needsDecision', b: 'needsDecision', c: 'notEligible' });
    expect(note('a', 'MIN_FLAG')).toBe(
      '2 đơn vị cùng 2 phiếu, đồng hạng 1 cho 1 suất còn lại: các thành viên cần quyết định',
    );
    // needsDecision is not holding MIN_FLAG: MERIT still considers a and b.
    expect(status('MERIT')).toMatchObject({ a: 'proposed', b: 'proposed' });
  });

  it('skips a blocked member even with the most votes under mostVotes', () => {
    // 5 members, 2 votes to pass. a (rank 1) has 3 votes but is under review: b (2 votes) takes the flag.
    const members = [
      m('a', 1, XS, [...FLAG_FACTS, 'UNDER_REVIEW']),
      m('b', 2, XS),
      m('c', 3, XS),
      m('d', 4, TOT),
      m('e', 5, TOT),
    ];
    const { status, note } = decide(members, { a: 3, b: 2 });
    expect(status('MIN_FLAG')).toMatchObject({ a: 'blocked', b: 'proposed', c: 'notEligible' });
    expect(note('b', 'MIN_FLAG')).toBe('Đủ điều kiện, 2 phiếu, hạng 2, trong 1 suất');
    expect(status('MERIT')).toMatchObject({
      a: 'blocked',
      b: 'excluded',
      c: 'proposed',
      d: 'proposed',
      e: 'quotaFull',
    });
  });

  it('excludes from MERIT a member proposed for MIN_FLAG', () => {
    const members = [m('a', 1, XS), m('b', 2, TOT), m('c', 3, TOT)];
    expect(decide(members, { a: 2 }).status('MERIT')).toEqual({
      a: 'excluded',
      b: 'proposed',
      c: 'proposed',
    });
  });

  it('counts each category on its own; a member with no or an unlisted category cannot receive it', () => {
    // SO: 2, CUC: 1. x has category XA (unlisted), y none.
    const members = [
      m('a', 1, TOT, [], 'CUC'),
      m('x', 2, TOT, [], 'XA'),
      m('b', 3, TOT, [], 'SO'),
      m('c', 4, TOT, [], 'CUC'),
      m('y', 5, TOT, [], null),
      m('d', 6, TOT, [], 'SO'),
    ];
    const { status, note } = decide(members);
    expect(status('MERIT')).toEqual({
      a: 'proposed',
      x: 'notEligible',
      b: 'proposed',
      c: 'quotaFull',
      y: 'notEligible',
      d: 'proposed',
    });
    expect(note('x', 'MERIT')).toBe('Loại đơn vị XA không có suất danh hiệu này');
    expect(note('y', 'MERIT')).toBe('Đơn vị chưa được phân loại, danh hiệu xét theo loại đơn vị');
    expect(note('c', 'MERIT')).toBe('Đã đủ 1 suất của loại CUC');
  });

  it('handles members of a category tied on rank across its count as a tie at the quota', () => {
    // CUC: 1; a and c share rank 2.
    const members = [m('s', 1, TOT, [], 'SO'), m('a', 2, TOT, [], 'CUC'), m('c', 2, TOT, [], 'CUC')];
    const { status, note } = decide(members);
    expect(status('MERIT')).toEqual({ s: 'proposed', a: 'needsDecision', c: 'needsDecision' });
    expect(note('a', 'MERIT')).toBe(
      '2 đơn vị đồng hạng 2 cho 1 suất còn lại của loại CUC: các thành viên cần quyết định',
    );
  });
});
