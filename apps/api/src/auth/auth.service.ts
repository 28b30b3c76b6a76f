import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { AppConfig } from '@thidua/config';
import { OrganizationEntity, OrganizationKind, TenantDb, UserEntity } from '@thidua/db';
import { APP_CONFIG } from '../config.module';
import { AuditService } from '../database/audit.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { ANONYMOUS, RequestActor } from './actor';

interface TokenClaims {
  sub: string;
  org: string;
  kind: OrganizationKind;
}

const BAD_LOGIN = 'Email hoặc mật khẩu không đúng.';

@Injectable()
export class AuthService {
  private readonly jwt: JwtService;

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.jwt = new JwtService({
      secret: config.jwtSecret,
      signOptions: { expiresIn: config.jwtTtl as never },
    });
  }

  static hashPassword(password: string): Promise<string> {
    return hash(password);
  }

  async login(email: string, password: string) {
    const [found] = await this.db.run(ANONYMOUS, (em) =>
      em.query<{ id: string; organization_id: string; password_hash: string }[]>(
        'SELECT * FROM auth_find_user($1)',
        [email.trim()],
      ),
    );
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which e-mails exist.
    const ok = await verify(found?.password_hash ?? DUMMY_HASH, password).catch(() => false);
    if (!found || !ok) throw new DomainError(ErrorCode.UNAUTHENTICATED, BAD_LOGIN);
    const actor = { userId: found.id, organizationId: found.organization_id };
    return this.db.run(actor, async (em) => {
      const user = await em.findOneByOrFail(UserEntity, { id: found.id });
      const org = await em.findOneByOrFail(OrganizationEntity, { id: found.organization_id });
      await this.audit.record('login', 'user', user.id, null, null);
      const claims: TokenClaims = { sub: user.id, org: org.id, kind: org.kind };
      return { token: await this.jwt.signAsync(claims), user: { ...user, organization: org } };
    });
  }

  async verify(token: string): Promise<RequestActor> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      return { userId: claims.sub, organizationId: claims.org, organizationKind: claims.kind };
    } catch {
      throw new DomainError(
        ErrorCode.UNAUTHENTICATED,
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
      );
    }
  }
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$QnRVQyqxRJgUZMaoI1pbGFJfI1x5ChA1Dq4fHP5Ue0I';
