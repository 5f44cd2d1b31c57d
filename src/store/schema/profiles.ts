import { date, doublePrecision, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** User-owned: the body and the goal a person told us about. One row per user. */
export const profiles = pgTable('profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  sex: text('sex').notNull(),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  heightCm: doublePrecision('height_cm').notNull(),
  weightKg: doublePrecision('weight_kg').notNull(),
  activity: text('activity').notNull(),
  goal: text('goal').notNull(),
  units: text('units').notNull(),
  formula: text('formula').notNull(),
  bodyFatPct: doublePrecision('body_fat_pct'),
  proteinGPerKg: doublePrecision('protein_g_per_kg'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
