import { graphql } from '../../gql';

/** The groups the office belongs to in a year, with its role in each: the pages that pick a group read it. */
export const MY_GROUPS = graphql(`
  query MyGroups($year: Int!) {
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
