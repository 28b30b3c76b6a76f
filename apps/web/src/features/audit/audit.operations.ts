import { graphql } from '../../gql';

export const AUDIT_SCOPE = graphql(`
  query AuditScope($year: Int!, $board: Boolean!) {
    me {
      id
      organization {
        id
        kind
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

export const VERIFY_AUDIT = graphql(`
  query VerifyAudit {
    verifyAudit {
      eventsChecked
      intact
      verifiedAt
      firstBroken {
        eventId
        position
        occurredAt
        problem
      }
    }
  }
`);

export const AUDIT_TRAIL = graphql(`
  query AuditTrail($groupCode: String!, $year: Int!, $kind: PeriodKind!, $first: Int!, $after: String) {
    auditTrail(groupCode: $groupCode, year: $year, kind: $kind, first: $first, after: $after) {
      endCursor
      hasNextPage
      events {
        id
        occurredAt
        action
        userName
        organizationName
        memberName
        criterionId
        reason
        changes {
          field
          from
          to
        }
      }
    }
  }
`);
