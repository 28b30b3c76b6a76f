// A validated regulation turned into lookups and exact decimals once, so ranking a group does no re-parsing.
import { fromNumber, formatDecimal, ZERO, type Decimal } from './decimal';
import type { IndicatorField, IndicatorKey } from './indicators';
import type { Criterion, Deduction, MethodType, PeriodKind, Regulation } from './regulation.schema';

export type CompiledMethod =
  | { type: 'manual' }
  | { type: 'pass_fail' }
  | { type: 'per_item'; points: Decimal }
  | { type: 'rate'; indicator: IndicatorKey; field: IndicatorField; target: Decimal }
  | {
      type: 'bands';
      indicator: IndicatorKey;
      field: IndicatorField;
      bands: { min: Decimal; points: Decimal }[];
    }
  | { type: 'relative_to_leader'; indicator: IndicatorKey; field: IndicatorField; target: Decimal };

export type ComputedMethod = Extract<CompiledMethod, { indicator: IndicatorKey }>;

export interface CompiledCriterion {
  id: string;
  title: string;
  parentId: string | null;
  max: Decimal;
  method: CompiledMethod | null;
  children: CompiledCriterion[];
}

/** Something a scorer may set: a leaf criterion, a bonus item or a manual deduction. */
export interface ScoreTarget {
  kind: 'criterion' | 'bonus' | 'deduction';
  id: string;
  title: string;
  /** 'fixed': a bonus item, granted in full or not at all. */
  method: MethodType | 'fixed';
  max: string;
  /** per_item: points per counted item; bonus item: its points. */
  pointsEach?: string;
  /** pass_fail and bonus items take only these points. */
  allowedPoints?: string[];
  requiresCount: boolean;
  /** Computed criteria: a score overrides the formula and must give a reason. */
  requiresReason: boolean;
}

export interface CompiledTarget {
  target: ScoreTarget;
  max: Decimal;
  pointsEach?: Decimal;
  /** Targets scored all-or-nothing: pass_fail (max) and bonus items (their points). */
  full?: Decimal;
  /** Computed criteria take no self-score; deductions are set by the final scorer only. */
  takesSelfScore: boolean;
}

export interface CompiledRegulation {
  source: Regulation;
  precision: number;
  roots: CompiledCriterion[];
  /** Every criterion, parents before children. */
  criteria: CompiledCriterion[];
  criterionById: Map<string, CompiledCriterion>;
  targets: Map<string, CompiledTarget>;
  bonusItems: { id: string; title: string; points: Decimal }[];
  bonusMax: Decimal | null;
  deductions: Deduction[];
  deductionMax: Map<string, Decimal>;
  bands: { label: string; min: Decimal }[];
  deadlines: Map<PeriodKind, number>;
}

const cache = new WeakMap<Regulation, CompiledRegulation>();

export function compileRegulation(regulation: Regulation): CompiledRegulation {
  let compiled = cache.get(regulation);
  if (!compiled) {
    compiled = compile(regulation);
    cache.set(regulation, compiled);
  }
  return compiled;
}

function compile(regulation: Regulation): CompiledRegulation {
  const roots = regulation.criteria.map((c) => compileCriterion(c, null));
  const criteria = roots.flatMap(function flatten(c): CompiledCriterion[] {
    return [c, ...c.children.flatMap(flatten)];
  });
  const targets = new Map<string, CompiledTarget>();
  for (const criterion of criteria) {
    if (criterion.method) targets.set(criterion.id, criterionTarget(criterion, criterion.method));
  }
  const bonusItems = (regulation.bonus?.items ?? []).map((item) => ({
    ...item,
    points: fromNumber(item.points),
  }));
  for (const item of bonusItems) {
    const points = formatDecimal(item.points);
    targets.set(item.id, {
      target: {
        kind: 'bonus',
        id: item.id,
        title: item.title,
        method: 'fixed',
        max: points,
        pointsEach: points,
        allowedPoints: ['0', points],
        requiresCount: false,
        requiresReason: false,
      },
      max: item.points,
      full: item.points,
      takesSelfScore: true,
    });
  }
  const deductionMax = new Map<string, Decimal>();
  for (const deduction of regulation.deductions) {
    const max = fromNumber(deduction.kind === 'missing' ? deduction.points : deduction.max);
    deductionMax.set(deduction.id, max);
    if (deduction.kind !== 'manual') continue;
    targets.set(deduction.id, {
      target: {
        kind: 'deduction',
        id: deduction.id,
        title: deduction.title,
        method: 'manual',
        max: formatDecimal(max),
        requiresCount: false,
        requiresReason: false,
      },
      max,
      takesSelfScore: false,
    });
  }
  return {
    source: regulation,
    precision: regulation.scoring.precision,
    roots,
    criteria,
    criterionById: new Map(criteria.map((c) => [c.id, c])),
    targets,
    bonusItems,
    bonusMax: regulation.bonus ? fromNumber(regulation.bonus.max) : null,
    deductions: regulation.deductions,
    deductionMax,
    bands: regulation.bands.map((band) => ({ label: band.label, min: fromNumber(band.min) })),
    deadlines: new Map(regulation.periods.map((p) => [p.kind, Date.parse(p.deadline)])),
  };
}

function compileCriterion(criterion: Criterion, parentId: string | null): CompiledCriterion {
  return {
    id: criterion.id,
    title: criterion.title,
    parentId,
    max: fromNumber(criterion.max),
    method: criterion.children ? null : compileMethod(criterion),
    children: (criterion.children ?? []).map((child) => compileCriterion(child, criterion.id)),
  };
}

function compileMethod(criterion: Criterion): CompiledMethod {
  const method = criterion.method;
  switch (method?.type) {
    case 'manual':
    case 'pass_fail':
      return { type: method.type };
    case 'per_item':
      return { type: 'per_item', points: fromNumber(method.points) };
    case 'rate':
    case 'relative_to_leader':
      return { ...method, target: fromNumber(method.target) };
    case 'bands':
      return {
        ...method,
        bands: method.bands.map((band) => ({ min: fromNumber(band.min), points: fromNumber(band.points) })),
      };
    default:
      throw new Error(
        `Tiêu chí "${criterion.id}" không có phương pháp chấm: quy chế chưa qua validateRegulation`,
      );
  }
}

function criterionTarget(criterion: CompiledCriterion, method: CompiledMethod): CompiledTarget {
  const max = formatDecimal(criterion.max);
  const computed = isComputed(method);
  const base = {
    kind: 'criterion' as const,
    id: criterion.id,
    title: criterion.title,
    method: method.type,
    max,
  };
  const target: ScoreTarget = {
    ...base,
    requiresCount: method.type === 'per_item',
    requiresReason: computed,
  };
  if (method.type === 'per_item') target.pointsEach = formatDecimal(method.points);
  if (method.type === 'pass_fail') target.allowedPoints = ['0', max];
  return {
    target,
    max: criterion.max,
    pointsEach: method.type === 'per_item' ? method.points : undefined,
    full: method.type === 'pass_fail' ? criterion.max : undefined,
    takesSelfScore: !computed,
  };
}

export function isComputed(method: CompiledMethod): method is ComputedMethod {
  return method.type === 'rate' || method.type === 'bands' || method.type === 'relative_to_leader';
}

/** The highest total a member can reach: every top-level maximum plus the bonus cap. */
export function reachableTotal(
  criteria: readonly { max: number }[],
  bonus: { max: number } | undefined,
): Decimal {
  const scale = criteria.reduce((sum, c) => sum.plus(fromNumber(c.max)), ZERO);
  return bonus ? scale.plus(fromNumber(bonus.max)) : scale;
}
