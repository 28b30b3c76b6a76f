import { graphql } from '../../gql';

export const COVENANT_FIELDS = graphql(`
  fragment CovenantFields on Covenant {
    id
    year
    registrationDeadline
    publishedAt
    publishedBy {
      id
      name
    }
    commitments {
      number
      text
      target
    }
    registrableTitles {
      id
      title
    }
    signatures {
      member {
        id
        code
        name
      }
      signedAt
      signedBy
    }
    registrations {
      member {
        id
        code
        name
      }
      titles {
        id
        title
      }
      registeredAt
      registeredBy
    }
    notSigned {
      id
      code
      name
    }
    notRegistered {
      id
      code
      name
    }
  }
`);

export const COVENANT = graphql(`
  query Covenant($groupCode: String!, $year: Int!) {
    covenant(groupCode: $groupCode, year: $year) {
      ...CovenantFields
    }
  }
`);

export const PUBLISH_COVENANT = graphql(`
  mutation PublishCovenant(
    $groupCode: String!
    $year: Int!
    $commitments: [CovenantCommitmentInput!]!
    $registrationDeadline: DateTime!
  ) {
    publishCovenant(
      groupCode: $groupCode
      year: $year
      commitments: $commitments
      registrationDeadline: $registrationDeadline
    ) {
      ...CovenantFields
    }
  }
`);

export const SIGN_COVENANT = graphql(`
  mutation SignCovenant($groupCode: String!, $year: Int!) {
    signCovenant(groupCode: $groupCode, year: $year) {
      ...CovenantFields
    }
  }
`);

export const REGISTER_TITLES = graphql(`
  mutation RegisterTitles($groupCode: String!, $year: Int!, $titles: [String!]!) {
    registerTitles(groupCode: $groupCode, year: $year, titles: $titles) {
      ...CovenantFields
    }
  }
`);

export const CALENDAR_RANKING = graphql(`
  fragment CalendarRanking on Ranking {
    id
    published
    reviewState
    reviewedAt
    decisionNumber
  }
`);

/** What the year's calendar shows a member: its reports, and each period's published ranking. */
export const YEAR_CALENDAR = graphql(`
  query YearCalendar($groupCode: String!, $year: Int!) {
    group(code: $groupCode) {
      id
      regulation(year: $year) {
        id
        document
      }
    }
    mySubmissions(year: $year) {
      id
      kind
      state
      deliveries {
        group {
          id
          code
        }
      }
    }
    h1: ranking(groupCode: $groupCode, year: $year, kind: H1) {
      ...CalendarRanking
    }
    fy: ranking(groupCode: $groupCode, year: $year, kind: FY) {
      ...CalendarRanking
    }
  }
`);

/** For the head: who has submitted each period's report. */
export const YEAR_SUBMITTED = graphql(`
  query YearSubmitted($groupCode: String!, $year: Int!) {
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
    }
    h1: submissionsForScoring(groupCode: $groupCode, year: $year, kind: H1) {
      id
      state
      organization {
        id
        code
      }
    }
    fy: submissionsForScoring(groupCode: $groupCode, year: $year, kind: FY) {
      id
      state
      organization {
        id
        code
      }
    }
  }
`);

/** The later steps of the year: each period's explanation round and dossiers, the decision, the election. */
export const YEAR_LATER_STEPS = graphql(`
  query YearLaterSteps($groupCode: String!, $year: Int!) {
    h1Explanations: explanationRound(groupCode: $groupCode, year: $year, kind: H1) {
      ...CalendarExplanations
    }
    fyExplanations: explanationRound(groupCode: $groupCode, year: $year, kind: FY) {
      ...CalendarExplanations
    }
    h1Dossiers: dossierStage(groupCode: $groupCode, year: $year, kind: H1) {
      ...CalendarDossiers
    }
    fyDossiers: dossierStage(groupCode: $groupCode, year: $year, kind: FY) {
      ...CalendarDossiers
    }
    succession(groupCode: $groupCode, year: $year) {
      id
      state
      nextYear
      notVoted {
        id
        code
        name
      }
      handover {
        handedOverAt
        incomingHead {
          id
          name
        }
      }
    }
  }
  fragment CalendarExplanations on ExplanationRound {
    explanationsToDecide
    membersToExplain {
      id
      code
      name
    }
    window {
      id
      deadline
      open
      closedAt
    }
  }
  fragment CalendarDossiers on DossierStage {
    deadline
    closed
    reportMissing {
      id
      code
      name
    }
    headToAct {
      id
    }
    boardToAct {
      id
    }
    decision {
      id
      number
      date
    }
  }
`);
