import { awardTitles, reviewProblem, unrankedGroups, voteResults } from './review.logic';

describe('review logic', () => {
  it('maps award ids to the titles the regulation gives them', () => {
    const titles = awardTitles({
      awards: [
        { id: 'GOV_FLAG', title: 'Cờ thi đua của Chính phủ' },
        { id: 'MERIT', title: 'Bằng khen của Bộ trưởng Bộ Công Thương' },
        { id: 'BROKEN' },
      ],
    });
    expect([...titles]).toEqual([
      ['GOV_FLAG', 'Cờ thi đua của Chính phủ'],
      ['MERIT', 'Bằng khen của Bộ trưởng Bộ Công Thương'],
    ]);
    expect(awardTitles(null).size).toBe(0);
  });

  it('reads the vote results of an entry, ignoring malformed ones', () => {
    const breakdown = {
      voteResults: [
        { awardId: 'GOV_FLAG', votes: 4, base: 5, passed: true },
        { awardId: 'X', votes: '4' },
      ],
    };
    expect(voteResults(breakdown)).toEqual([{ awardId: 'GOV_FLAG', votes: 4, base: 5, passed: true }]);
    expect(voteResults({})).toEqual([]);
  });

  it('needs a decision number to approve and a reason to return', () => {
    expect(reviewProblem(true, '  ', '')).toBe('decisionRequired');
    expect(reviewProblem(true, '125/QĐ-BCT', '')).toBeNull();
    expect(reviewProblem(false, '125/QĐ-BCT', ' ')).toBe('reasonRequired');
    expect(reviewProblem(false, '', 'Thiếu điểm tiêu chí 2.1')).toBeNull();
  });
});

describe('unrankedGroups', () => {
  it('keeps the board’s groups with no ranking of the year, in the order given', () => {
    const groups = [{ code: 'CTD-VIII' }, { code: 'KTD-A' }, { code: 'KTD-B' }];
    const rankings = [{ group: { code: 'KTD-A' } }, { group: { code: 'KTD-A' } }];
    expect(unrankedGroups(groups, rankings)).toEqual([{ code: 'CTD-VIII' }, { code: 'KTD-B' }]);
    expect(unrankedGroups(groups, [])).toEqual(groups);
    expect(unrankedGroups([], rankings)).toEqual([]);
  });
});
