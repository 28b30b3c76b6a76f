import { INestApplicationContext, Logger } from '@nestjs/common';
import { importMarkdown } from '@thidua/report';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { RequestActor } from '../auth/actor';
import { GroupsService } from '../groups/groups.service';
import { MembershipsService } from '../memberships/memberships.service';
import { MemberRole, PeriodKind } from '../groups/group.types';
import { OrganizationsService } from '../organizations/organizations.service';
import { RegulationsService } from '../regulations/regulations.service';
import { SubmissionsService } from '../submissions/submissions.service';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  demoEmail,
  GIA_LAI_SELF_SCORES,
  GIA_LAI_SUBMITTED_AT,
  GROUPS,
  MERGERS,
  ORGANIZATIONS,
} from './demo-data';
import { DemoSeedRefused, demoSeedAllowed } from './demo-guard';
import { seedDemoCovenant } from './demo-covenant';
import { seedDemoExplanation } from './demo-explanation';
import { seedDemoDossiers } from './demo-dossiers';
import { seedDemoHistory } from './demo-history';
import { hasMembership } from './seed-queries';
import { ensurePlatformAdmin } from './platform-admin';

const logger = new Logger('seed');

/**
 * Loads the demo tenants through the same services the API uses (so row-level security and validation
 * apply), each step skipped when already done: running it twice changes nothing. Refused in production
 * (see demo-guard.ts).
 */
export async function seed(
  app: INestApplicationContext,
  ownerUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (!demoSeedAllowed(env)) throw new DemoSeedRefused();
  await ensurePlatformAdmin(ownerUrl, DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const actorOf = async (email: string): Promise<RequestActor> => {
      const { rows } = await owner.query(
        `SELECT u.id, u.organization_id, o.kind FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE u.email = $1`,
        [email],
      );
      return { userId: rows[0].id, organizationId: rows[0].organization_id, organizationKind: rows[0].kind };
    };
    const exists = async (sql: string, params: unknown[]) =>
      ((await owner.query(sql, params)).rowCount ?? 0) > 0;
    const admin = await actorOf(DEMO_ADMIN_EMAIL);
    const organizations = app.get(OrganizationsService);
    const groups = app.get(GroupsService);

    for (const org of ORGANIZATIONS) {
      if (!(await exists('SELECT 1 FROM organization WHERE code = $1', [org.code]))) {
        await organizations.createOrganization(admin, org);
      }
      if (!(await exists('SELECT 1 FROM app_user WHERE email = $1', [demoEmail(org.code)]))) {
        await organizations.createUser(admin, {
          organizationCode: org.code,
          email: demoEmail(org.code),
          fullName: `Cán bộ thi đua – ${org.name}`,
          password: DEMO_PASSWORD,
        });
      }
    }
    for (const g of GROUPS) {
      if (!(await exists('SELECT 1 FROM emulation_group WHERE code = $1', [g.code]))) {
        await groups.createGroup(admin, {
          code: g.code,
          name: g.name,
          kind: g.kind,
          reviewerCode: g.reviewerCode,
        });
      }
      for (const [organizationCode, role] of g.members2023) {
        if (await hasMembership(owner, g.code, 2023, organizationCode, role)) continue;
        await app.get(MembershipsService).setMembership(admin, {
          groupCode: g.code,
          year: 2023,
          organizationCode,
          role: role as MemberRole,
          category: g.categories[organizationCode],
        });
      }
      const published = await exists(
        'SELECT 1 FROM regulation r JOIN emulation_group g ON g.id = r.group_id WHERE g.code = $1 AND r.year = 2023',
        [g.code],
      );
      if (!published) {
        const head = g.members2023.find(([, role]) => role === 'HEAD')![0];
        await app.get(RegulationsService).publish(await actorOf(demoEmail(head)), g.code, 2023, g.regulation);
      }
    }
    for (const m of MERGERS) {
      if (
        !(await exists('SELECT 1 FROM organization WHERE code = $1 AND successor_id IS NOT NULL', [m.code]))
      ) {
        await organizations.mergeOrganization(admin, m.code, m.successorCode, m.from);
      }
    }
    await seedGiaLaiReport(app, owner, await actorOf(demoEmail('sct-gia-lai')));
    await seedDemoHistory(app, owner, actorOf);
    await seedDemoCovenant(app, owner, actorOf);
    await seedDemoExplanation(app, owner, actorOf);
    await seedDemoDossiers(app, owner, actorOf);
  } finally {
    await owner.end();
  }
  logger.log('demo data is in place');
}

/** Sở Công Thương Gia Lai's real 2023-H1 report, imported as a member would, sent to both of its groups. */
async function seedGiaLaiReport(app: INestApplicationContext, owner: Client, actor: RequestActor) {
  const submissions = app.get(SubmissionsService);
  const existing = (await submissions.mine(actor, 2023)).find((s) => s.kind === PeriodKind.H1);
  if (existing && existing.state !== 'DRAFT') return;
  const report = importMarkdown(
    readFileSync(join(__dirname, 'data', 'so-cong-thuong-gia-lai-2023-h1.md'), 'utf8'),
  );
  const draft =
    existing ??
    (await submissions.create(actor, {
      year: 2023,
      kind: PeriodKind.H1,
      groupCodes: GROUPS.map((g) => g.code),
    }));
  const filled = await submissions.update(actor, draft.id, {
    version: draft.version,
    sections: report.sections.map(({ path, title, body }) => ({ path, title, body })),
    indicators: report.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      value: i.value,
      unit: i.unit,
      percentOfPlan: i.percentOfPlan,
      changeVsSamePeriodPercent: i.changeVsSamePeriodPercent,
      source: i.source,
      qualifier: i.qualifier,
      confirmed: true,
    })),
    selfScores: GIA_LAI_SELF_SCORES,
  });
  await submissions.submit(actor, filled.id);
  // Demo history: the report was filed in June 2023, not on the day the seed runs.
  await owner.query('UPDATE submission SET submitted_at = $2 WHERE id = $1', [
    filled.id,
    GIA_LAI_SUBMITTED_AT,
  ]);
}
