import { Injectable } from '@nestjs/common';
import { AuthSessionEntity, OrganizationKind, TenantDb, UserEntity } from '@thidua/db';
import { IsNull } from 'typeorm';
import { SessionState } from './session-cache';

export interface RefreshLookup {
  id: string;
  userId: string;
  organizationId: string;
  isCurrent: boolean;
  expired: boolean;
  revoked: boolean;
  locked: boolean;
}

export interface StoredCredentials {
  id: string;
  organizationId: string;
  passwordHash: string;
}

/** Sessions and the account fields sign-in changes; always inside the caller's tenant transaction. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly db: TenantDb) {}

  async credentials(email: string): Promise<StoredCredentials | null> {
    const [row] = await this.db.em.query<{ id: string; organization_id: string; password_hash: string }[]>(
      'SELECT * FROM auth_find_user($1)',
      [email],
    );
    return row ? { id: row.id, organizationId: row.organization_id, passwordHash: row.password_hash } : null;
  }

  async state(sessionId: string): Promise<SessionState | null> {
    const [row] = await this.db.em.query<
      {
        user_id: string;
        organization_id: string;
        organization_kind: string;
        revoked: boolean;
        locked: boolean;
      }[]
    >('SELECT * FROM auth_session_actor($1)', [sessionId]);
    return row
      ? {
          userId: row.user_id,
          organizationId: row.organization_id,
          organizationKind: row.organization_kind as OrganizationKind,
          revoked: row.revoked,
          locked: row.locked,
        }
      : null;
  }

  async byRefreshHash(hash: string): Promise<RefreshLookup | null> {
    const [row] = await this.db.em.query<
      {
        id: string;
        user_id: string;
        organization_id: string;
        is_current: boolean;
        expired: boolean;
        revoked: boolean;
        locked: boolean;
      }[]
    >('SELECT * FROM auth_session_by_refresh($1)', [hash]);
    return row
      ? {
          id: row.id,
          userId: row.user_id,
          organizationId: row.organization_id,
          isCurrent: row.is_current,
          expired: row.expired,
          revoked: row.revoked,
          locked: row.locked,
        }
      : null;
  }

  insert(session: Partial<AuthSessionEntity>) {
    return this.db.em.save(AuthSessionEntity, this.db.em.create(AuthSessionEntity, session));
  }

  /** Replaces the refresh token only if it is still the one presented: of two racing refreshes, one wins. */
  async rotate(
    id: string,
    presentedHash: string,
    nextHash: string,
    expiresAt: Date,
    clientAddress: string,
  ): Promise<boolean> {
    const result = await this.db.em.update(
      AuthSessionEntity,
      { id, refreshTokenHash: presentedHash, revokedAt: IsNull() },
      { refreshTokenHash: nextHash, previousRefreshTokenHash: presentedHash, expiresAt, clientAddress },
    );
    return result.affected === 1;
  }

  async revoke(id: string, reason: string) {
    await this.db.em.update(
      AuthSessionEntity,
      { id, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }

  async revokeAllOf(userId: string, reason: string) {
    await this.db.em.update(
      AuthSessionEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }

  user(id: string) {
    return this.db.em.findOneBy(UserEntity, { id });
  }

  userByEmail(email: string) {
    return this.db.em.findOneBy(UserEntity, { email });
  }

  async setLocked(userId: string, locked: boolean) {
    await this.db.em.update(UserEntity, { id: userId }, { lockedAt: locked ? () => 'now()' : null });
  }

  async setPasswordHash(userId: string, passwordHash: string) {
    await this.db.em.update(UserEntity, { id: userId }, { passwordHash });
  }
}
