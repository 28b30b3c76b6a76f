import { graphql } from '../../gql';

/** The board's rankings of the year, and those of the year before, for "what it decided before". */
export const RANKINGS_FOR_REVIEW = graphql(`
  query RankingsForReview($year: Int!, $previousYear: Int!) {
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
      members(year: $year) {
        organization {
          id
          code
          name
        }
      }
      regulation(year: $year) {
        id
        document
      }
    }
    scores(groupCode: $groupCode, kind: $kind, year: $year) {
      criterionId
      points
      count
      reason
      notApplicable
      member {
        id
        code
      }
      scorer {
        id
        code
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
