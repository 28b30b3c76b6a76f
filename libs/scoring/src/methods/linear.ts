// linear (format 2): points by straight lines between the `points` pairs [x, y] at the member's figure; outside
// them the end y (`beyond: "clamp"`, the default) or the end segment continued (`"extrapolate"`). Never below 0,
// and not above the criterion's max unless it has `allowAboveMax`. Exact: the interpolation is a fraction of
// integers, rounded half up to the precision once.
import { z } from 'zod';
import { formatVi, fromNumber } from '../decimal';
import { compareExact, MAX_POINT_UNITS, onCommonScale, type Units } from '../fixed-point';
import { figure, indicatorFields, indicatorRef, type Figure, type IndicatorRef } from './indicator-ref';
import type { ComputedModule } from './types';

const BEYOND = ['clamp', 'extrapolate'] as const;

const schema = z.strictObject({
  type: z.literal('linear'),
  ...indicatorFields,
  points: z.array(z.tuple([z.number(), z.number()])).min(2),
  beyond: z.enum(BEYOND).default('clamp'),
});

interface Pair {
  x: Figure;
  y: Units;
}

type CompiledLinear = IndicatorRef & { type: 'linear'; pairs: Pair[]; extrapolate: boolean };

export const linear: ComputedModule<typeof schema, CompiledLinear> = {
  schema,
  computed: true,
  aboveMax: {
    // With "clamp" the lines never leave the pairs' highest y; "extrapolate" rises without end where an end
    // segment leads upwards (the last one rising, or the first one falling towards lower x): the system's limit.
    highest({ pairs, extrapolate }) {
      const [first, second] = pairs;
      const [beforeLast, last] = pairs.slice(-2);
      if (extrapolate && (last.y > beforeLast.y || first.y > second.y)) return MAX_POINT_UNITS;
      return Math.min(Math.max(...pairs.map((p) => p.y)), MAX_POINT_UNITS);
    },
  },
  validate(method, check) {
    const { path, max, problem, warning, checkDecimals } = check;
    method.points.forEach(([x, y], i) => {
      const at = [...path, 'points', i];
      if (i > 0 && x <= method.points[i - 1][0]) {
        problem(
          [...at, 0],
          `Các mốc phải xếp theo x tăng dần: ${formatVi(x)} không lớn hơn mốc trước (${formatVi(method.points[i - 1][0])})`,
        );
      }
      checkDecimals(y, [...at, 1]);
      if (!check.allowAboveMax && fromNumber(y).gt(max)) {
        warning(
          [...at, 1],
          `Điểm của mốc (${formatVi(y)}) vượt quá điểm tối đa của tiêu chí (${formatVi(max)}): chỉ tính tối đa, trừ khi tiêu chí có allowAboveMax`,
        );
      }
    });
  },
  compile: (method, scale, env) => ({
    type: 'linear',
    ...indicatorRef(method, env),
    pairs: method.points.map(([x, y]) => ({ x: figure(x), y: scale.fromNumber(y) })),
    extrapolate: method.beyond === 'extrapolate',
  }),
  prepare(method, { max, maxVi, aboveMax }, scale) {
    const { pairs, extrapolate } = method;
    const first = pairs[0];
    const last = pairs[pairs.length - 1];
    const pair = (p: Pair) => `(${p.x.vi}; ${scale.vi(p.y)})`;
    const segments = pairs.slice(1).map((to, i) => `đoạn ${pair(pairs[i])} – ${pair(to)}`);
    const belowFirst = `; dưới mốc đầu ${first.x.vi}: ${scale.vi(first.y)} điểm`;
    const aboveLast = `; trên mốc cuối ${last.x.vi}: ${scale.vi(last.y)} điểm`;
    const capped = `; vượt điểm tối đa nên tính ${maxVi}`;
    const limit = `; vượt giới hạn điểm của hệ thống nên tính ${scale.vi(MAX_POINT_UNITS)}`;
    const cap = aboveMax ? MAX_POINT_UNITS : max;
    return {
      score(value) {
        const v = value.exact;
        const inputs: Record<string, string> = {
          indicator: method.indicator,
          field: method.field,
          value: value.text,
          beyond: extrapolate ? 'extrapolate' : 'clamp',
        };
        let num: bigint;
        let den = 1n;
        let note = value.shown;
        let segment = -1;
        if (compareExact(v, first.x.exact) < 0) {
          if (extrapolate) segment = 0;
          else {
            num = BigInt(first.y);
            note += belowFirst;
          }
        } else if (compareExact(v, last.x.exact) > 0) {
          if (extrapolate) segment = pairs.length - 2;
          else {
            num = BigInt(last.y);
            note += aboveLast;
          }
        } else {
          segment = 0;
          while (compareExact(v, pairs[segment + 1].x.exact) > 0) segment++;
        }
        if (segment >= 0) {
          const a = pairs[segment];
          const b = pairs[segment + 1];
          // y = ya + (yb − ya) × (v − xa) / (xb − xa), as one fraction of integers on one scale.
          const [vm, xa, xb] = onCommonScale([v, a.x.exact, b.x.exact]);
          den = xb - xa;
          num = BigInt(a.y) * den + BigInt(b.y - a.y) * (vm - xa);
          const inside = compareExact(v, a.x.exact) >= 0 && compareExact(v, b.x.exact) <= 0;
          note += `; ${inside ? 'nội suy' : 'ngoại suy'} theo ${segments[segment]}`;
          inputs.from = a.x.text;
          inputs.to = b.x.text;
        }
        if (num! <= 0n) {
          if (num! < 0n) note += '; không âm nên tính 0';
          return { points: 0, exact: null, inputs, note };
        }
        if (num! > BigInt(cap) * den) {
          return { points: cap, exact: null, inputs, note: note + (aboveMax ? limit : capped) };
        }
        const { points, exact } = scale.bigQuotient(num!, den);
        if (points > max) note += `; vượt điểm tối đa ${maxVi}, được tính cả phần vượt (allowAboveMax)`;
        return { points, exact, inputs, note };
      },
    };
  },
};
