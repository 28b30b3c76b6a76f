// One member's points: criteria tree, bonus, deductions, total and band, each with its explanation line.
import {
  type CompiledCriterion,
  type CompiledDeduction,
  type CompiledRegulation,
} from './compiled-regulation';
import { classify, type Classification } from './classification';
import { deductionKind } from './deduction-kinds';
import { factTitleOf, NO_FACTS } from './facts';
import { viText, type Units } from './fixed-point';
import { scoreFigure, type ComputedMethod, type Leader, type MemberFigure } from './methods/index';
import type { ExplanationLine } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';
import type { MemberScores } from './member-scores';
import { finalScore, type TargetScores } from './score-layers';
import type { NotApplicableMarks } from './not-applicable';

export interface ScoringContext {
  reg: CompiledRegulation;
  rule: FinalScoreRule;
  deadline: number;
  computedAt: number;
  /** deadline and computedAt as members read them (see formatInstant). */
  deadlineText: string;
  computedAtText: string;
  /** relative_to_leader criteria (by CompiledCriterion.index): the group's highest figure and its note texts. */
  leaders: (Leader | undefined)[];
  /**
   * Score the member from its own data only: a relative_to_leader criterion without a final score is left
   * pending (0 points), since its leader is another member's figure.
   */
  ownDataOnly?: boolean;
}

export interface MemberFacts {
  submittedAt: number | null;
  /** The member's figures by CompiledCriterion.figureSlot, undefined when missing. */
  figures: (MemberFigure | undefined)[];
  scores: MemberScores;
  /** Format 2: the head's not-applicable marks (criterion index → reason); absent when there are none. */
  notApplicable?: NotApplicableMarks;
  /** Format 2: the member's true facts (read by bandRules); absent when it has none. */
  facts?: ReadonlySet<string>;
}

/** Format 2 scoring.normalize: criteria points scaled from the applicable maxima to the nominal scale. */
export interface Normalization {
  /** Criteria points before scaling. */
  raw: Units;
  /** After scaling, rounded half up to scoring.precision. */
  points: Units;
  /** The sum of the top-level maxima. */
  nominal: Units;
  /** The same less the maxima of the criteria not applicable to the member. */
  applicable: Units;
  /** raw × nominal / applicable before rounding, when rounding changed it. */
  exact: string | null;
}

/** Points are units of the regulation's PointScale. */
export interface Scorecard {
  lines: ExplanationLine[];
  /** Points of every criterion, by CompiledCriterion.index. */
  criterionPoints: Units[];
  criteriaPoints: Units;
  bonusPoints: Units;
  deductionPoints: Units;
  total: Units;
  band: CompiledRegulation['bands'][number] | undefined;
  unreviewed: boolean;
  summary: string;
  /** Present when scoring.normalize scaled the criteria points (some criterion was not applicable). */
  normalization?: Normalization;
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
  const criterionPoints: Units[] = new Array<Units>(reg.criteria.length);
  const lines: ExplanationLine[] = new Array(reg.criteria.length);
  // Format 2: the note of each criterion not applicable to the member (itself or an ancestor marked).
  const notApplicable = facts.notApplicable && notApplicableNotes(reg, facts.notApplicable);
  for (const criterion of reg.criteria) {
    if (!criterion.method) continue;
    if (notApplicable?.[criterion.index] !== undefined) {
      criterionPoints[criterion.index] = notApplicableLine(ctx, criterion, notApplicable, lines);
      continue;
    }
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
    criterionPoints[i] =
      notApplicable?.[i] !== undefined
        ? notApplicableLine(ctx, criterion, notApplicable, lines)
        : parentLine(ctx, criterion, criterionPoints, lines);
  }
  let criteriaPoints = 0;
  for (const root of reg.roots) criteriaPoints += criterionPoints[root.index];
  const normalization = notApplicable && normalize(reg, notApplicable, criteriaPoints);
  if (normalization) criteriaPoints = normalization.points;
  const bonus = bonusLines(ctx, scoresOf, lines);
  // Formatted once: the late and the missing deductions both show it.
  const submittedAtText = facts.submittedAt === null ? null : formatInstant(facts.submittedAt);
  let deductionPoints = 0;
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

  // Format 2: the sum of every kind, after each one's own cap.
  const charged = deductionPoints;
  if (reg.deductionsMax !== null && deductionPoints > reg.deductionsMax) deductionPoints = reg.deductionsMax;

  const raw = criteriaPoints + bonus.points - deductionPoints;
  const total = raw < 0 ? 0 : raw;
  const classified = reg.classifies ? classifyMember(ctx, facts, criterionPoints, lines, total) : undefined;
  const band = classified ? classified.band : reg.bands.find((b) => b.minUnits <= total);

