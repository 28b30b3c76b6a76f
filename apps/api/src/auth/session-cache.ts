import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { OrganizationKind } from '@thidua/db';
import { APP_CONFIG } from '../config.module';

/** What the database says about a session's user, as read by auth_session_actor. */
export interface SessionState {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  revoked: boolean;
  locked: boolean;
}

const MAX_ENTRIES = 50_000;

/**
 * Spares a database round trip on every request for a few seconds (AUTH_CACHE_TTL_MS). This process forgets an
 * entry at once when it revokes a session, changes a password or locks a user; another API process sees the
 * change when its entry expires.
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, { state: SessionState; until: number }>();
  private readonly ttlMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = config.authCacheTtlMs;
  }

  async get(sessionId: string, load: () => Promise<SessionState | null>): Promise<SessionState | null> {
    const hit = this.entries.get(sessionId);
    if (hit && hit.until > Date.now()) return hit.state;
    const state = await load();
    // Unknown sessions are not kept: forged ids must not fill the cache.
    if (state && this.ttlMs > 0) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(sessionId, { state, until: Date.now() + this.ttlMs });
    } else this.entries.delete(sessionId);
    return state;
  }

  forgetSession(sessionId: string) {
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string) {
    for (const [id, entry] of this.entries) if (entry.state.userId === userId) this.entries.delete(id);
  }
}
