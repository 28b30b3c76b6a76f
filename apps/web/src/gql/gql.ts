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
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.RankingScopeDocument,
    "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.OrganizationKindDocument,
    "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportDocument,
    "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.SaveReportDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  mutation ImportReport($input: ImportReportInput!) {\n    importReport(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ImportReportDocument,
    "\n  mutation ConfirmIndicators($id: ID!, $keys: [String!]!, $version: Int!) {\n    confirmIndicators(id: $id, keys: $keys, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ConfirmIndicatorsDocument,
    "\n  mutation AttachEvidence($input: EvidenceInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.AttachEvidenceDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id)\n  }\n": typeof types.RemoveEvidenceDocument,
    "\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.EvidenceFileDocument,
    "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      basis\n      pending\n      before {\n        rank\n        total\n        band\n      }\n      after {\n        rank\n        total\n        band\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
};
const documents: Documents = {
    "\n  query Shell($year: Int!) {\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n        kind\n      }\n    }\n    myGroups(year: $year) {\n      role\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.RankingScopeDocument,
    "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n": types.OrganizationKindDocument,
    "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n": types.RankingDocument,
    "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n": types.CreateReportDocument,
    "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n": types.SaveReportDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n": types.SubmitReportDocument,
    "\n  mutation ImportReport($input: ImportReportInput!) {\n    importReport(input: $input) {\n      id\n      version\n    }\n  }\n": types.ImportReportDocument,
    "\n  mutation ConfirmIndicators($id: ID!, $keys: [String!]!, $version: Int!) {\n    confirmIndicators(id: $id, keys: $keys, version: $version) {\n      id\n      version\n    }\n  }\n": types.ConfirmIndicatorsDocument,
    "\n  mutation AttachEvidence($input: EvidenceInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n": types.AttachEvidenceDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id)\n  }\n": types.RemoveEvidenceDocument,
    "\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.EvidenceFileDocument,
    "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      basis\n      pending\n      before {\n        rank\n        total\n        band\n      }\n      after {\n        rank\n        total\n        band\n      }\n    }\n  }\n": types.WhatIfDocument,
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
export function graphql(source: "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportReport($input: ImportReportInput!) {\n    importReport(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ImportReport($input: ImportReportInput!) {\n    importReport(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmIndicators($id: ID!, $keys: [String!]!, $version: Int!) {\n    confirmIndicators(id: $id, keys: $keys, version: $version) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmIndicators($id: ID!, $keys: [String!]!, $version: Int!) {\n    confirmIndicators(id: $id, keys: $keys, version: $version) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachEvidence($input: EvidenceInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AttachEvidence($input: EvidenceInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveEvidence($id: ID!) {\n    removeEvidence(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      basis\n      pending\n      before {\n        rank\n        total\n        band\n      }\n      after {\n        rank\n        total\n        band\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      basis\n      pending\n      before {\n        rank\n        total\n        band\n      }\n      after {\n        rank\n        total\n        band\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;