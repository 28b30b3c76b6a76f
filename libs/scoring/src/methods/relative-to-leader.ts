// relative_to_leader: half the max up to the target (pro rata below it), the other half by the way from the
// target to the group's highest figure.
import { z } from 'zod';
import { compareExact, onCommonScale, pow10 } from '../fixed-point';
import { figure, indicatorFields, indicatorRef, type Figure, type IndicatorRef } from './indicator-ref';
import { targetSchema } from './rate';
import type { ComputedModule } from './types';

const schema = z.strictObject({
  type: z.literal('relative_to_leader'),
  ...indicatorFields,
  target: targetSchema,
});

export const relativeToLeader: ComputedModule<
  typeof schema,
  IndicatorRef & { type: 'relative_to_leader'; target: Figure }
> = {
  schema,
  computed: true,
  validate: () => undefined,
  compile: (method, _scale, env) => ({
    type: 'relative_to_leader',
    ...indicatorRef(method, env),
    target: figure(method.target),
  }),
  prepare(method, { max, maxVi }, scale) {
    const { target } = method;
    const formula = `, dưới mục tiêu ${target.vi}: 0,5 × ${maxVi} × `;
    const under = ` / ${target.vi}`;
    const onTarget = `, bằng mục tiêu: 0,5 × ${maxVi}`;
    return {
      // Joined once per group: the leader is the group's highest figure.
      leader: (best) => ({
        figure: best,
        head: `, vượt mục tiêu ${target.vi}; đơn vị dẫn đầu đạt ${best.vi}: 0,5 × ${maxVi} + 0,5 × ${maxVi} × (`,
        tail: ` − ${target.vi}) / (${best.vi} − ${target.vi})`,
      }),
      score(value, leader) {
        const t = target.exact;
        const inputs = {
          indicator: method.indicator,
          field: method.field,
          value: value.text,
          target: target.text,
          best: leader === undefined ? null : leader.figure.text,
        };
        const order = compareExact(value.exact, t);
        if (order < 0) {
          const note = value.shown + formula + value.vi + under;
          if (value.exact.m <= 0n) return { points: 0, exact: null, inputs, note };
          const { points, exact } = scale.bigQuotient(
            BigInt(max) * value.exact.m * pow10(t.scale),
            2n * t.m * pow10(value.exact.scale),
          );
          return { points, exact, inputs, note };
        }
        // best ≥ value, so best − target is 0 only when the value is on target.
        if (order === 0 || leader === undefined) {
          const { points, exact } = scale.quotient(max, 2);
          return { points, exact, inputs, note: value.shown + onTarget };
        }
        // 0.5 max + 0.5 max × (v − t) / (b − t) = max × (b + v − 2t) / (2 (b − t)), on one scale
        const [v, tm, b] = onCommonScale([value.exact, t, leader.figure.exact]);
        const { points, exact } = scale.bigQuotient(BigInt(max) * (b + v - 2n * tm), 2n * (b - tm));
        return { points, exact, inputs, note: value.shown + leader.head + value.vi + leader.tail };
      },
    };
  },
};
