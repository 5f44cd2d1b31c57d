import { and, asc, eq, getTableColumns, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { diaryEntries } from '../schema/index.js';
import { createWriteBatcher } from '../write-batcher.js';
import { rowsOf } from './food.repository.js';

export type DiaryEntryRow = typeof diaryEntries.$inferSelect;
/** A new entry: everything but the key, the insertion order and the timestamps. */
export type DiaryEntryValues = Omit<DiaryEntryRow, 'userId' | 'id' | 'seq' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'sourceKey'>;

export interface DayTotalRow {
  date: string;
  energyKcal: number;
  entries: number;
}

/** A food the user logged lately, with how often and the last amount they took. */
export interface RecentFoodRow {
  kind: 'catalog' | 'custom' | 'recipe';
  foodId: string;
  uses: number;
  lastDate: string;
  lastAmount: number;
  lastUnit: string;
  lastMeal: string;
}

type NewRow = DiaryEntryValues & { id: string; userId: string; createdAt: Date; updatedAt: Date };

// The columns a batch of new entries writes, in order; the rest (seq, deleted_at, source_key) take their defaults.
const BATCH_COLUMNS = ['userId', 'id', 'date', 'meal', 'kind', 'foodId', 'name', 'brand', 'amount', 'unit', 'grams', 'energyKcal', 'proteinG', 'fatG', 'saturatedFatG', 'carbsG', 'fiberG', 'sugarsG', 'sodiumMg', 'portions', 'createdAt', 'updatedAt'] as const satisfies ReadonlyArray<keyof NewRow>;
const batchStatements = new Map<number, string>();

/** `insert … values (…), (…) returning user_id, id, seq` for n rows, made once per n. */
function batchStatement(n: number): string {
  let text = batchStatements.get(n);
  if (!text) {
    const columns = getTableColumns(diaryEntries);
    const names = BATCH_COLUMNS.map((k) => `"${columns[k].name}"`).join(', ');
    const w = BATCH_COLUMNS.length;
    const tuples = Array.from({ length: n }, (_, r) => `(${BATCH_COLUMNS.map((_k, c) => `$${r * w + c + 1}`).join(', ')})`);
    text = `insert into "diary_entries" (${names}) values ${tuples.join(', ')} returning user_id, id, seq`;
    if (batchStatements.size < 256) batchStatements.set(n, text);
  }
  return text;
}

/**
 * Writes a batch with one statement sent straight to the driver: Drizzle's builder checks every value of a
 * multi-row insert (its `is()` was the largest single cost of a batch of 50 on PGlite). Both drivers take
 * `(text, params)` and answer `{ rows }`; json and timestamps go as text. Inside a transaction (no driver
 * client) Drizzle builds it.
 */
async function insertBatch(db: Db, rows: readonly NewRow[]): Promise<Array<{ user_id: string; id: string; seq: number | string }>> {
  const client = (db as unknown as { $client?: { query(text: string, params: unknown[]): Promise<{ rows: Array<{ user_id: string; id: string; seq: number | string }> }> } }).$client;
  if (!client) {
    const back = await db
      .insert(diaryEntries)
      .values(rows.map((r) => ({ ...r, deletedAt: null, sourceKey: null })))
      .returning({ user_id: diaryEntries.userId, id: diaryEntries.id, seq: diaryEntries.seq });
    return back;
  }
  const params: unknown[] = [];
  for (const r of rows) {
    for (const k of BATCH_COLUMNS) {
      const v = r[k];
      params.push(v instanceof Date ? v.toISOString() : k === 'portions' ? JSON.stringify(v) : v);
    }
  }
  return (await client.query(batchStatement(rows.length), params)).rows;
}

const live = (userId: string) => and(eq(diaryEntries.userId, userId), isNull(diaryEntries.deletedAt));

/** A user's diary entries; every method takes the user id. Deleted entries stay (deleted_at set) until purged, for undo. */
export function createDiaryRepository(db: Db) {
  // An entry logged or copied here is never an import, even when copied from one (import.repository.ts keys those).
  const insertRows = (rows: readonly NewRow[]) =>
    db
      .insert(diaryEntries)
      .values(rows.map((r) => ({ ...r, deletedAt: null, sourceKey: null })))
      .returning();
  // Entries logged one at a time by many people at once share statements (write-batcher.ts); each row keeps its
  // own user id, and each caller gets back its own row, matched on (user id, id). Only the generated column
  // comes back: the rest is what was written.
  const insertOne = createWriteBatcher(async (rows: NewRow[]): Promise<DiaryEntryRow[]> => {
    const inserted = await insertBatch(db, rows);
    if (inserted.length !== rows.length) throw new Error(`diary: ${rows.length} entries written, ${inserted.length} came back`);
    const seqs = new Map(inserted.map((r) => [`${r.user_id}.${r.id}`, Number(r.seq)]));
    return rows.map((r) => ({ ...r, seq: seqs.get(`${r.userId}.${r.id}`)!, deletedAt: null, sourceKey: null }));
  });
  return {
    async insert(userId: string, rows: ReadonlyArray<DiaryEntryValues & { id: string }>, now: Date): Promise<DiaryEntryRow[]> {
      if (rows.length === 0) return [];
      const full = rows.map((r) => ({ ...r, userId, createdAt: now, updatedAt: now }));
      if (full.length === 1) return [await insertOne(full[0]!)];
      return insertRows(full);
    },
    /** A live entry, or a deleted one too with `includeDeleted`. */
    async get(userId: string, id: string, { includeDeleted = false } = {}): Promise<DiaryEntryRow | null> {
      const where = includeDeleted ? and(eq(diaryEntries.userId, userId), eq(diaryEntries.id, id)) : and(live(userId), eq(diaryEntries.id, id));
      const [row] = await db.select().from(diaryEntries).where(where).limit(1);
      return row ?? null;
    },
    async update(userId: string, id: string, values: Partial<DiaryEntryValues>, now: Date): Promise<DiaryEntryRow | null> {
      const [row] = await db
        .update(diaryEntries)
        .set({ ...values, updatedAt: now })
        .where(and(live(userId), eq(diaryEntries.id, id)))
        .returning();
      return row ?? null;
    },
    /** Marks an entry deleted; returns it, or null when there was no live entry. */
    async softDelete(userId: string, id: string, now: Date): Promise<DiaryEntryRow | null> {
      const [row] = await db
        .update(diaryEntries)
        .set({ deletedAt: now })
        .where(and(live(userId), eq(diaryEntries.id, id)))
        .returning();
      return row ?? null;
    },
    /** Brings a deleted entry back; null when there is no deleted entry with this id. */
    async restore(userId: string, id: string, now: Date): Promise<DiaryEntryRow | null> {
      const [row] = await db
        .update(diaryEntries)
        .set({ deletedAt: null, updatedAt: now })
        .where(and(eq(diaryEntries.userId, userId), eq(diaryEntries.id, id), isNotNull(diaryEntries.deletedAt)))
        .returning();
      return row ?? null;
    },
    /** Removes for good the entries deleted before `before` (past the undo window). */
    async purgeDeleted(userId: string, before: Date): Promise<void> {
      await db.delete(diaryEntries).where(and(eq(diaryEntries.userId, userId), lt(diaryEntries.deletedAt, before)));
    },
    /** Live entries of one day (and one meal), in the order they were logged. */
    async listDay(userId: string, date: string, meal?: string): Promise<DiaryEntryRow[]> {
      const where = meal === undefined ? and(live(userId), eq(diaryEntries.date, date)) : and(live(userId), eq(diaryEntries.date, date), eq(diaryEntries.meal, meal));
      return db.select().from(diaryEntries).where(where).orderBy(asc(diaryEntries.seq));
    },
    /** Energy and entry count per day over [from, to]; days without entries are absent. */
    async dayTotals(userId: string, from: string, to: string): Promise<DayTotalRow[]> {
      const rows = await db
        .select({ date: diaryEntries.date, energyKcal: sql<number>`sum(${diaryEntries.energyKcal})`, entries: sql<number>`count(*)::int` })
        .from(diaryEntries)
        .where(and(live(userId), gte(diaryEntries.date, from), lte(diaryEntries.date, to)))
        .groupBy(diaryEntries.date)
        .orderBy(asc(diaryEntries.date));
      return rows.map((r) => ({ date: r.date, energyKcal: Number(r.energyKcal), entries: Number(r.entries) }));
    },
    /** Foods logged since `since`, most recent first (then most used), with the amount of the latest entry. */
    async recentFoods(userId: string, since: string, limit: number): Promise<RecentFoodRow[]> {
      const res = await db.execute(sql`
        select kind, food_id, uses, last_date, amount, unit, meal from (
          select kind, food_id::text as food_id, date::text as last_date, amount, unit, meal,
                 count(*) over (partition by kind, food_id)::int as uses,
                 row_number() over (partition by kind, food_id order by date desc, seq desc) as rn
          from ${diaryEntries}
          where user_id = ${userId} and deleted_at is null and food_id is not null and kind <> 'quick' and date >= ${since}
        ) t
        where rn = 1
        order by last_date desc, uses desc
        limit ${limit}`);
      return rowsOf<{ kind: RecentFoodRow['kind']; food_id: string; uses: number; last_date: string; amount: number; unit: string; meal: string }>(res).map((r) => ({
        kind: r.kind,
        foodId: r.food_id,
        uses: Number(r.uses),
        lastDate: r.last_date,
        lastAmount: Number(r.amount),
        lastUnit: r.unit,
        lastMeal: r.meal,
      }));
    },
    /** The user's own meal names in the order first used (for the day view's meal list). */
    async mealNames(userId: string, date: string): Promise<string[]> {
      const rows = await db
        .select({ meal: diaryEntries.meal, first: sql<number>`min(${diaryEntries.seq})` })
        .from(diaryEntries)
        .where(and(live(userId), eq(diaryEntries.date, date)))
        .groupBy(diaryEntries.meal)
        .orderBy(asc(sql`min(${diaryEntries.seq})`));
      return rows.map((r) => r.meal);
    },
  };
}
export type DiaryRepository = ReturnType<typeof createDiaryRepository>;
