// bands: the points of the first band (in the regulation's order, min decreasing) whose min the value reaches.
import { z } from 'zod';
import { formatVi, fromNumber } from '../decimal';
import { compareExact, type Units } from '../fixed-point';
import { checkDescending } from './checks';
import { figure, indicatorFields, indicatorRef, type Figure, type IndicatorRef } from './indicator-ref';
import type { ComputedModule } from './types';

const schema = z.strictObject({
  type: z.literal('bands'),
  ...indicatorFields,
  bands: z.array(z.strictObject({ min: z.number(), points: z.number().nonnegative() })).min(1),
});

type CompiledBands = IndicatorRef & { type: 'bands'; bands: { min: Figure; points: Units }[] };

export const bands: ComputedModule<typeof schema, CompiledBands> = {
  schema,
  computed: true,
  validate(method, check) {
    const { path, max, problem, checkDecimals } = check;
    checkDescending(
      method.bands,
      [...path, 'bands'],
      check,
      (min) => `Giá trị dưới ${min} không thuộc mức nào và được 0 điểm`,
    );
    method.bands.forEach((band, i) => {
      checkDecimals(band.points, [...path, 'bands', i, 'points']);
      if (fromNumber(band.points).gt(max)) {
        problem(
          [...path, 'bands', i, 'points'],
          `Điểm của mức (${formatVi(band.points)}) vượt quá điểm tối đa của tiêu chí (${formatVi(max)})`,
        );
      }
    });
  },
  compile: (method, scale) => ({
    type: 'bands',
    ...indicatorRef(method),
    bands: method.bands.map((band) => ({ min: figure(band.min), points: scale.fromNumber(band.points) })),
  }),
  prepare(method, _max, scale) {
    const notes = method.bands.map(
      (band) => `: thuộc mức từ ${band.min.vi} trở lên, ${scale.vi(band.points)} điểm`,
    );
    const below = `: dưới mức thấp nhất (${method.bands[method.bands.length - 1].min.vi}), 0 điểm`;
    return {
      score(value) {
        const index = method.bands.findIndex((b) => compareExact(b.min.exact, value.exact) <= 0);
        if (index < 0)
          return {
            points: 0,
            exact: null,
            inputs: { indicator: method.indicator, field: method.field, value: value.text },
            note: value.shown + below,
          };
        const band = method.bands[index];
        const inputs = {
          indicator: method.indicator,
          field: method.field,
          value: value.text,
          bandMin: band.min.text,
        };
        return { points: band.points, exact: null, inputs, note: value.shown + notes[index] };
      },
    };
  },
};
