// Format 2 tie-breaks: `fact` (members with the fact true first) and `decision` (the last tie-break: members still
// tied are left to a body — the award board or the head — until it records their order with settleTie).
import type { RegulationProblem } from './problems';
import type { RankingEntry, TieDecisionInput } from './ranking.types';
import type { Regulation, TieBreak } from './regulation.schema';

export type TieBody = TieDecisionInput['by'];

export const TIE_BODY_VI: Record<TieBody, string> = {
  BOARD: 'cơ quan thi đua – khen thưởng',
  HEAD: 'cụm/khối trưởng',
};

/** Negative when a ranks above b: a has the fact and b has not. */
export function factOrder<T extends { facts: ReadonlySet<string> }>(id: string): (a: T, b: T) => number {
  return (a, b) => Number(b.facts.has(id)) - Number(a.facts.has(id));
}

interface Tied {
  memberId: string;
  rank: number;
  tieDecisionBy: TieBody | null;
  card: { total: number; summary: string };
}

/**
 * The explanation names a fact where it decides: two neighbours in rank order with the same total, told apart first
 * by a `fact` tie-break, each say so in their summary. `ranked` in rank order; keys as the tie-breaks, in order.
 */
export function noteFactTies<T extends Tied>(
  ranked: readonly T[],
  tieBreaks: readonly TieBreak[],
  keys: readonly ((a: T, b: T) => number)[],
  factTitle: (id: string) => string,
): void {
  for (let i = 1; i < ranked.length; i++) {
    const above = ranked[i - 1];
    const below = ranked[i];
    if (above.card.total !== below.card.total) continue;
    let k = 0;
    while (k < keys.length && keys[k](above, below) === 0) k++;
    const tieBreak = tieBreaks[k];
    if (tieBreak?.type !== 'fact') continue;
    const title = factTitle(tieBreak.id);
    above.card.summary += `; cùng tổng điểm với ${below.memberId}, xếp trên nhờ có dữ kiện "${title}"`;
    below.card.summary += `; cùng tổng điểm với ${above.memberId}, xếp dưới vì không có dữ kiện "${title}"`;
  }
}

/**
 * `ranked` in rank order, members sharing a rank together. Each group still tied takes the recorded order naming
 * exactly its members (ranks then follow that order), or is marked for the body to decide. An order matching no
 * group, recorded by another body, or contradicted by another order of the same members, is left out with a warning.
 */
export function settleTies<T extends Tied>(
  ranked: T[],
  by: TieBody,
  decisions: readonly TieDecisionInput[],
  warn: (message: string) => void,
): T[] {
  const valid = decisions.filter((decision) => {
    if (decision.by === by) return true;
    warn(
      `Thứ tự đồng hạng (${decision.order.join(', ')}) do ${TIE_BODY_VI[decision.by]} ghi nhận không được tính: quy chế giao ${TIE_BODY_VI[by]} quyết định`,
    );
    return false;
  });
  const used = new Set<TieDecisionInput>();
  const out: T[] = [];
  for (let i = 0; i < ranked.length;) {
    let j = i + 1;
    while (j < ranked.length && ranked[j].rank === ranked[i].rank) j++;
    const group = ranked.slice(i, j);
    i = j;
    if (group.length === 1) {
      out.push(group[0]);
      continue;
    }
    const ids = new Set(group.map((m) => m.memberId));
    const matching = valid.filter((d) => namesExactly(d.order, ids));
    matching.forEach((d) => used.add(d));
    const orders = new Set(matching.map((d) => JSON.stringify(d.order)));
    if (orders.size > 1) {
      warn(
        `Có ${orders.size} thứ tự khác nhau cho các đơn vị đồng hạng ${[...ids].join(', ')}: chưa tính thứ tự nào`,
      );
    }
    if (orders.size !== 1) {
      for (const member of group) {
        member.tieDecisionBy = by;
        member.card.summary += `; đồng hạng ${member.rank}, chờ ${TIE_BODY_VI[by]} quyết định thứ tự`;
      }
      out.push(...group);
      continue;
    }
    const position = new Map(matching[0].order.map((id, p) => [id, p]));
    const base = group[0].rank;
    group.sort((a, b) => position.get(a.memberId)! - position.get(b.memberId)!);
    group.forEach((member, p) => {
      member.rank = base + p;
      member.card.summary += `; đồng điểm với ${group.length - 1} đơn vị khác, thứ tự do ${TIE_BODY_VI[by]} quyết định`;
    });
    out.push(...group);
  }
  for (const decision of valid) {
    if (!used.has(decision)) {
      warn(
        `Thứ tự đồng hạng (${decision.order.join(', ')}) không còn khớp nhóm đơn vị đồng hạng nào — không tính`,
      );
    }
  }
  return out;
}

function namesExactly(order: readonly string[], ids: ReadonlySet<string>): boolean {
  return order.length === ids.size && new Set(order).size === ids.size && order.every((id) => ids.has(id));
}

/**
 * For the API's settleTie: whether `decision` may be recorded against the ranking computed now (`entries`). Its
 * order must name exactly the members tied at one rank under the regulation's `decision` tie-break, and come from the
 * body it names; or name exactly the members of an order already recorded by that body (to change it). Empty when
 * it may be recorded; otherwise the refusals, in Vietnamese.
 */
export function checkTieDecision(
  regulation: Regulation,
  entries: readonly Pick<RankingEntry, 'memberId' | 'rank' | 'tieDecisionBy'>[],
  decision: TieDecisionInput,
  recorded: readonly TieDecisionInput[] = [],
): RegulationProblem[] {
  const last = regulation.tieBreaks.at(-1);
  if (last?.type !== 'decision') {
    return [
      {
        path: 'order',
        message: 'Quy chế không giao việc quyết định thứ tự các đơn vị đồng hạng (tie-break decision)',
      },
    ];
  }
  if (decision.by !== last.by) {
    return [
      {
        path: 'by',
        message: `Chỉ ${TIE_BODY_VI[last.by]} được quyết định thứ tự các đơn vị đồng hạng của quy chế này`,
      },
    ];
  }
  const problems: RegulationProblem[] = [];
  const known = new Map(entries.map((entry) => [entry.memberId, entry]));
  const seen = new Set<string>();
  decision.order.forEach((id, i) => {
    if (seen.has(id)) problems.push({ path: `order[${i}]`, message: `Đơn vị ${id} được nêu hai lần` });
    else if (!known.has(id))
      problems.push({ path: `order[${i}]`, message: `Đơn vị ${id} không có trong bảng xếp hạng` });
    seen.add(id);
  });
  if (problems.length > 0) return problems;
  if (decision.order.length < 2) {
    return [{ path: 'order', message: 'Cần ít nhất hai đơn vị đồng hạng để quyết định thứ tự' }];
  }
  const first = known.get(decision.order[0])!;
  const tied = entries
    .filter((e) => e.rank === first.rank && e.tieDecisionBy === last.by)
    .map((e) => e.memberId);
  if (namesExactly(decision.order, new Set(tied))) return [];
  if (recorded.some((r) => r.by === last.by && namesExactly(decision.order, new Set(r.order)))) return [];
  const message =
    tied.length > 1
      ? `Thứ tự phải gồm đúng các đơn vị đồng hạng ${first.rank} chờ quyết định: ${tied.join(', ')}`
      : `Đơn vị ${first.memberId} không đồng hạng với đơn vị nào đang chờ quyết định thứ tự`;
  return [{ path: 'order', message }];
}
