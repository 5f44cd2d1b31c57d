import { and, asc, eq, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { customExercises, exercises, workoutExercises, workouts, workoutSets } from '../schema/index.js';

/** Completed sets of one exercise of one workout, of one set type, with what the exercise trains. */
export interface PerformedSetRow {
  date: string;
  setType: string;
  /** How many such sets (one row stands for them all). */
  sets: number;
  /** The exercise's movement pattern (`cardio` credits no muscle). */
  pattern: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  /** The catalog row's source id (e.g. `barbell-back-squat`); null for a custom exercise. */
  sourceId: string | null;
  /** Reps and loads (g) of the sets in order, for the catalog exercises asked for; null for the others. */
  reps: Array<number | null> | null;
  loadsG: Array<number | null> | null;
}

/** Catalog exercises whose sets a query should list one by one. */
export interface SetDetailFor {
  source: string;
  sourceIds: readonly string[];
}

/** A text[] literal of bound parameters. */
function textArray(items: readonly string[]): SQL {
  return sql`array[${sql.join(
    items.map((m) => sql`${m}`),
    sql`, `,
  )}]::text[]`;
}

function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? []) as T[];
}

// Every join between user-owned tables matches on user_id (shared/DESIGN.md §3), so each step walks a
// primary key (user_id, workout_id, …) from the workouts the (user_id, date) index finds.
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
/** A set the balance coach counts: ticked done, not a warm-up, of an exercise that trains a muscle. */
const hardSet = and(
  eq(workoutSets.completed, true),
  ne(workoutSets.setType, 'warmup'),
  sql`${pattern} <> 'cardio'`,
  sql`cardinality(${primary}) + cardinality(${secondary}) > 0`,
);

/** Workouts looked at per step when walking the log for the first training day. */
const WALK_PAGE = 64;

