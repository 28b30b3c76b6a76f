// Indicator figures the computed methods read, and their texts formatted once.
import { exactFromNumber, exactText, viText, type Exact } from '../fixed-point';
import {
  figureLabel,
  INDICATOR_FIELDS,
  INDICATOR_KEYS,
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
  indicator: IndicatorKey;
  field: IndicatorField;
  /** "retail_sales.percentOfPlan": one figure per member, however many criteria read it. */
  figure: string;
  /** The indicator and field as members read them, e.g. "Giá trị sản xuất công nghiệp (% so với kế hoạch)". */
  label: string;
}

/** The schema fields naming the figure a computed method reads. */
export const indicatorFields = { indicator: z.enum(INDICATOR_KEYS), field: z.enum(INDICATOR_FIELDS) };

export function indicatorRef({
  indicator,
  field,
}: {
  indicator: IndicatorKey;
  field: IndicatorField;
}): IndicatorRef {
  return {
    indicator,
    field,
    figure: `${indicator}.${field}`,
    label: figureLabel(indicator, field),
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
