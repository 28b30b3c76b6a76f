// Points of the computed methods (rate, bands, relative_to_leader) from a member's indicator figure, exact.
import type { ComputedMethod, Figure } from './compiled-regulation';
import {
  compareExact,
  onCommonScale,
  pow10,
  type PointScale,
  type Quotient,
  type Units,
} from './fixed-point';

/** points rounded half up to scoring.precision; `exact` the value before rounding when that changed it. */
export interface MethodResult extends Quotient {
  inputs: Record<string, string | number | null>;
  note: string;
}

/**
 * `value` is the member's figure (undefined when missing); `best` is the highest figure in the group,
 * needed only by relative_to_leader. Both come with their texts: a figure is read by several criteria.
 */
export function computeMethod(
  method: ComputedMethod,
  { max, maxVi }: { max: Units; maxVi: string },
  scale: PointScale,
  figure: Figure | undefined,
  best: Figure | undefined,
): MethodResult {
  const inputs: MethodResult['inputs'] = {
    indicator: method.indicator,
    field: method.field,
    value: figure === undefined ? null : figure.text,
  };
  if (figure === undefined)
    return { points: 0, exact: null, inputs, note: `Thiếu số liệu ${method.label}: 0 điểm` };
  const { exact: value, vi: valueVi } = figure;
  const shown = `${method.label} = ${valueVi}`;

  switch (method.type) {
    case 'rate': {
      const { target } = method;
      inputs.target = target.text;
      const formula = `${shown}; mục tiêu ${target.vi}: ${maxVi} × ${valueVi} / ${target.vi}`;
      if (compareExact(value, target.exact) >= 0) {
        return { points: max, exact: null, inputs, note: `${formula} (đạt hoặc vượt mục tiêu: tối đa)` };
      }
      if (value.m <= 0n) return { points: 0, exact: null, inputs, note: `${formula} (không dương: 0 điểm)` };
      // max × value / target = max × v.m × 10^t.scale / (t.m × 10^v.scale)
      const t = target.exact;
      const { points, exact } = scale.bigQuotient(
        BigInt(max) * value.m * pow10(t.scale),
        t.m * pow10(value.scale),
      );
      return { points, exact, inputs, note: formula };
    }
    case 'bands': {
      const band = method.bands.find((b) => compareExact(b.min.exact, value) <= 0);
      if (!band) {
        const lowest = method.bands[method.bands.length - 1].min;
        return {
          points: 0,
          exact: null,
          inputs,
          note: `${shown}: dưới mức thấp nhất (${lowest.vi}), 0 điểm`,
        };
      }
      inputs.bandMin = band.min.text;
      const note = `${shown}: thuộc mức từ ${band.min.vi} trở lên, ${scale.vi(band.points)} điểm`;
      return { points: band.points, exact: null, inputs, note };
    }
    case 'relative_to_leader': {
      const { target } = method;
      const t = target.exact;
      inputs.target = target.text;
      inputs.best = best === undefined ? null : best.text;
      const order = compareExact(value, t);
      if (order < 0) {
        const note = `${shown}, dưới mục tiêu ${target.vi}: 0,5 × ${maxVi} × ${valueVi} / ${target.vi}`;
        if (value.m <= 0n) return { points: 0, exact: null, inputs, note };
        const { points, exact } = scale.bigQuotient(
          BigInt(max) * value.m * pow10(t.scale),
          2n * t.m * pow10(value.scale),
        );
        return { points, exact, inputs, note };
      }
      // best ≥ value, so best − target is 0 only when the value is on target.
      if (order === 0 || best === undefined) {
        const { points, exact } = scale.quotient(max, 2);
        return { points, exact, inputs, note: `${shown}, bằng mục tiêu: 0,5 × ${maxVi}` };
      }
      // 0.5 max + 0.5 max × (v − t) / (b − t) = max × (b + v − 2t) / (2 (b − t)), on one scale
      const [v, tm, b] = onCommonScale([value, t, best.exact]);
      const bestVi = best.vi;
      const { points, exact } = scale.bigQuotient(BigInt(max) * (b + v - 2n * tm), 2n * (b - tm));
      return {
        points,
        exact,
        inputs,
        note:
          `${shown}, vượt mục tiêu ${target.vi}; đơn vị dẫn đầu đạt ${bestVi}: ` +
          `0,5 × ${maxVi} + 0,5 × ${maxVi} × (${valueVi} − ${target.vi}) / (${bestVi} − ${target.vi})`,
      };
    }
  }
}
