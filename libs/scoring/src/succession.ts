// Next year's head and deputy from the members' ballots (issue 11.6), and next year's draft regulation.

export interface CandidateCount {
  candidateId: string;
  votes: number;
}

/** The ballots counted: votes per candidate for each office, in any order. */
export interface SuccessionTally {
  head: CandidateCount[];
  deputy: CandidateCount[];
}

/** Who settles a tie names one of the tied candidates; for the deputy, anyone but the head when none is left. */
export interface TieSettlement {
  headId?: string | null;
  deputyId?: string | null;
}

export type SuccessionOutcome =
  | { ok: true; headId: string; deputyId: string }
  | { ok: false; problem: 'NO_BALLOTS' }
  | { ok: false; problem: 'TIED'; office: 'HEAD' | 'DEPUTY'; tied: string[] }
  | { ok: false; problem: 'NO_DEPUTY' }
  | { ok: false; problem: 'NOT_TIED'; office: 'HEAD' | 'DEPUTY'; candidateId: string };

/**
 * The most votes wins each office. The deputy is counted without the elected head (a unit holds one office).
 * A tie needs a settlement naming one of the tied; a settlement where there is no tie is refused, so a result
 * never silently differs from the count.
 */
export function decideSuccession(tally: SuccessionTally, settle: TieSettlement = {}): SuccessionOutcome {
  if (tally.head.length === 0) return { ok: false, problem: 'NO_BALLOTS' };
  const head = pick(mostFirst(tally.head), settle.headId, 'HEAD');
  if (!head.ok) return head;
  const rest = mostFirst(tally.deputy).filter((c) => c.candidateId !== head.id);
  if (rest.length === 0) {
    if (settle.deputyId && settle.deputyId !== head.id)
      return { ok: true, headId: head.id, deputyId: settle.deputyId };
    return { ok: false, problem: 'NO_DEPUTY' };
  }
  const deputy = pick(rest, settle.deputyId, 'DEPUTY');
  if (!deputy.ok) return deputy;
  return { ok: true, headId: head.id, deputyId: deputy.id };
}

function pick(
  counts: CandidateCount[],
  settled: string | null | undefined,
  office: 'HEAD' | 'DEPUTY',
): { ok: true; id: string } | Extract<SuccessionOutcome, { problem: 'TIED' | 'NOT_TIED' }> {
  const tied = counts.filter((c) => c.votes === counts[0].votes).map((c) => c.candidateId);
  if (tied.length === 1) {
    if (settled && settled !== tied[0])
      return { ok: false, problem: 'NOT_TIED', office, candidateId: settled };
    return { ok: true, id: tied[0] };
  }
  if (settled && tied.includes(settled)) return { ok: true, id: settled };
  return { ok: false, problem: 'TIED', office, tied };
}

/** Most votes first; equal counts in id order, so a tie lists its candidates the same way every time. */
const mostFirst = (counts: CandidateCount[]) =>
  [...counts].sort((a, b) => b.votes - a.votes || (a.candidateId < b.candidateId ? -1 : 1));

/**
 * Next year's regulation starts as this year's: the year moved on, each period's deadline a year later, the
 * title's year replaced; the adopting decision emptied, since next year's is not taken yet (the draft cannot
 * be published until the new head enters it).
 */
export function nextYearDraft(document: Record<string, unknown>, year: number): Record<string, unknown> {
  const next = year + 1;
  const periods = Array.isArray(document.periods)
    ? document.periods.map((p: Record<string, unknown>) =>
        typeof p?.deadline === 'string' ? { ...p, deadline: laterByAYear(p.deadline) } : p,
      )
    : document.periods;
  const title =
    typeof document.title === 'string'
      ? document.title.split(String(year)).join(String(next))
      : document.title;
  return { ...document, year: next, title, periods, decision: { number: '', date: '' } };
}

/** "2023-06-20T17:00:00+07:00" → "2024-06-20T17:00:00+07:00"; a 29 February becomes the 28th. */
function laterByAYear(iso: string): string {
  const m = /^(\d{4})(-\d{2}-\d{2})(.*)$/.exec(iso);
  if (!m) return iso;
  const next = Number(m[1]) + 1;
  const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0;
  return `${next}${m[2] === '-02-29' && !leap ? '-02-28' : m[2]}${m[3]}`;
}