/** What the balance coach reads of the workout log: sets by day with their muscles, the lifts' sets, training days. */
export function createBalanceRepository(db: Db) {
  /**
   * The first workout date on or before `to` with a hard set. The log is walked a page of workouts at a time in
   * date order on the (user_id, date) index, so the usual answer (the first workout) costs one page whatever
   * the history's length, with or without planner statistics (PGlite never gathers them on its own).
   */
  async function firstHardSetDay(userId: string, to: string): Promise<string | null> {
    // Most logs start with a hard set: min(date) is one probe of the index, then that day's workouts.
    const [first] = await db.select({ date: sql<string | null>`min(${workouts.date})::text` }).from(workouts).where(and(eq(workouts.userId, userId), lte(workouts.date, to)));
    if (!first?.date) return null;
    const onFirst = db
      .select({ one: sql`1` })
      .from(workoutExercises)
      .innerJoin(workoutSets, setJoin)
      .leftJoin(exercises, eq(exercises.id, workoutExercises.exerciseId))
      .leftJoin(customExercises, customJoin)
      .where(and(eq(workoutExercises.userId, workouts.userId), eq(workoutExercises.workoutId, workouts.id), hardSet));
    const [hard] = await db
      .select({ one: sql`1` })
      .from(workouts)
      .where(and(eq(workouts.userId, userId), eq(workouts.date, first.date), sql`exists (${onFirst})`))
      .limit(1);
    if (hard) return first.date;
    let after: { date: string; id: string } | null = null;
    for (;;) {
      // Keyset paging on (date, id): workouts sharing a date are neither skipped nor read twice.
      const where = and(eq(workouts.userId, userId), lte(workouts.date, to), after ? sql`(${workouts.date}, ${workouts.id}) > (${after.date}::date, ${after.id}::uuid)` : undefined);
      const page = db
        .select({ userId: workouts.userId, id: workouts.id, date: workouts.date })
        .from(workouts)
        .where(where)
        .orderBy(asc(workouts.date), asc(workouts.id))
        .limit(WALK_PAGE)
        .as('page');
      const qualifies = db
        .select({ one: sql`1` })
        .from(workoutExercises)
        .innerJoin(workoutSets, setJoin)
        .leftJoin(exercises, eq(exercises.id, workoutExercises.exerciseId))
        .leftJoin(customExercises, customJoin)
        .where(and(eq(workoutExercises.userId, page.userId), eq(workoutExercises.workoutId, page.id), hardSet));
      // The semi-join stops at the page's first workout with a hard set: usually the very first one.
      const [hit] = rowsOf<{ date: string }>(
        await db.execute(sql`select ${page.date}::text as date from ${page} where exists (${qualifies}) order by ${page.date}, ${page.id} limit 1`),
      );
      if (hit) return hit.date;
      const [last] = await db
        .select({ date: workouts.date, id: workouts.id })
        .from(workouts)
        .where(where)
        .orderBy(asc(workouts.date), asc(workouts.id))
        .offset(WALK_PAGE - 1)
        .limit(1);
      if (!last) return null;
      after = last;
    }
  }

  return {
    /**
     * Completed sets of every workout dated in [from, to], counted by workout, exercise and set type, with the
     * exercise's pattern and muscles (catalog or custom), and the reps and loads of each set of the catalog
     * exercises in `detail` (the lifts whose e1RMs the report needs). Warm-ups are included with their type.
     */
    async performedSets(userId: string, from: string, to: string, detail: SetDetailFor | null = null): Promise<PerformedSetRow[]> {
      const ids = detail && detail.sourceIds.length > 0 ? detail.sourceIds : null;
      const detailed = ids
        ? sql`${exercises.source} = ${detail!.source} and ${exercises.sourceId} = any(array[${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}]::text[])`
        : sql`false`;
      // Sets are counted per workout exercise (one range of the sets' primary key each), so nothing is joined per set.
      const res = await db.execute(sql`
        select ${workouts.date}::text as "date", s.set_type as "setType", s.n as "sets", ${pattern} as "pattern",
               ${primary} as "primaryMuscles", ${secondary} as "secondaryMuscles", ${exercises.sourceId} as "sourceId",
               s.reps as "reps", s.loads as "loadsG"
        from ${workouts}
        join ${workoutExercises} on ${exerciseJoin}
        left join ${exercises} on ${exercises.id} = ${workoutExercises.exerciseId}
        left join ${customExercises} on ${customJoin}
        cross join lateral (
          select ${workoutSets.setType} as set_type, count(*)::int as n,
                 case when ${detailed} then array_agg(${workoutSets.reps} order by ${workoutSets.position}) end as reps,
                 case when ${detailed} then array_agg(${workoutSets.loadG} order by ${workoutSets.position}) end as loads
          from ${workoutSets}
          where ${setJoin} and ${workoutSets.completed}
          group by 1
        ) s
        where ${workouts.userId} = ${userId} and ${workouts.date} >= ${from} and ${workouts.date} <= ${to}
        order by ${workouts.date}`);
      return rowsOf<PerformedSetRow>(res);
    },

    /** The first day on or before `onOrBefore` with a hard set (completed, not a warm-up, of an exercise that trains a muscle). */
    async firstTrainingDay(userId: string, onOrBefore: string): Promise<string | null> {
      return firstHardSetDay(userId, onOrBefore);
    },

    /** Which of `muscles` any hard set on or before `onOrBefore` credits, prime mover or synergist (one indexed probe each). */
    async musclesCredited(userId: string, muscles: readonly string[], onOrBefore: string): Promise<string[]> {
      if (muscles.length === 0) return [];
      const trains = (t: typeof exercises | typeof customExercises) => sql`(m.muscle = any(${t.primaryMuscles}) or m.muscle = any(${t.secondaryMuscles})) and ${t.pattern} <> 'cardio'`;
      const res = await db.execute(sql`
        select m.muscle from unnest(${textArray(muscles)}) as m(muscle)
        where exists (
          select 1 from ${workoutExercises}
          join ${workouts} on ${exerciseJoin}
          where ${workoutExercises.userId} = ${userId} and ${workouts.date} <= ${onOrBefore}
            and (${workoutExercises.exerciseId} = any(array(select ${exercises.id} from ${exercises} where ${trains(exercises)}))
              or ${workoutExercises.customExerciseId} = any(array(select ${customExercises.id} from ${customExercises} where ${customExercises.userId} = ${userId} and ${trains(customExercises)})))
            and exists (select 1 from ${workoutSets} where ${setJoin} and ${workoutSets.completed} and ${workoutSets.setType} <> 'warmup')
        )`);
      return rowsOf<{ muscle: string }>(res).map((r) => r.muscle);
    },

    /**
     * For each of `muscles`, the last day in [from, to] on which its hard sets credited it at least `minCredit`
     * (each set crediting `credit.primary` to a prime mover, `credit.secondary` to a synergist). With `from`,
     * the workouts of the range are read by date; without it, only the workout exercises that train one of
     * the muscles, found on the (user_id, exercise) indexes, however far back they go.
     */
    async lastTrainingDays(
      userId: string,
      muscles: readonly string[],
      range: { from?: string | undefined; to: string },
      credit: { primary: number; secondary: number; minCredit: number },
    ): Promise<Array<{ muscle: string; date: string }>> {
      if (muscles.length === 0) return [];
      const list = textArray(muscles);
      const trains = (t: typeof exercises | typeof customExercises) => sql`(${t.primaryMuscles} && ${list} or ${t.secondaryMuscles} && ${list}) and ${t.pattern} <> 'cardio'`;
      const trainsIt = sql`(${workoutExercises.exerciseId} = any(array(select ${exercises.id} from ${exercises} where ${trains(exercises)}))
        or ${workoutExercises.customExerciseId} = any(array(select ${customExercises.id} from ${customExercises} where ${customExercises.userId} = ${userId} and ${trains(customExercises)})))`;
      const credited = sql`
          left join ${exercises} on ${exercises.id} = ${workoutExercises.exerciseId}
          left join ${customExercises} on ${customJoin}
          cross join lateral (
            select count(*)::int as n from ${workoutSets}
            where ${setJoin} and ${workoutSets.completed} and ${workoutSets.setType} <> 'warmup'
          ) s
          cross join lateral (
            select unnest(${primary}) as muscle, ${credit.primary}::float8 as weight
            union all
            select unnest(${secondary}), ${credit.secondary}::float8
          ) m`;
      // A materialized range of workouts makes the planner start from the (user_id, date) index even without statistics.
      const res =
        range.from !== undefined
          ? await db.execute(sql`
        with w as materialized (
          select ${workouts.userId} as user_id, ${workouts.id} as id, ${workouts.date} as date from ${workouts}
          where ${workouts.userId} = ${userId} and ${workouts.date} >= ${range.from} and ${workouts.date} <= ${range.to}
        )
        select d.muscle, max(d.date)::text as "date" from (
          select w.date, m.muscle
          from w join ${workoutExercises} on ${workoutExercises.userId} = w.user_id and ${workoutExercises.workoutId} = w.id
          ${credited}
          where ${trainsIt} and s.n > 0 and m.muscle = any(${list})
          group by 1, 2
          having sum(m.weight * s.n) >= ${credit.minCredit}
        ) d
        group by d.muscle`)
          : await db.execute(sql`
        select d.muscle, max(d.date)::text as "date" from (
          select ${workouts.date} as date, m.muscle
          from ${workoutExercises} join ${workouts} on ${exerciseJoin}
          ${credited}
          where ${workoutExercises.userId} = ${userId} and ${workouts.date} <= ${range.to} and ${trainsIt} and s.n > 0 and m.muscle = any(${list})
          group by 1, 2
          having sum(m.weight * s.n) >= ${credit.minCredit}
        ) d
        group by d.muscle`);
      return rowsOf<{ muscle: string; date: string }>(res);
    },
  };
}
export type BalanceRepository = ReturnType<typeof createBalanceRepository>;

