import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Database } from '../db.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated database of this kind; `close()` removes it again. */
  open(): Promise<Database>;
}

const pgUrl = process.env.PLATEWISE_TEST_DATABASE_URL;

/** PGlite always; PostgreSQL too when PLATEWISE_TEST_DATABASE_URL is set (CI sets it). */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openPglite }];
  if (pgUrl) list.push({ name: 'postgres', open: () => openPostgres(pgUrl) });
  return list;
}

async function openPglite(): Promise<Database> {
  const database = await createDb({ kind: 'pglite' });
  await database.migrate();
  return database;
}

/** Creates an empty throwaway database on the server; `drop()` removes it. */
export async function createPostgresDatabase(adminUrl: string, prefix = 'platewise_t'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Creates a throwaway database on the server, migrates it, and drops it on close. */
export async function openPostgres(adminUrl: string): Promise<Database> {
  const created = await createPostgresDatabase(adminUrl);
  const database = await createDb({ kind: 'postgres', url: created.url, poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}
