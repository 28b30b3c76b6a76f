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
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      code\n      name\n      kind\n      province\n      mergedOn\n      successor {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query AdminGroups($year: Int!) {\n    groups {\n      id\n      code\n      name\n      kind\n      members(year: $year) {\n        role\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminGroupsDocument,
    "\n  mutation CreateOrganization($code: String!, $name: String!, $kind: String!, $province: String) {\n    createOrganization(code: $code, name: $name, kind: $kind, province: $province) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation MergeOrganization($code: String!, $successorCode: String!, $from: String!) {\n    mergeOrganization(code: $code, successorCode: $successorCode, from: $from) {\n      id\n      mergedOn\n    }\n  }\n": typeof types.MergeOrganizationDocument,
    "\n  mutation CreateGroup($code: String!, $name: String!, $kind: GroupKind!, $reviewerCode: String!) {\n    createGroup(code: $code, name: $name, kind: $kind, reviewerCode: $reviewerCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation SetMembership($groupCode: String!, $year: Int!, $organizationCode: String!, $role: MemberRole!) {\n    setMembership(groupCode: $groupCode, year: $year, organizationCode: $organizationCode, role: $role) {\n      role\n      year\n    }\n  }\n": typeof types.SetMembershipDocument,
    "\n  mutation CreateUser($organizationCode: String!, $email: String!, $fullName: String!, $password: String!) {\n    createUser(organizationCode: $organizationCode, email: $email, fullName: $fullName, password: $password) {\n      id\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UnlockUser($email: String!) {\n    unlockUser(email: $email)\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.RankingScopeDocument,
    "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.OrganizationKindDocument,
    "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query RankingBreakdowns($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      entries {\n        breakdown\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.RankingBreakdownsDocument,
    "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportDocument,
    "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.SaveReportDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  query RankingsForReview($year: Int!, $previousYear: Int!) {\n    rankingsForReview(year: $year) {\n      ...ReviewSummary\n    }\n    earlier: rankingsForReview(year: $previousYear) {\n      ...ReviewSummary\n    }\n  }\n\n  fragment ReviewSummary on Ranking {\n    id\n    version\n    computedAt\n    reviewState\n    reviewReason\n    decisionNumber\n    reviewedAt\n    group {\n      id\n      code\n      name\n    }\n    period {\n      id\n      year\n      kind\n      state\n    }\n  }\n": typeof types.RankingsForReviewDocument,
    "\n  query RankingUnderReview($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        needsDecision\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n    submissionsForScoring(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      organization {\n        id\n        code\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n    }\n  }\n": typeof types.RankingUnderReviewDocument,
    "\n  mutation ReviewRanking($rankingId: ID!, $approve: Boolean!, $decisionNumber: String, $reason: String) {\n    reviewRanking(\n      rankingId: $rankingId\n      approve: $approve\n      decisionNumber: $decisionNumber\n      reason: $reason\n    ) {\n      id\n      reviewState\n      reviewReason\n      decisionNumber\n      reviewedAt\n      period {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ReviewRankingDocument,
    "\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.EvidenceFileDocument,
};
const documents: Documents = {
    "\n  query Shell($year: Int!) {\n    me {\n      id\n      fullName\n      organization {\n        id\n        name\n        kind\n      }\n    }\n    myGroups(year: $year) {\n      role\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      code\n      name\n      kind\n      province\n      mergedOn\n      successor {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query AdminGroups($year: Int!) {\n    groups {\n      id\n      code\n      name\n      kind\n      members(year: $year) {\n        role\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AdminGroupsDocument,
    "\n  mutation CreateOrganization($code: String!, $name: String!, $kind: String!, $province: String) {\n    createOrganization(code: $code, name: $name, kind: $kind, province: $province) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation MergeOrganization($code: String!, $successorCode: String!, $from: String!) {\n    mergeOrganization(code: $code, successorCode: $successorCode, from: $from) {\n      id\n      mergedOn\n    }\n  }\n": types.MergeOrganizationDocument,
    "\n  mutation CreateGroup($code: String!, $name: String!, $kind: GroupKind!, $reviewerCode: String!) {\n    createGroup(code: $code, name: $name, kind: $kind, reviewerCode: $reviewerCode) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation SetMembership($groupCode: String!, $year: Int!, $organizationCode: String!, $role: MemberRole!) {\n    setMembership(groupCode: $groupCode, year: $year, organizationCode: $organizationCode, role: $role) {\n      role\n      year\n    }\n  }\n": types.SetMembershipDocument,
    "\n  mutation CreateUser($organizationCode: String!, $email: String!, $fullName: String!, $password: String!) {\n    createUser(organizationCode: $organizationCode, email: $email, fullName: $fullName, password: $password) {\n      id\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UnlockUser($email: String!) {\n    unlockUser(email: $email)\n  }\n": types.UnlockUserDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query RankingScope($year: Int!, $board: Boolean!) {\n    myGroups(year: $year) @skip(if: $board) {\n      group {\n        id\n        code\n        name\n      }\n    }\n    rankingsForReview(year: $year) @include(if: $board) {\n      id\n      group {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.RankingScopeDocument,
    "\n  query OrganizationKind {\n    me {\n      id\n      organization {\n        id\n        kind\n      }\n    }\n  }\n": types.OrganizationKindDocument,
    "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n": types.RankingDocument,
    "\n  query RankingBreakdowns($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      entries {\n        breakdown\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.RankingBreakdownsDocument,
    "\n  query MyReports($year: Int!) {\n    myGroups(year: $year) {\n      group {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n    mySubmissions(year: $year) {\n      id\n      kind\n      state\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  mutation CreateReport($input: SubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n    }\n  }\n": types.CreateReportDocument,
    "\n  query Report($id: ID!, $year: Int!) {\n    submission(id: $id) {\n      id\n      kind\n      year\n      state\n      version\n      sections {\n        path\n        title\n        body\n      }\n      indicators {\n        key\n        label\n        value\n        unit\n        percentOfPlan\n        changeVsSamePeriodPercent\n        qualifier\n        source\n        confirmed\n      }\n      selfScores {\n        criterionId\n        points\n        count\n        note\n      }\n      deliveries {\n        deadline\n        returnReason\n        group {\n          id\n          code\n          name\n        }\n      }\n      groups {\n        id\n        code\n        name\n        regulation(year: $year) {\n          id\n          document\n        }\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  mutation SaveReport($id: ID!, $patch: SubmissionPatch!) {\n    updateSubmission(id: $id, patch: $patch) {\n      id\n      version\n      state\n    }\n  }\n": types.SaveReportDocument,
    "\n  mutation SubmitReport($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n      version\n    }\n  }\n": types.SubmitReportDocument,
    "\n  query RankingsForReview($year: Int!, $previousYear: Int!) {\n    rankingsForReview(year: $year) {\n      ...ReviewSummary\n    }\n    earlier: rankingsForReview(year: $previousYear) {\n      ...ReviewSummary\n    }\n  }\n\n  fragment ReviewSummary on Ranking {\n    id\n    version\n    computedAt\n    reviewState\n    reviewReason\n    decisionNumber\n    reviewedAt\n    group {\n      id\n      code\n      name\n    }\n    period {\n      id\n      year\n      kind\n      state\n    }\n  }\n": types.RankingsForReviewDocument,
    "\n  query RankingUnderReview($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        needsDecision\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n    submissionsForScoring(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      organization {\n        id\n        code\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n    }\n  }\n": types.RankingUnderReviewDocument,
    "\n  mutation ReviewRanking($rankingId: ID!, $approve: Boolean!, $decisionNumber: String, $reason: String) {\n    reviewRanking(\n      rankingId: $rankingId\n      approve: $approve\n      decisionNumber: $decisionNumber\n      reason: $reason\n    ) {\n      id\n      reviewState\n      reviewReason\n      decisionNumber\n      reviewedAt\n      period {\n        id\n        state\n      }\n    }\n  }\n": types.ReviewRankingDocument,
    "\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.EvidenceFileDocument,
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
export function graphql(source: "\n  query AdminOrganizations {\n    organizations {\n      id\n      code\n      name\n      kind\n      province\n      mergedOn\n      successor {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations {\n    organizations {\n      id\n      code\n      name\n      kind\n      province\n      mergedOn\n      successor {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminGroups($year: Int!) {\n    groups {\n      id\n      code\n      name\n      kind\n      members(year: $year) {\n        role\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminGroups($year: Int!) {\n    groups {\n      id\n      code\n      name\n      kind\n      members(year: $year) {\n        role\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($code: String!, $name: String!, $kind: String!, $province: String) {\n    createOrganization(code: $code, name: $name, kind: $kind, province: $province) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($code: String!, $name: String!, $kind: String!, $province: String) {\n    createOrganization(code: $code, name: $name, kind: $kind, province: $province) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrganization($code: String!, $successorCode: String!, $from: String!) {\n    mergeOrganization(code: $code, successorCode: $successorCode, from: $from) {\n      id\n      mergedOn\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrganization($code: String!, $successorCode: String!, $from: String!) {\n    mergeOrganization(code: $code, successorCode: $successorCode, from: $from) {\n      id\n      mergedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($code: String!, $name: String!, $kind: GroupKind!, $reviewerCode: String!) {\n    createGroup(code: $code, name: $name, kind: $kind, reviewerCode: $reviewerCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($code: String!, $name: String!, $kind: GroupKind!, $reviewerCode: String!) {\n    createGroup(code: $code, name: $name, kind: $kind, reviewerCode: $reviewerCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembership($groupCode: String!, $year: Int!, $organizationCode: String!, $role: MemberRole!) {\n    setMembership(groupCode: $groupCode, year: $year, organizationCode: $organizationCode, role: $role) {\n      role\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation SetMembership($groupCode: String!, $year: Int!, $organizationCode: String!, $role: MemberRole!) {\n    setMembership(groupCode: $groupCode, year: $year, organizationCode: $organizationCode, role: $role) {\n      role\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($organizationCode: String!, $email: String!, $fullName: String!, $password: String!) {\n    createUser(organizationCode: $organizationCode, email: $email, fullName: $fullName, password: $password) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($organizationCode: String!, $email: String!, $fullName: String!, $password: String!) {\n    createUser(organizationCode: $organizationCode, email: $email, fullName: $fullName, password: $password) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($email: String!) {\n    unlockUser(email: $email)\n  }\n"): (typeof documents)["\n  mutation UnlockUser($email: String!) {\n    unlockUser(email: $email)\n  }\n"];
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
export function graphql(source: "\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ranking($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingBreakdowns($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      entries {\n        breakdown\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RankingBreakdowns($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      entries {\n        breakdown\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingsForReview($year: Int!, $previousYear: Int!) {\n    rankingsForReview(year: $year) {\n      ...ReviewSummary\n    }\n    earlier: rankingsForReview(year: $previousYear) {\n      ...ReviewSummary\n    }\n  }\n\n  fragment ReviewSummary on Ranking {\n    id\n    version\n    computedAt\n    reviewState\n    reviewReason\n    decisionNumber\n    reviewedAt\n    group {\n      id\n      code\n      name\n    }\n    period {\n      id\n      year\n      kind\n      state\n    }\n  }\n"): (typeof documents)["\n  query RankingsForReview($year: Int!, $previousYear: Int!) {\n    rankingsForReview(year: $year) {\n      ...ReviewSummary\n    }\n    earlier: rankingsForReview(year: $previousYear) {\n      ...ReviewSummary\n    }\n  }\n\n  fragment ReviewSummary on Ranking {\n    id\n    version\n    computedAt\n    reviewState\n    reviewReason\n    decisionNumber\n    reviewedAt\n    group {\n      id\n      code\n      name\n    }\n    period {\n      id\n      year\n      kind\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingUnderReview($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        needsDecision\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n    submissionsForScoring(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      organization {\n        id\n        code\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n    }\n  }\n"): (typeof documents)["\n  query RankingUnderReview($groupCode: String!, $kind: PeriodKind!, $year: Int!) {\n    ranking(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      published\n      computedAt\n      entries {\n        rank\n        total\n        band\n        proposals\n        needsDecision\n        breakdown\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n    group(code: $groupCode) {\n      id\n      regulation(year: $year) {\n        id\n        document\n      }\n    }\n    submissionsForScoring(groupCode: $groupCode, kind: $kind, year: $year) {\n      id\n      organization {\n        id\n        code\n      }\n      evidence {\n        id\n        criterionId\n        fileName\n        size\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRanking($rankingId: ID!, $approve: Boolean!, $decisionNumber: String, $reason: String) {\n    reviewRanking(\n      rankingId: $rankingId\n      approve: $approve\n      decisionNumber: $decisionNumber\n      reason: $reason\n    ) {\n      id\n      reviewState\n      reviewReason\n      decisionNumber\n      reviewedAt\n      period {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewRanking($rankingId: ID!, $approve: Boolean!, $decisionNumber: String, $reason: String) {\n    reviewRanking(\n      rankingId: $rankingId\n      approve: $approve\n      decisionNumber: $decisionNumber\n      reason: $reason\n    ) {\n      id\n      reviewState\n      reviewReason\n      decisionNumber\n      reviewedAt\n      period {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query EvidenceFile($id: ID!) {\n    evidenceFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;