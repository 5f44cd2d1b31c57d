// A person's data as plain rows, table by table, and back: what the JSON export writes and `platewise
// import platewise` reads. It walks every user-owned table of the schema (userOwnedTables), so a table
// added later is exported and imported without a change here; sign-in sessions and API tokens stay out.
// Rows are keyed by SQL column names, without user_id and insertion counters; instants as ISO 8601.
import { and, asc, eq, getTableColumns, inArray, is } from 'drizzle-orm';
import { getTableConfig, PgTable as PgTableClass, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db.js';
import * as schema from '../schema/index.js';
import { userOwnedTables } from './account.repository.js';

/** Row of an export: SQL column name → JSON value. */
export type ExportRow = Record<string, unknown>;

const LEFT_OUT = new Set(['sessions', 'api_tokens']);
/** Columns that point at a shared table without a foreign key: a catalog food a diary entry was logged from. */
const SOFT_REFERENCES: ReadonlyArray<{ table: string; column: string; shared: string; when: (row: ExportRow) => boolean }> = [
  { table: 'diary_entries', column: 'food_id', shared: 'foods', when: (row) => row['kind'] === 'catalog' },
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT_RANGE: Record<string, [number, number]> = { PgSmallInt: [-32768, 32767], PgInteger: [-2147483648, 2147483647] };

interface ColumnInfo {
  key: string;
  name: string;
  column: PgColumn;
  serial: boolean;
}

export interface ExportTable {
  name: string;
  table: PgTable;
  columns: ColumnInfo[];
  userId: PgColumn;
  /** Order rows are written in: the insertion counter if there is one (so a day keeps its order), else the key. */
  order: PgColumn[];
  /** References to other user-owned tables (user_id left out of both sides) and to shared tables. */
  parents: Array<{ table: string; columns: string[]; foreign: string[] }>;
  shared: Array<{ table: PgTable; name: string; column: string; foreign: PgColumn }>;
}

function infoOf(table: PgTable): ExportTable {
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([key, column]) => ({ key, name: column.name, column, serial: /Serial/.test(column.columnType) }));
  const userId = columns.find((c) => c.name === 'user_id')!.column;
  const serial = columns.find((c) => c.serial);
  const pk = config.primaryKeys[0]?.columns ?? columns.filter((c) => c.column.primary).map((c) => c.column);
  const parents: ExportTable['parents'] = [];
  const shared: ExportTable['shared'] = [];
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    const foreignName = getTableConfig(ref.foreignTable).name;
    const pairs = ref.columns.map((c, i) => [c.name, ref.foreignColumns[i] as PgColumn] as const).filter(([name]) => name !== 'user_id');
    if (foreignName === 'users') continue;
    if (ref.columns.some((c) => c.name === 'user_id')) parents.push({ table: foreignName, columns: pairs.map(([n]) => n), foreign: pairs.map(([, f]) => f.name) });
    else for (const [name, foreign] of pairs) shared.push({ table: ref.foreignTable, name: foreignName, column: name, foreign });
  }
  return { name: config.name, table, columns, userId, order: serial ? [serial.column] : pk.filter((c) => c.name !== 'user_id'), parents, shared };
}

/** The tables of a person's data, parents before children. */
export function exportTables(): ExportTable[] {
  return userOwnedTables()
    .reverse()
    .map(infoOf)
    .filter((t) => !LEFT_OUT.has(t.name));
}

/** A shared (not user-owned) table of the schema by its SQL name. */
function sharedTable(name: string): PgTable | undefined {
  return (Object.values(schema) as unknown[]).find((x): x is PgTable => is(x, PgTableClass) && getTableConfig(x).name === name);
}

const toJson = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);

export interface LoadRejection {
  table: string;
  index: number;
  reason: string;
}

export interface LoadResult {
  /** Rows written, by table. */
  inserted: Record<string, number>;
  /** Rows that were there already (same key): left as they are. */
  existing: Record<string, number>;
  rejected: LoadRejection[];
}

