import { boolean, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** User-owned: preferences that exist before (and apart from) a profile. One row per user. */
export const userSettings = pgTable('user_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** 1 = Monday … 7 = Sunday. */
  weekStartsOn: smallint('week_starts_on').notNull().default(1),
  /** Whether logged exercise energy is added to the day's food budget (MyPlate/MFP "net calories"). */
  exerciseEnergyInBudget: boolean('exercise_energy_in_budget').notNull().default(true),
  /** IANA zone for "today"; null = the server's zone. */
  timeZone: text('time_zone'),
  /** What the calorie budget starts from: 'formula' (resting × activity) or 'learned' (expenditure learned from the logs). */
  budgetSource: text('budget_source').$type<'formula' | 'learned'>().notNull().default('formula'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
