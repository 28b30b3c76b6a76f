// The scoring sheet read from a group's regulation (REGULATION.md): the rows the head scores, and what
// each row's input means.
import { methodsWith } from '../../../../../libs/scoring/src/methods/traits';

export type RowKind = 'heading' | 'criterion' | 'bonus' | 'deduction' | 'fact';

export interface SheetRow {
  kind: RowKind;
  id: string;
  title: string;
  /** Maximum points (a bonus item: its fixed points); null for a bonus item's section heading. */
  max: string | null;
  /** Criterion method type; 'fixed' for a bonus item, 'manual' for a manual deduction. */
  method: string;
  /** per_item: points per item. */
  each?: string;
  /** Computed criteria: the member's figure they read (indicator key and field). */
  indicator?: { key: string; field: string };
  depth: number;
  /** Format 2: an optional criterion (leaf or parent) the head may mark not applicable to a member. */
  optional?: boolean;
  /** Format 2: a criterion the group's award board scores; a fact the board alone sets. */
  by?: 'BOARD';
}

/** Methods whose points come from the member's figures: the head may override them, with a reason. */
export const COMPUTED = methodsWith('computed');
/** Methods the head scores by hand: the cells it has to score (libs/scoring's method traits). */
export const TO_SCORE = methodsWith('scoredByHand');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (value === undefined || value === null ? null : String(value));

/**
 * Criteria in tree order (parents as headings), then bonus items, then the deductions the head sets
 * (`manual`, `fixed`, `per_item`; lateness and missing reports are counted by the worker).
 */
export function sheetRows(document: unknown): SheetRow[] {
  if (!isRecord(document)) return [];
  const rows: SheetRow[] = [];
  const walk = (nodes: unknown, depth: number) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes) {
      if (!isRecord(node)) continue;
      const base = {
        id: String(node.id),
        title: String(node.title),
        max: str(node.max),
        depth,
        // Format 2 marks, only where the document has them (a format 1 row stays as it was).
        ...(node.optional === true ? { optional: true } : {}),
        ...(node.scoredBy === 'BOARD' ? { by: 'BOARD' as const } : {}),
      };
      if (Array.isArray(node.children)) {
        rows.push({ ...base, kind: 'heading', method: 'sum' });
        walk(node.children, depth + 1);
      } else if (isRecord(node.method)) {
        const method = String(node.method.type);
        const key = str(node.method.indicator);
        rows.push({
          ...base,
          kind: 'criterion',
          method,
          each: str(node.method.points) ?? undefined,
          indicator: key ? { key, field: String(node.method.field ?? 'value') } : undefined,
        });
      }
    }
  };
  walk(document.criteria, 0);
  const bonus = isRecord(document.bonus) && Array.isArray(document.bonus.items) ? document.bonus.items : [];
  for (const item of bonus.filter(isRecord))
    rows.push({
      kind: 'bonus',
      id: String(item.id),
      title: String(item.title),
      max: str(item.points),
      method: 'fixed',
      depth: 0,
    });
  const deductions = Array.isArray(document.deductions) ? document.deductions.filter(isRecord) : [];
  for (const d of deductions.filter((d) => ['manual', 'fixed', 'per_item'].includes(String(d.kind))))
    rows.push({
      kind: 'deduction',
      id: String(d.id),
      title: String(d.title),
      max: str(d.max ?? d.points),
      method: String(d.kind),
      each: d.kind === 'per_item' ? (str(d.points) ?? undefined) : undefined,
      depth: 0,
    });
  // A fact the portal sets (setBy PORTAL: signed the covenant, registered) is nobody's row to set.
  const facts = Array.isArray(document.facts)
    ? document.facts.filter(isRecord).filter((f) => f.setBy !== 'PORTAL')
    : [];
  for (const f of facts)
    rows.push({
      kind: 'fact',
      id: String(f.id),
      title: String(f.title),
      max: null,
      method: 'fact',
      depth: 0,
      ...(f.setBy === 'BOARD' ? { by: 'BOARD' as const } : {}),
    });
  return rows;
}

