// Workout history's reads (workout.repository.ts exposes them): every set of some exercises with its workout, and
// the bests before a date from the tables the triggers keep (migrations 0011, 0013, 0020).
import { and, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { workoutExercises, workouts, workoutSets } from '../schema/index.js';
import { rowsOf } from './food-search.js';

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
  set: typeof workoutSets.$inferSelect;
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

/** A set as the JSON reads give it: workout id, exercise position, position, then the set's columns in order. */
export type SetTuple = [string, number, number, string, number | null, number | null, number | null, number | null, number | null, number | null, boolean];
/** A history row as the query gives it: the exercise (catalog, custom), then the set. */
type HistoryTuple = [string | null, string | null, ...SetTuple];
/** A JSON array from a read (node-postgres parses json, PGlite may hand back its text); none for null. */
export const parsed = <T>(json: unknown): T[] => (json === null || json === undefined ? [] : ((typeof json === 'string' ? JSON.parse(json) : json) as T[]));

const REPS_1_TO_10 = Array.from({ length: 10 }, (_, i) => i + 1);

/** The history reads of one database; every method takes the user id. */
export function createWorkoutHistoryReads(db: Db) {
  return {
    /**
     * Every set of these exercises, oldest workout first (date, start, creation), then in order; `from`/`to` bound
     * the sessions' dates (inclusive). With `last`, only the days that are some exercise's last day with a session
     * before `last.before` (any day when undefined), found by key in exercise_session_bests in the same statement:
     * each exercise's last session is then its rows' last workout.
     */
    async history(
      userId: string,
      refs: ExerciseRefs,
      opts: { from?: string | undefined; to?: string | undefined; last?: { before?: string | undefined } } = {},
    ): Promise<HistoryRow[]> {
      const which: SQL[] = [];
      if (refs.catalog.length > 0) which.push(inArray(workoutExercises.exerciseId, [...refs.catalog]));
      if (refs.custom.length > 0) which.push(inArray(workoutExercises.customExerciseId, [...refs.custom]));
      if (which.length === 0) return [];
      let sets: HistoryTuple[];
      let heads: Array<{ id: string; date: string; startedAt: Date | null; createdAt: Date; bodyWeightG: number | null }>;
      if (opts.from || opts.last) {
        // One statement: the workouts on or after `from` (and up to `to`) by the (user, date) index, then each one's
        // exercises and their sets by key. The laterals are fenced (OFFSET 0) and the exercise test is wrapped in
        // coalesce so that no index on exercise_id can drive the read: joined plainly, or with the ids as a subquery,
        // PGlite's planner (no statistics) read every session of the exercises. JSON as in setsJson.
        const within: SQL[] = [eq(workouts.userId, userId)];
        if (opts.from) within.push(gte(workouts.date, opts.from));
        if (opts.to) within.push(lte(workouts.date, opts.to));
        const columns = sql`${workouts.id} as id, ${workouts.date} as date, ${workouts.startedAt} as started_at, ${workouts.createdAt} as created_at, ${workouts.bodyWeightG} as body_weight_g`;
        let workoutsRead = sql`select ${columns} from ${workouts} where ${and(...within)}`;
        if (opts.last) {
          // Each day's workouts by (user, date) equality behind a fence. Written `date = any(array(…))`, a database
          // without statistics (PGlite never analyzes) read every workout of the person through an index on
          // (user_id, source_key) and filtered them by date: 2,487 workouts to find four days' at 10 years.
          const before = opts.last.before;
          workoutsRead = sql`select wk.* from (select distinct d.date from unnest(array(
              select (select b.date from exercise_session_bests b where b.user_id = ${userId} and b.exercise_ref = r.ref
                ${before === undefined ? sql`` : sql`and b.date < ${before}::date`} order by b.date desc limit 1)
              from unnest(${sql.param([...refs.catalog, ...refs.custom])}::uuid[]) as r(ref))) as d(date) where d.date is not null) d
            cross join lateral (select ${columns} from ${workouts} where ${and(...within, sql`${workouts.date} = d.date`)} offset 0) wk`;
        }
        const res = await db.execute(sql`
          with w as materialized (${workoutsRead})
          select (select json_agg(json_build_array(w.id, w.date, w.started_at, w.created_at, w.body_weight_g)) from w) as "heads",
            (select json_agg(json_build_array(e.exercise_id, e.custom_exercise_id, s.workout_id, s.exercise_position, s.position, s.set_type,
                s.reps, s.load_g, s.duration_s, s.distance_cm, s.rpe, s.rir, s.completed))
              from w
              cross join lateral (select ${workoutExercises.workoutId}, ${workoutExercises.position}, ${workoutExercises.exerciseId}, ${workoutExercises.customExerciseId}
                from ${workoutExercises} where ${workoutExercises.userId} = ${userId} and ${workoutExercises.workoutId} = w.id
                and (${sql.join(
                  which.map((c) => sql`coalesce(${c}, false)`),
                  sql` or `,
                )}) offset 0) e
              cross join lateral (select * from ${workoutSets} where ${workoutSets.userId} = ${userId} and ${workoutSets.workoutId} = e.workout_id
                and ${workoutSets.exercisePosition} = e.position offset 0) s) as "sets"`);
        const raw = rowsOf<{ heads: unknown; sets: unknown }>(res)[0]!;
        sets = parsed<HistoryTuple>(raw.sets);
        heads = parsed<[string, string, string | null, string, number | null]>(raw.heads).map(([id, date, startedAt, createdAt, bodyWeightG]) => ({
          id,
          date,
          startedAt: startedAt === null ? null : new Date(startedAt),
          createdAt: new Date(createdAt),
          bodyWeightG,
        }));
        if (sets.length === 0) return [];
      } else {
        const setRow = sql`json_build_array(${workoutExercises.exerciseId}, ${workoutExercises.customExerciseId}, ${workoutSets.workoutId},
            ${workoutSets.exercisePosition}, ${workoutSets.position}, ${workoutSets.setType}, ${workoutSets.reps}, ${workoutSets.loadG},
            ${workoutSets.durationS}, ${workoutSets.distanceCm}, ${workoutSets.rpe}, ${workoutSets.rir}, ${workoutSets.completed})`;
        const join = sql`${workoutExercises} inner join ${workoutSets} on ${and(
          eq(workoutSets.userId, workoutExercises.userId),
          eq(workoutSets.workoutId, workoutExercises.workoutId),
          eq(workoutSets.exercisePosition, workoutExercises.position),
        )}`;
        const ofExercises = and(eq(workoutExercises.userId, userId), or(...which));
        const res = await db.execute(sql`select json_agg(${setRow}) as "sets" from ${join} where ${ofExercises}`);
        sets = parsed<HistoryTuple>(rowsOf<{ sets: unknown }>(res)[0]?.sets);
        if (sets.length === 0) return [];
        heads = await db
          .select({ id: workouts.id, date: workouts.date, startedAt: workouts.startedAt, createdAt: workouts.createdAt, bodyWeightG: workouts.bodyWeightG })
          .from(workouts)
          .where(and(eq(workouts.userId, userId), inArray(workouts.id, [...new Set(sets.map((r) => r[2]))]), ...(opts.to ? [lte(workouts.date, opts.to)] : [])));
      }
      const order = new Map(
        heads
          .map((w) => [w.id, `${w.date}|${w.startedAt ? w.startedAt.toISOString() : '~'}|${w.createdAt.toISOString()}|${w.id}`] as const)
          .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
          .map(([id], i) => [id, i]),
      );
      const byId = new Map(heads.map((w) => [w.id, w]));
      return sets
        .filter((r) => order.has(r[2]))
        .sort((a, b) => order.get(a[2])! - order.get(b[2])! || a[3] - b[3] || a[4] - b[4])
        .map(([exerciseId, customExerciseId, workoutId, exercisePosition, position, setType, reps, loadG, durationS, distanceCm, rpe, rir, completed]) => {
          const w = byId.get(workoutId)!;
          return {
            workoutId: w.id,
            date: w.date,
            startedAt: w.startedAt,
            createdAt: w.createdAt,
            bodyWeightG: w.bodyWeightG,
            exerciseId,
            customExerciseId,
            exercisePosition,
            set: { userId, workoutId, exercisePosition, position, setType, reps, loadG, durationS, distanceCm, rpe, rir, completed },
          };
        });
    },

    /**
     * The best of each kind over the sessions of these exercises dated before `before`, one row per exercise
     * that has any: the rows of earlier years (exercise_year_bests, migration 0013), of the year's earlier months
     * and of the month's earlier days (exercise_month_bests, exercise_day_bests, migration 0020), so at most a row
     * per year, 11 and 30 rows per exercise however many sessions the history holds.
     * `fallbackKg` is the body weight workouts logged without one count at; the session volume at it is read
     * per session, and only for `fallbackRefs` (the exercises whose volume depends on it).
     */
    async bestsBefore(userId: string, refs: readonly string[], before: string, fallbackKg: number | null, fallbackRefs: readonly string[] = []): Promise<BestsBeforeRow[]> {
      if (refs.length === 0) return [];
      const year = Number(before.slice(0, 4));
      const month = `${before.slice(0, 7)}-01`;
      const perReps = (f: (r: number) => string) => sql.raw(`array[${REPS_1_TO_10.map(f).join(', ')}]`);
      const res = await db.execute(sql`
        with rows as (
          select exercise_ref, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg,
            null::float8 as volume_at_fallback_kg, load_g, body_plus_load_kg, load_without_body_weight_g
          from exercise_year_bests
          where user_id = ${userId} and exercise_ref = any(${sql.param([...refs])}::uuid[]) and year < ${year}
          union all
          select exercise_ref, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg,
            null, load_g, body_plus_load_kg, load_without_body_weight_g
          from exercise_month_bests
          where user_id = ${userId} and exercise_ref = any(${sql.param([...refs])}::uuid[]) and month >= make_date(${year}, 1, 1) and month < ${month}::date
          union all
          select exercise_ref, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg,
            null, load_g, body_plus_load_kg, load_without_body_weight_g
          from exercise_day_bests
          where user_id = ${userId} and exercise_ref = any(${sql.param([...refs])}::uuid[]) and date >= ${month}::date and date < ${before}::date
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
  };
}