/** Reads one value of an export into what the column takes; a string says why it cannot. */
function readValue(c: ColumnInfo, v: unknown): { value: unknown } | string {
  const type = c.column.columnType;
  const hasNul = (x: unknown) => JSON.stringify(x)?.includes('\\u0000') ?? false;
  switch (c.column.dataType) {
    case 'string':
      if (typeof v !== 'string') return 'must be text';
      if (v.includes('\u0000')) return 'must not contain NUL characters';
      if (type === 'PgUUID' && !UUID.test(v)) return 'must be a UUID';
      if (type === 'PgDateString' && (!ISO_DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))) return 'must be a date as YYYY-MM-DD';
      if (c.column.enumValues && c.column.enumValues.length > 0 && !c.column.enumValues.includes(v)) return `must be one of ${c.column.enumValues.join(', ')}`;
      return { value: v };
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'must be a number';
      const range = INT_RANGE[type];
      if (range && (!Number.isInteger(v) || v < range[0] || v > range[1])) return `must be a whole number from ${range[0]} to ${range[1]}`;
      return { value: v };
    }
    case 'boolean':
      return typeof v === 'boolean' ? { value: v } : 'must be true or false';
    case 'date': {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return 'must be an ISO 8601 instant';
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? 'must be an ISO 8601 instant' : { value: d };
    }
    case 'json':
      if (v === undefined || hasNul(v)) return 'must be JSON without NUL characters';
      return { value: v };
    case 'array':
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && !x.includes('\u0000'))) return 'must be a list of text';
      return { value: v };
    default:
      return `has a type (${c.column.dataType}) the export does not carry`;
  }
}

const tuple = (values: readonly unknown[]) => JSON.stringify(values);
// PostgreSQL's data exceptions (22…) and integrity violations (23…): the row is refused, not the import.
const isRowError = (err: unknown) => /^2[23]/.test(String((err as { code?: unknown }).code ?? (err as { cause?: { code?: unknown } }).cause?.code ?? ''));

/** When this server loaded a catalog row: its own bookkeeping, not the person's data, and different on every server. */
const SERVER_OWN_COLUMNS = new Set(['created_at', 'updated_at']);

