import { and, asc, desc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db.js';
import { bodyEntries, sleepLog } from '../schema/index.js';

export type BodyEntryRow = typeof bodyEntries.$inferSelect;
/** A new or replaced entry: everything but the key, the order and the timestamps. */
export type BodyEntryValues = Omit<BodyEntryRow, 'userId' | 'id' | 'seq' | 'createdAt' | 'updatedAt' | 'sourceKey'>;
export type SleepRow = typeof sleepLog.$inferSelect;
export type SleepValues = Omit<SleepRow, 'userId' | 'date' | 'updatedAt'>;

const inRange = (column: typeof bodyEntries.date | typeof sleepLog.date, from?: string, to?: string) => [
  ...(from ? [gte(column, from)] : []),
  ...(to ? [lte(column, to)] : []),
];

/** A user's body log (weigh-ins, body fat, girths) and sleep; every method takes the user id. */
export function createBodyRepository(db: Db) {
  return {
    async insert(userId: string, id: string, values: BodyEntryValues, now: Date): Promise<BodyEntryRow> {
      const [row] = await db
        .insert(bodyEntries)
        .values({ ...values, userId, id, createdAt: now, updatedAt: now })
        .returning();
      return row!;
    },
    async get(userId: string, id: string): Promise<BodyEntryRow | null> {
      const [row] = await db
        .select()
        .from(bodyEntries)
        .where(and(eq(bodyEntries.userId, userId), eq(bodyEntries.id, id)))
        .limit(1);
      return row ?? null;
    },
    async update(userId: string, id: string, values: BodyEntryValues, now: Date): Promise<BodyEntryRow | null> {
      const [row] = await db
        .update(bodyEntries)
        .set({ ...values, updatedAt: now })
        .where(and(eq(bodyEntries.userId, userId), eq(bodyEntries.id, id)))
        .returning();
      return row ?? null;
    },
    async delete(userId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(bodyEntries)
        .where(and(eq(bodyEntries.userId, userId), eq(bodyEntries.id, id)))
        .returning({ id: bodyEntries.id });
      return rows.length > 0;
    },
    /** Entries in [from, to], newest day first, then latest logged first. */
    async list(userId: string, from: string | undefined, to: string | undefined, limit: number): Promise<BodyEntryRow[]> {
      return db
        .select()
        .from(bodyEntries)
        .where(and(eq(bodyEntries.userId, userId), ...inRange(bodyEntries.date, from, to)))
        .orderBy(desc(bodyEntries.date), desc(bodyEntries.seq))
        .limit(limit);
    },
    /** Weigh-ins in [from, to] (from omitted: all history), oldest first; grams. */
    async weights(userId: string, to: string, from?: string): Promise<Array<{ date: string; weightG: number }>> {
      const rows = await db
        .select({ date: bodyEntries.date, weightG: bodyEntries.weightG })
        .from(bodyEntries)
        .where(and(eq(bodyEntries.userId, userId), isNotNull(bodyEntries.weightG), ...inRange(bodyEntries.date, from, to)))
        .orderBy(asc(bodyEntries.date), asc(bodyEntries.seq));
      return rows.map((r) => ({ date: r.date, weightG: r.weightG! }));
    },
    /** The latest body-fat reading on or before `to`, with its day's weight if any. */
    async latestBodyFat(userId: string, to: string): Promise<{ date: string; bodyFatPct: number; weightG: number | null } | null> {
      const [row] = await db
        .select({ date: bodyEntries.date, bodyFatPct: bodyEntries.bodyFatPct, weightG: bodyEntries.weightG })
        .from(bodyEntries)
        .where(and(eq(bodyEntries.userId, userId), isNotNull(bodyEntries.bodyFatPct), lte(bodyEntries.date, to)))
        .orderBy(desc(bodyEntries.date), desc(bodyEntries.seq))
        .limit(1);
      return row ? { date: row.date, bodyFatPct: row.bodyFatPct!, weightG: row.weightG } : null;
    },
    async putSleep(userId: string, date: string, values: SleepValues, now: Date): Promise<SleepRow> {
      const [row] = await db
        .insert(sleepLog)
        .values({ ...values, userId, date, updatedAt: now })
        .onConflictDoUpdate({ target: [sleepLog.userId, sleepLog.date], set: { ...values, updatedAt: now } })
        .returning();
      return row!;
    },
    async getSleep(userId: string, date: string): Promise<SleepRow | null> {
      const [row] = await db
        .select()
        .from(sleepLog)
        .where(and(eq(sleepLog.userId, userId), eq(sleepLog.date, date)))
        .limit(1);
      return row ?? null;
    },
    async deleteSleep(userId: string, date: string): Promise<boolean> {
      const rows = await db
        .delete(sleepLog)
        .where(and(eq(sleepLog.userId, userId), eq(sleepLog.date, date)))
        .returning({ date: sleepLog.date });
      return rows.length > 0;
    },
    /** Nights in [from, to], newest first. */
    async listSleep(userId: string, from: string | undefined, to: string | undefined, limit: number): Promise<SleepRow[]> {
      return db
        .select()
        .from(sleepLog)
        .where(and(eq(sleepLog.userId, userId), ...inRange(sleepLog.date, from, to)))
        .orderBy(desc(sleepLog.date))
        .limit(limit);
    },
  };
}
export type BodyRepository = ReturnType<typeof createBodyRepository>;
