import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable as PgTableClass, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db.js';
import * as schema from '../schema/index.js';
import { users } from '../schema/index.js';

/** Every table with a `user_id` column, children before parents, so deleting in this order never breaks a key. */
export function userOwnedTables(): PgTable[] {
  const owned = (Object.values(schema) as unknown[]).filter(
    (t): t is PgTable => is(t, PgTableClass) && t !== users && getTableConfig(t).columns.some((c) => c.name === 'user_id'),
  );
  const parents = new Map(owned.map((t) => [t, getTableConfig(t).foreignKeys.map((fk) => fk.reference().foreignTable)]));
  const remaining = new Set(owned);
  const order: PgTable[] = [];
  while (remaining.size > 0) {
    // A table no remaining table refers to can go now.
    const leaf = [...remaining].find((t) => ![...remaining].some((c) => c !== t && parents.get(c)!.includes(t)));
    if (!leaf) throw new Error('user-owned tables refer to each other in a cycle');
    order.push(leaf);
    remaining.delete(leaf);
  }
  return order;
}

/** Deletes a user and every row they own, in one transaction; returns the number of rows removed per table. */
export async function deleteUserEverywhere(db: Db, userId: string): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const removed: Record<string, number> = {};
    for (const table of userOwnedTables()) {
      const tableName = getTableConfig(table).name;
      const res = await tx.execute<{ n: number }>(
        sql`with d as (delete from ${table} where user_id = ${userId} returning 1) select count(*)::int as n from d`,
      );
      removed[tableName] = Number(rowsOf<{ n: number }>(res)[0]?.n ?? 0);
    }
    const res = await tx.execute<{ n: number }>(sql`with d as (delete from ${users} where id = ${userId} returning 1) select count(*)::int as n from d`);
    removed.users = Number(rowsOf<{ n: number }>(res)[0]?.n ?? 0);
    return removed;
  });
}

/** Rows of an `execute` result: node-postgres and PGlite both answer `{ rows }`. */
function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? []) as T[];
}
