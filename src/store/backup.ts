// Whole-database backup and restore, for the instance's operator (the CLI, with the server stopped for the
// embedded database). Embedded: PGlite's own dump of its data directory (a .tar.gz) and loadDataDir.
// PostgreSQL: pg_dump's custom format when pg_dump is on PATH, else a logical dump of every table through
// SQL (gzip'd JSON lines, read in one repeatable-read snapshot) that restores into the same schema version.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { constants, createGunzip, createGzip, gunzipSync } from 'node:zlib';
import type pg from 'pg';
import { createDb } from './db.js';

export type BackupMethod = 'pglite' | 'pg_dump' | 'logical';

export interface BackupResult {
  method: BackupMethod;
  bytes: number;
  /** Rows per table, for a logical dump. */
  tables?: Record<string, number>;
}

const LOGICAL_FORMAT = 'platewise-backup';
const SCHEMAS = ['public', 'drizzle'];
/**
 * Tables derived from others by triggers (migrations 0011, 0013, 0020): a logical dump leaves them out; the restore's inserts
 * into the tables they come from fill them again, whatever order the tables are restored in.
 */
const DERIVED = new Set(['exercise_session_bests', 'exercise_day_bests', 'exercise_month_bests', 'exercise_year_bests']);

/** True when the program answers `--version` (pg_dump, pg_restore). */
export function hasProgram(name: string): boolean {
  const res = spawnSync(name, ['--version'], { encoding: 'utf8' });
  return res.status === 0;
}

/** Dumps an embedded database's data directory (stop the server first: PGlite opens in one process at a time). */
export async function backupPglite(dataDir: string, out: string): Promise<BackupResult> {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) throw new Error(`${dataDir} holds no database to back up`);
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  try {
    const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    writeFileSync(out, dump);
    return { method: 'pglite', bytes: dump.length };
  } finally {
    await db.close();
  }
}

/** Restores a PGlite dump into an empty (or absent) data directory, then opens it once to check it. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty; restore into a new folder (or move this one away)`);
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]), extensions: { pg_trgm } });
  await db.close();
  const check = await createDb({ kind: 'pglite', dataDir });
  try {
    await check.migrate();
  } finally {
    await check.close();
  }
}

/** What a backup file is, from its first bytes: pg_dump's custom format, a PGlite tarball, or our logical dump. */
export function backupKind(file: string): BackupMethod | null {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 16);
  let head: Buffer;
  try {
    head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] !== 0x1f || head[1] !== 0x8b) return null;
  let text: Buffer;
  try {
    text = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
  if (text.subarray(0, 40).toString('utf8').startsWith(`{"format":"${LOGICAL_FORMAT}"`)) return 'logical';
  // A tar archive says "ustar" at byte 257 of its first header.
  return text.subarray(257, 262).toString('latin1') === 'ustar' ? 'pglite' : null;
}

/** pg_dump's custom format of the whole database. */
export function backupPgDump(url: string, out: string): BackupResult {
  const res = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${out}`, url], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`pg_dump failed: ${res.stderr.trim() || res.error?.message || `status ${res.status}`}`);
  return { method: 'pg_dump', bytes: statSync(out).size };
}

/** pg_restore into the database: objects are dropped and recreated, in one transaction. */
export function restorePgDump(file: string, url: string): void {
  const res = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${url}`, file], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`pg_restore failed: ${res.stderr.trim() || res.error?.message || `status ${res.status}`}`);
}

interface TableRef {
  schema: string;
  name: string;
}
const qualified = (t: TableRef) => `"${t.schema}"."${t.name}"`;

/**
 * A client of the `pg` driver, loaded here rather than at import: the store's index exports this module, and an
 * embedded server that never talks to PostgreSQL would otherwise load the driver (and net, tls, dns) at every start.
 */
async function pgClient(url: string): Promise<pg.Client> {
  const { default: driver } = await import('pg');
  return new driver.Client({ connectionString: url });
}

/** Base tables of our schemas, parents before children (foreign keys), so a restore can insert in this order. */
async function tablesInOrder(client: pg.ClientBase): Promise<TableRef[]> {
  const tables = (
    await client.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema = any($1) order by 1, 2`,
      [SCHEMAS],
    )
  ).rows.filter((t) => !(t.schema === 'public' && DERIVED.has(t.name)));
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent from pg_constraint c where c.contype = 'f' and c.conrelid <> c.confrelid`,
    )
  ).rows;
  const key = (t: TableRef) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
  const strip = (s: string) => s.replace(/"/g, '');
  const order: TableRef[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining].find((t) => !edges.some((e) => strip(e.child) === key(t) && [...remaining].some((p) => p !== t && key(p) === strip(e.parent))));
    if (!ready) throw new Error('foreign keys form a cycle');
    order.push(ready);
    remaining.delete(ready);
  }
  return order;
}

