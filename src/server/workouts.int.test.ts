import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/testing/test-databases.js';
import { signUp, type Client } from './testing/clients.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

// Expected numbers come from the published formulas, not from the app:
// Epley 1RM = w·(1 + r/30); Brzycki = w·36/(37 − r) (science.md §5.1);
// net exercise kcal = (MET − 1) × kg × h with Compendium 2011 METs (science.md §8): squats 02052 5.0,
// resistance training 02054 3.5, running 6 mph 12050 9.8.
const epley = (w: number, r: number) => w * (1 + r / 30);
const BODY_KG = 80;

const set = (load: number | string | null, reps: number | null, extra: Record<string, unknown> = {}) => ({ load, reps, ...extra });

describe.each(testDatabases())('workouts API on $name', (kind) => {
  let sut: TestServer;
  let alice: Client;
  let bob: Client;
  const ids: Record<string, string> = {};
  const met: Record<string, number> = {};
  let day1: string;

  beforeAll(async () => {
    sut = await openTestServer(await kind.open(), { auth: { mode: 'multi' } });
    await sut.services.exercises.ensureStarterCatalog();
    alice = await signUp(sut.app, 'alice');
    bob = await signUp(sut.app, 'bob');
    const profile = { sex: 'male', age: 30, height: '180 cm', weight: `${BODY_KG} kg`, activity: 'moderate', goal: 'maintain', units: 'metric' };
    expect((await alice.request({ method: 'PUT', url: '/api/profile', payload: profile })).statusCode).toBe(200);
    for (const [key, q] of [
      ['squat', 'back squat'],
      ['bench', 'bench press'],
      ['pullUp', 'pull-up'],
      ['plank', 'plank'],
      ['running', 'running'],
    ] as const) {
      const res = await alice.request({ method: 'GET', url: `/api/exercises?q=${encodeURIComponent(q)}&limit=3` });
      expect(res.statusCode).toBe(200);
      ids[key] = res.json()[0].id;
      met[key] = res.json()[0].met.value;
    }
  });
  afterAll(async () => {
    await sut?.close();
  });

  const post = (c: Client, url: string, payload: unknown) => c.request({ method: 'POST', url, payload: payload as Record<string, unknown> });
  const get = (c: Client, url: string) => c.request({ method: 'GET', url });

  it('searches exercises and answers with their muscles', async () => {
    const res = await get(alice, '/api/exercises?q=bench%20press&limit=1');
    expect(res.json()[0]).toMatchObject({ name: 'Barbell Bench Press', primaryMuscles: ['chest'], secondaryMuscles: ['triceps', 'front-delts'], loadType: 'weight', source: 'platewise' });
  });

  it('logs squats and bench press and reports volume, fractional sets, energy and the records set', async () => {
    const res = await post(alice, '/api/workouts', {
      date: '2026-11-16',
      name: 'Lower + push',
      startedAt: '2026-11-16T17:00:00Z',
      endedAt: '2026-11-16T18:00:00Z',
      exercises: [
        { exerciseId: ids.squat, sets: [set(60, 5, { type: 'warmup' }), set(100, 5), set('220.46 lb', 5, { rpe: 8.5 })] },
        { exerciseId: ids.bench, sets: [set(80, 5), set(80, 5), set(80, 5, { rir: 1 })] },
      ],
    });
    expect(res.statusCode).toBe(201);
    const w = res.json();
    day1 = w.id;
    expect(w.bodyWeightKg).toBe(BODY_KG);
    expect(w.durationS).toBe(3600);
    expect(w.exercises[0].sets[2].loadKg).toBeCloseTo(100, 2);
    expect(w.totals.workingSets).toBe(5);
    expect(w.totals.volumeKg).toBeCloseTo(100 * 5 * 2 + 80 * 5 * 3, 0);
    // Squats are Compendium 02052 (5.0), the bench press 02050 (6.0); the session MET is weighted by working
    // sets, (2 × 5.0 + 3 × 6.0) / 5 = 5.6, for one hour at 80 kg.
    expect([met.squat, met.bench]).toEqual([5.0, 6.0]);
    expect(w.totals.energyKcal).toBeCloseTo((5.6 - 1) * BODY_KG * 1, 6);
    expect(Object.fromEntries(w.muscleSets.map((m: { muscle: string; sets: number }) => [m.muscle, m.sets]))).toEqual({
      quadriceps: 2,
      glutes: 2,
      adductors: 1,
      'lower-back': 1,
      chest: 3,
      triceps: 1.5,
      'front-delts': 1.5,
    });
    const [squat, bench] = w.exercises;
    expect(squat.previous).toBeNull();
    const squatE1rm = squat.records.find((r: { kind: string }) => r.kind === 'e1rm');
    expect(squatE1rm.value).toBeCloseTo(epley(100, 5), 3);
    expect(squatE1rm).toMatchObject({ position: 1, reps: 5, loadKg: 100, date: '2026-11-16' });
    expect(squat.sets.map((s: { records: string[] }) => s.records)).toEqual([[], ['e1rm', 'weight', 'set-volume'], []]);
    expect(bench.records.find((r: { kind: string }) => r.kind === 'e1rm').value).toBeCloseTo(epley(80, 5), 3);
    expect(w.totals.records).toBe(8);
  });

  it("shows last time's sets beside the next session and only the records it beat", async () => {
    const res = await post(alice, '/api/workouts', {
      date: '2026-11-18',
      exercises: [{ exerciseId: ids.squat, sets: [set(105, 3), set(105, 3)] }],
    });
    expect(res.statusCode).toBe(201);
    const squat = res.json().exercises[0];
    expect(squat.previous).toMatchObject({ workoutId: day1, date: '2026-11-16' });
    expect(squat.previous.sets.map((s: { loadKg: number; reps: number }) => [Math.round(s.loadKg * 100) / 100, s.reps])).toEqual([
      [60, 5],
      [100, 5],
      [100, 5],
    ]);
    // 105 × 3 is heavier, but its e1RM (115.5) is below 100 × 5 (116.7): a weight record, no e1RM record.
    expect(squat.records.map((r: { kind: string }) => r.kind)).toEqual(['weight']);
  });

  it('gives an exercise its records and chart points, by Epley or by a chosen formula', async () => {
    const epleyRes = (await get(alice, `/api/exercises/${ids.squat}/progress`)).json();
    expect(epleyRes.formula).toBe('epley');
    expect(epleyRes.points.map((p: { date: string }) => p.date)).toEqual(['2026-11-16', '2026-11-18']);
    expect(epleyRes.points[0].e1rmKg).toBeCloseTo(epley(100, 5), 3);
    expect(epleyRes.points[1]).toMatchObject({ topLoadKg: 105, workingSets: 2, reps: 6 });
    const byKind = Object.fromEntries(epleyRes.records.map((r: { kind: string; value: number }) => [r.kind, r]));
    expect(byKind.e1rm.date).toBe('2026-11-16');
    expect(byKind.weight).toMatchObject({ value: 105, date: '2026-11-18' });
    expect(epleyRes.last.date).toBe('2026-11-18');
    const brzycki = (await get(alice, `/api/exercises/${ids.squat}/progress?formula=brzycki`)).json();
    expect(brzycki.points[0].e1rmKg).toBeCloseTo(112.5, 3);
    // From a day on, only the sessions since are read: the tips' recent-progress check reads weeks, not years.
    const recent = await sut.services.workouts.exerciseProgress({ userId: alice.userId }, ids.squat!, { from: '2026-11-17' });
    expect(recent.points.map((p) => p.date)).toEqual(['2026-11-18']);
    expect(recent.records.find((r) => r.kind === 'e1rm')!.date).toBe('2026-11-18');
    await expect(sut.services.workouts.exerciseProgress({ userId: alice.userId }, ids.squat!, { from: '17 Nov' })).rejects.toMatchObject({ details: [{ field: 'from' }] });
    expect((await get(alice, `/api/exercises/${ids.squat}/progress?formula=guess`)).statusCode).toBe(400);
  });

  it('logs bodyweight, timed and cardio sets and counts cardio energy by its own time', async () => {
    const res = await post(alice, '/api/workouts', {
      date: '2026-11-19',
      exercises: [
        { exerciseId: ids.pullUp, sets: [set(null, 10), set(null, 8)] },
        { exerciseId: ids.plank, sets: [{ duration: '1:30' }] },
        { exerciseId: ids.running, sets: [{ duration: '30 min', distance: '5 km' }] },
      ],
    });
    expect(res.statusCode).toBe(201);
    const w = res.json();
    expect(w.exercises[0].records.map((r: { kind: string }) => r.kind)).toEqual(['reps']);
    expect(w.exercises[1].sets[0].durationS).toBe(90);
    expect(w.exercises[2].sets[0]).toMatchObject({ durationS: 1800, distanceM: 5000 });
    expect(w.totals.volumeKg).toBe(BODY_KG * 18);
    // No start and end: only the run's own 30 minutes count, at running 6 mph (9.8 MET).
    expect(w.totals.energyKcal).toBeCloseTo((9.8 - 1) * BODY_KG * 0.5, 6);
  });

  it('gives net exercise energy per day, and the diary adds it to the budget only while the setting is on', async () => {
    const energy = (await get(alice, '/api/workouts/energy?from=2026-11-15&to=2026-11-20')).json();
    expect(energy.inBudget).toBe(true);
    expect(energy.days.map((d: { date: string }) => d.date)).toEqual(['2026-11-16', '2026-11-18', '2026-11-19']);
    expect(energy.days[0].kcal).toBeCloseTo(368, 6);
    const byDate = await sut.services.workouts.kcalByDate(alice.userId, '2026-11-15', '2026-11-20');
    expect(byDate.get('2026-11-19')).toBeCloseTo(352, 6);
    expect((await get(alice, '/api/workouts/energy?from=2026-11-20&to=2026-11-15')).json().error.details[0].field).toBe('to');

    const actor = { userId: alice.userId };
    expect((await sut.services.diary.day(actor, '2026-11-16')).balance).toMatchObject({ exerciseKcal: 368, exerciseCountedKcal: 368 });
    // A workout without its own body weight (an import) is costed at the profile's weight, the same here.
    await sut.services.database.db.execute(sql`update workouts set body_weight_g = null where user_id = ${alice.userId} and date = '2026-11-16'`);
    expect((await sut.services.workouts.kcalByDate(alice.userId, '2026-11-16', '2026-11-16')).get('2026-11-16')).toBeCloseTo(368, 6);
    await sut.services.database.db.execute(sql`update profiles set weight_kg = ${BODY_KG * 2} where user_id = ${alice.userId}`);
    expect((await sut.services.workouts.kcalByDate(alice.userId, '2026-11-16', '2026-11-16')).get('2026-11-16')).toBeCloseTo(368 * 2, 6);
    await sut.services.database.db.execute(sql`update profiles set weight_kg = ${BODY_KG} where user_id = ${alice.userId}`);
    expect((await sut.services.workouts.kcalByDate(alice.userId, '2026-11-14', '2026-11-15')).size).toBe(0);

    await alice.request({ method: 'PATCH', url: '/api/settings', payload: { exerciseEnergyInBudget: false } });
    expect((await get(alice, '/api/workouts/energy?from=2026-11-15&to=2026-11-20')).json().inBudget).toBe(false);
    expect((await sut.services.diary.day(actor, '2026-11-16')).balance).toMatchObject({ exerciseKcal: 368, exerciseCountedKcal: 0 });
    await alice.request({ method: 'PATCH', url: '/api/settings', payload: { exerciseEnergyInBudget: true } });
  });

  it("takes a device's measured energy over the MET estimate", async () => {
    const w = (await post(alice, '/api/workouts', { date: '2026-11-17', exercises: [{ exerciseId: ids.running, sets: [{ duration: '20 min' }] }] })).json();
    expect(w.totals.energyKcal).toBeCloseTo((9.8 - 1) * BODY_KG * (20 / 60), 6);
    await sut.services.database.db.execute(sql`update workouts set energy_kcal = 321 where id = ${w.id}`);
    expect((await get(alice, `/api/workouts/${w.id}`)).json().totals.energyKcal).toBe(321);
    const days = (await get(alice, '/api/workouts/energy?from=2026-11-17&to=2026-11-17')).json().days;
    expect(days).toEqual([{ date: '2026-11-17', kcal: 321 }]);
    await alice.request({ method: 'DELETE', url: `/api/workouts/${w.id}` });
  });

  it('lists workouts newest first with totals and the records each set', async () => {
    const list = (await get(alice, '/api/workouts?from=2026-11-01&to=2026-11-30')).json();
    expect(list.map((w: { date: string }) => w.date)).toEqual(['2026-11-19', '2026-11-18', '2026-11-16']);
    expect(list[2]).toMatchObject({ name: 'Lower + push', exerciseNames: ['Barbell Back Squat', 'Barbell Bench Press'] });
    expect(list[2].totals.records).toBe(8);
    expect(list[1].totals.records).toBe(1);
    // Without records (the home screen): the same summaries, no history read, no record count.
    const light = await sut.services.workouts.list({ userId: alice.userId }, { from: '2026-11-01', to: '2026-11-30', records: false });
    expect(light.map((w) => ({ ...w, totals: { ...w.totals, records: 'x' } }))).toEqual(list.map((w: { totals: object }) => ({ ...w, totals: { ...w.totals, records: 'x' } })));
    expect(light.map((w) => w.totals.records)).toEqual([0, 0, 0]);
  });

  it.each([
    [{ exercises: [{ exerciseId: '00000000-0000-4000-8000-000000000000', sets: [] }] }, 'exercises.0.exerciseId'],
    [{ exercises: [{ exerciseId: 'squat', sets: [] }] }, 'exercises.0.exerciseId'],
    [{ exercises: [{ exerciseId: 'SQUAT', sets: [{ reps: 2.5, load: 100 }] }] }, 'exercises.0.sets.0.reps'],
    [{ exercises: [{ exerciseId: 'SQUAT', sets: [{ reps: 5, load: 'heavy' }] }] }, 'exercises.0.sets.0.load'],
    [{ exercises: [{ exerciseId: 'SQUAT', sets: [{ reps: 5, load: '3000 lb' }] }] }, 'exercises.0.sets.0.load'],
    [{ exercises: [{ exerciseId: 'SQUAT', sets: [{ reps: 5, load: 100, rpe: 8, rir: 2 }] }] }, 'exercises.0.sets.0.rir'],
    [{ exercises: [{ exerciseId: 'PLANK', sets: [{ reps: 5 }] }] }, 'exercises.0.sets.0.reps'],
    [{ exercises: [{ exerciseId: 'PULLUP', sets: [{ reps: 5, load: 10 }] }] }, 'exercises.0.sets.0.load'],
    [{ exercises: [{ exerciseId: 'SQUAT', sets: [{ type: 'giant', reps: 5 }] }] }, 'exercises.0.sets.0.type'],
    [{ startedAt: '2026-11-16T18:00:00Z', endedAt: '2026-11-16T17:00:00Z' }, 'endedAt'],
    [{ startedAt: 'yesterday' }, 'startedAt'],
    [{ date: '2026-02-30' }, 'date'],
    [{ bodyWeight: '20 kg' }, 'bodyWeight'],
  ])('rejects %j with a 400 naming %s, and stores nothing', async (body, field) => {
    const before = (await get(alice, '/api/workouts?limit=500')).json().length;
    const text = JSON.stringify(body).replace('"SQUAT"', `"${ids.squat}"`).replace('"PLANK"', `"${ids.plank}"`).replace('"PULLUP"', `"${ids.pullUp}"`);
    const res = await post(alice, '/api/workouts', JSON.parse(text));
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation_failed');
    expect(err.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await get(alice, '/api/workouts?limit=500')).json()).toHaveLength(before);
  });

  it('replaces a workout whole on PUT and keeps its body weight', async () => {
    const res = await alice.request({
      method: 'PUT',
      url: `/api/workouts/${day1}`,
      payload: { date: '2026-11-16', name: 'Legs', startedAt: '2026-11-16T17:00:00Z', endedAt: '2026-11-16T17:45:00Z', exercises: [{ exerciseId: ids.squat, sets: [set(100, 5)] }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Legs', bodyWeightKg: BODY_KG, durationS: 2700, totals: { exercises: 1, workingSets: 1 } });
    expect((await alice.request({ method: 'PUT', url: '/api/workouts/00000000-0000-4000-8000-000000000000', payload: {} })).statusCode).toBe(404);
    expect((await get(alice, '/api/workouts/not-a-uuid')).json().error.details[0].field).toBe('params.id');
  });

  it('starts a workout from a routine with last loads filled in, and repeats an earlier one', async () => {
    const routine = await post(alice, '/api/routines', {
      name: 'Squat day',
      exercises: [{ exerciseId: ids.squat, restSeconds: 180, sets: [{ reps: 5 }, { reps: 5 }, { reps: 5 }] }],
    });
    expect(routine.statusCode).toBe(201);
    const started = await post(alice, '/api/workouts', { date: '2026-11-20', fromRoutineId: routine.json().id });
    expect(started.statusCode).toBe(201);
    const sets = started.json().exercises[0].sets;
    // The last squat session (2026-11-18) was 105 kg.
    expect(sets.map((s: { loadKg: number; reps: number; completed: boolean }) => [s.loadKg, s.reps, s.completed])).toEqual([
      [105, 5, false],
      [105, 5, false],
      [105, 5, false],
    ]);
    expect(started.json().totals.workingSets).toBe(0);

    const repeat = await post(alice, '/api/workouts', { date: '2026-11-21', repeatWorkoutId: started.json().id });
    expect(repeat.json().exercises[0].sets).toHaveLength(3);
    const saved = await post(alice, '/api/routines/from-workout', { workoutId: day1, name: 'Legs again' });
    expect(saved.json().exercises[0].sets[0]).toMatchObject({ type: 'normal', reps: 5, loadKg: 100 });
    expect((await get(alice, '/api/routines')).json().map((r: { name: string }) => r.name)).toEqual(['Legs again', 'Squat day']);
  });

  it('keeps every user to their own workouts, routines and exercises', async () => {
    expect((await get(bob, `/api/workouts/${day1}`)).statusCode).toBe(404);
    expect((await get(bob, '/api/workouts')).json()).toEqual([]);
    expect((await get(bob, '/api/routines')).json()).toEqual([]);
    expect((await bob.request({ method: 'DELETE', url: `/api/workouts/${day1}` })).statusCode).toBe(404);
    const mine = await post(alice, '/api/exercises', { name: 'Belt Squat', equipment: 'machine', pattern: 'squat', loadType: 'weight', primaryMuscles: ['quadriceps', 'glutes'] });
    expect(mine.statusCode).toBe(201);
    const res = await post(bob, '/api/workouts', { exercises: [{ exerciseId: mine.json().id, sets: [set(100, 5)] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('exercises.0.exerciseId');
    const used = await post(alice, '/api/workouts', { exercises: [{ exerciseId: mine.json().id, sets: [set(100, 5)] }] });
    expect(used.statusCode).toBe(201);
    expect((await alice.request({ method: 'DELETE', url: `/api/exercises/${mine.json().id}` })).statusCode).toBe(409);
  });

  it('deletes a workout', async () => {
    const w = (await post(alice, '/api/workouts', { date: '2026-11-22' })).json();
    expect((await alice.request({ method: 'DELETE', url: `/api/workouts/${w.id}` })).json()).toEqual({ ok: true });
    expect((await get(alice, `/api/workouts/${w.id}`)).statusCode).toBe(404);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await get(alice, '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/exercises', '/api/exercises/{id}', '/api/exercises/{id}/progress', '/api/workouts', '/api/workouts/{id}', '/api/workouts/energy', '/api/routines', '/api/routines/{id}']),
    );
  });
});
