// What the report pages read from a group's regulation document (REGULATION.md): periods and leaf criteria.
import { figureLabel, INDICATOR_FIELDS, INDICATOR_KEYS } from '../../../../../libs/scoring/src/indicators';

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

/** Criteria that take a self-score; the others are computed from figures. */
export const SELF_SCORED = new Set(['manual', 'pass_fail', 'per_item']);

/** Whole days from now to the deadline, rounded up: 1 on the last day, below 1 once past. */
export function daysUntil(deadline: string, now = new Date()): number {
  return Math.ceil((new Date(deadline).getTime() - now.getTime()) / 86_400_000);
}

/** The figure a computed criterion reads, named as the scoring explanations name it. */
export function computedFigure(method: LeafCriterion['method']): string | undefined {
  const indicator = INDICATOR_KEYS.find((key) => key === method.indicator);
  const field = INDICATOR_FIELDS.find((f) => f === method.field);
  return indicator && field ? figureLabel(indicator, field) : method.indicator;
}
