// Points of the computed methods (rate, bands, relative_to_leader) from a member's indicator figure, exact.
import type { ComputedMethod } from './compiled-regulation';
import { formatDecimal, formatVi, maxDecimal, minDecimal, ONE, ZERO, type Decimal } from './decimal';
import { INDICATOR_FIELD_LABELS, INDICATOR_LABELS } from './indicators';

export interface MethodResult {
  /** Exact, before rounding to scoring.precision. */
  points: Decimal;
  inputs: Record<string, string | number | null>;
  note: string;
}

/**
 * `value` is the member's figure (undefined when missing); `best` is the highest figure in the group,
 * needed only by relative_to_leader.
 */
export function computeMethod(
  method: ComputedMethod,
  max: Decimal,
  value: Decimal | undefined,
  best: Decimal | undefined,
): MethodResult {
  const figure = `${INDICATOR_LABELS[method.indicator]} (${INDICATOR_FIELD_LABELS[method.field]})`;
  const inputs: MethodResult['inputs'] = {
    indicator: method.indicator,
    field: method.field,
    value: value === undefined ? null : formatDecimal(value),
  };
  if (value === undefined) {
    return { points: ZERO, inputs, note: `Thiếu số liệu ${figure}: 0 điểm` };
  }
  const shown = `${figure} = ${formatVi(value)}`;

  switch (method.type) {
    case 'rate': {
      const { target } = method;
      inputs.target = formatDecimal(target);
      const ratio = minDecimal(maxDecimal(value.div(target), ZERO), ONE);
      const points = max.times(ratio);
      const clamp = value.gte(target)
        ? ' (đạt hoặc vượt mục tiêu: tối đa)'
        : value.isNeg()
          ? ' (âm: 0 điểm)'
          : '';
      return {
        points,
        inputs,
        note: `${shown}; mục tiêu ${formatVi(target)}: ${formatVi(max)} × ${formatVi(value)} / ${formatVi(target)}${clamp}`,
      };
    }
    case 'bands': {
      const band = method.bands.find((b) => b.min.lte(value));
      if (!band) {
        const lowest = method.bands[method.bands.length - 1].min;
        return { points: ZERO, inputs, note: `${shown}: dưới mức thấp nhất (${formatVi(lowest)}), 0 điểm` };
      }
      inputs.bandMin = formatDecimal(band.min);
      return {
        points: band.points,
        inputs,
        note: `${shown}: thuộc mức từ ${formatVi(band.min)} trở lên, ${formatVi(band.points)} điểm`,
      };
    }
    case 'relative_to_leader': {
      const { target } = method;
      const half = max.div(2);
      inputs.target = formatDecimal(target);
      inputs.best = best === undefined ? null : formatDecimal(best);
      if (value.lt(target)) {
        const points = maxDecimal(half.times(value).div(target), ZERO);
        return {
          points,
          inputs,
          note: `${shown}, dưới mục tiêu ${formatVi(target)}: 0,5 × ${formatVi(max)} × ${formatVi(value)} / ${formatVi(target)}`,
        };
      }
      // best ≥ value ≥ target, so best − target is 0 only when value equals target.
      if (value.eq(target) || best === undefined) {
        return { points: half, inputs, note: `${shown}, bằng mục tiêu: 0,5 × ${formatVi(max)}` };
      }
      const points = half.plus(half.times(value.minus(target)).div(best.minus(target)));
      return {
        points,
        inputs,
        note: `${shown}, vượt mục tiêu ${formatVi(target)}; đơn vị dẫn đầu đạt ${formatVi(best)}: 0,5 × ${formatVi(max)} + 0,5 × ${formatVi(max)} × (${formatVi(value)} − ${formatVi(target)}) / (${formatVi(best)} − ${formatVi(target)})`,
      };
    }
  }
}
