import { graphql } from '../../gql';

export const SUCCESSION_FIELDS = graphql(`
  fragment SuccessionFields on SuccessionElection {
    id
    year
    nextYear
    state
    openedAt
    candidates {
      id
      code
      name
    }
    voted {
      id
      code
      name
    }
    notVoted {
      id
      code
      name
    }
    myBallot {
      head {
        id
        code
        name
      }
      deputy {
        id
        code
        name
      }
      castAt
    }
    headVotes {
      candidate {
        id
        code
        name
      }
      votes
    }
    deputyVotes {
      candidate {
        id
        code
        name
      }
      votes
    }
    handover {
      outgoingHead {
        id
        name
      }
      incomingHead {
        id
        name
      }
      deputy {
        id
        name
      }
      method
      reason
      handedOverAt
      recordedBy {
        id
        name
      }
      recordedByEmail
    }
  }
`);

export const SUCCESSION = graphql(`
  query Succession($groupCode: String!, $year: Int!) {
    succession(groupCode: $groupCode, year: $year) {
      ...SuccessionFields
    }
  }
`);

export const OPEN_SUCCESSION = graphql(`
  mutation OpenSuccession($groupCode: String!, $year: Int!) {
    openSuccession(groupCode: $groupCode, year: $year) {
      ...SuccessionFields
    }
  }
`);

export const CAST_SUCCESSION_BALLOT = graphql(`
  mutation CastSuccessionBallot($groupCode: String!, $year: Int!, $headCode: String!, $deputyCode: String!) {
    castSuccessionBallot(groupCode: $groupCode, year: $year, headCode: $headCode, deputyCode: $deputyCode) {
      ...SuccessionFields
    }
  }
`);

export const CLOSE_SUCCESSION = graphql(`
  mutation CloseSuccession(
    $groupCode: String!
    $year: Int!
    $headCode: String
    $deputyCode: String
    $reason: String
  ) {
    closeSuccession(
      groupCode: $groupCode
      year: $year
      headCode: $headCode
      deputyCode: $deputyCode
      reason: $reason
    ) {
      ...SuccessionFields
    }
  }
`);

export const RECORD_SUCCESSION = graphql(`
  mutation RecordSuccession(
    $groupCode: String!
    $year: Int!
    $headCode: String!
    $deputyCode: String!
    $reason: String!
  ) {
    recordSuccession(
      groupCode: $groupCode
      year: $year
      headCode: $headCode
      deputyCode: $deputyCode
      reason: $reason
    ) {
      ...SuccessionFields
    }
  }
`);

export const REGULATION_DRAFT = graphql(`
  query RegulationDraft($groupCode: String!, $year: Int!) {
    regulationDraft(groupCode: $groupCode, year: $year) {
      id
      year
      document
      copiedFromYear
      updatedAt
      published
    }
  }
`);

export const SAVE_REGULATION_DRAFT = graphql(`
  mutation SaveRegulationDraft($groupCode: String!, $year: Int!, $document: JSON!) {
    saveRegulationDraft(groupCode: $groupCode, year: $year, document: $document) {
      id
      document
      updatedAt
      published
    }
  }
`);
