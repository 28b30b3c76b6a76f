// Subscriptions over WebSocket (graphql-ws), with the session's token in the connection's first message.
// The WebSocket code loads with the first subscription: the sign-in page needs none of it.
import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { freshToken } from './refresh';
import { sessionStore } from './session';

type Terminal = { link: ApolloLink; dispose: () => void };

/**
 * `onReconnect`: the connection came back after a loss; what changed meanwhile was not pushed, so the caller
 * reads its pages again. Signing out closes the connection; the next subscription opens one for the new session.
 */
export function liveLink(uri: string, onReconnect: () => void): ApolloLink {
  let terminal: Promise<Terminal> | null = null;
  const open = (): Promise<Terminal> =>
    (terminal ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) => {
        const client = createClient({
          url: new URL(uri, globalThis.location.href).href.replace(/^http/, 'ws'),
          lazy: true,
          connectionParams: async () => ({ authorization: `Bearer ${(await freshToken(uri)) ?? ''}` }),
          // Reconnect for as long as there is a session, backing off as graphql-ws does (up to about a minute).
          retryAttempts: Number.POSITIVE_INFINITY,
          shouldRetry: () => sessionStore.token() !== null,
          on: { connected: (_socket, _payload, wasRetry) => wasRetry && onReconnect() },
        });
        return { link: new GraphQLWsLink(client), dispose: () => void client.dispose() };
      },
    ));
  sessionStore.subscribe(() => {
    if (sessionStore.token() !== null || !terminal) return;
    void terminal.then((t) => t.dispose());
    terminal = null;
  });
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let inner: { unsubscribe: () => void } | undefined;
        let closed = false;
        open().then(
          ({ link }) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (e: unknown) => observer.error(e),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
