import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { workoutExercises, workouts, workoutSets } from '../schema/index.js';

export type WorkoutRow = typeof workouts.$inferSelect;
/** What a request sets; an import's source key and a device's energy are the importer's (import.repository.ts). */
export type WorkoutValues = Omit<WorkoutRow, 'userId' | 'id' | 'createdAt' | 'updatedAt' | 'energyKcal' | 'sourceKey'>;
export type WorkoutExerciseRow = typeof workoutExercises.$inferSelect;
export type WorkoutSetRow = typeof workoutSets.$inferSelect;
export type WorkoutExerciseValues = Omit<WorkoutExerciseRow, 'userId' | 'workoutId'>;
export type WorkoutSetValues = Omit<WorkoutSetRow, 'userId' | 'workoutId'>;

/** A workout with its exercises and sets, in order. */
export interface WorkoutAggregate {
  workout: WorkoutRow;
  exercises: WorkoutExerciseRow[];
  sets: WorkoutSetRow[];
}

/** One set of an exercise's history, with the workout it belongs to. */
export interface HistoryRow {
  workoutId: string;
  date: string;
  startedAt: Date | null;
  createdAt: Date;
  bodyWeightG: number | null;
  exerciseId: string | null;
  customExerciseId: string | null;
  exercisePosition: number;
  set: WorkoutSetRow;
}

export interface ListOptions {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

/** Exercise refs: catalog ids and custom ids. */
export interface ExerciseRefs {
  catalog: readonly string[];
  custom: readonly string[];
}

/**
 * The maxima over a user's sessions of one exercise before a date, from exercise_session_bests (migration 0011):
 * kg as the app computes them from the sets, or raw grams/reps/seconds/centimetres. Arrays are by reps, 1–10.
 */
export interface BestsBeforeRow {
  ref: string;
  maxReps: number | null;
  maxLoadG: number | null;
  maxDurationS: number | null;
  maxDistanceCm: number | null;
  setVolumeKg: number | null;
  volumeKg: number | null;
  /** Weighted-bodyweight session volume of workouts with a body weight. */
  volumeBwKg: number | null;
  /** The same for workouts without one, at the fallback body weight (asked for only), close to (not exactly) the app's sum. */
  volumeAtFallbackKg: number | null;
  /** Heaviest load at r reps (a missing load as 0), g. */
  loadG: Array<number | null>;
  /** Heaviest body weight + load at r reps of workouts with a body weight, kg (bw / 1000 + load / 1000). */
  bodyPlusLoadKg: Array<number | null>;
  /** Heaviest load at r reps of workouts without a body weight, g. */
  loadWithoutBodyWeightG: Array<number | null>;
}

const REPS_1_TO_10 = Array.from({ length: 10 }, (_, i) => i + 1);
const rowsOf = <T>(res: unknown): T[] => ((res as { rows?: T[] }).rows ?? []) as T[];

const byWorkout = (userId: string, workoutId: string) => and(eq(workoutExercises.userId, userId), eq(workoutExercises.workoutId, workoutId));

/** Workouts, their exercises and sets; one aggregate written whole, every method scoped by user id. */
export function createWorkoutRepository(db: Db) {
  async function writeChildren(tx: Db, userId: string, workoutId: string, ex: readonly WorkoutExerciseValues[], sets: readonly WorkoutSetValues[]) {
    if (ex.length > 0) await tx.insert(workoutExercises).values(ex.map((e) => ({ ...e, userId, workoutId })));
    if (sets.length > 0) await tx.insert(workoutSets).values(sets.map((s) => ({ ...s, userId, workoutId })));
  }

  return {
    async insert(userId: string, id: string, values: WorkoutValues, ex: readonly WorkoutExerciseValues[], sets: readonly WorkoutSetValues[], now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.insert(workouts).values({ ...values, userId, id, createdAt: now, updatedAt: now });
        await writeChildren(tx as unknown as Db, userId, id, ex, sets);
      });
    },

    /** Replaces a workout's fields, exercises and sets; false when the user has no such workout. */
    async replace(userId: string, id: string, values: WorkoutValues, ex: readonly WorkoutExerciseValues[], sets: readonly WorkoutSetValues[], now: Date): Promise<boolean> {
      return db.transaction(async (tx) => {
        const updated = await tx
          .update(workouts)
          .set({ ...values, updatedAt: now })
          .where(and(eq(workouts.userId, userId), eq(workouts.id, id)))
          .returning({ id: workouts.id });
        if (updated.length === 0) return false;
        // Sets go with their exercises (ON DELETE CASCADE).
        await tx.delete(workoutExercises).where(byWorkout(userId, id));
        await writeChildren(tx as unknown as Db, userId, id, ex, sets);
        return true;
      });
    },

    async get(userId: string, id: string): Promise<WorkoutAggregate | null> {
      const [workout] = await db
        .select()
        .from(workouts)
        .where(and(eq(workouts.userId, userId), eq(workouts.id, id)))
        .limit(1);
      if (!workout) return null;
      const { exercises, sets } = await this.contents(userId, [id]);
      return { workout, exercises, sets };
    },

