import { sql } from 'drizzle-orm';
import { bigserial, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Girths } from '../../core/body/body-log.js';
import { users } from './users.js';

/**
 * User-owned: the body log. One row per measurement session: a weigh-in (grams), a body-fat reading,
 * girths (cm, by site), or any mix; several a day are fine and keep their order in `seq`.
 */
export const bodyEntries = pgTable(
  'body_entries',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Local time of day, HH:MM, when given. */
    time: text('time'),
    weightG: doublePrecision('weight_g'),
    bodyFatPct: doublePrecision('body_fat_pct'),
    girthsCm: jsonb('girths_cm').$type<Girths>().notNull().default({}),
    note: text('note'),
    /** Stable key of an imported reading (hash of source, instant, kind): importing the same file twice adds nothing. */
    sourceKey: text('source_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('body_entries_user_date').on(t.userId, t.date),
    // Only imported entries carry a source key: an entry logged in the app adds nothing to this index.
    uniqueIndex('body_entries_user_source_key').on(t.userId, t.sourceKey).where(sql`${t.sourceKey} is not null`),
  ],
);

/** User-owned: one night of sleep per row, dated by the morning it ends. */
export const sleepLog = pgTable(
  'sleep_log',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    durationS: integer('duration_s').notNull(),
    /** 1 (poor) … 5 (great), when given. */
    quality: smallint('quality'),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.date] })],
);
