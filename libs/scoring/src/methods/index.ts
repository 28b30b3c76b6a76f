// The one table of criterion methods. Adding a method: a module in this folder (schema, meaning checks,
// compilation, traits, scoring and notes — see types.ts) and one line in METHODS; nothing else switches on type.
import { z } from 'zod';
import { pointScale, type PointScale, type Units } from '../fixed-point';
import { bands } from './bands';
import {
  memberFigure,
  NO_DECLARED,
  type CompileEnv,
  type Figure,
  type IndicatorRef,
  type MemberFigure,
} from './indicator-ref';
import { linear } from './linear';
import { manual } from './manual';
import { passFail } from './pass-fail';
import { perItem } from './per-item';
import { rate } from './rate';
import { relativeToLeader } from './relative-to-leader';
import { METHOD_TRAITS, type MethodTraitRecord } from './traits';
import type {
  ComputedModule,
  CriterionMax,
  EnteredModule,
  FigureScorer,
  Leader,
  MethodCheck,
  MethodModule,
  MethodResult,
} from './types';

export const METHODS = {
  manual,
  pass_fail: passFail,
  per_item: perItem,
  rate,
  bands,
  relative_to_leader: relativeToLeader,
  linear,
};

type Methods = typeof METHODS;
export type MethodType = keyof Methods;
type SchemaOf<K extends MethodType> = Methods[K]['schema'];
/** A method as the document writes it. */
export type Method = { [K in MethodType]: z.infer<SchemaOf<K>> }[MethodType];
/** A method as ranking reads it: points as units of the regulation's PointScale, thresholds exact. */
export type CompiledMethod = { [K in MethodType]: ReturnType<Methods[K]['compile']> }[MethodType];
export type ComputedMethod = Extract<CompiledMethod, IndicatorRef>;

// Each entry is a whole module (a missing part does not compile) whose schema's `type` is its own key.
METHODS satisfies { [K in MethodType]: MethodModule<SchemaOf<K>, ReturnType<Methods[K]['compile']>> } & {
  [K in MethodType]: { schema: z.ZodType<{ type: K }> };
};

// Every method has its traits (methods/traits.ts, what the web reads) and no traits name a method that is not
// here; the traits' `computed` is the module's own.
METHOD_TRAITS satisfies {
  [K in MethodType]: MethodTraitRecord & { computed: Methods[K]['computed'] };
} & Record<Exclude<keyof typeof METHOD_TRAITS, MethodType>, never>;

/** Every method's module with the union types: what code that handles any method uses. */
type AnyModule =
  EnteredModule<z.ZodType<Method>, CompiledMethod> | ComputedModule<z.ZodType<Method>, ComputedMethod>;
export function methodModule(type: MethodType): AnyModule {
  return METHODS[type] as AnyModule;
}

const schemas = Object.values(METHODS).map((module) => module.schema) as [
  SchemaOf<MethodType>,
  ...SchemaOf<MethodType>[],
];
export const methodSchema = z.discriminatedUnion('type', schemas);

export function validateMethod(method: Method, check: MethodCheck): void {
  methodModule(method.type).validate(method, check);
}

export function compileMethod(
  method: Method,
  scale: PointScale,
  env: CompileEnv = NO_DECLARED,
): CompiledMethod {
  return methodModule(method.type).compile(method, scale, env);
}

export function isComputed(method: CompiledMethod): method is ComputedMethod {
  return methodModule(method.type).computed;
}

/** A computed criterion's scorer (see FigureScorer); null for methods a scorer enters. */
export function figureScorer(
  method: CompiledMethod,
  max: CriterionMax,
  scale: PointScale,
): FigureScorer | null {
  const module = methodModule(method.type);
  return module.computed ? module.prepare(method as ComputedMethod, max, scale) : null;
}

const NOT_SUBMITTED = 'Chưa nộp báo cáo: không tính được số ngày nộp chậm, 0 điểm';

/** A computed criterion's points; a missing figure gives 0 with the same explanation for every method. */
export function scoreFigure(
  method: ComputedMethod,
  scorer: FigureScorer,
  figure: MemberFigure | undefined,
  leader: Leader | undefined,
): MethodResult {
  if (figure === undefined) {
    if (method.daysLate) {
      return { points: 0, exact: null, inputs: { source: 'daysLate', value: null }, note: NOT_SUBMITTED };
    }
    const inputs = { indicator: method.indicator, field: method.field, value: null };
    return { points: 0, exact: null, inputs, note: `Thiếu số liệu ${method.label}: 0 điểm` };
  }
  return scorer.score(figure, leader);
}

/** What code outside the scoring library may know of a method without switching on its type (e.g. demo data). */
export interface MethodTraits {
  /** Computed from a figure: no self-score, a score overrides it with a reason. */
  computed: boolean;
  /** Scored 0 or the criterion's max only (pass_fail). */
  allOrNothing: boolean;
  /** The points of each counted item, when the score comes with a count (per_item), else undefined. */
  each: number | undefined;
}

/** A document method's traits; `each` as the document writes it (not units). */
export function methodTraits(method: Method): MethodTraits {
  const module = methodModule(method.type);
  if (module.computed) return { computed: true, allOrNothing: false, each: undefined };
  // Units at precision 0 are the document's numbers only when whole: read them at the largest precision instead.
  const scale = pointScale(6);
  const each = module.each(module.compile(method, scale, NO_DECLARED));
  return {
    computed: false,
    allOrNothing: module.allOrNothing,
    each: each === undefined ? undefined : each / scale.unit,
  };
}

/** Format 2: whether a leaf scored by this method may have `allowAboveMax`. */
export function mayExceedMax(type: MethodType): boolean {
  return methodModule(type).aboveMax !== undefined;
}

/**
 * Format 2: the most points a leaf with `allowAboveMax` scored by this method can have, computed or overridden
 * (at most the system's limit); undefined for a method that cannot go above max.
 */
export function highestAboveMax(method: CompiledMethod): Units | undefined {
  return (methodModule(method.type).aboveMax as { highest(c: CompiledMethod): Units } | undefined)?.highest(
    method,
  );
}

/** Points per counted item of a method a scorer enters with a count (per_item), else undefined. */
export function pointsEach(method: CompiledMethod): Units | undefined {
  const module = methodModule(method.type);
  return module.computed ? undefined : module.each(method);
}

/** Whether a method takes only 0 or the criterion's max (pass_fail). */
export function allOrNothing(method: CompiledMethod): boolean {
  const module = methodModule(method.type);
  return !module.computed && module.allOrNothing;
}

export { memberFigure, type CompileEnv, type Figure, type IndicatorRef, type MemberFigure };
export type { CriterionMax, FigureScorer, Leader, MethodCheck, MethodResult } from './types';
export { figure, figureOf, indicatorRef } from './indicator-ref';
export { checkDescending } from './checks';
export { METHOD_TRAITS, methodsWith, traitsOf, type InputKind, type MethodTraitRecord } from './traits';
