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
      evidence {
        id
        criterionId
        fileName
        size
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

export const IMPORT_REPORT = graphql(`
  mutation ImportReport($input: ImportReportInput!) {
    importReport(input: $input) {
      id
      version
    }
  }
`);

export const CONFIRM_INDICATORS = graphql(`
  mutation ConfirmIndicators($id: ID!, $keys: [String!]!, $version: Int!) {
    confirmIndicators(id: $id, keys: $keys, version: $version) {
      id
      version
    }
  }
`);

export const ATTACH_EVIDENCE = graphql(`
  mutation AttachEvidence($input: EvidenceInput!) {
    attachEvidence(input: $input) {
      id
    }
  }
`);

export const REMOVE_EVIDENCE = graphql(`
  mutation RemoveEvidence($id: ID!) {
    removeEvidence(id: $id)
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

export const WHAT_IF = graphql(`
  query WhatIf($input: WhatIfInput!) {
    whatIf(input: $input) {
      basis
      pending
      before {
        rank
        total
        band
      }
      after {
        rank
        total
        band
      }
    }
  }
`);
