// What every criterion method is made of; methods/index.ts registers one module per method type.
import type { z } from 'zod';
import type { Decimal } from '../decimal';
import type { PointScale, Quotient, Units } from '../fixed-point';
import type { CompileEnv, Figure, IndicatorRef, MemberFigure } from './indicator-ref';

export type Path = readonly PropertyKey[];

/** What a method's meaning checks may use: its path, the criterion's max, and where problems go. */
export interface MethodCheck {
  /** Path of the criterion's `method`. */
  path: Path;
  /** The criterion's max. */
  max: Decimal;
  problem(path: Path, message: string): void;
  warning(path: Path, message: string): void;
  /** A number of points: no more decimals than scoring.precision, within the system's limit. */
  checkDecimals(value: number, path: Path): void;
  /** Format 2: the criterion's `allowAboveMax`. */
  allowAboveMax?: boolean;
}

/** points rounded half up to scoring.precision; `exact` the value before rounding when that changed it. */
export interface MethodResult extends Quotient {
  inputs: Record<string, string | number | null>;
  note: string;
}

/** The group's highest figure, with the texts of a note that depend on it (relative_to_leader). */
export interface Leader {
  figure: Figure;
  /** Before and after the member's figure. */
  head: string;
  tail: string;
}

/**
 * A computed criterion's scoring with the texts of its notes joined once (notes were most of a ranking's memory):
 * `score` gets the member's figure, never missing (a missing figure is explained for every method alike).
 */
export interface FigureScorer {
  score(figure: MemberFigure, leader: Leader | undefined): MethodResult;
  /** Methods that compare with the group's highest figure: the texts that depend on it. */
  leader?(best: Figure): Leader;
}

/** A compiled leaf's max, as units and as members read it. */
export interface CriterionMax {
  max: Units;
  maxVi: string;
  /** Format 2 `allowAboveMax` (linear only): the points may go above max. */
  aboveMax?: boolean;
}

// Method syntax below on purpose: a module of one method is then usable where any method's module is expected.
interface CommonModule<S extends z.ZodType, C> {
  /** The document's shape of the method, `type` a literal. */
  schema: S;
  /**
   * Format 2: a leaf with this method may have `allowAboveMax` (linear), and then scores at most `highest` — the
   * ceiling of the final scorer's override there too (REGULATION.md: the leaf may score above its max).
   */
  aboveMax?: { highest(compiled: C): Units };
  /** Meaning checks beyond the shape, each problem at its path with a Vietnamese message. */
  validate(method: z.infer<S>, check: MethodCheck): void;
  /** Points as units of the regulation's PointScale, thresholds as exact decimals; `env` the declared indicators. */
  compile(method: z.infer<S>, scale: PointScale, env: CompileEnv): C;
}

/** A method a scorer enters points for (and the member a self-score). */
export interface EnteredModule<S extends z.ZodType, C> extends CommonModule<S, C> {
  computed: false;
  /** Scored all or nothing: only 0 or the criterion's max. */
  allOrNothing: boolean;
  /** Points per counted item when the score comes with a count. */
  each(compiled: C): Units | undefined;
}

/** A method computed from an indicator figure: no self-score, and a score overrides it with a reason. */
export interface ComputedModule<S extends z.ZodType, C extends IndicatorRef> extends CommonModule<S, C> {
  computed: true;
  prepare(compiled: C, criterion: CriterionMax, scale: PointScale): FigureScorer;
}

export type MethodModule<S extends z.ZodType, C> =
  EnteredModule<S, C> | ([C] extends [IndicatorRef] ? ComputedModule<S, C> : never);
