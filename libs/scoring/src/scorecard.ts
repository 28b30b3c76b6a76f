// One member's points: criteria tree, bonus, deductions, total and band, each with its explanation line.
import {
  isComputed,
  type CompiledCriterion,
  type CompiledDeduction,
  type CompiledRegulation,
  type Figure,
} from './compiled-regulation';
import { compareExact, exactText, viText, type Exact } from './fixed-point';
import { daysLateAt } from './lateness';
import { computeMethod } from './methods';
import type { ExplanationLine } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';
import type { MemberScores } from './member-scores';
import { finalScore, type TargetScores } from './score-layers';

export interface ScoringContext {
  reg: CompiledRegulation;
  rule: FinalScoreRule;
  deadline: number;
  computedAt: number;
  /** deadline and computedAt as members read them (see formatInstant). */
  deadlineText: string;
  computedAtText: string;
  /** The highest of each figure in the group (by CompiledCriterion.figureSlot), for relative_to_leader. */
  best: (Figure | undefined)[];
}

export interface MemberFacts {
  submittedAt: number | null;
  /** The member's figures by CompiledCriterion.figureSlot, undefined when missing. */
  figures: (Figure | undefined)[];
  scores: MemberScores;
}

/** Points are units of the regulation's PointScale. */
export interface Scorecard {
  lines: ExplanationLine[];
  /** Points of every criterion, by CompiledCriterion.index. */
  criterionPoints: bigint[];
  criteriaPoints: bigint;
  bonusPoints: bigint;
  deductionPoints: bigint;
  total: bigint;
  band: { label: string; min: Exact } | undefined;
  unreviewed: boolean;
  summary: string;
}

const NO_SCORES: TargetScores = { scorers: [] };

