import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { liveLink } from './live-link';
import { freshToken } from './refresh';
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

/** Every request carries a token good for at least another minute (refreshed first when it is not). */
const authFor = (uri: string) =>
  new SetContextLink(async (prevContext) => {
    const token = await freshToken(uri);
    if (!token) return { signedIn: false };
    return { signedIn: true, headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
  });

const isSubscription = ({ query }: ApolloLink.Operation) => {
  const main = getMainDefinition(query);
  return main.kind === 'OperationDefinition' && main.operation === 'subscription';
};

export function createApolloClient(uri = '/graphql') {
  const auth = authFor(uri);
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(
      isSubscription,
      // Back after a lost connection: read every page shown again, to catch up on what was not pushed.
      liveLink(uri, () => void client.refetchQueries({ include: 'active' })),
      ApolloLink.from([sessionEnd, auth, new HttpLink({ uri })]),
    ),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return client;
}
