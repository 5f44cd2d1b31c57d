import { and, asc, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { driverClient, type Db } from '../db.js';
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

/**
 * A new entry's whole row, written out field by field (seq is the database's, filled in after the insert). On
 * Node 20 `{ ...values, userId, createdAt }` gives every object its own hidden class once the code is optimized
 * (about 1 µs a property, and the garbage), and this runs for every logged entry.
 */
function newRow(userId: string, v: DiaryEntryValues & { id: string }, now: Date): DiaryEntryRow {
  return {
    userId,
    id: v.id,
    seq: 0,
    date: v.date,
    meal: v.meal,
    kind: v.kind,
    foodId: v.foodId,
    name: v.name,
    brand: v.brand,
    amount: v.amount,
    unit: v.unit,
    grams: v.grams,
    energyKcal: v.energyKcal,
    proteinG: v.proteinG,
    fatG: v.fatG,
    saturatedFatG: v.saturatedFatG,
    carbsG: v.carbsG,
    fiberG: v.fiberG,
    sugarsG: v.sugarsG,
    sodiumMg: v.sodiumMg,
    portions: v.portions,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    sourceKey: null,
  };
}

// The columns a batch of new entries writes, in the order of diary_entries_insert's parameters (migration
// 0021); the rest (seq, deleted_at, source_key) take their defaults.
const BATCH_COLUMNS = ['userId', 'id', 'date', 'meal', 'kind', 'foodId', 'name', 'brand', 'amount', 'unit', 'grams', 'energyKcal', 'proteinG', 'fatG', 'saturatedFatG', 'carbsG', 'fiberG', 'sugarsG', 'sodiumMg', 'portions', 'createdAt', 'updatedAt'] as const satisfies ReadonlyArray<keyof DiaryEntryRow>;
const INSERT_BATCH = `select user_id, id, seq from diary_entries_insert(${BATCH_COLUMNS.map((_k, i) => `$${i + 1}`).join(', ')})`;

type Inserted = Array<{ user_id: string; id: string; seq: number | string }>;
interface DriverClient {
  query(text: string | { name: string; text: string; values: unknown[] }, params?: unknown[]): Promise<{ rows: Inserted }>;
}

/**
 * Writes a batch through `diary_entries_insert` (migration 0021), one array a column, sent straight to the
 * driver: Drizzle's builder checks every value of a multi-row insert (its `is()` was the largest single cost of
 * a batch of 50 on PGlite), and the function's statement is planned once a session however many rows come,
 * where a multi-row VALUES was parsed and planned every time on PGlite. Both drivers take `(text, params)` with
 * arrays and answer `{ rows }`; json and timestamps go as text. On PostgreSQL the call is a named statement, so
 * each connection parses it once. Inside a transaction (no driver client) Drizzle builds the insert.
 */
async function insertBatch(db: Db, rows: readonly DiaryEntryRow[]): Promise<Inserted> {
  const driver = driverClient<DriverClient>(db);
  if (!driver) {
    return db
      .insert(diaryEntries)
      .values(rows.map(withoutSeq))
      .returning({ user_id: diaryEntries.userId, id: diaryEntries.id, seq: diaryEntries.seq });
  }
  const params = BATCH_COLUMNS.map((k) =>
    rows.map((r) => {
      const v = r[k];
      return v instanceof Date ? v.toISOString() : k === 'portions' ? JSON.stringify(v) : v;
    }),
  );
  // The Pool takes named statements; PGlite does not.
  if (driver.pool) return (await driver.client.query({ name: 'platewise_diary_insert', text: INSERT_BATCH, values: params })).rows;
  return (await driver.client.query(INSERT_BATCH, params)).rows;
}

/** The row to insert: seq is left to the database's sequence. */
const withoutSeq = ({ seq: _seq, ...row }: DiaryEntryRow): Omit<DiaryEntryRow, 'seq'> => row;

const live = (userId: string) => and(eq(diaryEntries.userId, userId), isNull(diaryEntries.deletedAt));

/** A user's diary entries; every method takes the user id. Deleted entries stay (deleted_at set) until purged, for undo. */
export function createDiaryRepository(db: Db) {
  // An entry logged or copied here is never an import, even when copied from one (import.repository.ts keys those).
  const insertRows = (rows: readonly DiaryEntryRow[]) => db.insert(diaryEntries).values(rows.map(withoutSeq)).returning();
  // Entries logged one at a time by many people at once share statements (write-batcher.ts); each row keeps its
  // own user id, and each caller gets back its own row, matched on (user id, id). Only the generated column
  // comes back: the rest is what was written.
  const insertOne = createWriteBatcher(async (rows: DiaryEntryRow[]): Promise<DiaryEntryRow[]> => {
    const inserted = await insertBatch(db, rows);
    if (inserted.length !== rows.length) throw new Error(`diary: ${rows.length} entries written, ${inserted.length} came back`);
    const seqs = new Map(inserted.map((r) => [`${r.user_id}.${r.id}`, Number(r.seq)]));
    for (const row of rows) row.seq = seqs.get(`${row.userId}.${row.id}`)!;
    return rows;
  });
  return {
    async insert(userId: string, rows: ReadonlyArray<DiaryEntryValues & { id: string }>, now: Date): Promise<DiaryEntryRow[]> {
      if (rows.length === 0) return [];
      const full = rows.map((r) => newRow(userId, r, now));
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
    /** Live entries of the days in [from, to], by day, each day's in the order they were logged. */
    async listBetween(userId: string, from: string, to: string): Promise<DiaryEntryRow[]> {
      return db
        .select()
        .from(diaryEntries)
        .where(and(live(userId), gte(diaryEntries.date, from), lte(diaryEntries.date, to)))
        .orderBy(asc(diaryEntries.date), asc(diaryEntries.seq));
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
