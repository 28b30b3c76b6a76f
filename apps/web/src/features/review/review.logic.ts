// What the review page reads from a ranking's JSON (the regulation's awards, an entry's vote results) and
// the one rule of its form: approving needs a decision number, returning needs a reason.

export interface VoteResult {
  awardId: string;
  votes: number;
  base: number;
  passed: boolean;
}

export type ReviewProblem = 'decisionRequired' | 'reasonRequired';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Award id → title, from the regulation document (REGULATION.md `awards`). */
export function awardTitles(regulationDocument: unknown): Map<string, string> {
  const awards = isRecord(regulationDocument) ? regulationDocument.awards : undefined;
  if (!Array.isArray(awards)) return new Map();
  return new Map(
    awards.flatMap((a: unknown) =>
      isRecord(a) && typeof a.id === 'string' && typeof a.title === 'string' ? [[a.id, a.title]] : [],
    ),
  );
}

/** The vote results the worker stored in an entry's breakdown; none when the regulation asks no vote. */
export function voteResults(breakdown: unknown): VoteResult[] {
  const results = isRecord(breakdown) ? breakdown.voteResults : undefined;
  if (!Array.isArray(results)) return [];
  return results.filter(
    (r): r is VoteResult =>
      isRecord(r) &&
      typeof r.awardId === 'string' &&
      typeof r.votes === 'number' &&
      typeof r.base === 'number' &&
      typeof r.passed === 'boolean',
  );
}

/** What stops the decision from being sent, checked before the server is asked. */
export function reviewProblem(
  approve: boolean,
  decisionNumber: string,
  reason: string,
): ReviewProblem | null {
  if (approve && !decisionNumber.trim()) return 'decisionRequired';
  if (!approve && !reason.trim()) return 'reasonRequired';
  return null;
}

/** The groups the board oversees that have no ranking of the year yet, in the order given (the API's: by code). */
export function unrankedGroups<G extends { code: string }>(
  groups: readonly G[],
  rankings: readonly { group: { code: string } }[],
): G[] {
  const ranked = new Set(rankings.map((r) => r.group.code));
  return groups.filter((g) => !ranked.has(g.code));
}
