import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customExercises, exercises } from './exercises.js';
import { users } from './users.js';

/**
 * User-owned: one training session. `date` is the local day it counts toward; `started_at`/`ended_at` are
 * instants (the duration costs energy). `body_weight_g` is the body weight when it was logged, a snapshot
 * so bodyweight loads and energy of old sessions never change when the person's weight does.
 */
export const workouts = pgTable(
  'workouts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull().default(''),
    notes: text('notes').notNull().default(''),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    bodyWeightG: integer('body_weight_g'),
    /** Net kcal a device measured (Apple Health's active energy); when set, it stands in for the MET estimate. */
    energyKcal: doublePrecision('energy_kcal'),
    /** Stable key of an imported workout (hash of source, start, name): importing the same file twice adds nothing. */
    sourceKey: text('source_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('workouts_user_date').on(t.userId, t.date),
    // Only imported workouts carry a source key: a workout logged in the app adds nothing to this index.
    uniqueIndex('workouts_user_source_key').on(t.userId, t.sourceKey).where(sql`${t.sourceKey} is not null`),
  ],
);

/**
 * User-owned: an exercise of a workout, in order. It names a catalog exercise or one of the user's own
 * (exactly one). Exercises sharing a `superset_group` within a workout are done as a superset.
 */
export const workoutExercises = pgTable(
  'workout_exercises',
  {
    userId: uuid('user_id').notNull(),
    workoutId: uuid('workout_id').notNull(),
    position: smallint('position').notNull(),
    exerciseId: uuid('exercise_id').references(() => exercises.id, { onDelete: 'no action' }),
    customExerciseId: uuid('custom_exercise_id'),
    supersetGroup: smallint('superset_group'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.workoutId, t.position] }),
    foreignKey({ columns: [t.userId, t.workoutId], foreignColumns: [workouts.userId, workouts.id], name: 'workout_exercises_workout_fk' }).onDelete('cascade'),
    foreignKey({
      columns: [t.userId, t.customExerciseId],
      foreignColumns: [customExercises.userId, customExercises.id],
      name: 'workout_exercises_custom_fk',
    }).onDelete('no action'),
    check('workout_exercises_one_exercise', sql`(${t.exerciseId} is null) <> (${t.customExerciseId} is null)`),
    index('workout_exercises_user_exercise').on(t.userId, t.exerciseId),
    index('workout_exercises_user_custom').on(t.userId, t.customExerciseId),
  ],
);

/**
 * User-owned: one set. Mass in grams (`load_g`: the bar or stack for weighted exercises, the added load for
 * weighted bodyweight ones, the assistance for assisted ones), time in seconds, distance in centimetres.
 * RPE (1–10) or reps in reserve. Warm-ups, and sets not ticked `completed`, count toward nothing.
 */
export const workoutSets = pgTable(
  'workout_sets',
  {
    userId: uuid('user_id').notNull(),
    workoutId: uuid('workout_id').notNull(),
    exercisePosition: smallint('exercise_position').notNull(),
    position: smallint('position').notNull(),
    setType: text('set_type').notNull(),
    reps: integer('reps'),
    loadG: integer('load_g'),
    durationS: integer('duration_s'),
    distanceCm: integer('distance_cm'),
    rpe: doublePrecision('rpe'),
    rir: smallint('rir'),
    completed: boolean('completed').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.workoutId, t.exercisePosition, t.position] }),
    foreignKey({
      columns: [t.userId, t.workoutId, t.exercisePosition],
      foreignColumns: [workoutExercises.userId, workoutExercises.workoutId, workoutExercises.position],
      name: 'workout_sets_exercise_fk',
    }).onDelete('cascade'),
  ],
);

/** A planned set of a routine, in storage units. */
export interface PlannedSetJson {
  setType: string;
  reps: number | null;
  loadG: number | null;
  durationS: number | null;
  distanceCm: number | null;
}

/** User-owned: a routine (template) to start a workout from. */
export const routines = pgTable(
  'routines',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** User-owned: an exercise of a routine with its planned sets (a template, so a JSON list is enough). */
export const routineExercises = pgTable(
  'routine_exercises',
  {
    userId: uuid('user_id').notNull(),
    routineId: uuid('routine_id').notNull(),
    position: smallint('position').notNull(),
    exerciseId: uuid('exercise_id').references(() => exercises.id, { onDelete: 'no action' }),
    customExerciseId: uuid('custom_exercise_id'),
    supersetGroup: smallint('superset_group'),
    restSeconds: integer('rest_seconds'),
    notes: text('notes').notNull().default(''),
    sets: jsonb('sets').$type<PlannedSetJson[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.routineId, t.position] }),
    foreignKey({ columns: [t.userId, t.routineId], foreignColumns: [routines.userId, routines.id], name: 'routine_exercises_routine_fk' }).onDelete('cascade'),
    foreignKey({
      columns: [t.userId, t.customExerciseId],
      foreignColumns: [customExercises.userId, customExercises.id],
      name: 'routine_exercises_custom_fk',
    }).onDelete('no action'),
    check('routine_exercises_one_exercise', sql`(${t.exerciseId} is null) <> (${t.customExerciseId} is null)`),
  ],
);
