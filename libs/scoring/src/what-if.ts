// "What would my rank be": ranks the group again with one member's data changed; nothing is written anywhere.
import { RankingInputError } from './errors';
import { rankGroup, scoreOwn, type OwnScore } from './ranking';
import type { MemberInput, RankingEntry, RankingInput } from './ranking.types';

/** Fields given in `changes` replace the member's (whole records, not merged key by key); memberId cannot change. */
export function whatIf(
  input: RankingInput,
  memberId: string,
  changes: Partial<MemberInput>,
): { before: RankingEntry; after: RankingEntry } {
  const changed = withChanges(input, memberId, changes);
  const entryOf = (entries: RankingEntry[]) => entries.find((e) => e.memberId === memberId)!;
  return {
    before: entryOf(rankGroup(input).entries),
    after: entryOf(rankGroup(changed).entries),
  };
}

/**
 * whatIf before the ranking is published: the member's own total and band, before and after, from its own
 * data only — no rank, and the criteria that need other members' figures left pending.
 */
export function whatIfOwn(
  input: RankingInput,
  memberId: string,
  changes: Partial<MemberInput>,
): { before: OwnScore; after: OwnScore } {
  const changed = withChanges(input, memberId, changes);
  return { before: scoreOwn(input, memberId), after: scoreOwn(changed, memberId) };
}

function withChanges(input: RankingInput, memberId: string, changes: Partial<MemberInput>): RankingInput {
  if (!input.members.some((m) => m.memberId === memberId)) {
    throw new RankingInputError(`Không có thành viên ${memberId} trong cụm/khối`);
  }
  const members = input.members.map((m) => (m.memberId === memberId ? { ...m, ...changes, memberId } : m));
  return { ...input, members };
}
