import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { packagePath } from './package-root.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The Drizzle handle every repository takes; the same type on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbConfig =
  | { kind: 'pglite'; dataDir?: string | null } // null or absent: in memory
  | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  db: Db;
  kind: DbConfig['kind'];
  /** Runs the committed migrations (under an advisory lock on PostgreSQL, so servers may start together). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PGlite's shared buffers (PostgreSQL's default is 128MB). In WebAssembly the whole pool is resident from the
 * first query: 128MB put the embedded server at ~450 MiB RSS. Pages beyond the pool are read through the
 * operating system's file cache, so a smaller pool costs little here; measured in docs/performance.md.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

const MIGRATION_LOCK_ID = 7_261_523;

/** Opens PGlite (embedded, optionally on disk) or a PostgreSQL pool; opens nothing at import time. */
export async function createDb(config: DbConfig): Promise<Database> {
  // The SQL stays in src/ when the modules run from the build in dist/node/.
  const migrationsFolder = packagePath('src', 'store', 'migrations');
  if (config.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    const client = await PGlite.create({
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
    const db = drizzle({ client, schema });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      migrate: () => migrate(db, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.default.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
  // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … FORCE after close)
  // is re-emitted on the pool; without a listener that event would crash the process. The pool drops the
  // client and opens a new one on the next query.
  pool.on('error', (err) => {
    if (!pool.ending) console.warn(`platewise: PostgreSQL ended an idle connection (${err.message}); it will reconnect`);
  });
  const db = drizzle({ client: pool, schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migrate(drizzle({ client, schema }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * The driver's own client under a Drizzle handle, for the few reads and writes that go to it directly; null inside
 * a transaction, which has none. `pool`: node-postgres's Pool (it has idleCount), not PGlite.
 */
export function driverClient<C extends object>(db: Db): { client: C; pool: boolean } | null {
  const client = (db as unknown as { $client?: C & { idleCount?: unknown } }).$client;
  return client === undefined ? null : { client, pool: typeof client.idleCount === 'number' };
}

/** A cheap round trip, for health checks. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
