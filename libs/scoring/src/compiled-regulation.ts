// A validated regulation turned into lookups and exact fixed-point numbers once, so ranking does no re-parsing.
import { pointScale, type PointScale, type Units } from './fixed-point';
import {
  compileMethod,
  figureScorer,
  highestAboveMax,
  isComputed,
  pointsEach,
  allOrNothing,
  type CompiledMethod,
  type CompileEnv,
  type FigureScorer,
  type IndicatorRef,
  type MethodType,
} from './methods/index';
import type { Criterion, Deduction, PeriodKind, Regulation } from './regulation.schema';
import { deductionKind, type DeductionUnits } from './deduction-kinds';
import { compileBand, compileBandRules, type CompiledBand, type CompiledBandRule } from './classification';
import { compileFacts, type FactTable } from './facts';

export type { CompiledMethod, ComputedMethod, Figure, IndicatorRef } from './methods/index';
export { figureOf } from './methods/index';

export interface CompiledCriterion {
  /** Position in tree order (parents before children), for per-member arrays of points. */
  index: number;
  id: string;
  title: string;
  parentId: string | null;
  max: Units;
  /** max as the API and as members read it, formatted once. */
  maxText: string;
  maxVi: string;
  method: CompiledMethod | null;
  children: CompiledCriterion[];
  /** "1.1, 1.2": a parent's explanation input. */
  childIds: string;
  /** Computed criteria: position of the figure they read in CompiledRegulation.figures (−1 otherwise). */
  figureSlot: number;
  /** Computed criteria: their scoring with its notes' texts joined once (null otherwise). */
  scorer: FigureScorer | null;
  /** per_item: points per counted item. */
  each: Units | undefined;
  /** pass_fail: the only points besides 0 (its max). */
  full: Units | undefined;
  /** Format 2 `optional`: the head may mark it (and its subtree) not applicable to a member. */
  optional: boolean;
  /** Format 2 `scoredBy: "BOARD"`: the award board's score is final. */
  board: boolean;
  /** Format 2 `allowAboveMax` (a linear leaf): its points may go above max. */
  aboveMax: boolean;
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
  /** Format 2: only the group's award board gives the final score (the head's does not count). */
  scoredBy?: 'BOARD';
}

export interface CompiledTarget {
  target: ScoreTarget;
  /** Position in a member's per-target scores: leaf criteria at their index, then bonus items, then deductions. */
  slot: number;
  max: Units;
  /** per_item: points per counted item. */
  each?: Units;
  /** Targets scored all-or-nothing: pass_fail (max) and bonus items (their points). */
  full?: Units;
  /** Computed criteria take no self-score; deductions are set by the final scorer only. */
  takesSelfScore: boolean;
  /** Format 2 `allowAboveMax`: the most points a score may give (above max); max is the limit otherwise. */
  ceiling?: Units;
  /** Format 2 `scoredBy: "BOARD"`. */
  board?: true;
}

export interface CompiledDeduction extends DeductionUnits {
  source: Deduction;
}

export interface CompiledRegulation {
  source: Regulation;
  scale: PointScale;
  roots: CompiledCriterion[];
  /** Every criterion in tree order: parents before children, criteria[c.index] === c. */
  criteria: CompiledCriterion[];
  criterionById: Map<string, CompiledCriterion>;
  targets: Map<string, CompiledTarget>;
  /** How many slots the targets take (see CompiledTarget.slot). */
  slots: number;
  bonusItems: { id: string; title: string; points: Units }[];
  bonusMax: Units | null;
  deductions: CompiledDeduction[];
  /** Totals of at least minUnits get the band (gt read as the least units above it); min as members read it. */
  bands: CompiledBand[];
  /** Format 2: bands are chosen by classify (some band has a `require`, or there are bandRules). */
  classifies: boolean;
  bandRules: CompiledBandRule[];
  /** Format 2: the declared facts, null when none. */
  facts: FactTable | null;
  /** Format 2: scoring.deductionsMax, null when none. */
  deductionsMax: Units | null;
  /** Leaf criteria in tree order. */
  leaves: CompiledCriterion[];
  deadlines: Map<PeriodKind, number>;
  /** Every indicator figure some criterion reads, once each (see CompiledCriterion.figureSlot). */
  figures: IndicatorRef[];
  /** Format 2: some criterion is optional (members may have not-applicable marks). */
  anyOptional: boolean;
  /** Format 2 scoring.normalize: the sum of the top-level maxima, the scale normalised points are brought to. */
  normalizeTo: Units | null;
}

