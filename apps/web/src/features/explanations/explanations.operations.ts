import { graphql } from '../../gql';

export const EXPLANATION_ROUND_FIELDS = graphql(`
  fragment ExplanationRoundFields on ExplanationRound {
    window {
      id
      openedAt
      deadline
      open
      closedAt
      closeReason
    }
    items {
      member {
        id
        code
        name
      }
      criterionId
      title
      selfPoints
      headPoints
      headReason
      disputed
      explanation {
        id
        text
        explainedAt
        decision
        secondPoints
        secondReason
        evidence {
          id
          fileName
        }
      }
    }
    membersToExplain {
      id
      name
    }
    explanationsToDecide
  }
`);

export const EXPLANATION_ROUND = graphql(`
  query ExplanationRound($groupCode: String!, $year: Int!, $kind: PeriodKind!) {
    explanationRound(groupCode: $groupCode, year: $year, kind: $kind) {
      ...ExplanationRoundFields
    }
  }
`);

export const OPEN_EXPLANATION_WINDOW = graphql(`
  mutation OpenExplanationWindow($groupCode: String!, $year: Int!, $kind: PeriodKind!, $deadline: DateTime!) {
    openExplanationWindow(groupCode: $groupCode, year: $year, kind: $kind, deadline: $deadline) {
      ...ExplanationRoundFields
    }
  }
`);

export const CLOSE_EXPLANATION_WINDOW = graphql(`
  mutation CloseExplanationWindow($groupCode: String!, $year: Int!, $kind: PeriodKind!, $reason: String!) {
    closeExplanationWindow(groupCode: $groupCode, year: $year, kind: $kind, reason: $reason) {
      ...ExplanationRoundFields
    }
  }
`);

export const EXPLAIN_SCORE = graphql(`
  mutation ExplainScore($input: ExplainScoreInput!) {
    explainScore(input: $input) {
      ...ExplanationRoundFields
    }
  }
`);

export const DECIDE_EXPLANATION = graphql(`
  mutation DecideExplanation($input: DecideExplanationInput!) {
    decideExplanation(input: $input) {
      ...ExplanationRoundFields
    }
  }
`);

export const EXPLANATION_EVIDENCE_FILE = graphql(`
  query ExplanationEvidenceFile($id: ID!) {
    explanationEvidenceFile(id: $id) {
      fileName
      contentType
      contentBase64
    }
  }
`);

/** The round has no id of its own to update in the cache: every step reads it again. */
export const REFETCH = { refetchQueries: ['ExplanationRound'], awaitRefetchQueries: true };
