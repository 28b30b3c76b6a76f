// Indicator figures the computed methods read, and their texts formatted once.
import { exactFromNumber, exactText, viText, type Exact } from '../fixed-point';
import {
  figureLabel,
  INDICATOR_FIELD_LABELS,
  INDICATOR_FIELDS,
  type IndicatorField,
  type IndicatorKey,
} from '../indicators';
import { z } from 'zod';

/** A threshold, target or member's figure with its texts, formatted once. */
export interface Figure {
  exact: Exact;
  text: string;
  vi: string;
}

/** A member's figure with the start of every note on it, "<indicator (field)> = <figure>". */
export interface MemberFigure extends Figure {
  shown: string;
}

export interface IndicatorRef {
  /** A common key (INDICATOR_KEYS) or, in format 2, one the regulation declares in `indicators`. */
  indicator: string;
  field: IndicatorField;
  /** "retail_sales.percentOfPlan": one figure per member, however many criteria read it. */
  figure: string;
  /** The indicator and field as members read them, e.g. "Giá trị sản xuất công nghiệp (% so với kế hoạch)". */
  label: string;
  /** Format 2 `bands` with `source: "daysLate"`: the figure is the member's days late, not an indicator. */
  daysLate?: true;
}

/** What compiling a method may read from the rest of the regulation. */
export interface CompileEnv {
  /** The labels of the indicators the regulation declares (format 2 `indicators`), by key. */
  declared: ReadonlyMap<string, string>;
}

export const NO_DECLARED: CompileEnv = { declared: new Map() };

/**
 * The schema fields naming the figure a computed method reads. The key is any text here: whether it is a common
 * or a declared indicator is checked by checkIndicatorNames, since format 2 documents declare their own.
 */
export const indicatorFields = {
  indicator: z.string().min(1),
  field: z.enum(INDICATOR_FIELDS),
};

export function indicatorRef(
  { indicator, field }: { indicator: string; field: IndicatorField },
  env: CompileEnv = NO_DECLARED,
): IndicatorRef {
  const declared = env.declared.get(indicator);
  return {
    indicator,
    field,
    figure: `${indicator}.${field}`,
    label:
      declared !== undefined
        ? `${declared} (${INDICATOR_FIELD_LABELS[field]})`
        : figureLabel(indicator as IndicatorKey, field),
  };
}

export function figure(value: number): Figure {
  return figureOf(exactFromNumber(value));
}

export function figureOf(exact: Exact): Figure {
  const text = exactText(exact);
  return { exact, text, vi: viText(text) };
}

export function memberFigure(label: string, { exact, text, vi }: Figure): MemberFigure {
  return { exact, text, vi, shown: `${label} = ${vi}` };
}
