// The day view's one statement must hand back exactly the rows the other repositories' own selects return.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { userSettings } from '../schema/index.js';
import { testDatabases } from '../testing/test-databases.js';
import { createDayRepository, type DayRepository } from './day.repository.js';
import { createDiaryRepository, type DiaryEntryValues } from './diary.repository.js';
import { createExerciseRepository } from './exercise.repository.js';
import { createProfileRepository } from './profile.repository.js';
import { createSettingsRepository } from './settings.repository.js';
import { createUsersRepository } from './users.repository.js';
import { createWorkoutRepository, type WorkoutSetValues } from './workout.repository.js';

const DAY = '2026-11-18';
const now = new Date('2026-11-21T12:34:56.789Z');

const entry = (over: Partial<DiaryEntryValues> = {}): DiaryEntryValues & { id: string } => ({
  id: randomUUID(),
  date: DAY,
  meal: 'breakfast',
  kind: 'catalog',
  foodId: randomUUID(),
  name: 'Oats, rolled',
  brand: null,
  amount: 0.75,
  unit: 'cup',
  grams: 60.75,
  energyKcal: 230.4,
  proteinG: 8.1,
  fatG: 4.0,
  saturatedFatG: 0.7,
  carbsG: 41.1,
  fiberG: null,
  sugarsG: 0.6,
  sodiumMg: null,
  portions: [{ amount: 1, unit: 'cup', label: '1 cup', grams: 81 }],
  ...over,
});

const set = (exercisePosition: number, position: number, over: Partial<WorkoutSetValues> = {}): WorkoutSetValues => ({
  exercisePosition,
  position,
  setType: 'normal',
  reps: 5,
  loadG: 102_500,
  durationS: null,
  distanceCm: null,
  rpe: 8.5,
  rir: null,
  completed: true,
  ...over,
});

describe.each(testDatabases())('the day view read in one statement on $name', (kind) => {
  let database: Database;
  let sut: DayRepository;
  const alice = randomUUID();
  const bob = randomUUID();
  const squatId = randomUUID();
  const sledId = randomUUID();
  const workoutId = randomUUID();

  beforeAll(async () => {
    database = await kind.open();
    const db = database.db;
    sut = createDayRepository(db);
    const users = createUsersRepository(db);
    for (const id of [alice, bob]) await users.insert({ id, username: `day-${id.slice(0, 8)}`, isAdmin: false, createdAt: now, passwordHash: null });
    await createProfileRepository(db).upsert(
      alice,
      { sex: 'female', birthDate: '1990-02-28', heightCm: 167.6, weightKg: 61.25, activity: 'moderate', goal: 'lose-0.5lb', units: 'imperial', formula: 'katch', bodyFatPct: 24.5, proteinGPerKg: null },
      now,
    );
    await createSettingsRepository(db).put(alice, { weekStartsOn: 7, exerciseEnergyInBudget: false, timeZone: 'Europe/Dublin', budgetSource: 'learned' }, now);
    const exercises = createExerciseRepository(db);
    await exercises.upsertCatalog(
      [
        {
          id: squatId,
          source: 'wger',
          sourceId: `day-${squatId}`,
          name: 'Back squat (day test)',
          aliases: ['squat', 'back squat'],
          searchText: 'back squat (day test) squat back squat',
          equipment: 'barbell',
          pattern: 'squat',
          loadType: 'weighted',
          primaryMuscles: ['quads', 'glutes'],
          secondaryMuscles: ['adductors'],
          metCode: '02054',
          met: 5.0,
          license: 'CC-BY-SA 4.0',
          licenseUrl: 'https://example.org/licence',
          licenseAuthor: null,
        },
      ],
      now,
    );
    await exercises.insertCustom(
      alice,
      sledId,
      { name: 'Sled push', nameKey: 'sled push', equipment: 'other', pattern: 'carry', loadType: 'weighted', primaryMuscles: ['quads'], secondaryMuscles: [], metCode: '02052', met: 6.5 },
      now,
    );
    const workouts = createWorkoutRepository(db);
    await workouts.insert(
      alice,
      workoutId,
      { date: DAY, name: 'Legs', notes: 'felt "heavy"', startedAt: new Date('2026-11-18T17:05:00.123Z'), endedAt: null, bodyWeightG: 61_250 },
      [
        { position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: null, notes: '' },
        { position: 1, exerciseId: null, customExerciseId: sledId, supersetGroup: 1, notes: 'turf' },
      ],
      [set(0, 0, { setType: 'warmup', rpe: null }), set(0, 1), set(1, 0, { reps: null, loadG: null, durationS: 45, distanceCm: 2_000, rir: 2, completed: false })],
      now,
    );
    // Another day's workout and bob's must not come along.
    await workouts.insert(alice, randomUUID(), { date: '2026-11-17', name: '', notes: '', startedAt: null, endedAt: null, bodyWeightG: null }, [{ position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: null, notes: '' }], [set(0, 0)], now);
    await workouts.insert(bob, randomUUID(), { date: DAY, name: '', notes: '', startedAt: null, endedAt: null, bodyWeightG: null }, [{ position: 0, exerciseId: squatId, customExerciseId: null, supersetGroup: null, notes: '' }], [set(0, 0)], now);
    const diary = createDiaryRepository(db);
    const deleted = entry({ meal: 'lunch' });
    await diary.insert(alice, [entry(), entry({ kind: 'quick', foodId: null, name: 'Quick add', brand: 'Acme "best"', grams: null, portions: [], meal: 'snacks', energyKcal: 1e-7 }), deleted], now);
    await diary.insert(alice, [entry({ date: '2026-11-19' })], now);
    await diary.insert(bob, [entry()], now);
    await diary.softDelete(alice, deleted.id, now);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('returns the same rows as each table read on its own', async () => {
    const db = database.db;
    const day = await sut.read(alice, DAY);
    expect(day.entries).toEqual(await createDiaryRepository(db).listDay(alice, DAY));
    expect(day.entries).toHaveLength(2);
    const [settingsRow] = await db.select().from(userSettings).where(eq(userSettings.userId, alice));
    expect(day.settings).toEqual(settingsRow);
    expect(day.profile).toEqual(await createProfileRepository(db).get(alice));
    const workouts = createWorkoutRepository(db);
    const stored = await workouts.get(alice, workoutId);
    expect(day.training.workouts).toEqual([stored]);
    const exercises = createExerciseRepository(db);
    expect(day.training.catalog).toEqual(await exercises.getCatalog([squatId]));
    expect(day.training.custom).toEqual(await exercises.getCustom(alice, [sledId]));
    expect(day.training.workouts[0]!.workout.startedAt).toBeInstanceOf(Date);
  });

  it('is empty on a day with nothing, and a user without settings or profile gets nulls', async () => {
    const day = await sut.read(bob, '2026-11-10');
    expect(day).toEqual({ entries: [], settings: null, profile: null, training: { workouts: [], catalog: [], custom: [] } });
  });
});