    /** Workouts in a date range, newest first. */
    async list(userId: string, opts: ListOptions = {}): Promise<WorkoutRow[]> {
      const where: SQL[] = [eq(workouts.userId, userId)];
      if (opts.from) where.push(gte(workouts.date, opts.from));
      if (opts.to) where.push(lte(workouts.date, opts.to));
      const query = db
        .select()
        .from(workouts)
        .where(and(...where))
        .orderBy(desc(workouts.date), sql`${workouts.startedAt} desc nulls last`, desc(workouts.createdAt));
      return opts.limit === undefined ? query : query.limit(opts.limit);
    },

    /** Exercises and sets of several workouts, in order. */
    async contents(userId: string, workoutIds: readonly string[]): Promise<{ exercises: WorkoutExerciseRow[]; sets: WorkoutSetRow[] }> {
      if (workoutIds.length === 0) return { exercises: [], sets: [] };
      const ids = [...workoutIds];
      const [exercises, sets] = await Promise.all([
        db
          .select()
          .from(workoutExercises)
          .where(and(eq(workoutExercises.userId, userId), inArray(workoutExercises.workoutId, ids)))
          .orderBy(asc(workoutExercises.workoutId), asc(workoutExercises.position)),
        db
          .select()
          .from(workoutSets)
          .where(and(eq(workoutSets.userId, userId), inArray(workoutSets.workoutId, ids)))
          .orderBy(asc(workoutSets.workoutId), asc(workoutSets.exercisePosition), asc(workoutSets.position)),
      ]);
      return { exercises, sets };
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(workouts)
        .where(and(eq(workouts.userId, userId), eq(workouts.id, id)))
        .returning({ id: workouts.id });
      return rows.length > 0;
    },

    /**
     * Every logged set of the given exercises, oldest workout first (date, start, creation), then in order.
     * Two key-driven queries merged here rather than one three-way join: the join's plan depends on table
     * statistics, which PGlite (no autovacuum) never gathers, and without them it scanned every workout per set.
     */
    /** Every set of these exercises, oldest session first; `from`/`to` bound the sessions' dates (inclusive). */
    async history(userId: string, refs: ExerciseRefs, opts: { from?: string | undefined; to?: string | undefined } = {}): Promise<HistoryRow[]> {
      const which: SQL[] = [];
      if (refs.catalog.length > 0) which.push(inArray(workoutExercises.exerciseId, [...refs.catalog]));
      if (refs.custom.length > 0) which.push(inArray(workoutExercises.customExerciseId, [...refs.custom]));
      if (which.length === 0) return [];
      // The workouts on or after `from` (and up to `to`) first, by the (user, date) index; their ids then bound the
      // sets' read by key. As a subquery, PGlite's planner (no statistics) read every session of the exercises.
      let window: string[] | null = null;
      if (opts.from) {
        const within: SQL[] = [eq(workouts.userId, userId), gte(workouts.date, opts.from)];
        if (opts.to) within.push(lte(workouts.date, opts.to));
        window = (await db.select({ id: workouts.id }).from(workouts).where(and(...within))).map((w) => w.id);
        if (window.length === 0) return [];
      }
      // Flat columns: drizzle's mapping of a nested `set: workoutSets` object cost more than the query itself.
      const sets = await db
        .select({
          exerciseId: workoutExercises.exerciseId,
          customExerciseId: workoutExercises.customExerciseId,
          workoutId: workoutSets.workoutId,
          exercisePosition: workoutSets.exercisePosition,
          position: workoutSets.position,
          setType: workoutSets.setType,
          reps: workoutSets.reps,
          loadG: workoutSets.loadG,
          durationS: workoutSets.durationS,
          distanceCm: workoutSets.distanceCm,
          rpe: workoutSets.rpe,
          rir: workoutSets.rir,
          completed: workoutSets.completed,
        })
        .from(workoutExercises)
        .innerJoin(
          workoutSets,
          and(
            eq(workoutSets.userId, workoutExercises.userId),
            eq(workoutSets.workoutId, workoutExercises.workoutId),
            eq(workoutSets.exercisePosition, workoutExercises.position),
          ),
        )
        .where(and(eq(workoutExercises.userId, userId), or(...which), ...(window ? [inArray(workoutExercises.workoutId, window)] : [])));
      if (sets.length === 0) return [];
      const where: SQL[] = [eq(workouts.userId, userId), inArray(workouts.id, [...new Set(sets.map((r) => r.workoutId))])];
      if (opts.from) where.push(gte(workouts.date, opts.from));
      if (opts.to) where.push(lte(workouts.date, opts.to));
      const heads = await db
        .select({ id: workouts.id, date: workouts.date, startedAt: workouts.startedAt, createdAt: workouts.createdAt, bodyWeightG: workouts.bodyWeightG })
        .from(workouts)
        .where(and(...where));
      const order = new Map(
        heads
          .map((w) => [w.id, `${w.date}|${w.startedAt ? w.startedAt.toISOString() : '~'}|${w.createdAt.toISOString()}|${w.id}`] as const)
          .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
          .map(([id], i) => [id, i]),
      );
      const byId = new Map(heads.map((w) => [w.id, w]));
      return sets
        .filter((r) => order.has(r.workoutId))
        .sort((a, b) => order.get(a.workoutId)! - order.get(b.workoutId)! || a.exercisePosition - b.exercisePosition || a.position - b.position)
        .map(({ exerciseId, customExerciseId, ...set }) => {
          const w = byId.get(set.workoutId)!;
          return {
            workoutId: w.id,
            date: w.date,
            startedAt: w.startedAt,
            createdAt: w.createdAt,
            bodyWeightG: w.bodyWeightG,
            exerciseId,
            customExerciseId,
            exercisePosition: set.exercisePosition,
            set: { ...set, userId },
          };
        });
    },

