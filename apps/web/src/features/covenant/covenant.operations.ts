import { graphql } from '../../gql';

export const COVENANT_SCOPE = graphql(`
  query CovenantScope($year: Int!) {
    me {
      id
      organization {
        id
        code
      }
    }
    myGroups(year: $year) {
      role
      group {
        id
        code
        name
      }
    }
  }
`);

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
