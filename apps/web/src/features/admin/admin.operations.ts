import { graphql } from '../../gql';

export const ORGANIZATIONS = graphql(`
  query AdminOrganizations {
    organizations {
      id
      code
      name
      kind
      province
      mergedOn
      successor {
        id
        code
        name
      }
    }
  }
`);

/** Every group, with its members and their roles in the year. */
export const GROUPS = graphql(`
  query AdminGroups($year: Int!) {
    groups {
      id
      code
      name
      kind
      members(year: $year) {
        role
        category
        organization {
          id
          code
          name
        }
      }
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation CreateOrganization($code: String!, $name: String!, $kind: String!, $province: String) {
    createOrganization(code: $code, name: $name, kind: $kind, province: $province) {
      id
      code
      name
    }
  }
`);

export const MERGE_ORGANIZATION = graphql(`
  mutation MergeOrganization($code: String!, $successorCode: String!, $from: String!) {
    mergeOrganization(code: $code, successorCode: $successorCode, from: $from) {
      id
      mergedOn
    }
  }
`);

export const CREATE_GROUP = graphql(`
  mutation CreateGroup($code: String!, $name: String!, $kind: GroupKind!, $reviewerCode: String!) {
    createGroup(code: $code, name: $name, kind: $kind, reviewerCode: $reviewerCode) {
      id
      code
      name
    }
  }
`);

export const SET_MEMBERSHIP = graphql(`
  mutation SetMembership(
    $groupCode: String!
    $year: Int!
    $organizationCode: String!
    $role: MemberRole!
    $category: String
  ) {
    setMembership(
      groupCode: $groupCode
      year: $year
      organizationCode: $organizationCode
      role: $role
      category: $category
    ) {
      role
      year
      category
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($organizationCode: String!, $email: String!, $fullName: String!, $password: String!) {
    createUser(organizationCode: $organizationCode, email: $email, fullName: $fullName, password: $password) {
      id
      email
    }
  }
`);

export const UNLOCK_USER = graphql(`
  mutation UnlockUser($email: String!) {
    unlockUser(email: $email)
  }
`);
