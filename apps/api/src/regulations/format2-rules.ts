/**
 * What the API needs to know of a format 2 regulation (REGULATION.md "Format 2"), read from the published
 * document in this one module: which facts it declares and who sets them, which criteria are optional or
 * scored by the board, and which body a `decision` tie-break names.
 *
 * To be replaced by libs/scoring's exports once the engine's format 2 lands (the parsed Regulation will carry
 * these fields); until then it reads the stored document as published, so no other file reads these fields.
 * The same answers are repeated by PostgreSQL (migration 1764216700000-format2: app_is_board_fact,
 * app_is_board_criterion, app_tie_decider).
 */

export type Body = 'HEAD' | 'BOARD';

export interface DeclaredFact {
  id: string;
  title: string;
  setBy: Body;
}

interface CriterionNode {
  id: string;
  title: string;
  optional: boolean;
  scoredBy: Body | null;
  children: CriterionNode[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The facts the regulation declares, in its order. */
export function declaredFacts(document: unknown): DeclaredFact[] {
  if (!isObject(document)) return [];
  return list(document.facts)
    .filter((f) => text(f.id))
    .map((f) => ({
      id: text(f.id),
      title: text(f.title) || text(f.id),
      setBy: f.setBy === 'BOARD' ? 'BOARD' : 'HEAD',
    }));
}

export function declaredFact(document: unknown, id: string): DeclaredFact | undefined {
  return declaredFacts(document).find((f) => f.id === id);
}

function criteria(document: unknown): CriterionNode[] {
  const read = (nodes: unknown): CriterionNode[] =>
    list(nodes).map((c) => ({
      id: text(c.id),
      title: text(c.title),
      optional: c.optional === true,
      scoredBy: c.scoredBy === 'BOARD' ? 'BOARD' : c.scoredBy === 'HEAD' ? 'HEAD' : null,
      children: read(c.children),
    }));
  return isObject(document) ? read(document.criteria) : [];
}

/** A criterion (leaf or parent) with its ancestors, outermost first; undefined when the id is none. */
function criterionPath(document: unknown, id: string): CriterionNode[] | undefined {
  const walk = (nodes: CriterionNode[], above: CriterionNode[]): CriterionNode[] | undefined => {
    for (const n of nodes) {
      const path = [...above, n];
      if (n.id === id) return path;
      const found = walk(n.children, path);
      if (found) return found;
    }
    return undefined;
  };
  return walk(criteria(document), []);
}

export function criterion(
  document: unknown,
  id: string,
): { id: string; title: string; optional: boolean } | undefined {
  const node = criterionPath(document, id)?.at(-1);
  return node && { id: node.id, title: node.title || node.id, optional: node.optional };
}

/** `scoredBy: BOARD` on the criterion or on a parent (the board then scores the whole subtree). */
export function isBoardScored(document: unknown, id: string): boolean {
  return criterionPath(document, id)?.some((n) => n.scoredBy === 'BOARD') ?? false;
}

/** The body the regulation's `decision` tie-break names; null when it has none. */
export function tieDecider(document: unknown): Body | null {
  if (!isObject(document)) return null;
  const decision = list(document.tieBreaks).find((t) => t.type === 'decision');
  return decision?.by === 'BOARD' ? 'BOARD' : decision?.by === 'HEAD' ? 'HEAD' : null;
}
