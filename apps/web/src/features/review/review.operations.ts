import { graphql } from '../../gql';

/**
 * The board's groups of the year (ranked or not yet), its rankings of the year, and those of the year before,
 * for "what it decided before".
 */
export const RANKINGS_FOR_REVIEW = graphql(`
  query RankingsForReview($year: Int!, $previousYear: Int!) {
    groupsForReview(year: $year) {
      id
      code
      name
    }
    rankingsForReview(year: $year) {
      ...ReviewSummary
    }
    earlier: rankingsForReview(year: $previousYear) {
      ...ReviewSummary
    }
  }

  fragment ReviewSummary on Ranking {
    id
    version
    computedAt
    reviewState
    reviewReason
    decisionNumber
    reviewedAt
    group {
      id
      code
      name
    }
    period {
      id
      year
      kind
      state
    }
  }
`);

/** One ranking as the board examines it: entries, the regulation's awards, the reports and their evidence. */
export const RANKING_UNDER_REVIEW = graphql(`
  query RankingUnderReview($groupCode: String!, $kind: PeriodKind!, $year: Int!) {
    ranking(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      published
      computedAt
      entries {
        rank
        total
        band
        proposals
        needsDecision
        awardDecisions {
          awardId
          status
          note
        }
        breakdown
        facts
        tieDecisionBy
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
    submissionsForScoring(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      organization {
        id
        code
      }
      evidence {
        id
        criterionId
        fileName
        size
      }
    }
  }
`);

export const REVIEW_RANKING = graphql(`
  mutation ReviewRanking($rankingId: ID!, $approve: Boolean!, $decisionNumber: String, $reason: String) {
    reviewRanking(
      rankingId: $rankingId
      approve: $approve
      decisionNumber: $decisionNumber
      reason: $reason
    ) {
      id
      reviewState
      reviewReason
      decisionNumber
      reviewedAt
      period {
        id
        state
      }
    }
  }
`);

export const EVIDENCE_FILE = graphql(`
  query EvidenceFile($id: ID!) {
    evidenceFile(id: $id) {
      fileName
      contentType
      contentBase64
    }
  }
`);

/** Format 2: the regulation of a group the board oversees, to find what the board itself scores and sets. */
export const BOARD_REGULATION = graphql(`
  query BoardRegulation($groupCode: String!, $year: Int!) {
    group(code: $groupCode) {
      id
      code
      name
      regulation(year: $year) {
        id
        document
      }
    }
  }
`);

/** Format 2: one period of a group as the board scores it — members, reports, scores, facts, the live ranking. */
export const BOARD_SHEET = graphql(`
  query BoardSheet($groupCode: String!, $kind: PeriodKind!, $year: Int!) {
    me {
      id
      organization {
        id
        code
      }
    }
    group(code: $groupCode) {
      id
      members(year: $year) {
        organization {
          id
          code
          name
        }
      }
    }
    submissionsForScoring(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      state
      organization {
        id
        code
      }
      selfScores {
        criterionId
        points
        count
      }
    }
    scores(groupCode: $groupCode, kind: $kind, year: $year) {
      criterionId
      points
      count
      reason
      member {
        id
        code
      }
      scorer {
        id
        code
      }
    }
    facts(groupCode: $groupCode, kind: $kind, year: $year) {
      factId
      value
      reason
      member {
        id
        code
      }
    }
    ranking(groupCode: $groupCode, kind: $kind, year: $year) {
      id
      published
      entries {
        rank
        tieDecisionBy
        organization {
          id
          code
          name
        }
      }
    }
  }
`);

export const SET_BOARD_SCORE = graphql(`
  mutation SetBoardScore($input: ScoreInput!) {
    setScore(input: $input) {
      criterionId
      points
      reason
    }
  }
`);

export const SET_BOARD_FACT = graphql(`
  mutation SetBoardFact(
    $groupCode: String!
    $year: Int!
    $kind: PeriodKind!
    $memberCode: String!
    $factId: String!
    $value: Boolean!
    $reason: String!
  ) {
    setFact(
      groupCode: $groupCode
      year: $year
      kind: $kind
      memberCode: $memberCode
      factId: $factId
      value: $value
      reason: $reason
    )
  }
`);