/**
 * The rows one body works on: the head all but the board's (its criteria stay in view, read-only); the
 * board only its own criteria and facts (REGULATION.md, Format 2: scoredBy and setBy BOARD).
 */
export function rowsFor(rows: SheetRow[], body: 'HEAD' | 'BOARD'): SheetRow[] {
  if (body === 'HEAD') return rows.filter((r) => !(r.kind === 'fact' && r.by === 'BOARD'));
  const board = rows.filter((r) => r.by === 'BOARD');
  // Keep each board criterion's headings above it, so it reads in its place in the tree.
  const keep = new Set<SheetRow>(board);
  for (const row of board) {
    if (row.kind !== 'criterion') continue;
    let depth = row.depth;
    for (let i = rows.indexOf(row) - 1; i >= 0 && depth > 0; i--)
      if (rows[i].kind === 'heading' && rows[i].depth < depth) {
        keep.add(rows[i]);
        depth = rows[i].depth;
      }
  }
  return rows.filter((r) => keep.has(r));
}

/** The rows that take an input (headings do not; facts have their own switch). */
export const scorableRows = (rows: SheetRow[]) => rows.filter((r) => r.kind !== 'heading');

/** The cell's input is a count of items, not points. */
export const countsItems = (row: SheetRow) => row.method === 'per_item' && row.each !== undefined;

export const cellKey = (memberCode: string, rowId: string) => `${memberCode}|${rowId}`;

export interface VoteTally {
  awardId: string;
  memberCode: string;
  votes: number;
  base: number;
  passed: boolean;
}

/** Per award that requires a vote: each member's votes against its base, from the ranking's breakdown. */
export function voteTallies(entries: { organization: { code: string }; breakdown: unknown }[]): VoteTally[] {
  return entries.flatMap((e) => {
    const results =
      isRecord(e.breakdown) && Array.isArray(e.breakdown.voteResults) ? e.breakdown.voteResults : [];
    return results.filter(isRecord).map((r) => ({
      awardId: String(r.awardId),
      memberCode: e.organization.code,
      votes: Number(r.votes),
      base: Number(r.base),
      passed: r.passed === true,
    }));
  });
}

/**
 * A computed criterion's points for a member from its figures, as the latest ranking explains them
 * (when the head overrode them, the explanation keeps the computed value among its inputs).
 */
export function computedPoints(breakdown: unknown, criterionId: string): string | null {
  const lines = isRecord(breakdown) && Array.isArray(breakdown.lines) ? breakdown.lines : [];
  const line = lines.filter(isRecord).find((l) => l.kind === 'criterion' && l.id === criterionId);
  if (!line) return null;
  return line.overridden === true && isRecord(line.inputs) ? str(line.inputs.computed) : str(line.result);
}

export interface Award {
  id: string;
  title: string;
  requiresVote: boolean;
}

export function awardsOf(document: unknown): Award[] {
  if (!isRecord(document) || !Array.isArray(document.awards)) return [];
  return document.awards.filter(isRecord).map((a) => ({
    id: String(a.id),
    title: String(a.title),
    requiresVote: isRecord(a.eligibility) && a.eligibility.requiresVote === true,
  }));
}

export interface Voting {
  enabled: boolean;
  threshold: number;
  selfVote: boolean;
}

export function votingOf(document: unknown): Voting {
  const v = isRecord(document) && isRecord(document.voting) ? document.voting : {};
  return { enabled: v.enabled === true, threshold: Number(v.threshold ?? 0), selfVote: v.selfVote === true };
}

/** The fewest votes that pass: votes ≥ threshold × base (REGULATION.md, Voting). */
export const votesNeeded = (threshold: number, base: number) => Math.ceil(threshold * base - 1e-9);
