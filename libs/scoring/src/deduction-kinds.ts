// One home per deduction kind: its point numbers, its compiled caps, how a scorer sets it (if one does) and how it is
// charged. DEDUCTION_KINDS is typed by the schema's kinds, so a kind added there without its entry here does not compile.
import { exactText, viText, type PointScale, type Units } from './fixed-point';
import { factTitleOf } from './facts';
import { daysLateAt } from './lateness';
import type { ExplanationLine, ExplanationScore } from './ranking.types';
import type { Deduction } from './regulation.schema';
import { finalScore, type TargetScores } from './score-layers';
import type { ScoringContext } from './scorecard';

export type DeductionKindName = Deduction['kind'];
type Of<K extends DeductionKindName> = Extract<Deduction, { kind: K }>;

/** A deduction's numbers in units of the regulation's PointScale. */
export interface DeductionUnits {
  /** missing and fixed: its points; late, manual and per_item: the cap. */
  max: Units;
  /** late only (0 otherwise). */
  pointsPerDay: Units;
  /** per_item: points per counted item. */
  each?: Units;
  /** fixed: the only points besides 0. */
  full?: Units;
}

/** What charging one deduction for one member reads. */
export interface ChargeInput {
  ctx: ScoringContext;
  units: DeductionUnits;
  submittedAt: number | null;
  /** submittedAt as members read it, null when not submitted. */
  submittedAtText: string | null;
  /** The final scorer's scores, for the kinds a scorer sets. */
  scores: TargetScores;
  /** The member's true facts (format 2). */
  facts: ReadonlySet<string>;
}

/** The charge as num / den units (rounded half up into the line), with its explanation. */
export interface DeductionCharge {
  inputs: ExplanationLine['inputs'];
  note: string;
  num: Units;
  den: number;
  capped?: boolean;
  scores?: ExplanationScore[];
}

// Method syntax on purpose: one kind's entry is then usable where any kind's is expected.
export interface DeductionKind<D extends Deduction> {
  /** The document's point numbers with their field names, for the decimals check. */
  numbers(source: D): [field: string, value: number][];
  /** At most one per regulation: two would charge the same report twice. */
  once: boolean;
  compile(source: D, scale: PointScale): DeductionUnits;
  /** The method a scorer sets it with (ScoreTarget.method); undefined when it is computed from the report. */
  scoredAs?: 'manual' | 'fixed' | 'per_item';
  charge(input: ChargeInput, source: D): DeductionCharge;
}

const none = (inputs: DeductionCharge['inputs'], note: string): DeductionCharge => ({
  inputs,
  note,
  num: 0,
  den: 1,
});

