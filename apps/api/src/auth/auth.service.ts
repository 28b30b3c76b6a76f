import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { AppConfig } from '@thidua/config';
import { OrganizationEntity, TenantDb } from '@thidua/db';
import { createHash, createSecretKey, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config.module';
import { AuditService } from '../database/audit.service';
import { badInput, DomainError, ErrorCode, notFound } from '../common/domain-error';
import { AccessService } from '../access/access.service';
import { ANONYMOUS, RequestActor } from './actor';
import { LoginThrottle } from './login-throttle';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords';
import { SessionCache } from './session-cache';
import { SessionsRepository, StoredCredentials } from './sessions.repository';

/** What an access token says; `exp` is always there (tokens without it are refused). */
interface AccessClaims {
  sub: string;
  org: string;
  sid: string;
  exp?: number;
}

/** Why a token is refused, for clients: EXPIRED → refresh; REVOKED or INVALID → sign in again. */
export type TokenRefusal = 'EXPIRED' | 'REVOKED' | 'INVALID';

const BAD_LOGIN = 'Email hoặc mật khẩu không đúng.';
const REFUSALS: Record<TokenRefusal, string> = {
  EXPIRED: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  REVOKED:
    'Phiên đăng nhập đã kết thúc (đã đăng xuất, đổi mật khẩu hoặc bị thu hồi). Vui lòng đăng nhập lại.',
  INVALID: 'Phiên đăng nhập không hợp lệ. Vui lòng đăng nhập lại.',
};
const LOCKED =
  'Tài khoản đã bị khóa do đăng nhập sai quá nhiều lần. Vui lòng liên hệ quản trị viên nền tảng để mở khóa.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const refused = (reason: TokenRefusal, message = REFUSALS[reason]) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message, { reason });
const accountLocked = () => new DomainError(ErrorCode.ACCOUNT_LOCKED, LOCKED);

/**
 * Sign-in, sessions and tokens. An access token lives ACCESS_TOKEN_TTL and names its session; every request
 * checks that session against the database (through SessionCache). A refresh token is opaque, stored hashed,
 * replaced on each use; presenting a replaced one revokes the whole session (it was copied).
 */
@Injectable()
export class AuthService {
  private readonly jwt: JwtService;
  private readonly accessTtl: number;
  private readonly refreshTtl: number;

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly sessions: SessionsRepository,
    private readonly cache: SessionCache,
    private readonly throttle: LoginThrottle,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // A key object, made once: given the secret as text, jsonwebtoken first tries it as a PEM public key on
    // every verify, and that failed attempt cost 0.7 ms of every request.
    this.jwt = new JwtService({
      secret: createSecretKey(Buffer.from(config.jwtSecret)),
      verifyOptions: { algorithms: ['HS256'] },
    });
    this.accessTtl = config.accessTokenTtlSeconds;
    this.refreshTtl = config.refreshTokenTtlSeconds;
  }

  async login(email: string, password: string, clientAddress: string) {
    const key = email.trim().toLowerCase();
    const attempts = await this.throttle.attempt(key, clientAddress);
    const found = await this.db.run(ANONYMOUS, () => this.sessions.credentials(key));
    const user = found && (await this.db.run(actorOf(found), () => this.sessions.user(found.id)));
    if (user?.lockedAt) throw accountLocked();
    const ok = await verifyPassword(found?.passwordHash, password);
    if (!found || !ok) {
      if (found && this.throttle.locks(attempts)) {
        await this.lock(found);
        throw accountLocked();
      }
      throw new DomainError(ErrorCode.UNAUTHENTICATED, BAD_LOGIN);
    }
    await this.throttle.succeeded(key, clientAddress);
    return this.db.run(actorOf(found), async () => {
      await this.audit.record('login', 'user', found.id, null, null);
      return this.openSession(found, clientAddress);
    });
  }

  async refreshSession(refreshToken: string, clientAddress: string) {
    const presented = digest(refreshToken);
    const session = await this.db.run(ANONYMOUS, () => this.sessions.byRefreshHash(presented));
    if (!session) throw refused('INVALID');
    if (session.revoked || session.locked) throw refused('REVOKED');
    const actor = { userId: session.userId, organizationId: session.organizationId };
    if (!session.isCurrent) {
      // A refresh token that was already exchanged is being replayed: whoever holds either copy loses the session.
      await this.db.run(actor, async () => {
        await this.sessions.revoke(session.id, 'refresh_reuse');
        await this.audit.record('session.revoke', 'session', session.id, null, { reason: 'refresh_reuse' });
      });
      this.cache.forgetSession(session.id);
      throw refused('REVOKED');
    }
    if (session.expired) throw refused('EXPIRED');
    return this.db.run(actor, async () => {
      const refresh = newRefreshToken();
      if (
        !(await this.sessions.rotate(
          session.id,
          presented,
          refresh.hash,
          this.refreshExpiry(),
          clientAddress,
        ))
      )
        throw refused('REVOKED');
      return this.payload(actor.userId, actor.organizationId, session.id, refresh.token);
    });
  }

  async logout(actor: RequestActor): Promise<boolean> {
    if (!actor.sessionId) return false;
    const sessionId = actor.sessionId;
    await this.db.run(actor, async () => {
      await this.sessions.revoke(sessionId, 'logout');
      await this.audit.record('logout', 'session', sessionId, null, null);
    });
    this.cache.forgetSession(sessionId);
    return true;
  }

  /** Every session of the user ends, the one asking included; it gets a fresh one. */
  async changePassword(
    actor: RequestActor,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
  ) {
    const owner = await this.db.run(actor, async () => {
      const user = await this.sessions.user(actor.userId);
      const org = await this.db.em.findOneBy(OrganizationEntity, { id: actor.organizationId });
      if (!user || !org) throw refused('INVALID');
      return { email: user.email, organizationCode: org.code };
    });
    // Wrong current passwords count like failed sign-ins: a stolen token must not become a guessing oracle.
    const attempts = await this.throttle.attempt(owner.email, clientAddress);
    const stored = await this.db.run(ANONYMOUS, () => this.sessions.credentials(owner.email));
    if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword))) {
      if (stored && this.throttle.locks(attempts)) {
        await this.lock(stored);
        throw accountLocked();
      }
      throw badInput('Mật khẩu hiện tại không đúng.', {
        problems: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
      });
    }
    await this.throttle.succeeded(owner.email, clientAddress);
    assertPasswordPolicy(newPassword, owner, 'newPassword');
    if (newPassword === currentPassword) throw badInput('Mật khẩu mới phải khác mật khẩu hiện tại.');
    const passwordHash = await hashPassword(newPassword);
    const payload = await this.db.run(actor, async () => {
      await this.sessions.setPasswordHash(stored.id, passwordHash);
      await this.sessions.revokeAllOf(stored.id, 'password_change');
      await this.audit.record('user.password_change', 'user', stored.id, null, null);
      return this.openSession(stored, clientAddress);
    });
    this.cache.forgetUser(stored.id);
    return payload;
  }

  async unlockUser(actor: RequestActor, email: string): Promise<boolean> {
    const key = email.trim().toLowerCase();
    await this.db.run(actor, async () => {
      await this.access.authorize(actor, 'organization.manage', {});
      const user = await this.sessions.userByEmail(key);
      if (!user) throw notFound(`Không tìm thấy tài khoản có email "${key}".`);
      await this.sessions.setLocked(user.id, false);
      await this.audit.record(
        'user.unlock',
        'user',
        user.id,
        { lockedAt: user.lockedAt },
        { lockedAt: null },
      );
    });
    await this.throttle.forgetAccount(key);
    return true;
  }

  /** The actor a bearer token stands for, or UNAUTHENTICATED with the reason. */
  async verify(token: string): Promise<RequestActor> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch (e) {
      throw refused(e instanceof TokenExpiredError ? 'EXPIRED' : 'INVALID');
    }
    if (typeof claims.exp !== 'number' || ![claims.sid, claims.sub, claims.org].every(isUuid))
      throw refused('INVALID');
    const state = await this.cache.get(claims.sid, () =>
      this.db.run(ANONYMOUS, () => this.sessions.state(claims.sid)),
    );
    if (!state || state.userId !== claims.sub || state.organizationId !== claims.org)
      throw refused('INVALID');
    if (state.locked) throw refused('REVOKED', LOCKED);
    if (state.revoked) throw refused('REVOKED');
    return {
      userId: state.userId,
      organizationId: state.organizationId,
      organizationKind: state.organizationKind,
      sessionId: claims.sid,
    };
  }

  /** Locks the account after too many failures, as the user itself (its own row and sessions). */
  private async lock(user: StoredCredentials) {
    await this.db.run(actorOf(user), async () => {
      await this.sessions.setLocked(user.id, true);
      await this.sessions.revokeAllOf(user.id, 'locked');
      await this.audit.record('user.lock', 'user', user.id, null, { reason: 'failed_logins' });
    });
    this.cache.forgetUser(user.id);
  }

  private async openSession(user: StoredCredentials, clientAddress: string) {
    const refresh = newRefreshToken();
    const session = await this.sessions.insert({
      userId: user.id,
      organizationId: user.organizationId,
      refreshTokenHash: refresh.hash,
      clientAddress,
      expiresAt: this.refreshExpiry(),
    });
    return this.payload(user.id, user.organizationId, session.id, refresh.token);
  }

  private async payload(userId: string, organizationId: string, sessionId: string, refreshToken: string) {
    const user = await this.sessions.user(userId);
    const organization = await this.db.em.findOneBy(OrganizationEntity, { id: organizationId });
    if (!user || !organization) throw refused('INVALID');
    const claims: AccessClaims = { sub: userId, org: organizationId, sid: sessionId };
    const token = await this.jwt.signAsync(claims, { expiresIn: this.accessTtl });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, refreshToken, expiresAt: new Date(exp * 1000), user: { ...user, organization } };
  }

  private refreshExpiry() {
    return new Date(Date.now() + this.refreshTtl * 1000);
  }
}

const actorOf = (user: StoredCredentials) => ({ userId: user.id, organizationId: user.organizationId });
const isUuid = (v: unknown) => typeof v === 'string' && UUID.test(v);
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

function newRefreshToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: digest(token) };
}
