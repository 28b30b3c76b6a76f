import { parseExact, PointScale, type Exact } from './fixed-point';
import {
  compileMethod,
  figureOf,
  figureScorer,
  memberFigure,
  scoreFigure,
  type ComputedMethod,
  type Method,
} from './methods/index';

const scale = new PointScale(2);
/** A method as a regulation document writes it, compiled. */
const compiled = (method: Method) => compileMethod(method, scale) as ComputedMethod;
const d = (text: string): Exact => parseExact(text)!;
const units = (points: string) => scale.units(d(points))!;
const sut = (method: ComputedMethod, max: string, value?: string, best?: string) => {
  const scorer = figureScorer(method, { max: units(max), maxVi: max }, scale)!;
  return scoreFigure(
    method,
    scorer,
    value === undefined ? undefined : memberFigure(method.label, figureOf(d(value))),
    best === undefined ? undefined : scorer.leader?.(figureOf(d(best))),
  );
};
/** The exact points before rounding, as text. */
const points = (method: ComputedMethod, max: string, value?: string, best?: string) => {
  const result = sut(method, max, value, best);
  return result.exact ?? scale.text(result.points);
};

describe('computeMethod', () => {
  const rateMethod = {
    type: 'rate',
    indicator: 'industrial_output_value',
    field: 'percentOfPlan',
    target: 100,
  } as const;
  const rate = compiled(rateMethod);

  describe('rate', () => {
    it('gives max × value / target', () => {
      // 10 × 98.37 / 100 = 9.837, rounded half up to 9.84 at precision 2
      expect(points(rate, '10', '98.37')).toBe('9.837');
      expect(sut(rate, '10', '98.37').points).toBe(984);
    });

    it('clamps the ratio to 0..1', () => {
      // 10 × min(112.5 / 100, 1) = 10; 10 × max(-3 / 100, 0) = 0
      expect(points(rate, '10', '112.5')).toBe('10');
      expect(points(rate, '10', '-3')).toBe('0');
    });

    it('computes exactly where floats would not', () => {
      // 0.3 / 0.1 is 2.9999999999999996 in floats; exactly 3 → ratio clamped to 1 → 10.
      expect(points(compiled({ ...rateMethod, target: 0.1 }), '10', '0.3')).toBe('10');
      // 10 × 0.29 / 0.3 = 9.666… exactly, not 9.666666666666666 (0.29 / 0.3 in floats is 0.9666666666666666).
      expect(points(compiled({ ...rateMethod, target: 0.3 }), '10', '0.29')).toBe('9.666666666666…');
      // 10 × 1 / 3 = 3.333… kept as a fraction until the criterion rounds it.
      expect(points(compiled({ ...rateMethod, target: 3 }), '10', '1')).toBe('3.333333333333…');
    });

    it('gives 0 with an explanation when the indicator is missing', () => {
      expect(points(rate, '10')).toBe('0');
      expect(sut(rate, '10')).toMatchObject({
        inputs: { value: null },
        note: 'Thiếu số liệu Giá trị sản xuất công nghiệp (% so với kế hoạch): 0 điểm',
      });
    });
  });

  describe('bands', () => {
    const bands = compiled({
      type: 'bands',
      indicator: 'online_dossier_rate',
      field: 'value',
      bands: [
        { min: 95, points: 10 },
        { min: 90, points: 7 },
        { min: 80, points: 4 },
      ],
    });

    it('gives the points of the first band whose min ≤ value', () => {
      // 91.2: 95 > 91.2, 90 ≤ 91.2 → 7
      expect(points(bands, '10', '91.2')).toBe('7');
      // a value on a boundary belongs to that band
      expect(points(bands, '10', '95')).toBe('10');
      expect(points(bands, '10', '80.000')).toBe('4');
    });

    it('gives 0 below the lowest band', () => {
      expect(points(bands, '10', '79.99')).toBe('0');
      expect(sut(bands, '10', '79.99').note).toContain('dưới mức thấp nhất (80)');
    });
  });

  describe('relative_to_leader', () => {
    const relativeMethod = {
      type: 'relative_to_leader',
      indicator: 'retail_sales',
      field: 'percentOfPlan',
      target: 100,
    } as const;
    const relative = compiled(relativeMethod);

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
      // figures on different scales: 5 + 5 × (100.25 − 100) / (101.5 − 100) = 5 + 5 / 6 = 5.8333…
      expect(points(relative, '10', '100.25', '101.5')).toBe('5.833333333333…');
    });

    it('never goes below 0 for a negative figure', () => {
      const change = compiled({ ...relativeMethod, field: 'changeVsSamePeriodPercent', target: 10 });
      expect(points(change, '100', '-4', '25')).toBe('0');
    });

    it('explains the leader figure it compared with', () => {
      const result = sut(relative, '10', '104.5', '112');
      expect(result.inputs).toMatchObject({ value: '104.5', target: '100', best: '112' });
      expect(result.note).toContain('đơn vị dẫn đầu đạt 112');
    });
  });
});
