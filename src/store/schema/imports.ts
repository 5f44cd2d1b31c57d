import { sql } from 'drizzle-orm';
import { check, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customExercises, exercises } from './exercises.js';
import { users } from './users.js';

/**
 * User-owned: how a person wants an exercise name from another app read, as confirmed on the import page
 * (or with `platewise import … --map`). It names a catalog exercise or one of their own; neither means
 * "make it an exercise of my own". Later imports from any app reuse it.
 */
export const exerciseMappings = pgTable(
  'exercise_mappings',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** catalogNameKey of the name as the other app writes it. */
    nameKey: text('name_key').notNull(),
    /** The name as the other app writes it, for display. */
    name: text('name').notNull(),
    exerciseId: uuid('exercise_id').references(() => exercises.id, { onDelete: 'cascade' }),
    customExerciseId: uuid('custom_exercise_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.nameKey] }),
    foreignKey({
      columns: [t.userId, t.customExerciseId],
      foreignColumns: [customExercises.userId, customExercises.id],
      name: 'exercise_mappings_custom_fk',
    }).onDelete('cascade'),
    check('exercise_mappings_at_most_one', sql`${t.exerciseId} is null or ${t.customExerciseId} is null`),
  ],
);