  const criteriaText = normalization
    ? `${scale.vi(criteriaPoints)} (tiêu chí, quy đổi theo các tiêu chí áp dụng: ${scale.vi(normalization.raw)} × ${scale.vi(normalization.nominal)} / ${scale.vi(normalization.applicable)}${normalization.exact === null ? '' : ` = ${viText(normalization.exact)}, làm tròn`})`
    : `${scale.vi(criteriaPoints)} (tiêu chí)`;
  let summary =
    `Tổng điểm = ${criteriaText} + ${scale.vi(bonus.points)} (điểm thưởng)` +
    ` − ${scale.vi(deductionPoints)} (điểm trừ) = ${scale.vi(raw)}`;
  if (bonus.granted > bonus.points) {
    summary += `; điểm thưởng ${scale.vi(bonus.granted)} vượt mức tối đa nên tính ${scale.vi(bonus.points)}`;
  }
  if (charged > deductionPoints) {
    summary += `; điểm trừ ${scale.vi(charged)} vượt mức trừ tối đa nên tính ${scale.vi(deductionPoints)}`;
  }
  if (raw < 0) summary += '; tổng điểm không âm nên tính 0';
  if (classified) summary += classified.text;
  else summary += band ? `; xếp loại ${band.label} (${band.bound} điểm)` : '; chưa đạt mức xếp loại nào';

