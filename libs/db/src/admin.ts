import { Client } from 'pg';
import { databaseName, withDatabase } from './config';
import { createDataSource } from './data-source';

/** Creates the database named in url when missing, connecting to the maintenance database `postgres`. */
export async function ensureDatabase(url: string, template?: string): Promise<void> {
  const name = databaseName(url);
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount)
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs pending migrations as the owner; returns the names of those applied. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  await ensureDatabase(ownerUrl);
  const ds = createDataSource(ownerUrl, 1);
  await ds.initialize();
  try {
    return (await ds.runMigrations()).map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
