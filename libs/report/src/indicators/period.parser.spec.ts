import {
  detectReportPeriodMonths,
  findPeriodMarkers,
  periodScore,
  resolvePeriod,
  type Period,
} from './period.parser';

describe('findPeriodMarkers', () => {
  it.each<[string, Period[]]>([
    ['tháng 6 ước đạt', [{ kind: 'month' }]],
    ['6 tháng đầu năm 2023', [{ kind: 'cumulative', months: 6 }]],
    ['ước thực hiện sáu tháng', [{ kind: 'cumulative', months: 6 }]],
    [
      'lũy kế 9 tháng',
      [
        { kind: 'cumulative', months: null },
        { kind: 'cumulative', months: 9 },
      ],
    ],
    ['từ đầu năm đến nay', [{ kind: 'cumulative', months: null }]],
    ['ước cả năm', [{ kind: 'cumulative', months: 12 }]],
    ['6 tháng cuối năm', [{ kind: 'partial' }]],
    ['quý II', [{ kind: 'quarter' }]],
    ['năm 2023 ước đạt', [{ kind: 'year' }]],
    ['kế hoạch năm 2023, giai đoạn 2021 – 2025 và định hướng đến năm 2030', []],
    ['từ ngày 15/12/2022 đến 31/5/2023', []],
  ])('"%s"', (text, periods) => {
    expect(findPeriodMarkers(text).map((m) => m.period)).toEqual(periods);
  });
});

describe('detectReportPeriodMonths', () => {
  it.each<[string | undefined, number | null]>([
    ['Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2023', 6],
    ['Báo cáo 9 tháng năm 2023', 9],
    ['Tổng kết công tác thi đua, khen thưởng năm 2023', 12],
    ['Sơ kết công tác thi đua', 6],
    ['Báo cáo chuyên đề', null],
    ['Báo cáo tình hình sản xuất công nghiệp, thương mại tháng 5 năm 2022', 1],
    ['Báo cáo tháng 6 và 6 tháng đầu năm 2023', 6],
    [undefined, null],
  ])('%s → %s', (title, months) => {
    expect(detectReportPeriodMonths(title)).toBe(months);
  });
});

describe('periodScore', () => {
  it('prefers the report period, then a running total, then an unmarked figure, and never a month', () => {
    const score = (period: Period) => periodScore(resolvePeriod(period, 6), 6);
    expect(score({ kind: 'cumulative', months: 6 })).toBeGreaterThan(
      score({ kind: 'cumulative', months: null }) ?? 0,
    );
    expect(score({ kind: 'cumulative', months: null })).toBeGreaterThan(score({ kind: 'unmarked' }) ?? 0);
    expect(score({ kind: 'year' })).toBe(score({ kind: 'unmarked' }));
    expect(score({ kind: 'cumulative', months: 12 })).toBeNull();
    expect(score({ kind: 'month' })).toBeNull();
    expect(score({ kind: 'partial' })).toBeNull();
    expect(periodScore(resolvePeriod({ kind: 'year' }, 12), 12)).toBe(4);
  });

  it("takes a month's figure as the period's in a month's report, and a longer running total never", () => {
    const score = (period: Period) => periodScore(resolvePeriod(period, 1), 1);
    expect(score({ kind: 'month' })).toBe(4);
    expect(score({ kind: 'cumulative', months: 5 })).toBeNull();
    expect(score({ kind: 'month' })).toBeGreaterThan(score({ kind: 'unmarked' }) ?? 0);
  });
});
