import { graphql } from '../../gql';

export const MY_REPORTS = graphql(`
  query MyReports($year: Int!) {
    myGroups(year: $year) {
      group {
        id
        code
        name
        regulation(year: $year) {
          id
          document
        }
      }
    }
    mySubmissions(year: $year) {
      id
      kind
      state
      deliveries {
        deadline
        returnReason
        group {
          id
          code
        }
      }
    }
  }
`);

export const CREATE_REPORT = graphql(`
  mutation CreateReport($input: SubmissionInput!) {
    createSubmission(input: $input) {
      id
    }
  }
`);

export const REPORT = graphql(`
  query Report($id: ID!, $year: Int!) {
    submission(id: $id) {
      id
      kind
      year
      state
      version
      sections {
        path
        title
        body
      }
      indicators {
        key
        label
        value
        unit
        percentOfPlan
        changeVsSamePeriodPercent
        qualifier
        source
        confirmed
      }
      selfScores {
        criterionId
        points
        count
        note
      }
      deliveries {
        deadline
        returnReason
        group {
          id
          code
          name
        }
      }
      groups {
        id
        code
        name
        regulation(year: $year) {
          id
          document
        }
      }
    }
  }
`);

export const SAVE_REPORT = graphql(`
  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {
    updateSubmission(id: $id, patch: $patch) {
      id
      version
      state
    }
  }
`);

export const SUBMIT_REPORT = graphql(`
  mutation SubmitReport($id: ID!) {
    submitSubmission(id: $id) {
      id
      state
      version
    }
  }
`);
