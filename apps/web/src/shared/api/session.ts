// The signed-in session, kept in localStorage so a reload or a second tab stays signed in.
import { useSyncExternalStore } from 'react';

/** Why a session ended without the user signing out: UNAUTHENTICATED's `extensions.reason`. */
export type SessionEndReason = 'EXPIRED' | 'REVOKED' | 'INVALID';

export interface Session {
  token: string;
  /** Exchanged for a new session before `expiresAt` (see refresh.ts); each use replaces it. */
  refreshToken: string;
  /** When the access token expires (ISO 8601, the server's clock). */
  expiresAt: string;
}

interface SessionState {
  session: Session | null;
  endedBecause: SessionEndReason | null;
}

const STORAGE_KEY = 'thidua.session';
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

let state: SessionState = { session: read(), endedBecause: null };

function update(next: SessionState) {
  state = next;
  if (next.session) localStorage.setItem(STORAGE_KEY, JSON.stringify(next.session));
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: () => state,
  /** The session as another tab may have left it in localStorage (after refreshing it). */
  reload(): Session | null {
    state = { ...state, session: read() };
    return state.session;
  },
  token: () => state.session?.token ?? null,
  signedIn: (session: Session) => update({ session, endedBecause: null }),
  signedOut: () => update({ session: null, endedBecause: null }),
  /** The server refused the session: back to sign-in with the reason, drafts kept (see useDraft). */
  ended: (reason: SessionEndReason) => update({ session: null, endedBecause: reason }),
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Signing in or out in another tab applies here too.
globalThis.addEventListener?.('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  state = { session: read(), endedBecause: null };
  for (const listener of listeners) listener();
});

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
