import { perItemPoints } from '../../shared/format/number';
import {
  computedFigure,
  daysUntil,
  groupIndicators,
  indicatorRows,
  leafCriteria,
  periodRules,
  selfScoreInput,
} from './regulation';

const document = {
  periods: [
    { kind: 'H1', deadline: '2023-06-20T17:00:00+07:00' },
    { kind: 'FY', deadline: '2023-11-20T17:00:00+07:00' },
  ],
  criteria: [
    {
      id: '1',
      title: 'Nhiệm vụ',
      max: 60,
      children: [
        { id: '1.1', title: 'Tỷ lệ', max: 10, method: { type: 'rate', indicator: 'x' } },
        { id: '1.4', title: 'Thủ công', max: 20, method: { type: 'manual' } },
      ],
    },
    { id: '3', title: 'Đảng', max: 15, method: { type: 'manual' } },
  ],
};

describe('regulation reading for reports', () => {
  it('lists the periods with their deadlines', () => {
    expect(periodRules(document).map((p) => p.kind)).toEqual(['H1', 'FY']);
    expect(periodRules({})).toEqual([]);
  });

  it('lists the leaf criteria in document order', () => {
    expect(leafCriteria(document).map((c) => [c.id, c.max, c.method.type])).toEqual([
      ['1.1', '10', 'rate'],
      ['1.4', '20', 'manual'],
      ['3', '15', 'manual'],
    ]);
  });

  it('names the figure a computed criterion reads in Vietnamese, as the explanations do', () => {
    expect(computedFigure({ type: 'rate', indicator: 'export_value', field: 'percentOfPlan' })).toBe(
      'Kim ngạch xuất khẩu (% so với kế hoạch)',
    );
    // A key the catalogue does not know is shown as written, never dropped.
    expect(computedFigure({ type: 'rate', indicator: 'x', field: 'value' })).toBe('x');
  });

  it('counts the days left to a deadline, rounding up', () => {
    const now = new Date('2023-06-18T12:00:00+07:00');
    expect(daysUntil('2023-06-20T17:00:00+07:00', now)).toBe(3);
    expect(daysUntil('2023-06-18T17:00:00+07:00', now)).toBe(1);
    expect(daysUntil('2023-06-10T17:00:00+07:00', now)).toBe(-7);
    expect(daysUntil('2023-06-18T11:00:00+07:00', now)).toBeLessThan(1);
  });

  it('multiplies per-item points exactly and caps them at the maximum', () => {
    expect(perItemPoints(3, '2.5', '15')).toBe('7.5');
    expect(perItemPoints(4, '2.5', '15')).toBe('10');
    expect(perItemPoints(7, '2.5', '15')).toBe('15');
    expect(perItemPoints(3, '0.1', '15')).toBe('0.3');
    expect(perItemPoints(0, '2', '15')).toBe('0');
  });
});

describe("a group's own indicators", () => {
  const declared = groupIndicators([
    {
      regulation: {
        document: { indicators: [{ key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết', unit: '%' }] },
      },
    },
    { regulation: null },
  ]);

  it('adds the declared ones the report does not hold after its figures, and marks those it holds', () => {
    expect(
      indicatorRows(
        [
          { key: 'retail_sales', label: 'Tổng mức bán lẻ', unit: 'tỷ đồng' },
          { key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết', unit: '%', percentOfPlan: '112.5' },
        ],
        declared,
      ).map((r) => [r.key, r.declared, r.percentOfPlan]),
    ).toEqual([
      ['retail_sales', false, null],
      ['cases_resolved', true, '112.5'],
    ]);
    expect(indicatorRows([], declared)).toEqual([
      {
        key: 'cases_resolved',
        label: 'Tỷ lệ việc giải quyết',
        unit: '%',
        percentOfPlan: null,
        declared: true,
      },
    ]);
  });

  it('names the declared figure a computed criterion reads by its label', () => {
    expect(
      computedFigure({ type: 'linear', indicator: 'cases_resolved', field: 'percentOfPlan' }, declared),
    ).toBe('Tỷ lệ việc giải quyết (% so với kế hoạch)');
  });
});

describe('selfScoreInput', () => {
  it('asks points, a switch or a count as the method’s traits say, and nothing of a computed one', () => {
    expect(selfScoreInput('manual')).toBe('points');
    expect(selfScoreInput('pass_fail')).toBe('toggle');
    expect(selfScoreInput('per_item')).toBe('count');
    for (const computed of ['rate', 'bands', 'relative_to_leader', 'linear', 'no_such_method'])
      expect(selfScoreInput(computed)).toBeNull();
  });
});