export const DEDUCTION_KINDS: { [K in DeductionKindName]: DeductionKind<Of<K>> } = {
  late: {
    numbers: (d) => [
      ['pointsPerDay', d.pointsPerDay],
      ['max', d.max],
    ],
    once: true,
    compile: (d, scale) => ({ max: scale.fromNumber(d.max), pointsPerDay: scale.fromNumber(d.pointsPerDay) }),
    charge({ ctx, units, submittedAt, submittedAtText }) {
      const { scale } = ctx.reg;
      const deadline = ctx.deadlineText;
      const days = submittedAt === null ? 0 : daysLateAt(ctx.deadline, submittedAt);
      if (days === 0) {
        const note = submittedAtText === null ? 'Chưa nộp báo cáo: không tính trừ nộp chậm' : 'Nộp đúng hạn';
        return none({ deadline, submittedAt: submittedAtText }, note);
      }
      // In BigInt: days × points per day is unbounded, and only the capped charge is a point value.
      const charged = BigInt(units.pointsPerDay) * BigInt(days);
      const chargedVi = viText(exactText({ m: charged, scale: scale.precision }));
      const inputs = {
        deadline,
        submittedAt: submittedAtText,
        days,
        pointsPerDay: scale.text(units.pointsPerDay),
      };
      const note = `Nộp lúc ${submittedAtText}, hạn ${deadline}: chậm ${days} ngày × ${scale.vi(units.pointsPerDay)} = ${chargedVi}`;
      if (charged <= BigInt(units.max)) return { inputs, note, num: Number(charged), den: 1 };
      return { inputs, note: `${note}, tối đa ${scale.vi(units.max)}`, num: units.max, den: 1, capped: true };
    },
  },
  missing: {
    numbers: (d) => [['points', d.points]],
    once: true,
    compile: (d, scale) => ({ max: scale.fromNumber(d.points), pointsPerDay: 0 }),
    charge({ ctx, units, submittedAtText }) {
      const deadline = ctx.deadlineText;
      const inputs = { deadline, computedAt: ctx.computedAtText, submittedAt: submittedAtText };
      if (submittedAtText !== null) return none(inputs, 'Đã nộp báo cáo');
      if (ctx.computedAt <= ctx.deadline) return none(inputs, `Chưa nộp báo cáo, chưa đến hạn ${deadline}`);
      const note = `Không nộp báo cáo trước hạn ${deadline}: trừ ${ctx.reg.scale.vi(units.max)}`;
      return { inputs, note, num: units.max, den: 1 };
    },
  },
  manual: {
    numbers: (d) => [['max', d.max]],
    once: false,
    compile: (d, scale) => ({ max: scale.fromNumber(d.max), pointsPerDay: 0 }),
    scoredAs: 'manual',
    charge: ({ ctx, scores }) => scored(ctx, scores, 'Không bị trừ điểm', {}),
  },
  fixed: {
    numbers: (d) => [['points', d.points]],
    once: false,
    compile: (d, scale) => {
      const points = scale.fromNumber(d.points);
      return { max: points, pointsPerDay: 0, full: points };
    },
    scoredAs: 'fixed',
    // Applied (its full points) or not (0): readScore accepts nothing else.
    charge: ({ ctx, units, scores }) =>
      scored(ctx, scores, 'Không áp dụng khoản trừ này', { points: ctx.reg.scale.text(units.max) }),
  },
  withoutFact: {
    numbers: (d) => [['points', d.points]],
    once: false,
    compile: (d, scale) => ({ max: scale.fromNumber(d.points), pointsPerDay: 0 }),
    charge({ ctx, units, facts }, source) {
      const title = factTitleOf(ctx.reg)(source.fact);
      const inputs = { fact: source.fact };
      if (facts.has(source.fact)) return none(inputs, `Có dữ kiện "${title}": không trừ`);
      return {
        inputs,
        note: `Không có dữ kiện "${title}": trừ ${ctx.reg.scale.vi(units.max)}`,
        num: units.max,
        den: 1,
      };
    },
  },
  per_item: {
    numbers: (d) => [
      ['points', d.points],
      ['max', d.max],
    ],
    once: false,
    compile: (d, scale) => ({
      max: scale.fromNumber(d.max),
      pointsPerDay: 0,
      each: scale.fromNumber(d.points),
    }),
    scoredAs: 'per_item',
    // readScore has checked the points are count × points capped at max.
    charge({ ctx, units, scores }) {
      const { scale } = ctx.reg;
      const charge = scored(ctx, scores, 'Không có lần vi phạm nào', { pointsEach: scale.text(units.each!) });
      const count = charge.scores?.at(-1)?.count;
      if (count !== undefined && count !== null) {
        const product = BigInt(count) * BigInt(units.each!);
        charge.note =
          `${count} lần × ${scale.vi(units.each!)}` +
          (product > BigInt(units.max) ? `, tối đa ${scale.vi(units.max)}` : '') +
          ` — ${charge.note}`;
        if (product > BigInt(units.max)) charge.capped = true;
      }
      return charge;
    },
  },
};

export function deductionKind(kind: DeductionKindName): DeductionKind<Deduction> {
  return DEDUCTION_KINDS[kind] as DeductionKind<Deduction>;
}

/** Kinds the final scorer sets are the head's under every rule (see member-scores.ts). */
function scored(
  ctx: ScoringContext,
  scores: TargetScores,
  unset: string,
  inputs: DeductionCharge['inputs'],
): DeductionCharge {
  const final = finalScore('HEAD', scores, ctx.reg.scale);
  if (!final) return none(inputs, unset);
  return { inputs, note: final.note, num: final.num, den: final.den, scores: final.scores };
}
