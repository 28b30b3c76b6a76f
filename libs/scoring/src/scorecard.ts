// One member's points: criteria tree, bonus, deductions, total and band, each with its explanation line.
import { isComputed, type CompiledCriterion, type CompiledRegulation } from './compiled-regulation';
import {
  formatDecimal,
  formatVi,
  fromNumber,
  maxDecimal,
  minDecimal,
  roundPoints,
  ZERO,
  type Decimal,
} from './decimal';
import { daysLateAt } from './lateness';
import { computeMethod } from './methods';
import type { ExplanationLine } from './ranking.types';
import type { Deduction, FinalScoreRule } from './regulation.schema';
import { finalScore, type TargetScores } from './score-layers';

export interface ScoringContext {
  reg: CompiledRegulation;
  rule: FinalScoreRule;
  deadline: number;
  computedAt: number;
  /** relative_to_leader criterion id → highest figure in the group. */
  best: Map<string, Decimal | undefined>;
}

export interface MemberFacts {
  submittedAt: number | null;
  /** Computed criterion id → the member's figure for it, undefined when missing. */
  figures: Map<string, Decimal | undefined>;
  scores: Map<string, TargetScores>;
}

export interface Scorecard {
  lines: ExplanationLine[];
  criterionPoints: Map<string, Decimal>;
  criteriaPoints: Decimal;
  bonusPoints: Decimal;
  deductionPoints: Decimal;
  total: Decimal;
  band: { label: string; min: Decimal } | undefined;
  unreviewed: boolean;
  summary: string;
}

const NO_SCORES: TargetScores = { scorers: [] };

export function scoreMember(ctx: ScoringContext, facts: MemberFacts): Scorecard {
  const { reg } = ctx;
  const lines: ExplanationLine[] = [];
  const criterionPoints = new Map<string, Decimal>();
  const scoresOf = (id: string) => facts.scores.get(id) ?? NO_SCORES;

  // Tree order: a parent's line comes before its children's lines.
  const scoreCriterion = (criterion: CompiledCriterion): { points: Decimal; lines: ExplanationLine[] } => {
    if (criterion.method) {
      const leaf = leafLine(ctx, facts, criterion, scoresOf(criterion.id));
      criterionPoints.set(criterion.id, leaf.points);
      return { points: leaf.points, lines: [leaf.line] };
    }
    const children = criterion.children.map(scoreCriterion);
    const parent = parentLine(
      criterion,
      children.map((child) => child.points),
    );
    criterionPoints.set(criterion.id, parent.points);
    return { points: parent.points, lines: [parent.line, ...children.flatMap((child) => child.lines)] };
  };
  const roots = reg.roots.map(scoreCriterion);
  const criteriaPoints = sum(roots.map((root) => root.points));
  lines.push(...roots.flatMap((root) => root.lines));

  const bonus = bonusLines(ctx, scoresOf);
  lines.push(...bonus.lines);
  const deductions = reg.deductions.map((deduction) =>
    deductionLine(ctx, facts, deduction, scoresOf(deduction.id)),
  );
  lines.push(...deductions.map((d) => d.line));
  const deductionPoints = sum(deductions.map((d) => d.points));

  const raw = criteriaPoints.plus(bonus.points).minus(deductionPoints);
  const total = maxDecimal(raw, ZERO);
  const band = reg.bands.find((b) => b.min.lte(total));

  let summary =
    `Tổng điểm = ${formatVi(criteriaPoints)} (tiêu chí) + ${formatVi(bonus.points)} (điểm thưởng)` +
    ` − ${formatVi(deductionPoints)} (điểm trừ) = ${formatVi(raw)}`;
  if (bonus.capped)
    summary += `; điểm thưởng ${formatVi(bonus.granted)} vượt mức tối đa nên tính ${formatVi(bonus.points)}`;
  if (raw.isNeg()) summary += '; tổng điểm không âm nên tính 0';
  summary += band
    ? `; xếp loại ${band.label} (từ ${formatVi(band.min)} điểm)`
    : '; chưa đạt mức xếp loại nào';

  return {
    lines,
    criterionPoints,
    criteriaPoints,
    bonusPoints: bonus.points,
    deductionPoints,
    total,
    band,
    unreviewed: lines.some((line) => line.unreviewed),
    summary,
  };
}

interface ScoredLine {
  line: ExplanationLine;
  points: Decimal;
}

function leafLine(
  ctx: ScoringContext,
  facts: MemberFacts,
  criterion: CompiledCriterion,
  scores: TargetScores,
): ScoredLine {
  const method = criterion.method!;
  const base = {
    kind: 'criterion' as const,
    id: criterion.id,
    title: criterion.title,
    parentId: criterion.parentId,
    method: method.type,
    max: formatDecimal(criterion.max),
  };
  const full = method.type === 'pass_fail' ? criterion.max : undefined;
  const final = finalScore(ctx.rule, scores, full);

  if (isComputed(method)) {
    const computed = computeMethod(
      method,
      criterion.max,
      facts.figures.get(criterion.id),
      ctx.best.get(criterion.id),
    );
    if (!final)
      return rounded(ctx, { ...base, inputs: computed.inputs, note: computed.note }, computed.points);
    const shownComputed = roundPoints(computed.points, ctx.reg.precision);
    return rounded(
      ctx,
      {
        ...base,
        inputs: { ...computed.inputs, computed: formatDecimal(shownComputed) },
        scores: final.scores,
        note: `${computed.note} → ${formatVi(shownComputed)} điểm. Điều chỉnh: ${final.note}`,
        overridden: true,
      },
      final.points,
    );
  }
  if (!final) return rounded(ctx, { ...base, inputs: {}, note: 'Chưa có điểm: 0 điểm' }, ZERO);
  const inputs: ExplanationLine['inputs'] =
    method.type === 'per_item' ? { pointsEach: formatDecimal(method.points) } : {};
  return rounded(
    ctx,
    { ...base, inputs, scores: final.scores, note: final.note, ...unreviewed(final.unreviewed) },
    final.points,
  );
}

