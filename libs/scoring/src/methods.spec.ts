import type { ComputedMethod } from './compiled-regulation';
import { Decimal } from './decimal';
import { computeMethod as sut } from './methods';

const d = (text: string) => new Decimal(text);
const points = (method: ComputedMethod, max: string, value?: string, best?: string) =>
  sut(
    method,
    d(max),
    value === undefined ? undefined : d(value),
    best === undefined ? undefined : d(best),
  ).points.toFixed();

describe('computeMethod', () => {
  const rate: ComputedMethod = {
    type: 'rate',
    indicator: 'industrial_output_value',
    field: 'percentOfPlan',
    target: d('100'),
  };

  describe('rate', () => {
    it('gives max × value / target', () => {
      // 10 × 98.37 / 100 = 9.837 (rounded later, with the criterion)
      expect(points(rate, '10', '98.37')).toBe('9.837');
    });

    it('clamps the ratio to 0..1', () => {
      // 10 × min(112.5 / 100, 1) = 10; 10 × max(-3 / 100, 0) = 0
      expect(points(rate, '10', '112.5')).toBe('10');
      expect(points(rate, '10', '-3')).toBe('0');
    });

    it('computes exactly where floats would not', () => {
      // 0.3 / 0.1 would be 2.9999999999999996 in floats; exactly 3 → clamped ratio 1 → 10.
      const small: ComputedMethod = { ...rate, target: d('0.1') };
      expect(points(small, '10', '0.3')).toBe('10');
      // 10 × 1 / 3 = 3.333… kept exact to 40 digits until the criterion rounds it.
      expect(points({ ...rate, target: d('3') }, '10', '1')).toMatch(/^3\.3333333333/);
    });

    it('gives 0 with an explanation when the indicator is missing', () => {
      const result = sut(rate, d('10'), undefined, undefined);
      expect(result.points.toFixed()).toBe('0');
      expect(result.inputs.value).toBeNull();
      expect(result.note).toBe('Thiếu số liệu Giá trị sản xuất công nghiệp (% so với kế hoạch): 0 điểm');
    });
  });

  describe('bands', () => {
    const bands: ComputedMethod = {
      type: 'bands',
      indicator: 'online_dossier_rate',
      field: 'value',
      bands: [
        { min: d('95'), points: d('10') },
        { min: d('90'), points: d('7') },
        { min: d('80'), points: d('4') },
      ],
    };

    it('gives the points of the first band whose min ≤ value', () => {
      // 91.2: 95 > 91.2, 90 ≤ 91.2 → 7
      expect(points(bands, '10', '91.2')).toBe('7');
      // a value on a boundary belongs to that band
      expect(points(bands, '10', '95')).toBe('10');
      expect(points(bands, '10', '80')).toBe('4');
    });

    it('gives 0 below the lowest band', () => {
      const result = sut(bands, d('10'), d('79.99'), undefined);
      expect(result.points.toFixed()).toBe('0');
      expect(result.note).toContain('dưới mức thấp nhất (80)');
    });
  });

  describe('relative_to_leader', () => {
    const relative: ComputedMethod = {
      type: 'relative_to_leader',
      indicator: 'retail_sales',
      field: 'percentOfPlan',
      target: d('100'),
    };

    it('gives 0.5 × max × value / target below target', () => {
      // 0.5 × 10 × 90 / 100 = 4.5
      expect(points(relative, '10', '90', '112')).toBe('4.5');
    });

    it('gives half the maximum on target', () => {
      expect(points(relative, '10', '100', '112')).toBe('5');
    });

    it('gives the best member the maximum and the others their share above target', () => {
      // best: 5 + 5 × (112 − 100) / (112 − 100) = 10
      expect(points(relative, '10', '112', '112')).toBe('10');
      // 5 + 5 × (104.5 − 100) / (112 − 100) = 5 + 5 × 0.375 = 6.875
      expect(points(relative, '10', '104.5', '112')).toBe('6.875');
    });

    it('never goes below 0 for a negative figure', () => {
      const change: ComputedMethod = { ...relative, field: 'changeVsSamePeriodPercent', target: d('10') };
      expect(points(change, '100', '-4', '25')).toBe('0');
    });

    it('explains the leader figure it compared with', () => {
      const result = sut(relative, d('10'), d('104.5'), d('112'));
      expect(result.inputs).toMatchObject({ value: '104.5', target: '100', best: '112' });
      expect(result.note).toContain('đơn vị dẫn đầu đạt 112');
    });
  });
});
