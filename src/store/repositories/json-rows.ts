import { getTableColumns, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Rows of `table` read back from PostgreSQL's `row_to_json`/`json_agg` (keys are the column names), mapped
 * the way Drizzle maps a plain select: each column's own `mapFromDriverValue` (timestamps to Date, arrays,
 * numbers). One statement can then bring several tables' rows at once (`day.repository.ts`) and the services
 * still get the row types every other repository returns; `json-rows.int.test.ts` checks they are equal.
 */
export function rowsFromJson<T extends PgTable>(table: T, json: unknown): T['$inferSelect'][] {
  if (json === null || json === undefined) return [];
  const list = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  if (!Array.isArray(list)) throw new Error(`expected a JSON array of ${tableColumns(table).length}-column rows`);
  return list.map((item) => rowFromJson(table, item)!);
}

/** One row (or null) of `table` from `row_to_json`; see rowsFromJson. */
export function rowFromJson<T extends PgTable>(table: T, json: unknown): T['$inferSelect'] | null {
  if (json === null || json === undefined) return null;
  const record = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, column] of tableColumns(table)) {
    const value = record[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

const columnsCache = new WeakMap<PgTable, Array<[string, Column]>>();
function tableColumns(table: PgTable): Array<[string, Column]> {
  let cols = columnsCache.get(table);
  if (!cols) {
    cols = Object.entries(getTableColumns(table));
    columnsCache.set(table, cols);
  }
  return cols;
}
