// The plans of a person's workout writes and reads, made where the planner knows least. The exercise bests are kept
// by PL/pgSQL trigger functions (migrations 0011–0020) whose plans a connection keeps; on a new database the first
// workout is logged while every table is empty, and there a hash join over a sequential scan looks as cheap as an
// index: kept, such a plan reads a person's whole history at every later write (migration 0025). PGlite never
// analyzes, so its reads are planned without statistics. auto_explain, which shows the plans, is PostgreSQL's.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Database, Db } from '../db.js';
import * as schema from '../schema/index.js';
import { planRecorder, readsOf, type PlanRecorder } from '../testing/kept-plans.js';
import { testDatabases } from '../testing/test-databases.js';
import { createExerciseRepository } from './exercise.repository.js';
import { createUsersRepository } from './users.repository.js';
import { createWorkoutHistoryReads, type HistoryRow } from './workout-history.js';

const now = new Date('2026-11-21T12:00:00Z');
const TABLES = ['workouts', 'workout_exercises', 'workout_sets', 'exercise_session_bests', 'exercise_day_bests', 'exercise_month_bests', 'exercise_year_bests'];

describe.each(testDatabases().filter((k) => k.name === 'postgres'))('exercise bests planned on empty tables, on $name', (kind) => {
  let database: Database;
  let recorder: PlanRecorder;
  const exerciseIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const [fresh, logger] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await kind.open();
    const users = createUsersRepository(database.db);
    for (const id of [fresh, logger]) await users.insert({ id, username: `b-${id.slice(0, 8)}`, isAdmin: false, createdAt: now, passwordHash: null });
    await createExerciseRepository(database.db).upsertCatalog(
      exerciseIds.map((id, i) => ({
        id,
        source: 'wger',
        sourceId: `plan-${i}`,
        name: `Lift ${i}`,
        aliases: [],
        searchText: `lift ${i}`,
        equipment: 'barbell',
        pattern: 'squat',
        loadType: 'weight' as const,
        primaryMuscles: ['quads'],
        secondaryMuscles: [],
        metCode: '02054',
        met: 5,
        license: null,
        licenseUrl: null,
        licenseAuthor: null,
      })),
      now,
    );
    recorder = await planRecorder(database);
  }, 60_000);
  afterAll(async () => {
    recorder?.release();
    await database?.close();
  });

  /** What the app does to a workout, in plain statements on one connection: each fires the bests' triggers. */
  async function writes(client: pg.PoolClient, user: string, date: string) {
    const id = randomUUID();
    await client.query(`insert into workouts (user_id, id, date, body_weight_g, created_at, updated_at) values ($1, $2, $3, 80000, now(), now())`, [user, id, date]);
    await client.query(`insert into workout_exercises (user_id, workout_id, position, exercise_id) select $1, $2, p, ($3::uuid[])[p + 1] from generate_series(0, 3) p`, [
      user,
      id,
      exerciseIds,
    ]);
    const sets = `insert into workout_sets (user_id, workout_id, exercise_position, position, set_type, reps, load_g, completed)
      select $1, $2, p, s, 'normal', 5, $3 + 2500 * p, true from generate_series(0, 3) p, generate_series(0, 4) s`;
    await client.query(sets, [user, id, 100_000]);
    // A replace of the sets, an edited set, a changed date and body weight, and the workout's delete.
    await client.query(`delete from workout_sets where user_id = $1 and workout_id = $2`, [user, id]);
    await client.query(sets, [user, id, 102_500]);
    await client.query(`update workout_sets set load_g = load_g + 2500 where user_id = $1 and workout_id = $2 and exercise_position = 0`, [user, id]);
    await client.query(`update workouts set date = date - 1, body_weight_g = 80500 where user_id = $1 and id = $2`, [user, id]);
    await client.query(`delete from workouts where user_id = $1 and id = $2`, [user, id]);
  }

  /** Two years of a workout a day for `user`: 4 exercises of 5 sets. */
  async function twoYears(client: pg.PoolClient, user: string) {
    await client.query(
      `insert into workouts (user_id, id, date, body_weight_g, created_at, updated_at) select $1, gen_random_uuid(), date '2024-11-01' + i, 80000, now(), now() from generate_series(0, 729) i`,
      [user],
    );
    await client.query(`insert into workout_exercises (user_id, workout_id, position, exercise_id) select user_id, id, p, ($2::uuid[])[p + 1] from workouts, generate_series(0, 3) p where user_id = $1`, [
      user,
      exerciseIds,
    ]);
    await client.query(
      `insert into workout_sets (user_id, workout_id, exercise_position, position, set_type, reps, load_g, completed)
       select user_id, workout_id, position, s, 'normal', 3 + s, 60000 + 2500 * s, true from workout_exercises, generate_series(0, 4) s where user_id = $1`,
      [user],
    );
  }

  it("a person's later writes read only their own rows, not their history", async () => {
    const { client } = recorder;
    // The generic plan, as every connection ends up with after five calls, made now, while every table is empty.
    await client.query('SET plan_cache_mode = force_generic_plan');
    await writes(client, fresh, '2026-01-10');
    await twoYears(client, logger);
    const plans = await recorder.record((c) => writes(c, logger, '2026-06-15'));
    expect(plans.length).toBeGreaterThan(10);
    expect(Object.fromEntries(TABLES.map((table) => [table, readsOf(plans, table)]))).toEqual({
      workouts: new Set(['workouts_user_id_id_pk']),
      workout_exercises: new Set(['workout_exercises_user_id_workout_id_position_pk']),
      workout_sets: new Set(['workout_sets_user_id_workout_id_exercise_position_position_pk']),
      // The session refresh's delete by workout; the day's refresh reads the day's sessions by key.
      exercise_session_bests: new Set(['exercise_session_bests_workout', 'exercise_session_bests_pk']),
      exercise_day_bests: new Set(['exercise_day_bests_pk']),
      exercise_month_bests: new Set(['exercise_month_bests_pk']),
      exercise_year_bests: new Set(['exercise_year_bests_pk']),
    });
  });

  it("a person's last sessions are read by day, without statistics too", async () => {
    const { client } = recorder;
    const reader = randomUUID();
    await createUsersRepository(database.db).insert({ id: reader, username: `b-${reader.slice(0, 8)}`, isAdmin: false, createdAt: now, passwordHash: null });
    // As on PGlite, which never analyzes: no statistics for the planner (this database is the test's own).
    await client.query('alter table workouts set (autovacuum_enabled = false)');
    await twoYears(client, reader);
    // The repository on the recorder's connection.
    const history = createWorkoutHistoryReads(drizzle({ client, schema }) as unknown as Db);
    let rows: HistoryRow[] = [];
    const plans = await recorder.record(async () => {
      rows = await history.history(reader, { catalog: exerciseIds, custom: [] }, { last: { before: '2026-06-01' } });
    });
    expect(new Set(rows.map((r) => r.date))).toEqual(new Set(['2026-05-31']));
    expect(rows).toHaveLength(20);
    // Written `date = any(array(…))`, the read took every workout of the person through workouts_user_source_key
    // (before migration 0026 made that index hold only imported workouts).
    expect(readsOf(plans, 'workouts')).toEqual(new Set(['workouts_user_date']));
  });
});
