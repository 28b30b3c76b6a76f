import { graphql } from '../../gql';

export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      refreshToken
      expiresAt
      user {
        id
      }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    logout
  }
`);
