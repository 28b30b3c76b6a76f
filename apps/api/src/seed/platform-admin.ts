import { Client } from 'pg';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';

export const PLATFORM_CODE = 'thidua-platform';

/**
 * The first platform admin cannot be created through the API (someone must already be admin), so it is
 * written with the owner's connection, under the same password policy as every account. Idempotent.
 */
export async function ensurePlatformAdmin(ownerUrl: string, email: string, password: string): Promise<void> {
  assertPasswordPolicy(password, { email, organizationCode: PLATFORM_CODE });
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO organization (code, name, kind) VALUES ($1, 'Quản trị nền tảng Thi đua', 'PLATFORM')
       ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
      [PLATFORM_CODE],
    );
    await client.query(
      `INSERT INTO app_user (organization_id, email, full_name, password_hash) VALUES ($1, $2, 'Quản trị viên', $3)
       ON CONFLICT (email) DO NOTHING`,
      [rows[0].id, email.toLowerCase(), await hashPassword(password)],
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    await client.end();
  }
}