const cache = new WeakMap<Regulation, CompiledRegulation>();
/**
 * The worker validates the stored document for each job, so one regulation comes as a new object each time: the
 * last few compiled are also kept by content (its JSON text costs about a third of compiling it again).
 */
const byContent = new Map<string, CompiledRegulation>();
const CONTENT_LIMIT = 16;

export function compileRegulation(regulation: Regulation): CompiledRegulation {
  let compiled = cache.get(regulation);
  if (!compiled) {
    const content = JSON.stringify(regulation);
    const same = byContent.get(content);
    // The caller's object as source: the one compiled first may have been changed since.
    compiled = same ? { ...same, source: regulation } : compile(regulation);
    if (!same) {
      if (byContent.size >= CONTENT_LIMIT) byContent.delete(byContent.keys().next().value!);
      byContent.set(content, compiled);
    }
    cache.set(regulation, compiled);
  }
  return compiled;
}

function compile(regulation: Regulation): CompiledRegulation {
  const scale = pointScale(regulation.scoring.precision);
  const numbering = { next: 0 };
  const env: CompileEnv = {
    declared: new Map((regulation.indicators ?? []).map((d) => [d.key, d.label])),
  };
  const roots = regulation.criteria.map((c) => compileCriterion(scale, env, c, null, numbering));
  const criteria = roots.flatMap(function flatten(c): CompiledCriterion[] {
    return [c, ...c.children.flatMap(flatten)];
  });
  const targets = new Map<string, CompiledTarget>();
  for (const criterion of criteria) {
    if (criterion.method) targets.set(criterion.id, criterionTarget(scale, criterion, criterion.method));
  }
  // Slots after the last criterion index: bonus items, then manual deductions.
  let nextSlot = criteria.length;
  const bonusItems = (regulation.bonus?.items ?? []).map((item) => ({
    ...item,
    points: scale.fromNumber(item.points),
  }));
  for (const item of bonusItems) {
    const points = scale.text(item.points);
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
      slot: nextSlot++,
      max: item.points,
      full: item.points,
      takesSelfScore: true,
    });
  }
  const deductions: CompiledDeduction[] = regulation.deductions.map((source) => ({
    source,
    ...deductionKind(source.kind).compile(source, scale),
  }));
  for (const { source, max, each, full } of deductions) {
    const method = deductionKind(source.kind).scoredAs;
    if (method === undefined) continue;
    const target: ScoreTarget = {
      kind: 'deduction',
      id: source.id,
      title: source.title,
      method,
      max: scale.text(max),
      requiresCount: each !== undefined,
      requiresReason: false,
    };
    if (each !== undefined) target.pointsEach = scale.text(each);
    if (full !== undefined) target.allowedPoints = ['0', scale.text(full)];
    targets.set(source.id, { target, slot: nextSlot++, max, each, full, takesSelfScore: false });
  }
  const bands = regulation.bands.map((band) => compileBand(band, scale, criteria));
  const bandRules = compileBandRules(regulation.bandRules ?? [], bands);
  return {
    source: regulation,
    scale,
    roots,
    criteria,
    criterionById: new Map(criteria.map((c) => [c.id, c])),
    targets,
    slots: nextSlot,
    bonusItems,
    bonusMax: regulation.bonus ? scale.fromNumber(regulation.bonus.max) : null,
    deductions,
    bands,
    classifies: bandRules.length > 0 || bands.some((band) => band.require !== undefined),
    bandRules,
    facts: compileFacts(regulation.facts),
    deductionsMax:
      regulation.scoring.deductionsMax === undefined
        ? null
        : scale.fromNumber(regulation.scoring.deductionsMax),
    leaves: criteria.filter((c) => c.method !== null),
    deadlines: new Map(regulation.periods.map((p) => [p.kind, Date.parse(p.deadline)])),
    figures: numberFigures(criteria),
    anyOptional: criteria.some((c) => c.optional),
    normalizeTo:
      regulation.scoring.normalize === 'percentOfApplicable'
        ? roots.reduce((sum, root) => sum + root.max, 0)
        : null,
  };
}

