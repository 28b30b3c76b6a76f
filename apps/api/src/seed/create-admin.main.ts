import { dbConfigFromEnv, migrate } from '@thidua/db';
import { ensurePlatformAdmin } from './platform-admin';

/**
 * `npm run admin:create`: the first platform admin of a real installation, from ADMIN_EMAIL and ADMIN_PASSWORD
 * (under the password policy). Migrates first; does nothing when that e-mail already has an account.
 */
async function main() {
  const email = process.env.ADMIN_EMAIL?.trim();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD (see .env.example).');
  const { ownerUrl } = dbConfigFromEnv();
  await migrate(ownerUrl);
  await ensurePlatformAdmin(ownerUrl, email, password);
  process.stdout.write(`platform admin ${email.toLowerCase()} is in place\n`);
}

main().catch((e) => {
  process.stderr.write(`\n${e instanceof Error ? e.message : String(e)}\n\n`);
  process.exit(1);
});
