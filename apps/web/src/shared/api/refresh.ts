// Access tokens live minutes (ACCESS_TOKEN_TTL); the session lives on by exchanging its refresh token shortly
// before the access token expires. A refresh token is good once, and a second use revokes the session (the
// server takes it for a stolen copy), so tabs take turns: one refresh at a time across every tab (Web Locks),
// and a tab that waited reads the session the other one stored.
import { print } from 'graphql';
import { graphql } from '../../gql';
import { type SessionEndReason, sessionStore } from './session';

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      token
      refreshToken
      expiresAt
    }
  }
`);

/** Refreshed when less than this is left, so a request never arrives with a token that expires on the way. */
const MARGIN_MS = 60_000;
const REASONS: SessionEndReason[] = ['EXPIRED', 'REVOKED', 'INVALID'];

const fresh = (expiresAt: string) => Date.parse(expiresAt) - Date.now() > MARGIN_MS;
let inFlight: Promise<string | null> | null = null;

/** A token good for at least another minute, or null when signed out (or when the session just ended). */
export function freshToken(uri: string): Promise<string | null> {
  const session = sessionStore.get().session;
  if (!session) return Promise.resolve(null);
  if (fresh(session.expiresAt)) return Promise.resolve(session.token);
  inFlight ??= oneTabAtATime(() => refresh(uri)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function oneTabAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? await locks.request('thidua.session-refresh', task) : task();
}

async function refresh(uri: string): Promise<string | null> {
  const current = sessionStore.reload();
  if (!current) return null;
  if (fresh(current.expiresAt)) return current.token;
  // A network failure throws: the request fails as any request would, and the session stays for the next try.
  const response = await fetch(uri, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: print(REFRESH_SESSION),
      variables: { refreshToken: current.refreshToken },
    }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { refreshSession?: { token: string; refreshToken: string; expiresAt: string } };
    errors?: { extensions?: { reason?: string } }[];
  } | null;
  const next = body?.data?.refreshSession;
  if (next) {
    sessionStore.signedIn(next);
    return next.token;
  }
  const reason = body?.errors?.[0]?.extensions?.reason as SessionEndReason | undefined;
  sessionStore.ended(reason && REASONS.includes(reason) ? reason : 'EXPIRED');
  return null;
}
