import { sql } from 'drizzle-orm';
import { doublePrecision, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * Shared table: the exercise catalog — our starter list (`platewise`) and imports (`free-exercise-db`,
 * `wger`), one row per source + source id. Muscles are ids of the fixed vocabulary (core/training/
 * muscles.ts), primary weight 1 and secondary 0.5. wger rows keep their licence and author per row for
 * attribution (CC-BY-SA). `search_text` is the lower-cased name and aliases, trigram-indexed.
 */
export const exercises = pgTable(
  'exercises',
  {
    id: uuid('id').primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull(),
    equipment: text('equipment').notNull(),
    pattern: text('pattern').notNull(),
    loadType: text('load_type').notNull(),
    primaryMuscles: text('primary_muscles').array().notNull(),
    secondaryMuscles: text('secondary_muscles').array().notNull(),
    metCode: text('met_code').notNull(),
    met: doublePrecision('met').notNull(),
    license: text('license'),
    licenseUrl: text('license_url'),
    licenseAuthor: text('license_author'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('exercises_source_key').on(t.source, t.sourceId),
    index('exercises_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** User-owned: a person's own exercises, with the same muscle data as the catalog. */
export const customExercises = pgTable(
  'custom_exercises',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    /** catalogNameKey(name): one exercise of a name per user. */
    nameKey: text('name_key').notNull(),
    equipment: text('equipment').notNull(),
    pattern: text('pattern').notNull(),
    loadType: text('load_type').notNull(),
    primaryMuscles: text('primary_muscles').array().notNull(),
    secondaryMuscles: text('secondary_muscles').array().notNull(),
    metCode: text('met_code').notNull(),
    met: doublePrecision('met').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] }), uniqueIndex('custom_exercises_user_name').on(t.userId, t.nameKey)],
);
