/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Shell($year: Int!) {\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n        kind\n      }\n    }\n    myGroups(year: $year) {\n      role\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query AuditScope($year: Int!, $board: Boolean!) {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AuditScopeDocument,
    "\n  query VerifyAudit {\n    verifyAudit {\n      eventsChecked\n      intact\n      verifiedAt\n      firstBroken {\n        eventId\n        position\n        occurredAt\n        problem\n      }\n    }\n  }\n": typeof types.VerifyAuditDocument,
    "\n  query AuditTrail($groupCode: String!, $year: Int!, $kind: PeriodKind!, $first: Int!, $after: String) {\n    auditTrail(groupCode: $groupCode, year: $year, kind: $kind, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      events {\n        id\n        occurredAt\n        action\n        userName\n        organizationName\n        memberName\n        criterionId\n        reason\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.RankingScopeDocument,
    "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.OrganizationKindDocument,
    "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportDocument,
    "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.SaveReportDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SubmitReportDocument,
};
const documents: Documents = {
    "\n  query Shell($year: Int!) {\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n        kind\n      }\n    }\n    myGroups(year: $year) {\n      role\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query AuditScope($year: Int!, $board: Boolean!) {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AuditScopeDocument,
    "\n  query VerifyAudit {\n    verifyAudit {\n      eventsChecked\n      intact\n      verifiedAt\n      firstBroken {\n        eventId\n        position\n        occurredAt\n        problem\n      }\n    }\n  }\n": types.VerifyAuditDocument,
    "\n  query AuditTrail($groupCode: String!, $year: Int!, $kind: PeriodKind!, $first: Int!, $after: String) {\n    auditTrail(groupCode: $groupCode, year: $year, kind: $kind, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      events {\n        id\n        occurredAt\n        action\n        userName\n        organizationName\n        memberName\n        criterionId\n        reason\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.RankingScopeDocument,
    "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n": types.OrganizationKindDocument,
    "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n": types.RankingDocument,
    "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n": types.CreateReportDocument,
    "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n": types.SaveReportDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n": types.SubmitReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell($year: Int!) {\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n        kind\n      }\n    }\n    myGroups(year: $year) {\n      role\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shell($year: Int!) {\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n        kind\n      }\n    }\n    myGroups(year: $year) {\n      role\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditScope($year: Int!, $board: Boolean!) {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditScope($year: Int!, $board: Boolean!) {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAudit {\n    verifyAudit {\n      eventsChecked\n      intact\n      verifiedAt\n      firstBroken {\n        eventId\n        position\n        occurredAt\n        problem\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAudit {\n    verifyAudit {\n      eventsChecked\n      intact\n      verifiedAt\n      firstBroken {\n        eventId\n        position\n        occurredAt\n        problem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($groupCode: String!, $year: Int!, $kind: PeriodKind!, $first: Int!, $after: String) {\n    auditTrail(groupCode: $groupCode, year: $year, kind: $kind, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      events {\n        id\n        occurredAt\n        action\n        userName\n        organizationName\n        memberName\n        criterionId\n        reason\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($groupCode: String!, $year: Int!, $kind: PeriodKind!, $first: Int!, $after: String) {\n    auditTrail(groupCode: $groupCode, year: $year, kind: $kind, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      events {\n        id\n        occurredAt\n        action\n        userName\n        organizationName\n        memberName\n        criterionId\n        reason\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;