// bands: the points of the first band (in the regulation's order, high to low) whose bound the value reaches —
// `min` (at least) or, in format 2, `gt` (strictly greater). The value is an indicator's figure or, with
// `source: "daysLate"` (format 2), the member's days late for the period (see lateness.ts).
import { z } from 'zod';
import { formatVi, fromNumber } from '../decimal';
import { INDICATOR_FIELDS } from '../indicators';
import type { Units } from '../fixed-point';
import { boundOf, checkBoundsDescending, holds } from './bounds';
import { figure, indicatorRef, type Figure, type IndicatorRef } from './indicator-ref';
import type { ComputedModule } from './types';

const schema = z.strictObject({
  type: z.literal('bands'),
  // Required unless `source` says where the value comes from: checked in validate, with the path of the field.
  indicator: z.string().min(1).optional(),
  field: z.enum(INDICATOR_FIELDS).optional(),
  source: z.literal('daysLate').optional(),
  bands: z
    .array(
      z.strictObject({
        min: z.number().optional(),
        gt: z.number().optional(),
        points: z.number().nonnegative(),
      }),
    )
    .min(1),
});

interface CompiledBand {
  /** The min or gt. */
  bound: Figure;
  /** gt: the value must be strictly greater. */
  strict: boolean;
  points: Units;
}

type CompiledBands = IndicatorRef & { type: 'bands'; bands: CompiledBand[] };

/** The figure of `source: "daysLate"`: one per member, whatever criteria read it. */
const DAYS_LATE: IndicatorRef = {
  indicator: 'daysLate',
  field: 'value',
  figure: '@daysLate',
  label: 'Số ngày nộp chậm',
  daysLate: true,
};

export const bands: ComputedModule<typeof schema, CompiledBands> = {
  schema,
  computed: true,
  validate(method, check) {
    const { path, max, problem, checkDecimals } = check;
    if (method.source === 'daysLate') {
      for (const key of ['indicator', 'field'] as const) {
        if (method[key] !== undefined) {
          problem(
            [...path, key],
            'Mức theo số ngày nộp chậm (source: "daysLate") không đọc chỉ tiêu: bỏ indicator và field',
          );
        }
      }
    } else {
      for (const key of ['indicator', 'field'] as const) {
        if (method[key] === undefined) problem([...path, key], 'Thiếu trường bắt buộc');
      }
    }
    checkBoundsDescending(method.bands, [...path, 'bands'], check, ({ value, strict }) =>
      strict
        ? `Giá trị từ ${formatVi(value)} trở xuống không thuộc mức nào và được 0 điểm`
        : `Giá trị dưới ${formatVi(value)} không thuộc mức nào và được 0 điểm`,
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
  compile: (method, scale, env) => ({
    type: 'bands',
    ...(method.source === 'daysLate'
      ? DAYS_LATE
      : indicatorRef({ indicator: method.indicator!, field: method.field! }, env)),
    bands: method.bands.map((band) => {
      const { value, strict } = boundOf(band)!;
      return { bound: figure(value), strict, points: scale.fromNumber(band.points) };
    }),
  }),
  prepare(method, _max, scale) {
    const notes = method.bands.map((band) =>
      band.strict
        ? `: thuộc mức trên ${band.bound.vi}, ${scale.vi(band.points)} điểm`
        : `: thuộc mức từ ${band.bound.vi} trở lên, ${scale.vi(band.points)} điểm`,
    );
    const lowest = method.bands[method.bands.length - 1];
    const below = lowest.strict
      ? `: không trên mức thấp nhất (${lowest.bound.vi}), 0 điểm`
      : `: dưới mức thấp nhất (${lowest.bound.vi}), 0 điểm`;
    // The figure's inputs: which indicator, or the lateness source; each built whole (this runs for every member).
    const ref = (value: string, band?: CompiledBand): Record<string, string> => {
      if (method.daysLate) {
        if (band === undefined) return { source: 'daysLate', value };
        return band.strict
          ? { source: 'daysLate', value, bandGt: band.bound.text }
          : { source: 'daysLate', value, bandMin: band.bound.text };
      }
      const { indicator, field } = method;
      if (band === undefined) return { indicator, field, value };
      return band.strict
        ? { indicator, field, value, bandGt: band.bound.text }
        : { indicator, field, value, bandMin: band.bound.text };
    };
    return {
      score(value) {
        const index = method.bands.findIndex((b) => holds(b.bound.exact, b.strict, value.exact));
        if (index < 0) return { points: 0, exact: null, inputs: ref(value.text), note: value.shown + below };
        const band = method.bands[index];
        return {
          points: band.points,
          exact: null,
          inputs: ref(value.text, band),
          note: value.shown + notes[index],
        };
      },
    };
  },
};
