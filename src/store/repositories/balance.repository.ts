import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { customExercises, exercises, workoutExercises, workouts, workoutSets } from '../schema/index.js';

/** Completed sets of one exercise, of one set type, on one day, with what the exercise trains. */
export interface PerformedSetRow {
  date: string;
  setType: string;
  /** How many such sets (one row stands for them all). */
  sets: number;
  /** The exercise's movement pattern (`cardio` credits no muscle). */
  pattern: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
}

/** The heaviest completed working set of one catalog exercise for one rep count on one day. */
export interface TopSetRow {
  /** The catalog row's source id (e.g. `barbell-back-squat`). */
  sourceId: string;
  date: string;
  reps: number;
  loadG: number;
}

// Every join between user-owned tables matches on user_id (shared/DESIGN.md §3), so the planner walks the
// primary keys (user_id, workout_id, …) from the rows the (user_id, date) index finds.
const exerciseJoin = and(eq(workoutExercises.userId, workouts.userId), eq(workoutExercises.workoutId, workouts.id));
const setJoin = and(
  eq(workoutSets.userId, workoutExercises.userId),
  eq(workoutSets.workoutId, workoutExercises.workoutId),
  eq(workoutSets.exercisePosition, workoutExercises.position),
);
const customJoin = and(eq(customExercises.userId, workoutExercises.userId), eq(customExercises.id, workoutExercises.customExerciseId));
const pattern = sql<string>`coalesce(${exercises.pattern}, ${customExercises.pattern})`;
const primary = sql<string[]>`coalesce(${exercises.primaryMuscles}, ${customExercises.primaryMuscles})`;
const secondary = sql<string[]>`coalesce(${exercises.secondaryMuscles}, ${customExercises.secondaryMuscles})`;
/** A set the balance coach may count: ticked done and not a warm-up, of an exercise that trains a muscle. */
const hardSet = and(
  eq(workoutSets.completed, true),
  ne(workoutSets.setType, 'warmup'),
  sql`${pattern} <> 'cardio'`,
  sql`cardinality(${primary}) + cardinality(${secondary}) > 0`,
);

/** What the balance coach reads of the workout log: sets by day with their muscles, and top sets of lifts. */
export function createBalanceRepository(db: Db) {
  /** The first (or last) day passing `where` on which the user did a hard set that passes `setWhere`. */
  async function trainingDay(userId: string, where: SQL[], setWhere: SQL[], order: 'asc' | 'desc'): Promise<string | null> {
    // EXISTS over the (user_id, date) index in date order: the walk stops at the first day that qualifies.
    const [row] = await db
      .select({ date: workouts.date })
      .from(workouts)
      .where(
        and(
          eq(workouts.userId, userId),
          ...where,
          sql`exists (${db
            .select({ one: sql`1` })
            .from(workoutExercises)
            .innerJoin(workoutSets, setJoin)
            .leftJoin(exercises, eq(exercises.id, workoutExercises.exerciseId))
            .leftJoin(customExercises, customJoin)
            .where(and(exerciseJoin, hardSet, ...setWhere))})`,
        ),
      )
      .orderBy(order === 'asc' ? asc(workouts.date) : desc(workouts.date))
      .limit(1);
    return row?.date ?? null;
  }

  return {
    /**
     * Completed sets of every workout dated in [from, to], grouped by day, exercise and set type, with the
     * exercise's pattern and muscles (catalog or custom). Warm-ups are included with their type.
     */
    async performedSets(userId: string, from: string, to: string): Promise<PerformedSetRow[]> {
      return db
        .select({
          date: workouts.date,
          setType: workoutSets.setType,
          sets: sql<number>`count(*)::int`,
          pattern,
          primaryMuscles: primary,
          secondaryMuscles: secondary,
        })
        .from(workouts)
        .innerJoin(workoutExercises, exerciseJoin)
        .innerJoin(workoutSets, setJoin)
        .leftJoin(exercises, eq(exercises.id, workoutExercises.exerciseId))
        .leftJoin(customExercises, customJoin)
        .where(and(eq(workouts.userId, userId), gte(workouts.date, from), lte(workouts.date, to), eq(workoutSets.completed, true)))
        .groupBy(workouts.date, workoutSets.setType, workoutExercises.exerciseId, workoutExercises.customExerciseId, exercises.id, customExercises.userId, customExercises.id)
        .orderBy(asc(workouts.date));
    },

    /**
     * For catalog exercises of `source` with the given source ids: the heaviest completed non-warm-up set per
     * day and rep count, for rep counts in [minReps, maxReps], in [from, to] (what any e1RM formula needs).
     */
    async topSets(userId: string, q: { source: string; sourceIds: readonly string[]; from: string; to: string; minReps: number; maxReps: number }): Promise<TopSetRow[]> {
      if (q.sourceIds.length === 0) return [];
      return db
        .select({ sourceId: exercises.sourceId, date: workouts.date, reps: sql<number>`${workoutSets.reps}`, loadG: sql<number>`max(${workoutSets.loadG})::int` })
        .from(workouts)
        .innerJoin(workoutExercises, exerciseJoin)
        .innerJoin(workoutSets, setJoin)
        .innerJoin(exercises, eq(exercises.id, workoutExercises.exerciseId))
        .where(
          and(
            eq(workouts.userId, userId),
            gte(workouts.date, q.from),
            lte(workouts.date, q.to),
            eq(exercises.source, q.source),
            inArray(exercises.sourceId, [...q.sourceIds]),
            eq(workoutSets.completed, true),
            ne(workoutSets.setType, 'warmup'),
            gte(workoutSets.reps, q.minReps),
            lte(workoutSets.reps, q.maxReps),
            sql`${workoutSets.loadG} > 0`,
          ),
        )
        .groupBy(exercises.sourceId, workouts.date, workoutSets.reps)
        .orderBy(asc(workouts.date));
    },

    /** The first day on or before `onOrBefore` with a hard set (completed, not a warm-up, of an exercise that trains a muscle). */
    async firstTrainingDay(userId: string, onOrBefore: string): Promise<string | null> {
      return trainingDay(userId, [lte(workouts.date, onOrBefore)], [], 'asc');
    },

    /** The last day before `before` (and on or after `notBefore`) with a hard set crediting any of `muscles`, prime mover or synergist. */
    async lastDayTraining(userId: string, muscles: readonly string[], before: string, notBefore?: string): Promise<string | null> {
      if (muscles.length === 0) return null;
      const list = sql`array[${sql.join(
        muscles.map((m) => sql`${m}`),
        sql`, `,
      )}]::text[]`;
      const where: SQL[] = [lt(workouts.date, before)];
      if (notBefore) where.push(gte(workouts.date, notBefore));
      return trainingDay(userId, where, [sql`(${primary} && ${list} or ${secondary} && ${list})`], 'desc');
    },
  };
}
export type BalanceRepository = ReturnType<typeof createBalanceRepository>;
