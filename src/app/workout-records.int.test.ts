// Records judged against the bests tables (exercise_session_bests, exercise_{day,month,year}_bests) must be the very records the whole history gives:
// each check below computes those the old way (every earlier set of the exercises, walked by personalRecords) and
// compares the list, every workout's view, and the table itself with a fresh recomputation, after every kind of write.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../core/testing/prng.js';
import { E1RM_FORMULAS, type E1rmFormula } from '../core/training/e1rm.js';
import { createExerciseRepository, createUsersRepository, createWorkoutRepository, type Database } from '../store/index.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { resolveExercises } from './exercises.service.js';
import { stableExerciseId } from './importers/exercise-rows.js';
import { createServices, fixedClock, type Actor, type Services } from './index.js';
import { STRONG_CSV } from './testing/history-data.js';
import { recordsBetween } from './workout-records.js';
import { historyByExercise, recordsByExercise, recordsSetIn, workoutSummary, workoutView } from './workout-view.js';

const ex = (sourceId: string) => stableExerciseId('platewise', sourceId);
const BENCH = ex('barbell-bench-press');
const WEIGHTED_PULL_UP = ex('weighted-pull-up');
const SQUAT = ex('bodyweight-squat');
const ASSISTED = ex('assisted-pull-up');
const PLANK = ex('plank');
const RUN = ex('running');