    /**
     * The best of each kind over the sessions of these exercises dated before `before`, one row per exercise
     * that has any: the year rows (exercise_year_bests, migration 0013) of earlier years and the session rows
     * (exercise_session_bests) of `before`'s year, so at most a year of sessions however long the history.
     * `fallbackKg` is the body weight workouts logged without one count at; the session volume at it is read
     * per session, and only for `fallbackRefs` (the exercises whose volume depends on it).
     */
    async bestsBefore(userId: string, refs: readonly string[], before: string, fallbackKg: number | null, fallbackRefs: readonly string[] = []): Promise<BestsBeforeRow[]> {
      if (refs.length === 0) return [];
      const year = Number(before.slice(0, 4));
      const perReps = (f: (r: number) => string) => sql.raw(`array[${REPS_1_TO_10.map(f).join(', ')}]`);
      const res = await db.execute(sql`
        with rows as (
          select exercise_ref, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg,
            null::float8 as volume_at_fallback_kg, load_g, body_plus_load_kg, load_without_body_weight_g
          from exercise_year_bests
          where user_id = ${userId} and exercise_ref = any(${sql.param([...refs])}::uuid[]) and year < ${year}
          union all
          select exercise_ref, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg, null,
            loads_by_reps, ${perReps((r) => `body_weight_g::float8 / 1000 + loads_by_reps[${r}]::float8 / 1000`)},
            case when body_weight_g is null then loads_by_reps end
          from exercise_session_bests
          where user_id = ${userId} and exercise_ref = any(${sql.param([...refs])}::uuid[]) and date >= make_date(${year}, 1, 1) and date < ${before}::date
          union all
          select exercise_ref, null, null, null, null, null, null, null, ${fallbackKg}::float8 * volume_reps + volume_load_g::float8 / 1000, null, null, null
          from exercise_session_bests
          where user_id = ${userId} and exercise_ref = any(${sql.param([...(fallbackKg === null ? [] : fallbackRefs)])}::uuid[]) and body_weight_g is null and date < ${before}::date
        )
        select exercise_ref::text as "ref", max(max_reps) as "maxReps", max(max_load_g) as "maxLoadG",
          max(max_duration_s) as "maxDurationS", max(max_distance_cm) as "maxDistanceCm",
          max(set_volume_kg) as "setVolumeKg", max(volume_kg) as "volumeKg", max(volume_bw_kg) as "volumeBwKg",
          max(volume_at_fallback_kg) as "volumeAtFallbackKg",
          ${perReps((r) => `max(load_g[${r}])`)} as "loadG",
          ${perReps((r) => `max(body_plus_load_kg[${r}])`)} as "bodyPlusLoadKg",
          ${perReps((r) => `max(load_without_body_weight_g[${r}])`)} as "loadWithoutBodyWeightG"
        from rows group by exercise_ref`);
      return rowsOf<BestsBeforeRow>(res);
    },

    /** For each of these exercises, the last date (before `before`, if given) with a session of it. */
    async lastDates(userId: string, refs: readonly string[], before?: string): Promise<Map<string, string>> {
      if (refs.length === 0) return new Map();
      // One probe of the key (user, exercise, date) per exercise, newest first.
      const res = await db.execute(sql`
        select r.ref::text as "ref", (
          select b.date::text from exercise_session_bests b
          where b.user_id = ${userId} and b.exercise_ref = r.ref ${before === undefined ? sql`` : sql`and b.date < ${before}::date`}
          order by b.date desc limit 1
        ) as "date"
        from unnest(${sql.param([...refs])}::uuid[]) as r(ref)`);
      return new Map(rowsOf<{ ref: string; date: string | null }>(res).flatMap((r) => (r.date === null ? [] : [[r.ref, r.date] as const])));
    },
  };
}
export type WorkoutRepository = ReturnType<typeof createWorkoutRepository>;
