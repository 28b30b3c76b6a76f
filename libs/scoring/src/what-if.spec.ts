import { RankingInputError } from './errors';
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { memberInput, rankingInput, regulationOf } from './fixtures/ranking-input.fixture';
import { whatIf as sut } from './what-if';

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