/** A logical dump: every row of every table, as gzip'd JSON lines, from one consistent snapshot. */
export async function backupLogical(url: string, out: string): Promise<BackupResult> {
  const client = await pgClient(url);
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await tablesInOrder(client);
    const header = { format: LOGICAL_FORMAT, version: 1, kind: 'postgres-logical', tables: tables.map(qualified) };
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const t of tables) {
        await client.query(`declare dump_cursor no scroll cursor for select to_jsonb(t) as r from ${qualified(t)} t`);
        let n = 0;
        for (;;) {
          const { rows } = await client.query<{ r: unknown }>('fetch 2000 from dump_cursor');
          if (rows.length === 0) break;
          n += rows.length;
          yield rows.map((row) => `${JSON.stringify({ t: qualified(t), r: row.r })}\n`).join('');
        }
        await client.query('close dump_cursor');
        counts[qualified(t)] = n;
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(out));
    await client.query('commit');
  } finally {
    await client.end();
  }
  return { method: 'logical', bytes: statSync(out).size, tables: counts };
}

/**
 * Restores a logical dump into a database whose schema is at the same version (same migrations): every
 * table of our schemas is emptied and refilled in one transaction, then sequences move past the largest ids.
 */
export async function restoreLogical(file: string, url: string): Promise<Record<string, number>> {
  const database = await createDb({ kind: 'postgres', url, poolSize: 1 });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  const client = await pgClient(url);
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('begin');
    const tables = await tablesInOrder(client);
    const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const MIGRATIONS = '"drizzle"."__drizzle_migrations"';
    const here = tables.map(qualified);
    let header: { format?: string; tables?: string[] } | null = null;
    let batch: unknown[] = [];
    let current = '';
    let emptied = false;
    const theirMigrations: string[] = [];
    // The schema here came from our migrations; the backup's must be the same list, or its rows would not fit.
    const empty = async () => {
      if (emptied) return;
      const ours = (await client.query<{ hash: string }>(`select hash from ${MIGRATIONS} order by created_at`)).rows.map((r) => r.hash);
      if ([...ours].sort().join() !== [...theirMigrations].sort().join()) {
        throw new Error(`the backup was made by a Platewise with ${theirMigrations.length} migrations, this one has ${ours.length}: restore it with the version that made it, or use pg_dump`);
      }
      await client.query(`truncate ${here.filter((t) => t !== MIGRATIONS).join(', ')} cascade`);
      emptied = true;
    };
    const flush = async () => {
      if (batch.length === 0) return;
      await empty();
      await client.query(`insert into ${current} select * from jsonb_populate_recordset(null::${current}, $1::jsonb)`, [JSON.stringify(batch)]);
      counts[current] = (counts[current] ?? 0) + batch.length;
      batch = [];
    };
    for await (const line of input) {
      if (line === '') continue;
      const item = JSON.parse(line) as { t?: string; r?: Record<string, unknown>; format?: string; tables?: string[] };
      if (!header) {
        header = item;
        if (header.format !== LOGICAL_FORMAT) throw new Error('not a Platewise logical backup');
        const missing = (header.tables ?? []).filter((t) => !here.includes(t));
        if (missing.length > 0) throw new Error(`the backup has tables this database does not (${missing.join(', ')}): restore it with the Platewise version that made it`);
        continue;
      }
      if (item.t === MIGRATIONS) {
        theirMigrations.push(String(item.r?.['hash']));
        continue;
      }
      if (item.t !== current) {
        await flush();
        if (!here.includes(item.t ?? '')) throw new Error(`unknown table ${item.t}`);
        current = item.t!;
      }
      batch.push(item.r);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    if (!header) throw new Error('the backup is empty');
    await empty();
    // Counters (bigserial) continue after the restored rows.
    const sequences = await client.query<{ tbl: string; col: string; seq: string }>(
      `select format('%I.%I', c.table_schema, c.table_name) as tbl, c.column_name as col, pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) as seq
       from information_schema.columns c where c.table_schema = any($1) and c.column_default like 'nextval(%'`,
      [SCHEMAS],
    );
    for (const s of sequences.rows) {
      if (s.seq) await client.query(`select setval($1, coalesce((select max("${s.col}") from ${s.tbl}), 0) + 1, false)`, [s.seq]);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return counts;
}
