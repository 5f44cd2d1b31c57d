// The workout reads bring exercises and sets back as JSON arrays (one value per table, not row by row): they
// must return exactly the rows, in the order, that plain selects of the tables return.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { workoutExercises, workouts as workoutsTable, workoutSets } from '../schema/index.js';
import { testDatabases } from '../testing/test-databases.js';
import { createExerciseRepository } from './exercise.repository.js';
import { createUsersRepository } from './users.repository.js';
import { createWorkoutRepository, type WorkoutRepository, type WorkoutSetValues } from './workout.repository.js';

const now = new Date('2026-11-21T12:34:56.789Z');
const set = (exercisePosition: number, position: number, over: Partial<WorkoutSetValues> = {}): WorkoutSetValues => ({
  exercisePosition,
  position,
  setType: 'normal',
  reps: 5,
  loadG: 102_500,
  durationS: null,
  distanceCm: null,
  rpe: 7.5,
  rir: null,
  completed: true,
  ...over,
});

describe.each(testDatabases())('workout reads on $name', (kind) => {
  let database: Database;
  let sut: WorkoutRepository;
  const alice = randomUUID();
  const bob = randomUUID();
  const squatId = randomUUID();
  const sledId = randomUUID();
  const ids = { legs: randomUUID(), earlier: randomUUID(), empty: randomUUID(), bobs: randomUUID() };

  beforeAll(async () => {
    database = await kind.open();
    const db = database.db;
    sut = createWorkoutRepository(db);
    const users = createUsersRepository(db);
    for (const id of [alice, bob]) await users.insert({ id, username: `w-${id.slice(0, 8)}`, isAdmin: false, createdAt: now, passwordHash: null });
    const exercises = createExerciseRepository(db);
    await exercises.upsertCatalog(
      [
        {
          id: squatId,
          source: 'wger',
          sourceId: `w-${squatId}`,
          name: 'Back squat (workout test)',
          aliases: [],
          searchText: 'back squat (workout test)',
          equipment: 'barbell',
          pattern: 'squat',
          loadType: 'weight',
          primaryMuscles: ['quads'],
          secondaryMuscles: [],
          metCode: '02054',
          met: 5.0,
          license: null,
          licenseUrl: null,
          licenseAuthor: null,
        },
      ],
      now,
    );
    await exercises.insertCustom(
      alice,
      sledId,
      { name: 'Sled push', nameKey: 'sled push', equipment: 'other', pattern: 'carry', loadType: 'weight', primaryMuscles: ['quads'], secondaryMuscles: [], metCode: '02052', met: 6.5 },
      now,
    );
    await sut.insert(
      alice,
      ids.legs,
      { date: '2026-11-18', name: 'Legs', notes: 'felt "heavy"\nand slow', startedAt: new Date('2026-11-18T17:05:00.123Z'), endedAt: null, bodyWeightG: 61_250 },
      [
        { position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: null, notes: '' },
        { position: 1, exerciseId: null, customExerciseId: sledId, supersetGroup: 1, notes: 'turf \\ "wet"' },
      ],
      [
        set(0, 1, { rpe: 8.25, rir: 1 }),
        set(0, 0, { setType: 'warmup', rpe: null, loadG: 60_000 }),
        set(1, 0, { reps: null, loadG: null, durationS: 45, distanceCm: 2_000, rpe: null, rir: 2, completed: false }),
      ],
      now,
    );
    await sut.insert(
      alice,
      ids.earlier,
      { date: '2026-11-17', name: '', notes: '', startedAt: null, endedAt: null, bodyWeightG: null },
      [{ position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: null, notes: '' }],
      [set(0, 0, { rpe: 0.1 + 0.2 })],
      now,
    );
    await sut.insert(alice, ids.empty, { date: '2026-11-16', name: 'Nothing', notes: '', startedAt: null, endedAt: null, bodyWeightG: null }, [], [], now);
    await sut.insert(bob, ids.bobs, { date: '2026-11-18', name: '', notes: '', startedAt: null, endedAt: null, bodyWeightG: null }, [{ position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: null, notes: '' }], [set(0, 0)], now);
  });
  afterAll(async () => {
    await database?.close();
  });

  const selectContents = async (userId: string, workoutIds: string[]) => ({
    exercises: await database.db
      .select()
      .from(workoutExercises)
      .where(and(eq(workoutExercises.userId, userId), inArray(workoutExercises.workoutId, workoutIds)))
      .orderBy(asc(workoutExercises.workoutId), asc(workoutExercises.position)),
    sets: await database.db
      .select()
      .from(workoutSets)
      .where(and(eq(workoutSets.userId, userId), inArray(workoutSets.workoutId, workoutIds)))
      .orderBy(asc(workoutSets.workoutId), asc(workoutSets.exercisePosition), asc(workoutSets.position)),
  });

  it('get returns the workout row, its exercises and sets as the tables hold them, in order', async () => {
    for (const id of [ids.legs, ids.earlier, ids.empty]) {
      const [workout] = await database.db.select().from(workoutsTable).where(and(eq(workoutsTable.userId, alice), eq(workoutsTable.id, id)));
      const got = await sut.get(alice, id);
      expect(got).toEqual({ workout, ...(await selectContents(alice, [id])) });
    }
    const legs = await sut.get(alice, ids.legs);
    expect(legs!.sets.map((s) => [s.exercisePosition, s.position, s.rpe])).toEqual([
      [0, 0, null],
      [0, 1, 8.25],
      [1, 0, null],
    ]);
    expect(legs!.workout.startedAt).toBeInstanceOf(Date);
  });

  it('get finds nothing for another user or an unknown id', async () => {
    expect(await sut.get(bob, ids.legs)).toBeNull();
    expect(await sut.get(alice, randomUUID())).toBeNull();
  });

  it('contents of several workouts match the plain selects, and only the user’s', async () => {
    const all = [ids.legs, ids.earlier, ids.empty, ids.bobs];
    expect(await sut.contents(alice, all)).toEqual(await selectContents(alice, all));
    expect((await sut.contents(alice, all)).sets.find((s) => s.workoutId === ids.earlier)!.rpe).toBe(0.1 + 0.2);
    expect(await sut.contents(alice, [])).toEqual({ exercises: [], sets: [] });
  });

  it('history returns every set of the exercises with its workout, oldest session first', async () => {
    const rows = await sut.history(alice, { catalog: [squatId], custom: [sledId] });
    expect(rows.map((r) => [r.workoutId, r.exerciseId ?? r.customExerciseId, r.exercisePosition, r.set.position])).toEqual([
      [ids.earlier, squatId, 0, 0],
      [ids.legs, squatId, 0, 0],
      [ids.legs, squatId, 0, 1],
      [ids.legs, sledId, 1, 0],
    ]);
    const { sets } = await selectContents(alice, [ids.legs, ids.earlier]);
    expect(rows.map((r) => r.set)).toEqual([sets.find((s) => s.workoutId === ids.earlier), ...sets.filter((s) => s.workoutId === ids.legs)]);
    expect(rows[1]).toMatchObject({ date: '2026-11-18', bodyWeightG: 61_250, createdAt: now, startedAt: new Date('2026-11-18T17:05:00.123Z') });
    // Bounded by dates (one statement, the window's workouts first): the same rows of those sessions.
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { from: '2026-11-18' })).toEqual(rows.slice(1));
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { from: '2026-11-17', to: '2026-11-17' })).toEqual(rows.slice(0, 1));
    expect((await sut.history(alice, { catalog: [squatId], custom: [] }, { from: '2026-11-18', to: '2026-11-18' })).map((r) => r.set.position)).toEqual([0, 1]);
    expect((await sut.history(alice, { catalog: [], custom: [sledId] }, { from: '2026-11-01' })).map((r) => r.customExerciseId)).toEqual([sledId]);
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { from: '2026-11-19' })).toEqual([]);
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { to: '2026-11-17' })).toEqual(rows.slice(0, 1));
    // Each exercise's last day with a session (before a date): both exercises' last day is the 18th, read once.
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { last: {} })).toEqual(rows.slice(1));
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { last: { before: '2026-11-19' } })).toEqual(rows.slice(1));
    // Before the 18th the squat's last day is the 17th and the sled has none.
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { last: { before: '2026-11-18' } })).toEqual(rows.slice(0, 1));
    expect(await sut.history(alice, { catalog: [squatId], custom: [sledId] }, { last: { before: '2026-11-17' } })).toEqual([]);
    expect((await sut.history(bob, { catalog: [squatId], custom: [] }, { last: {} })).map((r) => r.workoutId)).toEqual([ids.bobs]);
  });

  it('replace leaves unchanged exercises and sets alone, rewrites changed ones, and returns the workout as stored', async () => {
    const versions = async () =>
      ((await database.db.execute(sql`select xmin::text as v from workout_sets where user_id = ${alice} and workout_id = ${ids.legs} order by exercise_position, position`)) as unknown as { rows: Array<{ v: string }> }).rows.map((r) => r.v);
    const before = (await sut.get(alice, ids.legs))!;
    const strip = <T extends { userId: string; workoutId: string }>({ userId: _u, workoutId: _w, ...rest }: T) => rest;
    const xmin = await versions();
    const later = new Date('2026-11-21T13:00:00.000Z');
    const values = { date: before.workout.date, name: 'Legs, renamed', notes: before.workout.notes, startedAt: before.workout.startedAt, endedAt: before.workout.endedAt, bodyWeightG: before.workout.bodyWeightG };
    // Given in another order than stored: still the same children.
    const same = await sut.replace(alice, ids.legs, values, before.exercises.map(strip).reverse(), before.sets.map(strip).reverse(), later);
    expect(same).toEqual(await sut.get(alice, ids.legs));
    expect(same!.workout).toMatchObject({ name: 'Legs, renamed', updatedAt: later });
    expect(await versions()).toEqual(xmin);

    // A tick: only that set is written.
    const ticked = before.sets.map(strip).map((s) => (s.exercisePosition === 1 ? { ...s, completed: true } : s));
    const changed = await sut.replace(alice, ids.legs, values, before.exercises.map(strip), ticked, later);
    expect(changed).toEqual(await sut.get(alice, ids.legs));
    expect(changed!.sets.find((s) => s.exercisePosition === 1)!.completed).toBe(true);
    const afterTick = await versions();
    expect(afterTick.slice(0, 2)).toEqual(xmin.slice(0, 2));
    expect(afterTick[2]).not.toEqual(xmin[2]);

    // A set removed, one added, one changed: the rest stay as they were.
    const edited = [{ ...ticked[0]!, reps: 8 }, ticked[2]!, set(1, 1, { durationS: 30, reps: null, loadG: null })];
    const next = await sut.replace(alice, ids.legs, values, before.exercises.map(strip), edited, later);
    expect(next).toEqual(await sut.get(alice, ids.legs));
    expect(next!.sets.map((s) => [s.exercisePosition, s.position, s.reps])).toEqual([
      [0, 0, 8],
      [1, 0, null],
      [1, 1, null],
    ]);
    expect((await versions())[1]).toEqual(afterTick[2]);

    // Another exercise: everything is rewritten.
    const swapped = await sut.replace(alice, ids.legs, values, [{ position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: 2, notes: '' }], [set(0, 0)], later);
    expect(swapped).toEqual(await sut.get(alice, ids.legs));
    expect(swapped!.exercises).toHaveLength(1);
    expect(await sut.replace(bob, ids.legs, values, [], [], later)).toBeNull();
  });
});

