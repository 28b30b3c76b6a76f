import { graphql } from '../../gql';

export const SCORING_SHEET = graphql(`
  query ScoringSheet($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    group(code: $groupCode) {
      id
      members(year: $year) {
        role
        organization {
          id
          code
          name
        }
      }
      regulation(year: $year) {
        id
        version
        document
      }
    }
    submissionsForScoring(groupCode: $groupCode, year: $year, kind: $kind) {
      id
      state
      submittedAt
      organization {
        id
        code
        name
      }
      selfScores {
        criterionId
        points
        count
        note
      }
      indicators {
        key
        label
        value
        unit
        percentOfPlan
      }
      deliveries {
        daysLate
        returnReason
        group {
          id
          code
        }
      }
    }
    scores(groupCode: $groupCode, year: $year, kind: $kind) {
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
        kind
      }
    }
  }
`);

export const SCORING_RANKING = graphql(`
  query ScoringRanking($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    ranking(groupCode: $groupCode, year: $year, kind: $kind) {
      id
      version
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
  }
`);

export const SET_SCORE = graphql(`
  mutation SetScore($input: ScoreInput!) {
    setScore(input: $input) {
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
  }
`);

/** Format 2: the facts set this period (the head and the board read them all). */
export const MEMBER_FACTS = graphql(`
  query MemberFacts($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    facts(groupCode: $groupCode, year: $year, kind: $kind) {
      factId
      value
      reason
      member {
        id
        code
      }
    }
  }
`);

export const SET_FACT = graphql(`
  mutation SetFact(
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

export const RETURN_SUBMISSION = graphql(`
  mutation ReturnSubmission($id: ID!, $groupCode: String!, $reason: String!) {
    returnSubmission(id: $id, groupCode: $groupCode, reason: $reason) {
      id
      state
    }
  }
`);

export const PUBLISH_RANKING = graphql(`
  mutation PublishRanking($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    publishRanking(groupCode: $groupCode, year: $year, kind: $kind) {
      id
      published
      entries {
        rank
        proposals
        needsDecision
        organization {
          id
          code
          name
        }
      }
    }
  }
`);

export const CAST_VOTE = graphql(`
  mutation CastVote(
    $groupCode: String!
    $year: Int!
    $kind: PeriodKind!
    $awardId: String!
    $candidateCode: String!
  ) {
    castVote(
      groupCode: $groupCode
      year: $year
      kind: $kind
      awardId: $awardId
      candidateCode: $candidateCode
    )
  }
`);

export const VOTE_SCOPE = graphql(`
  query VoteScope($groupCode: String!, $year: Int!) {
    me {
      id
      organization {
        id
        code
      }
    }
    group(code: $groupCode) {
      id
      name
      # The sheet's fields of members, role included: the list is cached as a whole, and a list without role
      # would leave the sheet's query incomplete and fetch it again.
      members(year: $year) {
        role
        organization {
          id
          code
          name
        }
      }
      regulation(year: $year) {
        id
        version
        document
      }
    }
  }
`);

export const EXPORT_RANKING_XLSX = graphql(`
  query ExportRankingXlsx($groupCode: String!, $year: Int!) {
    exportRankingXlsx(groupCode: $groupCode, year: $year) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const EXPORT_MINUTES = graphql(`
  query ExportMinutes($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    exportMinutesDocx(groupCode: $groupCode, year: $year, kind: $kind) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const EXPORT_PROPOSAL = graphql(`
  query ExportProposal($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    exportProposalDocx(groupCode: $groupCode, year: $year, kind: $kind) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const PUBLISH_REGULATION = graphql(`
  mutation PublishRegulation($groupCode: String!, $year: Int!, $document: JSON!) {
    publishRegulation(groupCode: $groupCode, year: $year, document: $document) {
      id
      version
      document
    }
  }
`);
