import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { type SessionEndReason, sessionStore } from './session';

const REASONS: SessionEndReason[] = ['EXPIRED', 'REVOKED', 'INVALID'];

/** A request that carried a token was refused as unauthenticated: the session is over. */
const sessionEnd = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const refused = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!refused || !operation.getContext().signedIn) return;
  const reason = refused.extensions?.reason as SessionEndReason | undefined;
  sessionStore.ended(reason && REASONS.includes(reason) ? reason : 'EXPIRED');
});

const auth = new SetContextLink((prevContext) => {
  const token = sessionStore.token();
  if (!token) return { signedIn: false };
  return { signedIn: true, headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: ApolloLink.from([sessionEnd, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