/** Sets each computed criterion's figureSlot; a figure read by several criteria gets one slot. */
function numberFigures(criteria: CompiledCriterion[]): IndicatorRef[] {
  const figures: IndicatorRef[] = [];
  const slots = new Map<string, number>();
  for (const criterion of criteria) {
    if (!criterion.method || !isComputed(criterion.method)) continue;
    const { figure } = criterion.method;
    let slot = slots.get(figure);
    if (slot === undefined) {
      slot = figures.push(criterion.method) - 1;
      slots.set(figure, slot);
    }
    criterion.figureSlot = slot;
  }
  return figures;
}

/** Numbers criteria in tree order (a parent before its children), the order of CompiledRegulation.criteria. */
function compileCriterion(
  scale: PointScale,
  env: CompileEnv,
  criterion: Criterion,
  parentId: string | null,
  numbering: { next: number },
): CompiledCriterion {
  const index = numbering.next++;
  const max = scale.fromNumber(criterion.max);
  const maxVi = scale.vi(max);
  const method = criterion.children ? null : compileLeafMethod(scale, env, criterion);
  const children = (criterion.children ?? []).map((child) =>
    compileCriterion(scale, env, child, criterion.id, numbering),
  );
  const aboveMax = criterion.allowAboveMax === true;
  return {
    index,
    id: criterion.id,
    title: criterion.title,
    parentId,
    max,
    maxText: scale.text(max),
    maxVi,
    method,
    children,
    childIds: children.map((child) => child.id).join(', '),
    figureSlot: -1,
    scorer: method && figureScorer(method, aboveMax ? { max, maxVi, aboveMax } : { max, maxVi }, scale),
    each: method ? pointsEach(method) : undefined,
    full: method && allOrNothing(method) ? max : undefined,
    optional: criterion.optional === true,
    board: criterion.scoredBy === 'BOARD',
    aboveMax,
  };
}

function compileLeafMethod(scale: PointScale, env: CompileEnv, criterion: Criterion): CompiledMethod {
  if (!criterion.method) {
    throw new Error(
      `Tiêu chí "${criterion.id}" không có phương pháp chấm: quy chế chưa qua validateRegulation`,
    );
  }
  return compileMethod(criterion.method, scale, env);
}

function criterionTarget(
  scale: PointScale,
  criterion: CompiledCriterion,
  method: CompiledMethod,
): CompiledTarget {
  const max = criterion.maxText;
  const computed = isComputed(method);
  const { each, full } = criterion;
  const target: ScoreTarget = {
    kind: 'criterion',
    id: criterion.id,
    title: criterion.title,
    method: method.type,
    max,
    requiresCount: each !== undefined,
    requiresReason: computed,
  };
  if (each !== undefined) target.pointsEach = scale.text(each);
  if (full !== undefined) target.allowedPoints = ['0', max];
  const compiled: CompiledTarget = {
    target,
    slot: criterion.index,
    max: criterion.max,
    each,
    full,
    takesSelfScore: !computed,
  };
  // allowAboveMax: an override may give what the method could (REGULATION.md: the leaf may score above its max).
  const highest = criterion.aboveMax ? highestAboveMax(method) : undefined;
  if (highest !== undefined && highest > criterion.max) {
    compiled.ceiling = highest;
  }
  if (criterion.board) {
    target.scoredBy = 'BOARD';
    compiled.board = true;
  }
  return compiled;
}
