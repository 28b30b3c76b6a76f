// per_item: `points` for each counted item, capped at the criterion's max; the score comes with its count.
import { z } from 'zod';
import { formatVi, fromNumber } from '../decimal';
import type { Units } from '../fixed-point';
import type { EnteredModule } from './types';

const schema = z.strictObject({ type: z.literal('per_item'), points: z.number().positive() });

export const perItem: EnteredModule<typeof schema, { type: 'per_item'; each: Units }> = {
  schema,
  computed: false,
  allOrNothing: false,
  validate(method, { path, max, problem, checkDecimals }) {
    checkDecimals(method.points, [...path, 'points']);
    if (fromNumber(method.points).gt(max)) {
      problem(
        [...path, 'points'],
        `Điểm mỗi lần (${formatVi(method.points)}) vượt quá điểm tối đa của tiêu chí (${formatVi(max)})`,
      );
    }
  },
  compile: (method, scale) => ({ type: 'per_item', each: scale.fromNumber(method.points) }),
  each: (compiled) => compiled.each,
};
