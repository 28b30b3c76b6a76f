import { graphql } from '../../gql';

export const RANKING_SCOPE = graphql(`
  query RankingScope($year: Int!, $board: Boolean!) {
    myGroups(year: $year) @skip(if: $board) {
      group {
        id
        code
        name
      }
    }
    rankingsForReview(year: $year) @include(if: $board) {
      id
      group {
        id
        code
        name
      }
    }
  }
`);

export const ORGANIZATION_KIND = graphql(`
  query OrganizationKind {
    me {
      id
      organization {
        id
        kind
      }
    }
  }
`);

export const RANKING = graphql(`
  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {
    ranking(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      published
      computedAt
      entries {
        rank
        total
        band
        proposals
        underExplanation
        organization {
          id
          code
          name
        }
      }
    }
    group(code: $groupCode) {
      id
      regulation(year: $year) {
        id
        document
      }
    }
  }
`);

/** Every member's breakdown (most of a ranking's bytes): fetched after the table and chart are drawn. */
export const RANKING_BREAKDOWNS = graphql(`
  query RankingBreakdowns($groupCode: String!, $kind: PeriodKind!, $year: Int!) {
    ranking(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      entries {
        breakdown
        facts
        organization {
          id
          code
        }
      }
    }
  }
`);

/** One period's totals, for a member's totals across periods. */
export const RANKING_TOTALS = graphql(`
  query RankingTotals($groupCode: String!, $kind: PeriodKind!, $year: Int!) {
    ranking(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      published
      entries {
        rank
        total
        band
        organization {
          id
          code
        }
      }
    }
  }
`);

/** Format 2: the body a `decision` tie-break names orders the members tied at one rank, first first. */
export const SETTLE_TIE = graphql(`
  mutation SettleTie($groupCode: String!, $year: Int!, $kind: PeriodKind!, $order: [String!]!) {
    settleTie(groupCode: $groupCode, year: $year, kind: $kind, order: $order) {
      id
      version
      entries {
        rank
        tieDecisionBy
        organization {
          id
          code
        }
      }
    }
  }
`);
