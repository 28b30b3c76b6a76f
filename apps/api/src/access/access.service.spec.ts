import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@thidua/config';
import type { EmulationGroupEntity, EvidenceEntity, PeriodEntity, SubmissionEntity } from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { CAPABILITIES, Capability, POLICY, Role, ROLES, ROLES_IN_SCOPE, ScopeKind } from './policy';

/** The table people read (docs/security.md) is the expectation: each cell is one case below. */
function documentedPolicy(): Map<string, Map<Role, boolean | null>> {
  const doc = readFileSync(join(__dirname, '../../../../docs/security.md'), 'utf8');
  const table = doc.split('<!-- policy:start -->')[1].split('<!-- policy:end -->')[0];
  const lines = table.split('\n').filter((l) => l.startsWith('| `'));
  return new Map(
    lines.map((line) => {
      const [capability, , ...cells] = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const marks = cells.map((c) => (c === '✓' ? true : c === '✗' ? false : null));
      return [capability.replace(/`/g, ''), new Map(ROLES.map((r, i) => [r, marks[i]]))];
    }),
  );
}

const YEAR = 2023;

/** An actor holding exactly one role in a scope of the given kind, with the repository answering for it. */
function scenario(role: Role, kind: ScopeKind, options: { draft?: boolean } = {}) {
  const actor: RequestActor = {
    userId: 'user',
    organizationId: 'actor',
    organizationKind:
      role === 'PLATFORM' ? 'PLATFORM' : role.endsWith('BOARD') ? 'AWARD_BOARD' : 'DEPARTMENT',
  };
  const group = {
    id: 'g',
    code: 'CTD-X',
    name: 'Cụm thi đua thử',
    reviewerId: role === 'BOARD' ? 'actor' : 'board',
  } as EmulationGroupEntity;
  const submission = {
    id: 's',
    organizationId: role === 'OWNER' ? 'actor' : 'other',
    state: options.draft ? 'DRAFT' : 'SUBMITTED',
  } as SubmissionEntity;
  const membership = role === 'HEAD' || role === 'DEPUTY' || role === 'MEMBER' ? role : null;
  const repo = {
    role: async (g: string, org: string, y: number) =>
      g === 'g' && org === 'actor' && y === YEAR ? membership : null,
    group: async (id: string) => (id === 'g' ? group : null),
    submission: async (id: string) => (id === 's' ? submission : null),
    addressedTo: async (id: string) => (id === 's' ? [{ group, year: YEAR }] : []),
  } as unknown as AccessRepository;
  const scopes = {
    none: {},
    group: { group, year: YEAR },
    period: { period: { groupId: 'g', year: YEAR } as PeriodEntity },
    submission: { submission },
    evidence: { evidence: { submissionId: 's' } as EvidenceEntity },
  };
  return { actor, repo, scope: scopes[kind] };
}

const service = (repo: AccessRepository, nodeEnv: AppConfig['nodeEnv'] = 'test') =>
  new AccessService({ nodeEnv } as AppConfig, repo);

describe('access policy', () => {
  const documented = documentedPolicy();

  it('is documented in docs/security.md exactly as the table says, cell for cell', () => {
    expect([...documented.keys()]).toEqual(CAPABILITIES);
    for (const c of CAPABILITIES) {
      const rule = POLICY[c];
      for (const role of ROLES) {
        const expected = ROLES_IN_SCOPE[rule.scope].includes(role)
          ? (rule.roles as readonly Role[]).includes(role)
          : null;
        expect({ c, role, cell: documented.get(c)!.get(role) }).toEqual({ c, role, cell: expected });
      }
    }
  });

  it('names only roles a scope can give, and narrows only capabilities that exist', () => {
    for (const c of CAPABILITIES) {
      const rule: { scope: ScopeKind; roles: readonly Role[]; narrows?: string } = POLICY[c];
      for (const role of rule.roles)
        expect({ c, role, ok: ROLES_IN_SCOPE[rule.scope].includes(role) }).toEqual({ c, role, ok: true });
      if (rule.narrows) expect(CAPABILITIES).toContain(rule.narrows);
    }
  });

  for (const capability of CAPABILITIES) {
    describe(capability, () => {
      const rule = POLICY[capability as Capability];
      for (const role of ROLES_IN_SCOPE[rule.scope]) {
        const allowed = documented.get(capability)?.get(role);
        it(`${allowed ? 'allows' : 'refuses'} ${role}`, async () => {
          const { actor, repo, scope } = scenario(role, rule.scope);
          const access = service(repo);
          expect([...(await access.rolesIn(actor, scope))]).toEqual([role]);
          const answer = access.authorize(actor, capability, scope as never);
          if (allowed) {
            await expect(answer).resolves.toBeUndefined();
          } else {
            const error = await answer.then(
              () => null,
              (e: unknown) => e,
            );
            expect(error).toBeInstanceOf(DomainError);
            expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]).toContain((error as DomainError).code);
            expect((error as DomainError).message).toMatch(
              /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
            );
          }
        });
      }
    });
  }

  it('keeps a draft to its owner: a member of the group it is addressed to finds nothing', async () => {
    const { actor, repo, scope } = scenario('MEMBER', 'submission', { draft: true });
    await expect(service(repo).authorize(actor, 'submission.read', scope as never)).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    const owner = scenario('OWNER', 'submission', { draft: true });
    await expect(
      service(owner.repo).authorize(owner.actor, 'submission.edit', owner.scope as never),
    ).resolves.toBeUndefined();
  });

  it('answers FORBIDDEN, naming the group and year, to a member asking for the head’s capability', async () => {
    const { actor, repo, scope } = scenario('MEMBER', 'group');
    await expect(service(repo).authorize(actor, 'ranking.publish', scope as never)).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: expect.stringContaining('Cụm thi đua thử, năm 2023'),
    });
  });

  describe('the test-only switch', () => {
    const saved = process.env.ACCESS_CHECKS;
    afterEach(() => {
      process.env.ACCESS_CHECKS = saved;
    });

    it('turns the checks off in a test build, so PostgreSQL alone can be tried', async () => {
      process.env.ACCESS_CHECKS = 'off';
      const { actor, repo, scope } = scenario('NON_MEMBER', 'group');
      await expect(
        service(repo, 'test').authorize(actor, 'ranking.publish', scope as never),
      ).resolves.toBeUndefined();
    });

    it('is ignored outside tests', async () => {
      process.env.ACCESS_CHECKS = 'off';
      for (const env of ['production', 'development'] as const) {
        const { actor, repo, scope } = scenario('NON_MEMBER', 'group');
        await expect(
          service(repo, env).authorize(actor, 'ranking.publish', scope as never),
        ).rejects.toBeInstanceOf(DomainError);
      }
    });
  });
});
