import { sql } from 'drizzle-orm';
import { bigserial, date, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PortionJson } from './foods.js';
import { users } from './users.js';

/**
 * User-owned: what a person ate, by local day and meal. Each row is a snapshot — name, grams and the
 * nutrients of the amount eaten, and the food's portions — so editing or re-importing a food never
 * rewrites history. `food_id` points at the food it came from (catalog, own food or recipe, by `kind`)
 * only for "recent foods"; it has no foreign key because the snapshot, not the food, is the record.
 * Deleting sets `deleted_at` so the entry can be restored (undo).
 */
export const diaryEntries = pgTable(
  'diary_entries',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    /** Insertion order within a day. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    meal: text('meal').notNull(),
    /** catalog | custom | recipe | quick */
    kind: text('kind').notNull(),
    foodId: uuid('food_id'),
    name: text('name').notNull(),
    brand: text('brand'),
    amount: doublePrecision('amount').notNull(),
    unit: text('unit').notNull(),
    grams: doublePrecision('grams'),
    energyKcal: doublePrecision('energy_kcal').notNull(),
    proteinG: doublePrecision('protein_g').notNull(),
    fatG: doublePrecision('fat_g').notNull(),
    saturatedFatG: doublePrecision('saturated_fat_g'),
    carbsG: doublePrecision('carbs_g').notNull(),
    fiberG: doublePrecision('fiber_g'),
    sugarsG: doublePrecision('sugars_g'),
    sodiumMg: doublePrecision('sodium_mg'),
    portions: jsonb('portions').$type<PortionJson[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Stable key of an imported entry (hash of source, day, meal…): importing the same file twice adds nothing. */
    sourceKey: text('source_key'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('diary_entries_user_date').on(t.userId, t.date),
    // Only imported entries carry a source key: an entry logged in the app adds nothing to this index.
    uniqueIndex('diary_entries_user_source_key').on(t.userId, t.sourceKey).where(sql`${t.sourceKey} is not null`),
  ],
);
