// Facts of format 2: yes/no statements about a member for one period, declared by the regulation, set by the head
// (or by the award board alone where setBy is BOARD, or by the portal where setBy is PORTAL). A fact never set is
// false.
import type { MemberInput } from './ranking.types';
import type { Fact } from './regulation.schema';

export interface FactTable {
  /** Declared facts in the regulation's order. */
  list: readonly Fact[];
  /** id → position in list. */
  position: ReadonlyMap<string, number>;
}

export function compileFacts(facts: readonly Fact[] | undefined): FactTable | null {
  if (!facts || facts.length === 0) return null;
  return { list: facts, position: new Map(facts.map((fact, i) => [fact.id, i])) };
}

/** A fact's title by id (the id itself when undeclared), for explanations. */
export function factTitleOf(reg: { facts: FactTable | null }): (id: string) => string {
  return (id) => {
    const position = reg.facts?.position.get(id);
    return position === undefined ? id : reg.facts!.list[position].title;
  };
}

/**
 * The facts the portal sets itself from what members do at the start of the year (a regulation declares them
 * with setBy PORTAL, under these ids): signed the year's covenant, registered its titles by the deadline.
 */
export const PORTAL_FACTS = ['COVENANT_SIGNED', 'REGISTERED'] as const;
export type PortalFact = (typeof PORTAL_FACTS)[number];

export const NO_FACTS: ReadonlySet<string> = new Set();

/** The member's true facts, as a set and in the regulation's order; an undeclared id is left out with a warning. */
export function readFacts(
  table: FactTable | null,
  member: MemberInput,
  warn: (message: string) => void,
): { set: ReadonlySet<string>; ordered: string[] } {
  const given = member.facts;
  if (!given || given.length === 0) return { set: NO_FACTS, ordered: [] };
  const set = new Set<string>();
  for (const id of [...new Set(given)].sort()) {
    if (table?.position.has(id)) set.add(id);
    else warn(`Đơn vị ${member.memberId}: dữ kiện "${id}" không có trong quy chế — không tính`);
  }
  const ordered = table ? table.list.filter((fact) => set.has(fact.id)).map((fact) => fact.id) : [];
  return { set, ordered };
}
