// rate: max × value / target, the max once the value reaches the target, 0 when the value is not positive.
import { z } from 'zod';
import { compareExact, pow10 } from '../fixed-point';
import { figure, indicatorFields, indicatorRef, type Figure, type IndicatorRef } from './indicator-ref';
import type { ComputedModule } from './types';

export const targetSchema = z.number().positive({ error: 'Mục tiêu (target) phải lớn hơn 0' });
const schema = z.strictObject({ type: z.literal('rate'), ...indicatorFields, target: targetSchema });

export const rate: ComputedModule<typeof schema, IndicatorRef & { type: 'rate'; target: Figure }> = {
  schema,
  computed: true,
  validate: () => undefined,
  compile: (method, _scale, env) => ({
    type: 'rate',
    ...indicatorRef(method, env),
    target: figure(method.target),
  }),
  prepare(method, { max, maxVi }, scale) {
    const { target } = method;
    const formula = `; mục tiêu ${target.vi}: ${maxVi} × `;
    const reached = ` / ${target.vi} (đạt hoặc vượt mục tiêu: tối đa)`;
    const nonPositive = ` / ${target.vi} (không dương: 0 điểm)`;
    const under = ` / ${target.vi}`;
    return {
      score(value) {
        const inputs = {
          indicator: method.indicator,
          field: method.field,
          value: value.text,
          target: target.text,
        };
        const note = value.shown + formula + value.vi;
        if (compareExact(value.exact, target.exact) >= 0) {
          return { points: max, exact: null, inputs, note: note + reached };
        }
        if (value.exact.m <= 0n) return { points: 0, exact: null, inputs, note: note + nonPositive };
        // max × value / target = max × v.m × 10^t.scale / (t.m × 10^v.scale)
        const t = target.exact;
        const { points, exact } = scale.bigQuotient(
          BigInt(max) * value.exact.m * pow10(t.scale),
          t.m * pow10(value.exact.scale),
        );
        return { points, exact, inputs, note: note + under };
      },
    };
  },
};