function parentLine(criterion: CompiledCriterion, childPoints: Decimal[]): ScoredLine {
  const childSum = sum(childPoints);
  const points = minDecimal(childSum, criterion.max);
  const capped = childSum.gt(criterion.max);
  return {
    points,
    line: {
      kind: 'criterion',
      id: criterion.id,
      title: criterion.title,
      parentId: criterion.parentId,
      method: 'sum',
      max: formatDecimal(criterion.max),
      inputs: { children: criterion.children.map((c) => c.id).join(', ') },
      result: formatDecimal(points),
      note: capped
        ? `Tổng điểm các tiêu chí con ${formatVi(childSum)} vượt tối đa nên tính ${formatVi(criterion.max)}`
        : `Tổng điểm các tiêu chí con: ${formatVi(points)}`,
      ...(capped ? { capped: true } : {}),
    },
  };
}

function bonusLines(ctx: ScoringContext, scoresOf: (id: string) => TargetScores) {
  const items = ctx.reg.bonusItems.map((item) => {
    const final = finalScore('HEAD', scoresOf(item.id));
    const points = final?.points ?? ZERO;
    const line: ExplanationLine = {
      kind: 'bonus',
      id: item.id,
      title: item.title,
      parentId: null,
      method: 'fixed',
      max: formatDecimal(item.points),
      inputs: {},
      ...(final ? { scores: final.scores } : {}),
      result: formatDecimal(points),
      note: final?.note ?? 'Không được cộng điểm thưởng này',
      ...unreviewed(final?.unreviewed ?? false),
    };
    return { line, points };
  });
  const granted = sum(items.map((item) => item.points));
  const points = ctx.reg.bonusMax ? minDecimal(granted, ctx.reg.bonusMax) : granted;
  return { lines: items.map((item) => item.line), granted, points, capped: granted.gt(points) };
}

function deductionLine(
  ctx: ScoringContext,
  facts: MemberFacts,
  deduction: Deduction,
  scores: TargetScores,
): ScoredLine {
  const max = ctx.reg.deductionMax.get(deduction.id)!;
  const base = {
    kind: 'deduction' as const,
    id: deduction.id,
    title: deduction.title,
    parentId: null,
    method: deduction.kind,
    max: formatDecimal(max),
  };
  const deadline = formatInstant(ctx.deadline);

  if (deduction.kind === 'late') {
    const submitted = facts.submittedAt;
    const inputs = { deadline, submittedAt: submitted === null ? null : formatInstant(submitted) };
    if (submitted === null || submitted <= ctx.deadline) {
      const note = submitted === null ? 'Chưa nộp báo cáo: không tính trừ nộp chậm' : 'Nộp đúng hạn';
      return rounded(ctx, { ...base, inputs, note }, ZERO);
    }
    const days = daysLateAt(ctx.deadline, submitted);
    const perDay = fromNumber(deduction.pointsPerDay);
    const charged = perDay.times(days);
    const points = minDecimal(charged, max);
    return rounded(
      ctx,
      {
        ...base,
        inputs: { ...inputs, days, pointsPerDay: formatDecimal(perDay) },
        note:
          `Nộp lúc ${inputs.submittedAt}, hạn ${deadline}: chậm ${days} ngày × ${formatVi(perDay)} = ${formatVi(charged)}` +
          (charged.gt(max) ? `, tối đa ${formatVi(max)}` : ''),
        ...(charged.gt(max) ? { capped: true } : {}),
      },
      points,
    );
  }
  if (deduction.kind === 'missing') {
    const inputs = {
      deadline,
      computedAt: formatInstant(ctx.computedAt),
      submittedAt: facts.submittedAt === null ? null : formatInstant(facts.submittedAt),
    };
    if (facts.submittedAt !== null) return rounded(ctx, { ...base, inputs, note: 'Đã nộp báo cáo' }, ZERO);
    if (ctx.computedAt <= ctx.deadline)
      return rounded(ctx, { ...base, inputs, note: `Chưa nộp báo cáo, chưa đến hạn ${deadline}` }, ZERO);
    return rounded(
      ctx,
      { ...base, inputs, note: `Không nộp báo cáo trước hạn ${deadline}: trừ ${formatVi(max)}` },
      max,
    );
  }
  const final = finalScore('HEAD', scores);
  if (!final) return rounded(ctx, { ...base, inputs: {}, note: 'Không bị trừ điểm' }, ZERO);
  return rounded(ctx, { ...base, inputs: {}, scores: final.scores, note: final.note }, final.points);
}

/** Rounds half-up to scoring.precision and records the exact value when rounding changed it. */
function rounded(ctx: ScoringContext, line: Omit<ExplanationLine, 'result'>, exact: Decimal): ScoredLine {
  const points = roundPoints(exact, ctx.reg.precision);
  const result: ExplanationLine = { ...line, result: formatDecimal(points) };
  if (!points.eq(exact)) result.rounding = { exact: formatDecimal(exact), precision: ctx.reg.precision };
  return { line: result, points };
}

function unreviewed(flag: boolean): { unreviewed?: true } {
  return flag ? { unreviewed: true } : {};
}

function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, value) => acc.plus(value), ZERO);
}

/** Vietnam time (UTC+7), the way members read deadlines: "17:00:00 20/06/2023". */
export function formatInstant(ms: number): string {
  const local = new Date(ms + 7 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ` +
    `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
  );
}
