// Backing up and restoring a whole instance (every user, the catalogs, the schema version): for its
// operator, who holds the data folder or DATABASE_URL. The embedded database uses PGlite's own dump of its
// data directory; PostgreSQL uses pg_dump/pg_restore when they are on PATH, else a logical dump through SQL.
import { existsSync } from 'node:fs';
import { ValidationError } from '../core/errors.js';
import {
  backupKind,
  backupLogical,
  backupPgDump,
  backupPglite,
  hasProgram,
  restoreLogical,
  restorePgDump,
  restorePglite,
  type BackupMethod,
  type BackupResult,
  type DbConfig,
} from '../store/index.js';

export type { BackupMethod, BackupResult };

/** Writes a backup of the database to `out`; `method` 'auto' picks pg_dump on PostgreSQL when it is installed. */
export async function backupInstance(config: DbConfig, out: string, method: 'auto' | 'pg_dump' | 'logical' = 'auto'): Promise<BackupResult> {
  if (config.kind === 'pglite') {
    if (!config.dataDir) throw ValidationError.field('data-dir', 'an in-memory database has nothing to back up');
    return backupPglite(config.dataDir, out);
  }
  const usePgDump = method === 'pg_dump' || (method === 'auto' && hasProgram('pg_dump'));
  if (method === 'pg_dump' && !hasProgram('pg_dump')) throw ValidationError.field('method', 'pg_dump is not on PATH; use --method logical');
  return usePgDump ? backupPgDump(config.url, out) : backupLogical(config.url, out);
}

/** Restores a backup made by backupInstance, telling its kind from the file. */
export async function restoreInstance(config: DbConfig, file: string): Promise<{ method: BackupMethod; tables?: Record<string, number> }> {
  if (!existsSync(file)) throw ValidationError.field('file', `${file} does not exist`);
  const kind = backupKind(file);
  if (kind === null) throw ValidationError.field('file', 'is not a Platewise backup (a PGlite dump, pg_dump custom format or logical dump)');
  if (config.kind === 'pglite') {
    if (kind !== 'pglite') throw ValidationError.field('file', `is a PostgreSQL backup (${kind}); restore it with DATABASE_URL set`);
    if (!config.dataDir) throw ValidationError.field('data-dir', 'say which folder to restore into');
    await restorePglite(file, config.dataDir);
    return { method: 'pglite' };
  }
  if (kind === 'pglite') throw ValidationError.field('file', 'is an embedded-database backup; restore it into a data folder (without DATABASE_URL)');
  if (kind === 'pg_dump') {
    if (!hasProgram('pg_restore')) throw ValidationError.field('file', 'is a pg_dump backup and pg_restore is not on PATH');
    restorePgDump(file, config.url);
    return { method: 'pg_dump' };
  }
  return { method: 'logical', tables: await restoreLogical(file, config.url) };
}
