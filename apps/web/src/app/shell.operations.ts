import { graphql } from '../gql';

export const SHELL = graphql(`
  query Shell($year: Int!) {
    me {
      id
      fullName
      organization {
        id
        name
        kind
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