  const card: Scorecard = {
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
  if (normalization) card.normalization = normalization;
  return card;
}

/**
 * The note of every criterion not applicable to the member, by index (undefined where applicable): marked itself,
 * or under a marked ancestor (tree order puts a parent before its children).
 */
function notApplicableNotes(reg: CompiledRegulation, marks: NotApplicableMarks): (string | undefined)[] {
  const notes = new Array<string | undefined>(reg.criteria.length);
  for (const criterion of reg.criteria) {
    const reason = marks.get(criterion.index);
    const parent = criterion.parentId === null ? undefined : reg.criterionById.get(criterion.parentId)!;
    if (reason !== undefined) {
      notes[criterion.index] = `Không áp dụng đối với đơn vị (lý do: ${reason}): 0 điểm`;
    } else if (parent !== undefined && notes[parent.index] !== undefined) {
      notes[criterion.index] = `Không áp dụng đối với đơn vị, theo tiêu chí ${parent.id}: 0 điểm`;
    }
  }
  return notes;
}

function notApplicableLine(
  ctx: ScoringContext,
  criterion: CompiledCriterion,
  notes: (string | undefined)[],
  lines: ExplanationLine[],
): Units {
  const line: ExplanationLine = {
    kind: 'criterion',
    id: criterion.id,
    title: criterion.title,
    parentId: criterion.parentId,
    method: criterion.method ? criterion.method.type : 'sum',
    max: criterion.maxText,
    inputs: criterion.method ? {} : { children: criterion.childIds },
    result: '',
    note: notes[criterion.index]!,
    notApplicable: true,
  };
  lines[criterion.index] = line;
  return settled(ctx, line, 0, null);
}

/**
 * scoring.normalize "percentOfApplicable": criteria points × (sum of top-level maxima) ÷ (the same less the maxima
 * not applicable, each counted once at its highest not-applicable node). Undefined when there is nothing to scale.
 */
function normalize(
  reg: CompiledRegulation,
  notes: (string | undefined)[],
  raw: Units,
): Normalization | undefined {
  const nominal = reg.normalizeTo;
  if (nominal === null) return undefined;
  let excluded = 0;
  for (const criterion of reg.criteria) {
    if (notes[criterion.index] === undefined) continue;
    const parent = criterion.parentId === null ? undefined : reg.criterionById.get(criterion.parentId)!;
    if (parent === undefined || notes[parent.index] === undefined) excluded += criterion.max;
  }
  if (excluded === 0) return undefined;
  const applicable = nominal - excluded;
  // Every criterion not applicable: nothing is left to scale (the points are 0).
  if (applicable <= 0) return { raw, points: 0, nominal, applicable: 0, exact: null };
  // In BigInt: raw × nominal may pass the safe range before the division brings it back.
  const { points, exact } = reg.scale.bigQuotient(BigInt(raw) * BigInt(nominal), BigInt(applicable));
  return { raw, points, nominal, applicable, exact };
}

/** Format 2: bands with conditions, and the bandRules on the member's facts and report. */
function classifyMember(
  ctx: ScoringContext,
  facts: MemberFacts,
  criterionPoints: readonly Units[],
  lines: readonly ExplanationLine[],
  total: Units,
): Classification {
  const { reg } = ctx;
  return classify({
    bands: reg.bands,
    bandRules: reg.bandRules,
    leaves: reg.leaves,
    scale: reg.scale,
    total,
    criterionPoints,
    lines,
    facts: facts.facts ?? new Set(),
    missing: facts.submittedAt === null && ctx.computedAt > ctx.deadline,
    factTitle: factTitleOf(reg),
  });
}

/** The criterion's line goes to lines[criterion.index]; returns its points. */
function leafLine(
  ctx: ScoringContext,
  facts: MemberFacts,
  criterion: CompiledCriterion,
  scores: TargetScores,
  lines: ExplanationLine[],
): Units {
  const { scale } = ctx.reg;
  const method = criterion.method!;
  const final = finalScore(criterion.board ? 'BOARD' : ctx.rule, scores, scale, criterion.full);
  // Own data only (what-if before publication): a method that compares with the group's leader cannot be
  // computed without the other members' figures.
  if (ctx.ownDataOnly && !final && criterion.scorer?.leader) {
    lines[criterion.index] = {
      kind: 'criterion',
      id: criterion.id,
      title: criterion.title,
      parentId: criterion.parentId,
      method: method.type,
      max: criterion.maxText,
      inputs: 'indicator' in method ? { indicator: method.indicator, field: method.field } : {},
      result: '',
      note: 'Chờ công bố kết quả: tiêu chí so sánh với đơn vị dẫn đầu cần số liệu của các đơn vị khác — tạm tính 0 điểm',
      pending: true,
    };
    return settled(ctx, lines[criterion.index], 0, null);
  }
  const computed = criterion.scorer
    ? scoreFigure(
        method as ComputedMethod,
        criterion.scorer,
        facts.figures[criterion.figureSlot],
        ctx.leaders[criterion.index],
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
      : criterion.each !== undefined && final
        ? { pointsEach: scale.text(criterion.each) }
        : {},
    result: '',
    note: '',
  };
  lines[criterion.index] = line;

  if (computed) {
    if (!final) {
      line.note = computed.note;
      return settled(ctx, line, computed.points, computed.exact);
    }
    computed.inputs.computed = scale.text(computed.points);
    line.scores = final.scores;
    line.note = `${computed.note} → ${scale.vi(computed.points)} điểm. Điều chỉnh: ${final.note}`;
    line.overridden = true;
    return settle(ctx, line, final.num, final.den);
  }
  if (!final) {
    line.note = 'Chưa có điểm: 0 điểm';
    return settled(ctx, line, 0, null);
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
  criterionPoints: Units[],
  lines: ExplanationLine[],
): Units {
  const { scale } = ctx.reg;
  let childSum = 0;
  // Format 2 allowAboveMax: a child's points above its own max (its excess) pass the cap and add on top.
  let excess = 0;
  for (const child of criterion.children) {
    const points = criterionPoints[child.index];
    if (points > child.max) {
      excess += points - child.max;
      childSum += child.max;
    } else childSum += points;
  }
  if (excess > 0) return parentWithExcess(ctx, criterion, childSum, excess, lines);
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

/**
 * A parent whose children score above their max (format 2 allowAboveMax): min(children within their max, max) plus
 * the children's excess, per REGULATION.md; its own excess is what it then scores above its max.
 */
function parentWithExcess(
  ctx: ScoringContext,
  criterion: CompiledCriterion,
  withinMax: Units,
  excess: Units,
  lines: ExplanationLine[],
): Units {
  const { scale } = ctx.reg;
  const capped = withinMax > criterion.max;
  const base = capped ? criterion.max : withinMax;
  const points = base + excess;
  const line: ExplanationLine = {
    kind: 'criterion',
    id: criterion.id,
    title: criterion.title,
    parentId: criterion.parentId,
    method: 'sum',
    max: criterion.maxText,
    inputs: { children: criterion.childIds, excess: scale.text(excess) },
    result: scale.text(points),
    note:
      (capped
        ? `Tổng điểm các tiêu chí con trong mức tối đa của chúng ${scale.vi(withinMax)} vượt tối đa nên tính ${criterion.maxText}`
        : `Tổng điểm các tiêu chí con trong mức tối đa của chúng: ${scale.vi(base)}`) +
      `; cộng điểm vượt tối đa của tiêu chí con ${scale.vi(excess)}: ${scale.vi(points)}`,
  };
  if (capped) line.capped = true;
  lines[criterion.index] = line;
  return points;
}

/** Bonus items and manual deductions are the head's under every rule (see member-scores.ts). Lines go to `lines`. */
function bonusLines(ctx: ScoringContext, scoresOf: (id: string) => TargetScores, lines: ExplanationLine[]) {
  const { scale, bonusItems, bonusMax } = ctx.reg;
  let granted = 0;
  for (const item of bonusItems) {
    const final = finalScore('HEAD', scoresOf(item.id), scale);
    const points = final?.num ?? 0;
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
): Units {
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
  const charge = deductionKind(source.kind).charge(
    {
      ctx,
      units: deduction,
      submittedAt: facts.submittedAt,
      submittedAtText: submittedAt,
      scores,
      facts: facts.facts ?? NO_FACTS,
    },
    source,
  );
  line.inputs = charge.inputs;
  line.note = charge.note;
  if (charge.scores) line.scores = charge.scores;
  if (charge.capped) line.capped = true;
  return settle(ctx, line, charge.num, charge.den);
}

/** Writes the points into the line, and the exact value when rounding changed it; returns the points. */
function settled(ctx: ScoringContext, line: ExplanationLine, points: Units, exact: string | null): Units {
  const { scale } = ctx.reg;
  line.result = scale.text(points);
  if (exact !== null) line.rounding = { exact, precision: scale.precision };
  return points;
}

/** Rounds num / den units half up to scoring.precision into the line (see settled). */
function settle(ctx: ScoringContext, line: ExplanationLine, num: Units, den: number): Units {
  if (den === 1) return settled(ctx, line, num, null);
  const { points, exact } = ctx.reg.scale.quotient(num, den);
  return settled(ctx, line, points, exact);
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
