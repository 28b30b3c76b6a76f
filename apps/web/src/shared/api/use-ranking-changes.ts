// A period's ranking, followed live: the worker's new versions (for the head and the board) and the
// publication (for every member) are pushed over the WebSocket, and the page reads the ranking again.
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PeriodKind } from '../../gql/graphql';

export const RANKING_CHANGED = graphql(`
  subscription RankingChanged($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    rankingChanged(groupCode: $groupCode, year: $year, kind: $kind) {
      version
      published
    }
  }
`);

export function useRankingChanges(
  variables: { groupCode: string; year: number; kind: PeriodKind },
  changed: () => void,
) {
  useSubscription(RANKING_CHANGED, { variables, onData: changed });
}