export function scoreMember(ctx: ScoringContext, facts: MemberFacts): Scorecard {
  const { reg } = ctx;
  const { scale } = reg;
  // Late and missing deductions are no targets: nobody scores them.
  const scoresOf = (id: string) => {
    const target = reg.targets.get(id);
    return (target && facts.scores[target.slot]) ?? NO_SCORES;
  };

  // Leaves first, then parents from the last one back: in tree order every child comes after its parent.
  const criterionPoints: bigint[] = new Array(reg.criteria.length);
  const lines: ExplanationLine[] = new Array(reg.criteria.length);
  for (const criterion of reg.criteria) {
    if (!criterion.method) continue;
    // A leaf criterion's slot is its index.
    criterionPoints[criterion.index] = leafLine(
      ctx,
      facts,
      criterion,
      facts.scores[criterion.index] ?? NO_SCORES,
      lines,
    );
  }
  for (let i = reg.criteria.length - 1; i >= 0; i--) {
    const criterion = reg.criteria[i];
    if (criterion.method) continue;
    criterionPoints[i] = parentLine(ctx, criterion, criterionPoints, lines);
  }
  let criteriaPoints = 0n;
  for (const root of reg.roots) criteriaPoints += criterionPoints[root.index];
  const bonus = bonusLines(ctx, scoresOf, lines);
  // Formatted once: the late and the missing deductions both show it.
  const submittedAtText = facts.submittedAt === null ? null : formatInstant(facts.submittedAt);
  let deductionPoints = 0n;
  for (const deduction of reg.deductions) {
    deductionPoints += deductionLine(
      ctx,
      facts,
      submittedAtText,
      deduction,
      scoresOf(deduction.source.id),
      lines,
    );
  }

  const raw = criteriaPoints + bonus.points - deductionPoints;
  const total = raw < 0n ? 0n : raw;
  const band = reg.bands.find((b) => compareExact(b.min, scale.exact(total)) <= 0);

  let summary =
    `Tổng điểm = ${scale.vi(criteriaPoints)} (tiêu chí) + ${scale.vi(bonus.points)} (điểm thưởng)` +
    ` − ${scale.vi(deductionPoints)} (điểm trừ) = ${scale.vi(raw)}`;
  if (bonus.granted > bonus.points) {
    summary += `; điểm thưởng ${scale.vi(bonus.granted)} vượt mức tối đa nên tính ${scale.vi(bonus.points)}`;
  }
  if (raw < 0n) summary += '; tổng điểm không âm nên tính 0';
  summary += band
    ? `; xếp loại ${band.label} (từ ${viText(exactText(band.min))} điểm)`
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

/** The criterion's line goes to lines[criterion.index]; returns its points. */
function leafLine(
  ctx: ScoringContext,
  facts: MemberFacts,
  criterion: CompiledCriterion,
  scores: TargetScores,
  lines: ExplanationLine[],
): bigint {
  const { scale } = ctx.reg;
  const method = criterion.method!;
  const final = finalScore(ctx.rule, scores, scale, method.type === 'pass_fail' ? criterion.max : undefined);
  const computed = isComputed(method)
    ? computeMethod(
        method,
        criterion,
        scale,
        facts.figures[criterion.figureSlot],
        ctx.best[criterion.figureSlot],
      )
    : undefined;
  const line: ExplanationLine = {
    kind: 'criterion',
    id: criterion.id,
    title: criterion.title,
    parentId: criterion.parentId,
    method: method.type,
    max: criterion.maxText,
    inputs: computed
      ? computed.inputs
      : method.type === 'per_item' && final
        ? { pointsEach: scale.text(method.each) }
        : {},
    result: '',
    note: '',
  };
  lines[criterion.index] = line;

  if (computed) {
    if (!final) {
      line.note = computed.note;
      return settle(ctx, line, computed.num, computed.den);
    }
    const shownComputed = scale.round(computed.num, computed.den);
    computed.inputs.computed = scale.text(shownComputed);
    line.scores = final.scores;
    line.note = `${computed.note} → ${scale.vi(shownComputed)} điểm. Điều chỉnh: ${final.note}`;
    line.overridden = true;
    return settle(ctx, line, final.num, final.den);
  }
  if (!final) {
    line.note = 'Chưa có điểm: 0 điểm';
    return settle(ctx, line, 0n, 1n);
  }
  line.scores = final.scores;
  line.note = final.note;
  if (final.unreviewed) line.unreviewed = true;
  return settle(ctx, line, final.num, final.den);
}

/** `criterionPoints` holds the points of the parent's children (by CompiledCriterion.index); as leafLine. */
function parentLine(
  ctx: ScoringContext,
  criterion: CompiledCriterion,
  criterionPoints: bigint[],
  lines: ExplanationLine[],
): bigint {
  const { scale } = ctx.reg;
  let childSum = 0n;
  for (const child of criterion.children) childSum += criterionPoints[child.index];
  const capped = childSum > criterion.max;
  const points = capped ? criterion.max : childSum;
  const line: ExplanationLine = {
    kind: 'criterion',
    id: criterion.id,
    title: criterion.title,
    parentId: criterion.parentId,
    method: 'sum',
    max: criterion.maxText,
    inputs: { children: criterion.childIds },
    result: scale.text(points),
    note: capped
      ? `Tổng điểm các tiêu chí con ${scale.vi(childSum)} vượt tối đa nên tính ${criterion.maxText}`
      : `Tổng điểm các tiêu chí con: ${scale.vi(points)}`,
  };
  if (capped) line.capped = true;
  lines[criterion.index] = line;
  return points;
}

/** Bonus items and manual deductions are the head's under every rule (see member-scores.ts). Lines go to `lines`. */
function bonusLines(ctx: ScoringContext, scoresOf: (id: string) => TargetScores, lines: ExplanationLine[]) {
  const { scale, bonusItems, bonusMax } = ctx.reg;
  let granted = 0n;
  for (const item of bonusItems) {
    const final = finalScore('HEAD', scoresOf(item.id), scale);
    const points = final?.num ?? 0n;
    const line: ExplanationLine = {
      kind: 'bonus',
      id: item.id,
      title: item.title,
      parentId: null,
      method: 'fixed',
      max: scale.text(item.points),
      inputs: {},
      result: scale.text(points),
      note: final?.note ?? 'Không được cộng điểm thưởng này',
    };
    if (final) line.scores = final.scores;
    if (final?.unreviewed) line.unreviewed = true;
    lines.push(line);
    granted += points;
  }
  const points = bonusMax !== null && granted > bonusMax ? bonusMax : granted;
  return { granted, points };
}

function deductionLine(
  ctx: ScoringContext,
  facts: MemberFacts,
  submittedAt: string | null,
  deduction: CompiledDeduction,
  scores: TargetScores,
  lines: ExplanationLine[],
): bigint {
  const { scale } = ctx.reg;
  const { source, max } = deduction;
  const line: ExplanationLine = {
    kind: 'deduction',
    id: source.id,
    title: source.title,
    parentId: null,
    method: source.kind,
    max: scale.text(max),
    inputs: {},
    result: '',
    note: '',
  };
  lines.push(line);
  const deadline = ctx.deadlineText;

  if (source.kind === 'late') {
    const days = facts.submittedAt === null ? 0 : daysLateAt(ctx.deadline, facts.submittedAt);
    line.inputs = { deadline, submittedAt };
    if (days === 0) {
      line.note = submittedAt === null ? 'Chưa nộp báo cáo: không tính trừ nộp chậm' : 'Nộp đúng hạn';
      return settle(ctx, line, 0n, 1n);
    }
    const charged = deduction.pointsPerDay * BigInt(days);
    line.inputs = { deadline, submittedAt, days, pointsPerDay: scale.text(deduction.pointsPerDay) };
    line.note = `Nộp lúc ${submittedAt}, hạn ${deadline}: chậm ${days} ngày × ${scale.vi(deduction.pointsPerDay)} = ${scale.vi(charged)}`;
    if (charged <= max) return settle(ctx, line, charged, 1n);
    line.note += `, tối đa ${scale.vi(max)}`;
    line.capped = true;
    return settle(ctx, line, max, 1n);
  }
  if (source.kind === 'missing') {
    line.inputs = { deadline, computedAt: ctx.computedAtText, submittedAt };
    if (submittedAt !== null) line.note = 'Đã nộp báo cáo';
    else if (ctx.computedAt <= ctx.deadline) line.note = `Chưa nộp báo cáo, chưa đến hạn ${deadline}`;
    else {
      line.note = `Không nộp báo cáo trước hạn ${deadline}: trừ ${scale.vi(max)}`;
      return settle(ctx, line, max, 1n);
    }
    return settle(ctx, line, 0n, 1n);
  }
  const final = finalScore('HEAD', scores, scale);
  if (!final) {
    line.note = 'Không bị trừ điểm';
    return settle(ctx, line, 0n, 1n);
  }
  line.scores = final.scores;
  line.note = final.note;
  return settle(ctx, line, final.num, final.den);
}

/** Rounds num / den units half up to scoring.precision into the line, noting the exact value when it changed. */
function settle(ctx: ScoringContext, line: ExplanationLine, num: bigint, den: bigint): bigint {
  const { scale } = ctx.reg;
  if (den === 1n) {
    line.result = scale.text(num);
    return num;
  }
  // In doubles when num and den are safe integers (every step below is then exact), sparing BigInt temporaries.
  const n = Number(num);
  const d = Number(den);
  let points: bigint;
  let exact: boolean;
  if (n >= 0 && d > 0 && Number.isSafeInteger(n) && Number.isSafeInteger(d)) {
    const remainder = n % d;
    points = BigInt((n - remainder) / d + (2 * remainder >= d ? 1 : 0));
    exact = remainder === 0;
  } else {
    points = scale.round(num, den);
    exact = num % den === 0n;
  }
  line.result = scale.text(points);
  if (!exact) line.rounding = { exact: scale.fractionText(num, den), precision: scale.precision };
  return points;
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
