import { Client } from 'pg';
import { APP_ROLE, withUser } from '../../libs/db/src/config';

/**
 * Work as the API's own database role with one organization's setting, the application bypassed; rolled back,
 * so a test sees what PostgreSQL alone lets through.
 */
export async function asOrg<T>(ownerUrl: string, orgId: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withUser(ownerUrl, APP_ROLE) });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

/** Runs one statement in a savepoint, so a refusal does not end the transaction. */
export async function attempt(
  db: Client,
  sql: string,
  params: unknown[] = [],
): Promise<{ error: Error | null; rowCount: number }> {
  await db.query('SAVEPOINT attempt');
  try {
    const res = await db.query(sql, params);
    await db.query('RELEASE SAVEPOINT attempt');
    return { error: null, rowCount: res.rowCount ?? 0 };
  } catch (e) {
    await db.query('ROLLBACK TO SAVEPOINT attempt');
    return { error: e as Error, rowCount: 0 };
  }
}

/** The error PostgreSQL raised for one statement, or null when it passed. */
export async function refusal(db: Client, sql: string, params: unknown[] = []): Promise<Error | null> {
  return (await attempt(db, sql, params)).error;
}
