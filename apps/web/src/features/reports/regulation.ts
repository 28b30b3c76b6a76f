// What the report pages read from a group's regulation document (REGULATION.md): periods, leaf criteria and the
// group's own indicators (format 2, through libs/report's one reader of them).
import {
  declaredIndicatorsOf,
  type GroupIndicator,
} from '../../../../../libs/report/src/indicators/group-indicators';
import {
  figureLabel,
  INDICATOR_FIELD_LABELS,
  INDICATOR_FIELDS,
  INDICATOR_KEYS,
} from '../../../../../libs/scoring/src/indicators';
import { traitsOf, type InputKind } from '../../../../../libs/scoring/src/methods/traits';

export type { GroupIndicator };

export interface PeriodRule {
  kind: 'H1' | 'FY';
  deadline: string;
}

export interface LeafCriterion {
  id: string;
  title: string;
  max: string;
  method: { type: string; indicator?: string; field?: string; source?: string; points?: number | string };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function periodRules(document: unknown): PeriodRule[] {
  if (!isRecord(document) || !Array.isArray(document.periods)) return [];
  return document.periods.filter(
    (p): p is PeriodRule =>
      isRecord(p) && (p.kind === 'H1' || p.kind === 'FY') && typeof p.deadline === 'string',
  );
}

/** The criteria a member self-scores or sees computed: the leaves of the tree, in document order. */
export function leafCriteria(document: unknown): LeafCriterion[] {
  if (!isRecord(document) || !Array.isArray(document.criteria)) return [];
  const leaves: LeafCriterion[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes) {
      if (!isRecord(node)) continue;
      if (Array.isArray(node.children)) walk(node.children);
      else if (isRecord(node.method))
        leaves.push({
          id: String(node.id),
          title: String(node.title),
          max: String(node.max),
          method: node.method as LeafCriterion['method'],
        });
    }
  };
  walk(document.criteria);
  return leaves;
}

/**
 * The input a member's self-score of this method takes (libs/scoring's method traits); null when the method
 * takes none: computed from figures (or a type no method has).
 */
export function selfScoreInput(type: string): InputKind | null {
  const traits = traitsOf(type);
  return traits?.selfScored ? traits.input : null;
}

/** Whole days from now to the deadline, rounded up: 1 on the last day, below 1 once past. */
export function daysUntil(deadline: string, now = new Date()): number {
  return Math.ceil((new Date(deadline).getTime() - now.getTime()) / 86_400_000);
}

/** The figure a computed criterion reads, named as the scoring explanations name it; a declared one by its label. */
export function computedFigure(
  method: LeafCriterion['method'],
  declared: readonly GroupIndicator[] = [],
): string | undefined {
  const indicator = INDICATOR_KEYS.find((key) => key === method.indicator);
  const field = INDICATOR_FIELDS.find((f) => f === method.field);
  if (indicator && field) return figureLabel(indicator, field);
  const own = declared.find((d) => d.key === method.indicator);
  if (own) return field ? `${own.label} (${INDICATOR_FIELD_LABELS[field]})` : own.label;
  return method.indicator;
}

/** The indicators the regulations of a report's groups declare, each key once. */
export function groupIndicators(groups: readonly { regulation?: { document?: unknown } | null }[]) {
  return declaredIndicatorsOf(groups.map((g) => g.regulation?.document));
}

export interface IndicatorRow {
  key: string;
  label: string;
  unit: string | null;
  percentOfPlan: string | null;
  /** Declared by a group's regulation rather than one of the portal's common indicators. */
  declared: boolean;
}

/**
 * The rows of the report's indicators table: the figures the report holds, then each declared indicator it does
 * not hold yet, with the label and unit of its declaration, for the member to enter.
 */
export function indicatorRows(
  indicators: readonly { key: string; label: string; unit?: string | null; percentOfPlan?: string | null }[],
  declared: readonly GroupIndicator[],
): IndicatorRow[] {
  const held = new Set(indicators.map((i) => i.key));
  const own = new Set(declared.map((d) => d.key));
  return [
    ...indicators.map((i) => ({
      key: i.key,
      label: i.label,
      unit: i.unit ?? null,
      percentOfPlan: i.percentOfPlan ?? null,
      declared: own.has(i.key),
    })),
    ...declared
      .filter((d) => !held.has(d.key))
      .map((d) => ({ key: d.key, label: d.label, unit: d.unit, percentOfPlan: null, declared: true })),
  ];
}