describe.each(testDatabases())('workout records from the bests table on $name', (kind) => {
  let database: Database;
  let sut: Services;
  let alice: Actor;
  let bob: Actor;
  let sandbag: string;
  const fallback = new Map<string, number | null>();

  async function newUser(username: string, weightKg: number | null): Promise<Actor> {
    const id = randomUUID();
    await createUsersRepository(database.db).insert({ id, username, isAdmin: false, passwordHash: null, createdAt: new Date('2026-01-01T00:00:00Z') });
    const actor = { userId: id, via: 'session' as const };
    if (weightKg !== null) await sut.profile.put(actor, { sex: 'female', age: 34, height: 168, weight: weightKg, activity: 'moderate', goal: 'maintain', units: 'metric' });
    fallback.set(id, weightKg);
    return actor;
  }

  /** `n` workouts of random sets over the exercises, some days twice, loads in 2.5 kg steps (ties are common). */
  async function logWorkouts(actor: Actor, n: number, seed: number, exercises: string[]): Promise<string[]> {
    const rnd = prng(seed);
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      // Over three calendar years: the bests before a date come from year rows and that year's session rows.
      const date = `${2024 + Math.floor((i * 3) / n)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      const picked = exercises.filter(() => rnd() < 0.6);
      const w = await sut.workouts.create(actor, {
        date,
        startedAt: rnd() < 0.5 ? `${date}T${String(6 + Math.floor(rnd() * 14)).padStart(2, '0')}:00:00Z` : null,
        bodyWeight: rnd() < 0.8 ? 70 + Math.round(rnd() * 100) / 10 : undefined,
        exercises: (picked.length > 0 ? picked : [exercises[0]!]).map((exerciseId) => ({
          exerciseId,
          sets: Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
            const type = rnd() < 0.15 ? ('warmup' as const) : ('normal' as const);
            const completed = rnd() > 0.1;
            if (exerciseId === PLANK) return { type, completed, duration: 20 + Math.floor(rnd() * 10) * 5 };
            if (exerciseId === RUN) return { type, completed, duration: 600 + Math.floor(rnd() * 10) * 60, distance: 1000 + Math.floor(rnd() * 10) * 250 };
            if (exerciseId === SQUAT) return { type, completed, reps: 5 + Math.floor(rnd() * 20) };
            return { type, completed, reps: 1 + Math.floor(rnd() * 12), load: exerciseId === ASSISTED ? Math.floor(rnd() * 8) * 5 : Math.floor(rnd() * 12) * 2.5 + (exerciseId === WEIGHTED_PULL_UP ? 0 : 60) };
          }),
        })),
      });
      ids.push(w.id);
    }
    return ids;
  }

  /** The old computation: every earlier set of the exercises, read and walked (what the service did before). */
  async function wholeHistory(userId: string, ids: string[], to: string, formula: E1rmFormula) {
    const byId = await resolveExercises(createExerciseRepository(database.db), userId, ids);
    const all = [...byId.values()];
    const refs = { catalog: all.filter((e) => !e.custom).map((e) => e.id), custom: all.filter((e) => e.custom).map((e) => e.id) };
    const history = historyByExercise(await createWorkoutRepository(database.db).history(userId, refs, { to }));
    return { byId, history, records: recordsByExercise(byId, history, fallback.get(userId) ?? null, formula) };
  }

  const refsOf = (agg: { exercises: Array<{ exerciseId: string | null; customExerciseId: string | null }> }) => agg.exercises.map((e) => (e.exerciseId ?? e.customExerciseId)!);

  async function expectViewAsBefore(actor: Actor, id: string, formula: E1rmFormula) {
    const agg = (await createWorkoutRepository(database.db).get(actor.userId!, id))!;
    const old = await wholeHistory(actor.userId!, refsOf(agg), agg.workout.date, formula);
    expect(await sut.workouts.get(actor, id, { formula }), `workout ${id} on ${agg.workout.date} by ${formula}`).toEqual(
      workoutView(agg, old.byId, old.history, fallback.get(actor.userId!) ?? null, old.records),
    );
  }

  async function expectListAsBefore(actor: Actor, q: { limit: number; from?: string; to?: string }, formula: E1rmFormula) {
    const repo = createWorkoutRepository(database.db);
    const rows = await repo.list(actor.userId!, q);
    const { exercises, sets } = await repo.contents(actor.userId!, rows.map((w) => w.id));
    const aggs = rows.map((workout) => ({ workout, exercises: exercises.filter((e) => e.workoutId === workout.id), sets: sets.filter((s) => s.workoutId === workout.id) }));
    const old = aggs.length === 0 ? null : await wholeHistory(actor.userId!, aggs.flatMap(refsOf), aggs[0]!.workout.date, formula);
    const fb = fallback.get(actor.userId!) ?? null;
    const expected = aggs.map((agg) => workoutSummary(agg, old!.byId, fb, recordsSetIn(agg, old!.records)));
    expect(await sut.workouts.list(actor, { ...q, formula }), `list ${JSON.stringify(q)} by ${formula}`).toEqual(expected);
    return expected;
  }

  /** Lists (all, the latest few, a window) by every formula, and every workout's view (Epley; a sample by the others). */
  async function expectAsBefore(actor: Actor) {
    for (const { id: formula } of E1RM_FORMULAS) {
      const all = await expectListAsBefore(actor, { limit: 500 }, formula);
      await expectListAsBefore(actor, { limit: 7 }, formula);
      if (all.length > 10) await expectListAsBefore(actor, { limit: 5, from: all.at(-1)!.date, to: all[Math.floor(all.length / 2)]!.date }, formula);
      const sample = formula === 'epley' ? all : all.filter((_, i) => i % 9 === 0);
      for (const w of sample) await expectViewAsBefore(actor, w.id, formula);
    }
  }

  const rowsOf = async (q: ReturnType<typeof sql>) => ((await database.db.execute(q)) as unknown as { rows: unknown[] }).rows;

  /**
   * The maxima of the session rows per (user, exercise) and `period` (a SQL expression of the session's `date`),
   * computed straight from exercise_session_bests as migration 0013 computed the year rows, with the day, month
   * and year tables' columns.
   */
  const maximaFromSessions = (period: string) => {
    const per = (f: (r: number) => string) => `array[${Array.from({ length: 10 }, (_, i) => f(i + 1)).join(', ')}]`;
    return sql.raw(`select user_id, exercise_ref, ${period} as period, max(max_reps) as max_reps, max(max_load_g) as max_load_g,
      max(max_duration_s) as max_duration_s, max(max_distance_cm) as max_distance_cm, max(set_volume_kg) as set_volume_kg,
      max(volume_kg) as volume_kg, max(volume_bw_kg) as volume_bw_kg, ${per((r) => `max(loads_by_reps[${r}])`)} as load_g,
      ${per((r) => `max(body_weight_g::float8 / 1000 + loads_by_reps[${r}]::float8 / 1000)`)} as body_plus_load_kg,
      ${per((r) => `max(loads_by_reps[${r}]) filter (where body_weight_g is null)`)} as load_without_body_weight_g
      from exercise_session_bests group by user_id, exercise_ref, ${period} order by user_id, exercise_ref, period`);
  };
  const tier = (table: string, period: string) =>
    sql.raw(`select user_id, exercise_ref, ${period} as period, max_reps, max_load_g, max_duration_s, max_distance_cm, set_volume_kg, volume_kg, volume_bw_kg,
      load_g, body_plus_load_kg, load_without_body_weight_g from ${table} order by user_id, exercise_ref, period`);

  /**
   * The tables hold what a recomputation from the sets gives, row for row: the sessions, and the days, months and
   * years (migrations 0013, 0020: kept by upserts on insert and recomputations on delete) both as their refresh
   * functions rebuild them and as one aggregate over the session rows per period gives them.
   */
  async function expectBestsFresh() {
    const read = async () => ({
      sessions: await rowsOf(sql`select * from exercise_session_bests order by user_id, exercise_ref, date, workout_id`),
      days: await rowsOf(tier('exercise_day_bests', 'date')),
      months: await rowsOf(tier('exercise_month_bests', 'month')),
      years: await rowsOf(tier('exercise_year_bests', 'year')),
    });
    const before = await read();
    expect(before.days).toEqual(await rowsOf(maximaFromSessions('date')));
    expect(before.months).toEqual(await rowsOf(maximaFromSessions(`date_trunc('month', date)::date`)));
    expect(before.years).toEqual(await rowsOf(maximaFromSessions('extract(year from date)::integer')));
    await database.db.execute(sql`select exercise_session_bests_refresh(coalesce(array_agg(user_id), '{}'), coalesce(array_agg(id), '{}')) from workouts`);
    await database.db.execute(sql`delete from exercise_day_bests`);
    await database.db.execute(sql`delete from exercise_month_bests`);
    await database.db.execute(sql`delete from exercise_year_bests`);
    await database.db.execute(
      sql`select exercise_day_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(date)) from (select distinct user_id, exercise_ref, date from exercise_session_bests) s`,
    );
    await database.db.execute(
      sql`select exercise_month_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(month)) from (select distinct user_id, exercise_ref, date_trunc('month', date)::date as month from exercise_day_bests) s`,
    );
    await database.db.execute(
      sql`select exercise_year_bests_refresh(array_agg(user_id), array_agg(exercise_ref), array_agg(year)) from (select distinct user_id, exercise_ref, extract(year from month)::integer as year from exercise_month_bests) s`,
    );
    expect(before).toEqual(await read());
    expect(before.sessions.length).toBeGreaterThan(0);
    expect(before.days.length).toBeGreaterThan(before.months.length);
    expect(before.months.length).toBeGreaterThan(before.years.length);
    expect(before.years.length).toBeGreaterThan(0);
  }

  /** The workout holding the heaviest set of an exercise. */
  async function heaviest(actor: Actor, exerciseId: string): Promise<string> {
    const res = (await database.db.execute(
      sql`select workout_id from exercise_session_bests where user_id = ${actor.userId} and exercise_ref = ${exerciseId} and max_load_g is not null order by max_load_g desc, date limit 1`,
    )) as unknown as { rows: Array<{ workout_id: string }> };
    return res.rows[0]!.workout_id;
  }

  let aliceWorkouts: string[] = [];

  beforeAll(async () => {
    database = await kind.open();
    sut = createServices(database, fixedClock('2026-11-21T12:00:00Z'));
    await sut.exercises.ensureStarterCatalog();
    alice = await newUser('alice', 80);
    bob = await newUser('bob', null);
    sandbag = (await sut.exercises.createCustom(alice, { name: 'Sandbag Carry', equipment: 'other', pattern: 'carry', loadType: 'weight', primaryMuscles: ['forearms'], secondaryMuscles: [] })).id;
    aliceWorkouts = await logWorkouts(alice, 70, 7, [BENCH, WEIGHTED_PULL_UP, SQUAT, ASSISTED, PLANK, RUN, sandbag]);
    // Some workouts logged without a body weight: weighted-bodyweight loads then use the fallback (the profile's 80 kg).
    await database.db.execute(sql`update workouts set body_weight_g = null where user_id = ${alice.userId} and extract(day from date)::int % 4 = 0`);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('gives the records and last-time numbers the whole history gives: every formula, every load type, your own exercise', async () => {
    const list = await sut.workouts.list(alice, { limit: 500 });
    expect(list.reduce((n, w) => n + w.totals.records, 0)).toBeGreaterThan(40);
    await expectAsBefore(alice);
    await expectBestsFresh();
  });

  it('stays right when an earlier workout that held a record is edited, then deleted', async () => {
    const holder = await heaviest(alice, BENCH);
    const before = await sut.workouts.get(alice, holder);
    await sut.workouts.update(alice, holder, { exercises: [{ exerciseId: BENCH, sets: [{ reps: 3, load: 20 }] }] });
    await expectBestsFresh();
    await expectAsBefore(alice);
    await sut.workouts.delete(alice, await heaviest(alice, WEIGHTED_PULL_UP));
    await expectBestsFresh();
    await expectAsBefore(alice);
    expect(before.exercises.some((e) => e.records.some((r) => r.kind === 'weight'))).toBe(true);
  });

  it('stays right when a workout moves to another date or gets another body weight', async () => {
    const holder = await heaviest(alice, sandbag);
    const view = await sut.workouts.get(alice, holder);
    const input = { exercises: view.exercises.map((e) => ({ exerciseId: e.exercise.id, sets: e.sets.map((s) => ({ type: s.type, reps: s.reps, load: s.loadKg, duration: s.durationS, distance: s.distanceM, completed: s.completed })) })) };
    await sut.workouts.update(alice, holder, { ...input, date: '2026-12-30' });
    await sut.workouts.update(alice, aliceWorkouts[3]!, { ...(await asInput(aliceWorkouts[3]!)), date: '2025-12-31', bodyWeight: 95 });
    await expectBestsFresh();
    await expectAsBefore(alice);
  });

  it('stays right when an autosave changes, removes and adds sets of a workout in place (its exercises unchanged)', async () => {
    const holder = await heaviest(alice, BENCH);
    const input = await asInput(holder);
    const bench = input.exercises.findIndex((e) => e.exerciseId === BENCH);
    const sets = input.exercises[bench]!.sets;
    // Lighter where it held the record, one set fewer, and a new heavy single at the end.
    const edited = sets.slice(0, -1).map((s) => ({ ...s, load: s.load === null ? null : s.load / 2 }));
    input.exercises[bench] = { ...input.exercises[bench]!, sets: [...edited, { type: 'normal', reps: 1, load: 250, duration: null, distance: null, completed: true }] };
    await sut.workouts.update(alice, holder, input);
    await expectBestsFresh();
    await expectAsBefore(alice);
    // Then the single is only ticked off as not done.
    input.exercises[bench]!.sets.at(-1)!.completed = false;
    await sut.workouts.update(alice, holder, input);
    await expectBestsFresh();
    await expectAsBefore(alice);
  });

  async function asInput(id: string) {
    const view = await sut.workouts.get(alice, id);
    return { exercises: view.exercises.map((e) => ({ exerciseId: e.exercise.id, sets: e.sets.map((s) => ({ type: s.type, reps: s.reps, load: s.loadKg, duration: s.durationS, distance: s.distanceM, completed: s.completed })) })) };
  }

  it("keeps two people's bests apart: bob's heavier sets change none of alice's records", async () => {
    const aliceList = await sut.workouts.list(alice, { limit: 500 });
    await logWorkouts(bob, 12, 11, [BENCH, WEIGHTED_PULL_UP]);
    await sut.workouts.create(bob, { date: '2026-01-01', exercises: [{ exerciseId: BENCH, sets: [{ reps: 10, load: 300 }] }] });
    expect(await sut.workouts.list(alice, { limit: 500 })).toEqual(aliceList);
    // Bob has no body weight anywhere: his weighted pull-ups have no e1RM or volume, only reps and load.
    await expectAsBefore(bob);
  });

  it('stays right after writes straight to the tables (sets, an exercise swapped in place)', async () => {
    await database.db.execute(sql`update workout_sets set reps = reps + 3 where user_id = ${alice.userId} and workout_id = ${aliceWorkouts[10]!} and reps is not null`);
    await database.db.execute(sql`delete from workout_sets where user_id = ${alice.userId} and workout_id = ${aliceWorkouts[12]!} and position = 0`);
    await database.db.execute(sql`update workout_exercises set exercise_id = ${BENCH} where user_id = ${alice.userId} and exercise_id = ${ASSISTED} and workout_id = any(${sql.param(aliceWorkouts.slice(20, 30))}::uuid[])`);
    await expectBestsFresh();
    await expectAsBefore(alice);
  });

  it("keeps the tables right when one person's workouts are logged at the same time (PostgreSQL's pool)", async () => {
    const erin = await newUser('erin', 70);
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        sut.workouts.create(erin, { date: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`, exercises: [{ exerciseId: BENCH, sets: [{ load: 60 + i, reps: 5 }] }] }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    await expectBestsFresh();
    await expectListAsBefore(erin, { limit: 500 }, 'epley');
  });

  it('judges an exercise from its whole history when a value lies within 1e-6 above the best before', async () => {
    const frank = await newUser('frank', 80);
    // 0.3 kg × 1 then 0.1 kg × 3: set volumes 0.3 and 0.30000000000000004 (float), a tie the maximum cannot call.
    await sut.workouts.create(frank, { date: '2026-01-05', exercises: [{ exerciseId: BENCH, sets: [{ load: 0.3, reps: 1 }] }] });
    const second = await sut.workouts.create(frank, { date: '2026-02-05', exercises: [{ exerciseId: BENCH, sets: [{ load: 0.1, reps: 3 }] }] });
    const repo = createWorkoutRepository(database.db);
    const calls: Array<{ from?: string | undefined }> = [];
    const spy = { ...repo, history: (...args: Parameters<typeof repo.history>) => (calls.push(args[2] ?? {}), repo.history(...args)) };
    const byId = await resolveExercises(createExerciseRepository(database.db), frank.userId!, [BENCH]);
    const { records } = await recordsBetween(spy, frank.userId!, byId, { from: '2026-02-05', to: '2026-02-05' }, 80, 'epley');
    expect(calls.map((c) => c.from)).toEqual(['2026-02-05', undefined]);
    const old = await wholeHistory(frank.userId!, [BENCH], '2026-02-05', 'epley');
    expect(records.get(BENCH)!.get(second.id)).toEqual(old.records.get(BENCH)!.get(second.id));
    await expectAsBefore(frank);
  });

  it("answers a create with what the whole history gives when many workouts of one exercise share days and months (the load suite's users)", async () => {
    const gina = await newUser('gina', 75);
    const rnd = prng(23);
    const days = ['2026-03-02', '2026-03-09', '2026-03-31', '2026-04-01', '2026-04-15', '2027-01-01'];
    for (let i = 0; i < 60; i++) {
      const date = days[Math.floor(rnd() * days.length)]!;
      const startedAt = rnd() < 0.3 ? `${date}T${String(6 + Math.floor(rnd() * 14)).padStart(2, '0')}:00:00Z` : null;
      const sets = Array.from({ length: 3 }, () => ({ reps: 1 + Math.floor(rnd() * 10), load: 60 + Math.floor(rnd() * 16) * 2.5, completed: rnd() > 0.1 }));
      const created = await sut.workouts.create(gina, { date, startedAt, exercises: [{ exerciseId: BENCH, sets }, { exerciseId: WEIGHTED_PULL_UP, sets }] });
      // The answer is built from the workout as written: it must be what a read gives and what the old way gives.
      expect(created).toEqual(await sut.workouts.get(gina, created.id));
      if (i % 6 === 0) await expectViewAsBefore(gina, created.id, 'epley');
    }
    expect((await sut.workouts.list(gina, { limit: 500 })).reduce((n, w) => n + w.totals.records, 0)).toBeGreaterThan(5);
    await expectBestsFresh();
    await expectAsBefore(gina);
  });

  it('judges an imported history (no body weights: the fallback) and its copy read back through import platewise', async () => {
    const carol = await newUser('carol', 72.5);
    const summary = await sut.historyImports.import(carol, 'strong', [STRONG_CSV], { unit: 'lb' });
    expect(summary.workouts).toBeGreaterThan(300);
    await expectBestsFresh();
    for (const formula of ['epley', 'lombardi', 'wathan'] as const) {
      const all = await expectListAsBefore(carol, { limit: 500 }, formula);
      await expectListAsBefore(carol, { limit: 20 }, formula);
      for (const w of all.filter((_, i) => i % 15 === 0)) await expectViewAsBefore(carol, w.id, formula);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'platewise-records-'));
    const file = path.join(dir, 'alice.json');
    writeFileSync(file, JSON.stringify(await sut.dataExport.exportJson(alice)));
    const dave = await newUser('dave', 80);
    await sut.dataExport.importJson(dave, file);
    await expectBestsFresh();
    await expectAsBefore(dave);
    // The same workouts (ids kept), the same records; two workouts of a day with the same times may list in either order.
    const counts = async (a: Actor) => (await sut.workouts.list(a, { limit: 500 })).map((w) => `${w.id} ${w.totals.records}`).sort();
    expect(await counts(dave)).toEqual(await counts(alice));
  });
});
