import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { workoutExercises, workouts, workoutSets } from '../schema/index.js';
import { rowsOf } from './food-search.js';
import { rowFromJson } from './json-rows.js';
import { createWorkoutHistoryReads, parsed, type SetTuple } from './workout-history.js';

export type { BestsBeforeRow, ExerciseRefs, HistoryRow } from './workout-history.js';

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

export interface ListOptions {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

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

    ...createWorkoutHistoryReads(db),
  };
}
export type WorkoutRepository = ReturnType<typeof createWorkoutRepository>;
