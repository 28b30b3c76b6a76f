// "What would my rank be": ranks the group again with one member's data changed; nothing is written anywhere.
import { RankingInputError } from './errors';
import { rankGroup } from './ranking';
import type { MemberInput, RankingEntry, RankingInput } from './ranking.types';

/** Fields given in `changes` replace the member's (whole records, not merged key by key); memberId cannot change. */
export function whatIf(
  input: RankingInput,
  memberId: string,
  changes: Partial<MemberInput>,
): { before: RankingEntry; after: RankingEntry } {
  if (!input.members.some((m) => m.memberId === memberId)) {
    throw new RankingInputError(`Không có thành viên ${memberId} trong cụm/khối`);
  }
  const changed = input.members.map((m) => (m.memberId === memberId ? { ...m, ...changes, memberId } : m));
  const entryOf = (entries: RankingEntry[]) => entries.find((e) => e.memberId === memberId)!;
  return {
    before: entryOf(rankGroup(input).entries),
    after: entryOf(rankGroup({ ...input, members: changed }).entries),
  };
}
