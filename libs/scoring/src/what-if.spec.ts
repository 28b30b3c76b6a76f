import { RankingInputError } from './errors';
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { memberInput, rankingInput, regulationOf } from './fixtures/ranking-input.fixture';
import { whatIf as sut, whatIfOwn } from './what-if';

const regulation = regulationOf(CTD_VIII_2023_REGULATION);
const HEAD = 'sct-gia-lai';
const onTime = '2023-11-18T09:00:00+07:00';
const retail = (percentOfPlan: string) => ({ retail_sales: { percentOfPlan } });

describe('whatIf', () => {
  const input = rankingInput(
    regulation,
    [
      memberInput(HEAD, {
        submittedAt: onTime,
        indicators: retail('110'),
        scores: [{ scorerId: HEAD, criterionId: '1.4', points: '10' }],
      }),
      memberInput('sct-kon-tum', {
        submittedAt: onTime,
        indicators: retail('100'),
        scores: [{ scorerId: HEAD, criterionId: '1.4', points: '12' }],
      }),
    ],
    { headId: HEAD },
  );

  it('shows the rank a member would reach with other figures, recomputing group-wide criteria', () => {
    // Before: Gia Lai 10 (leader at 110) + 10 = 20, Kon Tum 5 (on target) + 12 = 17.
    // After Kon Tum reports 120: it leads (10 + 12 = 22); Gia Lai gets 5 + 5 × 10 / 20 = 7.5 + 10 = 17.5.
    const { before, after } = sut(input, 'sct-kon-tum', { indicators: retail('120') });
    expect([before.rank, before.total]).toEqual([2, '17']);
    expect([after.rank, after.total]).toEqual([1, '22']);
  });

  it('changes nothing in the input it was given', () => {
    const copy = structuredClone(input);
    sut(input, 'sct-kon-tum', { indicators: retail('120'), memberId: 'other' });
    expect(input).toEqual(copy);
  });

  it('refuses a member outside the group', () => {
    expect(() => sut(input, 'sct-dak-lak', {})).toThrow(RankingInputError);
  });
});

describe('whatIfOwn', () => {
  const members = (konTumRetail: string) => [
    memberInput(HEAD, {
      submittedAt: onTime,
      indicators: retail('110'),
      scores: [{ scorerId: HEAD, criterionId: '1.4', points: '10' }],
    }),
    memberInput('sct-kon-tum', {
      submittedAt: onTime,
      indicators: retail(konTumRetail),
      scores: [{ scorerId: HEAD, criterionId: '1.4', points: '12' }],
    }),
  ];

  it('scores the member from its own data, the relative_to_leader criterion pending', () => {
    const { before, after } = whatIfOwn(rankingInput(regulation, members('100'), { headId: HEAD }), HEAD, {
      scores: [{ scorerId: HEAD, criterionId: '1.4', points: '14' }],
    });
    // Gia Lai leads retail sales (1.2) in the group, but before publication that needs the others' figures.
    expect([before.total, before.pending]).toEqual(['10', ['1.2']]);
    expect([after.total, after.pending]).toEqual(['14', ['1.2']]);
  });

  it('gives the same answer whatever the other members reported', () => {
    const answer = (retailOfOther: string) =>
      whatIfOwn(rankingInput(regulation, members(retailOfOther), { headId: HEAD }), HEAD, {
        indicators: retail('130'),
      });
    expect(answer('10')).toEqual(answer('500'));
  });
});
