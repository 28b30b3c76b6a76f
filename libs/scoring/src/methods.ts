// Points of the computed methods (rate, bands, relative_to_leader) from a member's indicator figure, exact.
// A note is the member's figure ("Tổng mức bán lẻ … = 118,95") joined to texts the regulation fixes, which are
// joined once per criterion (compileNotes) or once per group (leaderOf): notes were most of a ranking's memory.
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

/** A member's figure with the start of every note on it, "<indicator (field)> = <figure>". */
export interface MemberFigure extends Figure {
  shown: string;
}

/** The texts around the member's figure in a computed criterion's notes (the figure comes twice in formulas). */
export interface MethodNotes {
  missing: string;
  /** Between the figure's two appearances in a formula. */
  formula: string;
  /** After the second one: rate reached / not positive / under target; relative_to_leader under target. */
  reached: string;
  nonPositive: string;
  under: string;
  /** relative_to_leader on target; bands: per band (in the regulation's order), and below the lowest. */
  onTarget: string;
  bands: string[];
  belowBands: string;
}

/** The group's highest figure, with the texts of a relative_to_leader note above target that depend on it. */
export interface Leader {
  figure: Figure;
  /** Before and after the member's figure. */
  head: string;
  tail: string;
}

export function memberFigure(label: string, { exact, text, vi }: Figure): MemberFigure {
  return { exact, text, vi, shown: `${label} = ${vi}` };
}

export function compileNotes(method: ComputedMethod, maxVi: string, scale: PointScale): MethodNotes {
  const notes: MethodNotes = {
    missing: `Thiếu số liệu ${method.label}: 0 điểm`,
    formula: '',
    reached: '',
    nonPositive: '',
    under: '',
    onTarget: '',
    bands: [],
    belowBands: '',
  };
  switch (method.type) {
    case 'rate': {
      const target = method.target.vi;
      notes.formula = `; mục tiêu ${target}: ${maxVi} × `;
      notes.reached = ` / ${target} (đạt hoặc vượt mục tiêu: tối đa)`;
      notes.nonPositive = ` / ${target} (không dương: 0 điểm)`;
      notes.under = ` / ${target}`;
      break;
    }
    case 'bands': {
      notes.bands = method.bands.map(
        (band) => `: thuộc mức từ ${band.min.vi} trở lên, ${scale.vi(band.points)} điểm`,
      );
      notes.belowBands = `: dưới mức thấp nhất (${method.bands[method.bands.length - 1].min.vi}), 0 điểm`;
      break;
    }
    case 'relative_to_leader': {
      const target = method.target.vi;
      notes.formula = `, dưới mục tiêu ${target}: 0,5 × ${maxVi} × `;
      notes.under = ` / ${target}`;
      notes.onTarget = `, bằng mục tiêu: 0,5 × ${maxVi}`;
      break;
    }
  }
  return notes;
}

/** The leader of a relative_to_leader criterion: `best` is the highest figure in the group. */
export function leaderOf(
  method: Extract<ComputedMethod, { type: 'relative_to_leader' }>,
  maxVi: string,
  best: Figure,
): Leader {
  const target = method.target.vi;
  return {
    figure: best,
    head: `, vượt mục tiêu ${target}; đơn vị dẫn đầu đạt ${best.vi}: 0,5 × ${maxVi} + 0,5 × ${maxVi} × (`,
    tail: ` − ${target}) / (${best.vi} − ${target})`,
  };
}

/**
 * `figure` is the member's (undefined when missing); `leader` the group's highest figure, needed only by
 * relative_to_leader (and defined whenever the member has a figure, since the member's own counts).
 */
export function computeMethod(
  method: ComputedMethod,
  // A computed criterion has its notes (CompiledCriterion.notes).
  { max, notes: criterionNotes }: { max: Units; notes: MethodNotes | null },
  scale: PointScale,
  figure: MemberFigure | undefined,
  leader: Leader | undefined,
): MethodResult {
  const notes = criterionNotes!;
  if (figure === undefined) {
    const inputs = { indicator: method.indicator, field: method.field, value: null };
    return { points: 0, exact: null, inputs, note: notes.missing };
  }
  const { exact: value, vi: valueVi, shown } = figure;

  switch (method.type) {
    case 'rate': {
      const { target } = method;
      const inputs = {
        indicator: method.indicator,
        field: method.field,
        value: figure.text,
        target: target.text,
      };
      const formula = shown + notes.formula + valueVi;
      if (compareExact(value, target.exact) >= 0) {
        return { points: max, exact: null, inputs, note: formula + notes.reached };
      }
      if (value.m <= 0n) return { points: 0, exact: null, inputs, note: formula + notes.nonPositive };
      // max × value / target = max × v.m × 10^t.scale / (t.m × 10^v.scale)
      const t = target.exact;
      const { points, exact } = scale.bigQuotient(
        BigInt(max) * value.m * pow10(t.scale),
        t.m * pow10(value.scale),
      );
      return { points, exact, inputs, note: formula + notes.under };
    }
    case 'bands': {
      const index = method.bands.findIndex((b) => compareExact(b.min.exact, value) <= 0);
      if (index < 0) {
        const inputs = { indicator: method.indicator, field: method.field, value: figure.text };
        return { points: 0, exact: null, inputs, note: shown + notes.belowBands };
      }
      const band = method.bands[index];
      const inputs = {
        indicator: method.indicator,
        field: method.field,
        value: figure.text,
        bandMin: band.min.text,
      };
      return { points: band.points, exact: null, inputs, note: shown + notes.bands[index] };
    }
    case 'relative_to_leader': {
      const { target } = method;
      const t = target.exact;
      const inputs = {
        indicator: method.indicator,
        field: method.field,
        value: figure.text,
        target: target.text,
        best: leader === undefined ? null : leader.figure.text,
      };
      const order = compareExact(value, t);
      if (order < 0) {
        const note = shown + notes.formula + valueVi + notes.under;
        if (value.m <= 0n) return { points: 0, exact: null, inputs, note };
        const { points, exact } = scale.bigQuotient(
          BigInt(max) * value.m * pow10(t.scale),
          2n * t.m * pow10(value.scale),
        );
        return { points, exact, inputs, note };
      }
      // best ≥ value, so best − target is 0 only when the value is on target.
      if (order === 0 || leader === undefined) {
        const { points, exact } = scale.quotient(max, 2);
        return { points, exact, inputs, note: shown + notes.onTarget };
      }
      // 0.5 max + 0.5 max × (v − t) / (b − t) = max × (b + v − 2t) / (2 (b − t)), on one scale
      const [v, tm, b] = onCommonScale([value, t, leader.figure.exact]);
      const { points, exact } = scale.bigQuotient(BigInt(max) * (b + v - 2n * tm), 2n * (b - tm));
      return { points, exact, inputs, note: shown + leader.head + valueVi + leader.tail };
    }
  }
}
