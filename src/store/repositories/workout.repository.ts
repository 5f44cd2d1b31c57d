import { and, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { workoutExercises, workouts, workoutSets } from '../schema/index.js';
import { rowFromJson } from './json-rows.js';

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

// Exercises and sets come back as one JSON array of arrays per table: PGlite parses a result row by row, column by
// column, in JavaScript: 400 sets as rows took ~4.7 ms, as one JSON value ~1.1 ms (the engine's own work ~0.5 ms).
// `match` is the condition on workout_id (`= w.id`, `= any(...)`), so the reads go by the primary keys.
const exercisesJson = (userId: string, match: SQL) => sql`(
  select json_agg(json_build_array(e.workout_id, e.position, e.exercise_id, e.custom_exercise_id, e.superset_group, e.notes) order by e.workout_id, e.position)
  from ${workoutExercises} e where e.user_id = ${userId} and e.workout_id ${match})`;
const setsJson = (userId: string, match: SQL) => sql`(
  select json_agg(json_build_array(s.workout_id, s.exercise_position, s.position, s.set_type, s.reps, s.load_g, s.duration_s, s.distance_cm, s.rpe, s.rir, s.completed)
    order by s.workout_id, s.exercise_position, s.position)
  from ${workoutSets} s where s.user_id = ${userId} and s.workout_id ${match})`;

type ExerciseTuple = [string, number, string | null, string | null, number | null, string];
type SetTuple = [string, number, number, string, number | null, number | null, number | null, number | null, number | null, number | null, boolean];
/** A history row as the query gives it: the exercise (catalog, custom), then the set. */
type HistoryTuple = [string | null, string | null, ...SetTuple];
const parsed = <T>(json: unknown): T[] => (json === null || json === undefined ? [] : ((typeof json === 'string' ? JSON.parse(json) : json) as T[]));

function exerciseRowsOf(userId: string, json: unknown): WorkoutExerciseRow[] {
  return parsed<ExerciseTuple>(json).map(([workoutId, position, exerciseId, customExerciseId, supersetGroup, notes]) => ({
    userId,
    workoutId,
    position,
    exerciseId,
    customExerciseId,
    supersetGroup,
    notes,
  }));
}

function setRowsOf(userId: string, json: unknown): WorkoutSetRow[] {
  return parsed<SetTuple>(json).map(([workoutId, exercisePosition, position, setType, reps, loadG, durationS, distanceCm, rpe, rir, completed]) => ({
    userId,
    workoutId,
    exercisePosition,
    position,
    setType,
    reps,
    loadG,
    durationS,
    distanceCm,
    rpe,
    rir,
    completed,
  }));
}

async function readContents(db: Db, userId: string, workoutIds: readonly string[]): Promise<{ exercises: WorkoutExerciseRow[]; sets: WorkoutSetRow[] }> {
  if (workoutIds.length === 0) return { exercises: [], sets: [] };
  const ids = sql`= any(${sql.param([...workoutIds])}::uuid[])`;
  const res = await db.execute(sql`select ${exercisesJson(userId, ids)} as "exercises", ${setsJson(userId, ids)} as "sets"`);
  const raw = rowsOf<{ exercises: unknown; sets: unknown }>(res)[0]!;
  return { exercises: exerciseRowsOf(userId, raw.exercises), sets: setRowsOf(userId, raw.sets) };
}

/** True when one workout's stored exercises (in order) hold exactly these values. */
function sameExercises(stored: readonly WorkoutExerciseRow[], ex: readonly WorkoutExerciseValues[]): boolean {
  if (stored.length !== ex.length) return false;
  return [...ex]
    .sort((a, b) => a.position - b.position)
    .every((e, i) => {
      const s = stored[i]!;
      return s.position === e.position && s.exerciseId === e.exerciseId && s.customExerciseId === e.customExerciseId && s.supersetGroup === e.supersetGroup && s.notes === e.notes;
    });
}

const sameSet = (s: WorkoutSetRow, n: WorkoutSetValues) =>
  s.setType === n.setType &&
  s.reps === n.reps &&
  s.loadG === n.loadG &&
  s.durationS === n.durationS &&
  s.distanceCm === n.distanceCm &&
  s.rpe === n.rpe &&
  s.rir === n.rir &&
  s.completed === n.completed;

/** The sets to delete (by key), update (same key, other values) and insert to turn `stored` into `sets`. */
function setChanges(stored: readonly WorkoutSetRow[], sets: readonly WorkoutSetValues[]) {
  const key = (s: { exercisePosition: number; position: number }) => `${s.exercisePosition}:${s.position}`;
  const before = new Map(stored.map((s) => [key(s), s]));
  const changed: WorkoutSetValues[] = [];
  const added: WorkoutSetValues[] = [];
  for (const n of sets) {
    const s = before.get(key(n));
    if (!s) added.push(n);
    else {
      before.delete(key(n));
      if (!sameSet(s, n)) changed.push(n);
    }
  }
  return { removed: [...before.values()], changed, added };
}

/** Workouts, their exercises and sets; one aggregate written whole, every method scoped by user id. */
export function createWorkoutRepository(db: Db) {
  async function writeChildren(tx: Db, userId: string, workoutId: string, ex: readonly WorkoutExerciseValues[], sets: readonly WorkoutSetValues[]) {
    if (ex.length > 0) await tx.insert(workoutExercises).values(ex.map((e) => ({ ...e, userId, workoutId })));
    if (sets.length > 0) await tx.insert(workoutSets).values(sets.map((s) => ({ ...s, userId, workoutId })));
  }

  return {
    /**
     * Logs a workout with its exercises and sets, and returns it as stored (the workout row as the insert returns
     * it, the children as written, in the order get() reads them), so the caller need not read it back.
     */
    async insert(userId: string, id: string, values: WorkoutValues, ex: readonly WorkoutExerciseValues[], sets: readonly WorkoutSetValues[], now: Date): Promise<WorkoutAggregate> {
      // One statement (data-modifying CTEs) instead of a transaction of three inserts: its begin, inserts and commit
      // were five round trips. Foreign keys and the bests triggers run at the statement's end, after all three.
      const param = <T, K extends keyof T>(rows: readonly T[], k: K) => sql.param(rows.map((r) => r[k]));
      const instant = (d: Date | null) => (d === null ? null : d.toISOString());
      const children: SQL[] = [];
      if (ex.length > 0) {
        children.push(sql`e as (insert into ${workoutExercises} (user_id, workout_id, position, exercise_id, custom_exercise_id, superset_group, notes)
          select ${userId}, ${id}, * from unnest(${param(ex, 'position')}::smallint[], ${param(ex, 'exerciseId')}::uuid[], ${param(ex, 'customExerciseId')}::uuid[],
            ${param(ex, 'supersetGroup')}::smallint[], ${param(ex, 'notes')}::text[]))`);
      }
      if (sets.length > 0) {
        children.push(sql`s as (insert into ${workoutSets} (user_id, workout_id, exercise_position, position, set_type, reps, load_g, duration_s, distance_cm, rpe, rir, completed)
          select ${userId}, ${id}, * from unnest(${param(sets, 'exercisePosition')}::smallint[], ${param(sets, 'position')}::smallint[], ${param(sets, 'setType')}::text[],
            ${param(sets, 'reps')}::integer[], ${param(sets, 'loadG')}::integer[], ${param(sets, 'durationS')}::integer[], ${param(sets, 'distanceCm')}::integer[],
            ${param(sets, 'rpe')}::float8[], ${param(sets, 'rir')}::smallint[], ${param(sets, 'completed')}::boolean[]))`);
      }
      const res = await db.execute(sql`
        with w as (insert into ${workouts} (user_id, id, date, name, notes, started_at, ended_at, body_weight_g, created_at, updated_at)
          values (${userId}, ${id}, ${values.date}::date, ${values.name}, ${values.notes}, ${instant(values.startedAt)}::timestamptz, ${instant(values.endedAt)}::timestamptz,
            ${values.bodyWeightG}::integer, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
          returning *)${children.length > 0 ? sql`, ${sql.join(children, sql`, `)}` : sql``}
        select row_to_json(w) as "workout" from w`);
      const workout = rowFromJson(workouts, rowsOf<{ workout: unknown }>(res)[0]!.workout)!;
      return {
        workout,
        exercises: ex
          .map((e): WorkoutExerciseRow => ({
            userId,
            workoutId: id,
            position: e.position,
            exerciseId: e.exerciseId,
            customExerciseId: e.customExerciseId,
            supersetGroup: e.supersetGroup,
            notes: e.notes,
          }))
          .sort((a, b) => a.position - b.position),
        sets: sets
          .map((s): WorkoutSetRow => ({
            userId,
            workoutId: id,
            exercisePosition: s.exercisePosition,
            position: s.position,
            setType: s.setType,
            reps: s.reps,
            loadG: s.loadG,
            durationS: s.durationS,
            distanceCm: s.distanceCm,
            rpe: s.rpe,
            rir: s.rir,
            completed: s.completed,
          }))
          .sort((a, b) => a.exercisePosition - b.exercisePosition || a.position - b.position),
      };
    },

    /**
     * Replaces a workout's fields, exercises and sets, and returns it as stored; null when the user has no such
     * workout. Exercises and sets equal to the stored ones are left alone, and while the exercises are the same
     * only the sets that differ are written: the phone sends the whole workout after every tick, and rewriting
     * it cost a delete, two inserts and two refreshes of the bests tables.
     */
    async replace(userId: string, id: string, values: WorkoutValues, ex: readonly WorkoutExerciseValues[], sets: readonly WorkoutSetValues[], now: Date): Promise<WorkoutAggregate | null> {
      return db.transaction(async (tx) => {
        // The update locks the workout's row first, so no other replace changes its children until this commits.
        const [workout] = await tx
          .update(workouts)
          .set({ ...values, updatedAt: now })
          .where(and(eq(workouts.userId, userId), eq(workouts.id, id)))
          .returning();
        if (!workout) return null;
        const stored = await readContents(tx as unknown as Db, userId, [id]);
        if (sameExercises(stored.exercises, ex)) {
          // Only the sets differ (a tick, a new set, an edited load): each statement below refreshes the bests once.
          const { removed, changed, added } = setChanges(stored.sets, sets);
          if (removed.length + changed.length + added.length === 0) return { workout, ...stored };
          if (removed.length > 0) {
            await tx.execute(sql`
              delete from ${workoutSets} where ${workoutSets.userId} = ${userId} and ${workoutSets.workoutId} = ${id}
              and (${workoutSets.exercisePosition}, ${workoutSets.position}) in (
                select * from unnest(${sql.param(removed.map((r) => r.exercisePosition))}::smallint[], ${sql.param(removed.map((r) => r.position))}::smallint[]))`);
          }
          if (changed.length > 0) {
            const col = <K extends keyof WorkoutSetValues>(k: K) => sql.param(changed.map((c) => c[k]));
            await tx.execute(sql`
              update ${workoutSets} set set_type = v.set_type, reps = v.reps, load_g = v.load_g, duration_s = v.duration_s,
                distance_cm = v.distance_cm, rpe = v.rpe, rir = v.rir, completed = v.completed
              from unnest(${col('exercisePosition')}::smallint[], ${col('position')}::smallint[], ${col('setType')}::text[], ${col('reps')}::integer[],
                ${col('loadG')}::integer[], ${col('durationS')}::integer[], ${col('distanceCm')}::integer[], ${col('rpe')}::float8[], ${col('rir')}::smallint[],
                ${col('completed')}::boolean[]) as v(exercise_position, position, set_type, reps, load_g, duration_s, distance_cm, rpe, rir, completed)
              where ${workoutSets.userId} = ${userId} and ${workoutSets.workoutId} = ${id}
                and ${workoutSets.exercisePosition} = v.exercise_position and ${workoutSets.position} = v.position`);
          }
          if (added.length > 0) await tx.insert(workoutSets).values(added.map((s) => ({ ...s, userId, workoutId: id })));
        } else {
          // Sets go with their exercises (ON DELETE CASCADE).
          await tx.delete(workoutExercises).where(byWorkout(userId, id));
          await writeChildren(tx as unknown as Db, userId, id, ex, sets);
        }
        return { workout, ...(await readContents(tx as unknown as Db, userId, [id])) };
      });
    },

    async get(userId: string, id: string): Promise<WorkoutAggregate | null> {
      // One statement: on PGlite each statement's round trip costs more than reading one workout.
      const res = await db.execute(sql`
        select row_to_json(w) as "workout", ${exercisesJson(userId, sql`= w.id`)} as "exercises", ${setsJson(userId, sql`= w.id`)} as "sets"
        from ${workouts} w where w.user_id = ${userId} and w.id = ${id}`);
      const raw = rowsOf<{ workout: unknown; exercises: unknown; sets: unknown }>(res)[0];
      const workout = raw ? rowFromJson(workouts, raw.workout) : null;
      if (!raw || !workout) return null;
      return { workout, exercises: exerciseRowsOf(userId, raw.exercises), sets: setRowsOf(userId, raw.sets) };
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
    contents(userId: string, workoutIds: readonly string[]): Promise<{ exercises: WorkoutExerciseRow[]; sets: WorkoutSetRow[] }> {
      return readContents(db, userId, workoutIds);
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
    /**
     * With `last`, only the days that are some exercise's last day with a session before `last.before` (any day when
     * undefined), found by key in exercise_session_bests in the same statement: each exercise's last session is then
     * its rows' last workout (what a probe of those days and a read of each of them gave in two statements).
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
      const setRow = sql`json_build_array(${workoutExercises.exerciseId}, ${workoutExercises.customExerciseId}, ${workoutSets.workoutId},
          ${workoutSets.exercisePosition}, ${workoutSets.position}, ${workoutSets.setType}, ${workoutSets.reps}, ${workoutSets.loadG},
          ${workoutSets.durationS}, ${workoutSets.distanceCm}, ${workoutSets.rpe}, ${workoutSets.rir}, ${workoutSets.completed})`;
      const join = sql`${workoutExercises} inner join ${workoutSets} on ${and(
        eq(workoutSets.userId, workoutExercises.userId),
        eq(workoutSets.workoutId, workoutExercises.workoutId),
        eq(workoutSets.exercisePosition, workoutExercises.position),
      )}`;
      const ofExercises = and(eq(workoutExercises.userId, userId), or(...which));
      let sets: HistoryTuple[];
      let heads: Array<{ id: string; date: string; startedAt: Date | null; createdAt: Date; bodyWeightG: number | null }>;
      if (opts.from || opts.last) {
        // One statement: the workouts on or after `from` (and up to `to`) by the (user, date) index, then each one's
        // exercises and their sets by key. The laterals are fenced (OFFSET 0) and the exercise test is wrapped in
        // coalesce so that no index on exercise_id can drive the read: joined plainly, or with the ids as a subquery,
        // PGlite's planner (no statistics) read every session of the exercises. JSON as in setsJson.
        const within: SQL[] = [eq(workouts.userId, userId)];
        if (opts.last) {
          // `= any(array(…))`: the days probe the (user, date) index, as a range does.
          const before = opts.last.before;
          within.push(sql`${workouts.date} = any(array(
            select (select b.date from exercise_session_bests b where b.user_id = ${userId} and b.exercise_ref = r.ref
              ${before === undefined ? sql`` : sql`and b.date < ${before}::date`} order by b.date desc limit 1)
            from unnest(${sql.param([...refs.catalog, ...refs.custom])}::uuid[]) as r(ref)))`);
        }
        if (opts.from) within.push(gte(workouts.date, opts.from));
        if (opts.to) within.push(lte(workouts.date, opts.to));
        const res = await db.execute(sql`
          with w as materialized (select ${workouts.id} as id, ${workouts.date} as date, ${workouts.startedAt} as started_at,
            ${workouts.createdAt} as created_at, ${workouts.bodyWeightG} as body_weight_g from ${workouts} where ${and(...within)})
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
export type WorkoutRepository = ReturnType<typeof createWorkoutRepository>;