/** A person's rows of every exported table, and the shared rows they point at (catalog exercises, foods). */
export function createExportRepository(db: Db) {
  return {
    async dump(userId: string): Promise<{ tables: Record<string, ExportRow[]>; references: Record<string, ExportRow[]> }> {
      const tables: Record<string, ExportRow[]> = {};
      const wanted = new Map<string, { table: PgTable; foreign: PgColumn; ids: Set<string> }>();
      for (const t of exportTables()) {
        const rows = await db
          .select()
          .from(t.table)
          .where(eq(t.userId, userId))
          .orderBy(...t.order.map((c) => asc(c)));
        tables[t.name] = rows.map((row) => {
          const out: ExportRow = {};
          for (const c of t.columns) if (c.name !== 'user_id' && !c.serial) out[c.name] = toJson((row as Record<string, unknown>)[c.key]);
          return out;
        });
        const refs = [
          ...t.shared.map((s) => ({ ...s, when: (_: ExportRow) => true })),
          ...SOFT_REFERENCES.filter((r) => r.table === t.name).flatMap((r) => {
            const shared = sharedTable(r.shared);
            return shared ? [{ table: shared, name: r.shared, column: r.column, foreign: (getTableColumns(shared) as Record<string, PgColumn>)['id']!, when: r.when }] : [];
          }),
        ];
        for (const s of refs) {
          const entry = wanted.get(s.name) ?? { table: s.table, foreign: s.foreign, ids: new Set<string>() };
          for (const r of tables[t.name]!) if (typeof r[s.column] === 'string' && s.when(r)) entry.ids.add(r[s.column] as string);
          wanted.set(s.name, entry);
        }
      }
      const references: Record<string, ExportRow[]> = {};
      for (const [name, w] of [...wanted.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const ids = [...w.ids].sort();
        const columns = Object.entries(getTableColumns(w.table)).filter(([, c]) => !SERVER_OWN_COLUMNS.has(c.name));
        const rows = ids.length === 0 ? [] : await db.select().from(w.table).where(inArray(w.foreign, ids)).orderBy(asc(w.foreign));
        references[name] = rows.map((row) => Object.fromEntries(columns.map(([key, c]) => [c.name, toJson((row as Record<string, unknown>)[key])])));
      }
      return { tables, references };
    },

    /** Which of `ids` a shared table (by name: exercises, foods) has. */
    async sharedIds(table: string, ids: readonly string[]): Promise<Set<string>> {
      const t = sharedTable(table);
      if (!t || ids.length === 0) return new Set();
      const id = (getTableColumns(t) as Record<string, PgColumn>)['id']!;
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += 1000) {
        const rows = await db.select({ id }).from(t).where(inArray(id, ids.slice(i, i + 1000)));
        for (const r of rows) found.add(r.id as string);
      }
      return found;
    },

    /** Ids on this server of shared rows known by (source, source_id) — catalog rows get new ids on each install. */
    async sharedIdsBySource(table: string, keys: ReadonlyArray<{ source: string; sourceId: string }>): Promise<Map<string, string>> {
      const t = sharedTable(table);
      const columns = t ? (getTableColumns(t) as Record<string, PgColumn>) : {};
      const found = new Map<string, string>();
      if (!t || !columns['source'] || !columns['sourceId'] || keys.length === 0) return found;
      const sources = [...new Set(keys.map((k) => k.source))];
      for (const source of sources) {
        const ids = keys.filter((k) => k.source === source).map((k) => k.sourceId);
        for (let i = 0; i < ids.length; i += 1000) {
          const rows = await db
            .select({ id: columns['id']!, sourceId: columns['sourceId'] })
            .from(t)
            .where(and(eq(columns['source'], source), inArray(columns['sourceId'], ids.slice(i, i + 1000))));
          for (const r of rows) found.set(`${source}\u0000${String(r.sourceId)}`, r.id as string);
        }
      }
      return found;
    },

    /**
     * Writes rows of an export for `userId`, parents first, in one transaction: a row whose key exists is
     * left alone; a row that is malformed, or points at a row that is not there, is refused with the reason.
     */
    async load(userId: string, data: Readonly<Record<string, unknown>>, opts: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<LoadResult> {
      const result: LoadResult = { inserted: {}, existing: {}, rejected: [] };
      const tables = exportTables();
      const total = tables.reduce((n, t) => n + (Array.isArray(data[t.name]) ? (data[t.name] as unknown[]).length : 0), 0);
      let done = 0;
      const rollBack = new Error('dry run');
      await db.transaction(async (tx) => {
        // Keys (without user_id) each user-owned table holds for this user, read once a child needs them.
        const present = new Map<string, Set<string>>();
        const keysOf = async (name: string, columns: readonly string[]) => {
          const memo = `${name}(${columns.join(',')})`;
          const held = present.get(memo);
          if (held) return held;
          const info = tables.find((t) => t.name === name)!;
          const cols = columns.map((n) => info.columns.find((c) => c.name === n)!.column);
          const rows = await tx
            .select(Object.fromEntries(cols.map((c, i) => [`c${i}`, c])))
            .from(info.table)
            .where(eq(info.userId, userId));
          const set = new Set(rows.map((r) => tuple(cols.map((_, i) => (r as Record<string, unknown>)[`c${i}`]))));
          present.set(memo, set);
          return set;
        };
        const sharedKeys = new Map<string, Set<string>>();
        // Rows of each table the file held and that were not refused: a child of one that was not written
        // (the data is here already under another key, e.g. the same import) is already here too.
        const accepted = new Map<string, Array<Record<string, unknown>>>();
        const acceptedKeys = (name: string, columns: readonly string[]) => {
          const info = tables.find((x) => x.name === name)!;
          const keys = columns.map((n) => info.columns.find((c) => c.name === n)!.key);
          return new Set((accepted.get(name) ?? []).map((row) => tuple(keys.map((k) => row[k]))));
        };

        for (const t of tables) {
          const raw = data[t.name];
          result.inserted[t.name] = 0;
          result.existing[t.name] = 0;
          if (raw === undefined) continue;
          if (!Array.isArray(raw)) {
            result.rejected.push({ table: t.name, index: 0, reason: 'is not a list of rows' });
            continue;
          }
          const ready: Array<{ index: number; row: Record<string, unknown> }> = [];
          const viaParent: Array<Record<string, unknown>> = [];
          for (const [index, r] of raw.entries()) {
            const reject = (reason: string) => result.rejected.push({ table: t.name, index, reason });
            if (r === null || typeof r !== 'object' || Array.isArray(r)) {
              reject('is not an object');
              continue;
            }
            const row: Record<string, unknown> = { [t.columns.find((c) => c.name === 'user_id')!.key]: userId };
            let problem: string | null = null;
            for (const c of t.columns) {
              if (c.name === 'user_id' || c.serial) continue;
              const v = (r as Record<string, unknown>)[c.name];
              if (v === undefined || v === null) {
                if (c.column.notNull && !c.column.hasDefault) problem ??= `${c.name} is required`;
                else if (v === null && c.column.notNull) continue;
                else if (v === null) row[c.key] = null;
                continue;
              }
              const read = readValue(c, v);
              if (typeof read === 'string') problem ??= `${c.name} ${read}`;
              else row[c.key] = read.value;
            }
            if (problem) {
              reject(problem);
              continue;
            }
            let here = false;
            for (const p of t.parents) {
              const values = p.columns.map((n) => row[t.columns.find((c) => c.name === n)!.key]);
              if (values.some((v) => v === null || v === undefined)) continue;
              if ((await keysOf(p.table, p.foreign)).has(tuple(values))) continue;
              if (acceptedKeys(p.table, p.foreign).has(tuple(values))) here = true;
              else problem ??= `${p.columns.join(', ')} ${p.columns.length > 1 ? 'refer' : 'refers'} to a row of ${p.table} that is not there`;
            }
            if (here && !problem) {
              result.existing[t.name]!++;
              viaParent.push(row);
              continue;
            }
            for (const s of t.shared) {
              const v = row[t.columns.find((c) => c.name === s.column)!.key];
              if (typeof v !== 'string') continue;
              const key = `${s.name}.${s.foreign.name}`;
              if (!sharedKeys.has(key)) sharedKeys.set(key, new Set());
              const known = sharedKeys.get(key)!;
              if (!known.has(v)) {
                const [hit] = await tx.select({ id: s.foreign }).from(s.table).where(eq(s.foreign, v)).limit(1);
                if (hit) known.add(v);
                else problem ??= `${s.column} ${v} is not in this server's ${s.name}`;
              }
            }
            if (problem) reject(problem);
            else ready.push({ index, row });
          }
          const refusedRows = new Set<number>();
          const key = t.order[0] ?? t.userId;
          const insert = async (exec: Db, items: typeof ready): Promise<number> =>
            (
              await exec
                .insert(t.table)
                .values(items.map((x) => x.row))
                .onConflictDoNothing()
                .returning({ k: key })
            ).length;
          for (let i = 0; i < ready.length; i += 500) {
            const batch = ready.slice(i, i + 500);
            let added = 0;
            let refused = 0;
            try {
              // A savepoint per batch: a refused batch rolls back alone.
              added = await tx.transaction((sp) => insert(sp as unknown as Db, batch));
            } catch (err) {
              if (!isRowError(err)) throw err;
              // One row of the batch broke a rule of the database: find it, keep the others.
              for (const one of batch) {
                try {
                  added += await tx.transaction((sp) => insert(sp as unknown as Db, [one]));
                } catch (e) {
                  if (!isRowError(e)) throw e;
                  refused++;
                  refusedRows.add(one.index);
                  result.rejected.push({ table: t.name, index: one.index, reason: String((e as Error).message).split('\n')[0]!.slice(0, 200) });
                }
              }
            }
            result.inserted[t.name]! += added;
            result.existing[t.name]! += batch.length - added - refused;
            opts.onProgress?.(done + Math.min(i + 500, ready.length), total);
          }
          done += raw.length;
          opts.onProgress?.(done, total);
          accepted.set(t.name, [...viaParent, ...ready.filter((x) => !refusedRows.has(x.index)).map((x) => x.row)]);
          // Children read this table's keys after it is written.
          for (const memo of [...present.keys()]) if (memo.startsWith(`${t.name}(`)) present.delete(memo);
        }
        // A dry run counts what would happen, then undoes it.
        if (opts.dryRun) throw rollBack;
      }).catch((err: unknown) => {
        if (err !== rollBack) throw err;
      });
      return result;
    },
  };
}
export type ExportRepository = ReturnType<typeof createExportRepository>;
