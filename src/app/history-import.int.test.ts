import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportRepository, createUsersRepository, type Database } from '../store/index.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { createServices, fixedClock, type Actor, type Services } from './index.js';
import { fixture, MFP_DIR, STRONG_CSV } from './testing/history-data.js';

async function newUser(database: Database, username: string): Promise<Actor> {
  const id = randomUUID();
  await createUsersRepository(database.db).insert({ id, username, isAdmin: false, passwordHash: null, createdAt: new Date('2026-01-01T00:00:00Z') });
  return { userId: id, via: 'session' };
}

describe.each(testDatabases())('history imports on $name', (kind) => {
  let database: Database;
  let sut: Services;
  let ada: Actor;
  let bob: Actor;

  beforeAll(async () => {
    database = await kind.open();
    sut = createServices(database, fixedClock('2026-11-21T12:00:00Z'));
    await sut.exercises.ensureStarterCatalog();
    ada = await newUser(database, 'ada');
    bob = await newUser(database, 'bob');
    await sut.settings.update(ada, { timeZone: 'America/New_York' });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('dry-runs the real Strong export: what would be added, matches and new exercises, nothing written', async () => {
    const dry = await sut.historyImports.import(ada, 'strong', [STRONG_CSV], { unit: 'lb', dryRun: true });
    expect(dry).toMatchObject({ source: 'strong', dryRun: true, workouts: 312, diaryEntries: 0, bodyEntries: 0, alreadyImported: 0, range: { from: '2021-07-07' } });
    expect(dry.sets).toBe(4690);
    expect(dry.rejected).toEqual([]);
    const byName = new Map(dry.exercises.map((e) => [e.name, e]));
    expect(byName.get('Squat (Barbell)')).toMatchObject({ how: 'alias', confidence: 1, exercise: { name: 'Barbell Back Squat' }, createsOwn: false });
    expect(byName.get('Flying Leg Raise')).toMatchObject({ how: 'fuzzy', needsConfirmation: true, createsOwn: true, exercise: { name: 'Lying Leg Raise' } });
    expect(byName.get('Intensity')).toMatchObject({ how: 'none', exercise: null, createsOwn: true, musclesKnown: false });
    // Chin-ups and pull-ups with a belt go on the weighted forms; back extensions with a plate get one made.
    expect(dry.newExercises).toEqual(expect.arrayContaining(['Intensity', 'Flying Leg Raise', 'Weighted Back Extension']));
    expect(dry.newExercises).not.toContain('Weighted Chin-Up');
    expect(await sut.workouts.list(ada)).toEqual([]);
  });

  it('imports it in one go, with loads in grams and starts in the person’s time zone, then adds nothing the second time', async () => {
    const first = await sut.historyImports.import(ada, 'strong', [STRONG_CSV], { unit: 'lb' });
    expect(first).toMatchObject({ dryRun: false, workouts: 312, sets: 4690, alreadyImported: 0 });
    const list = await sut.workouts.list(ada, { from: '2021-07-07', to: '2021-07-07' });
    expect(list).toHaveLength(1);
    const w = await sut.workouts.get(ada, list[0]!.id);
    expect(w).toMatchObject({ name: 'Push - Shoulder', startedAt: '2021-07-07T22:35:21.000Z', durationS: 31 * 60 });
    const ohp = w.exercises.find((e) => e.exercise.name === 'Barbell Overhead Press')!;
    // 115 lb = 52.163 kg, stored as whole grams.
    expect(ohp.sets[0]).toMatchObject({ reps: 4, loadKg: 52.163 });
    const again = await sut.historyImports.import(ada, 'strong', [STRONG_CSV], { unit: 'lb' });
    expect(again).toMatchObject({ workouts: 0, sets: 0, alreadyImported: 312, newExercises: [] });
    expect(await sut.workouts.list(ada, { limit: 500 })).toHaveLength(312);
  });

  it('keeps imports to the person who made them', async () => {
    expect(await sut.workouts.list(bob)).toEqual([]);
    const bobs = await sut.historyImports.import(bob, 'strong', [fixture('strong', 's1-10-columns.csv')], { unit: 'kg' });
    expect(bobs).toMatchObject({ workouts: 1, sets: 3, alreadyImported: 0 });
    expect(await sut.workouts.list(bob)).toHaveLength(1);
  });

  it('imports the real MyFitnessPal export: meal totals as quick-adds per day and meal, weights in the unit given', async () => {
    const dry = await sut.historyImports.import(ada, 'mfp', [MFP_DIR], { unit: 'lb', dryRun: true });
    expect(dry).toMatchObject({ diaryEntries: 872, bodyEntries: 30, workouts: 0, rejected: [] });
    const done = await sut.historyImports.import(ada, 'mfp', [MFP_DIR], { unit: 'lb' });
    expect(done).toMatchObject({ diaryEntries: 872, bodyEntries: 30 });
    const day = await sut.diary.day(ada, '2018-10-15');
    const breakfast = day.meals.find((m) => m.name === 'breakfast')!;
    expect(breakfast.entries).toHaveLength(1);
    expect(breakfast.entries[0]).toMatchObject({ kind: 'quick', name: 'MyFitnessPal (meal total)', nutrients: { energyKcal: 1003, proteinG: 23, fatG: 24, carbsG: 49.8 } });
    const weights = await sut.body.list(ada, { from: '2018-10-14', to: '2018-10-14' });
    expect(weights[0]!.weightKg).toBeCloseTo(132 * 0.45359237, 6);
    expect(await sut.historyImports.import(ada, 'mfp', [MFP_DIR], { unit: 'lb' })).toMatchObject({ diaryEntries: 0, bodyEntries: 0, alreadyImported: 902 });
  });

  it('imports Hevy, Cronometer and Apple Health fixtures, each idempotently', async () => {
    const hevy = await sut.historyImports.import(bob, 'hevy', [fixture('hevy', 'workouts.csv')]);
    expect(hevy).toMatchObject({ workouts: 2, rejected: [expect.objectContaining({ line: 11 }), expect.objectContaining({ line: 12 })] });
    const cron = await sut.historyImports.import(bob, 'cronometer', [fixture('cronometer', 'servings.csv'), fixture('cronometer', 'biometrics.csv')]);
    expect(cron).toMatchObject({ diaryEntries: 4, bodyEntries: 2 });
    const apple = await sut.historyImports.import(bob, 'apple-health', [fixture('apple-health', 'export.zip')]);
    expect(apple).toMatchObject({ workouts: 4, bodyEntries: 2 });
    const strength = (await sut.workouts.list(bob, { from: '2024-01-03', to: '2024-01-03' }))[0]!;
    expect(strength).toMatchObject({ name: 'Strength training', durationS: 3300 });
    for (const [format, files] of [
      ['hevy', [fixture('hevy', 'workouts.csv')]],
      ['cronometer', [fixture('cronometer', 'servings.csv'), fixture('cronometer', 'biometrics.csv')]],
      ['apple-health', [fixture('apple-health', 'apple_health_export', 'export.xml')]],
    ] as const) {
      expect(await sut.historyImports.import(bob, format, files)).toMatchObject({ workouts: 0, diaryEntries: 0, bodyEntries: 0 });
    }
  });

  it('uses and saves the person’s choices for names, and accepts suggestions when told to', async () => {
    const carl = await newUser(database, `carl-${kind.name}`);
    const lyingLegRaise = (await sut.exercises.search(carl, { q: 'Lying Leg Raise', limit: 1 }))[0]!;
    const dry = await sut.historyImports.import(carl, 'strong', [STRONG_CSV], { unit: 'lb', dryRun: true, mappings: new Map([['Flying Leg Raise', lyingLegRaise.id], ['Intensity', null]]) });
    expect(dry.exercises.find((e) => e.name === 'Flying Leg Raise')).toMatchObject({ how: 'mapped', exercise: { id: lyingLegRaise.id }, createsOwn: false });
    expect(await sut.historyImports.mappings(carl)).toEqual([]);
    await sut.historyImports.saveMappings(carl, [{ name: 'Flying Leg Raise', exerciseId: lyingLegRaise.id }]);
    expect(await sut.historyImports.mappings(carl)).toEqual([{ name: 'Flying Leg Raise', exerciseId: lyingLegRaise.id }]);
    const accepted = await sut.historyImports.import(carl, 'strong', [STRONG_CSV], { unit: 'lb', dryRun: true, acceptSuggestions: true });
    expect(accepted.exercises.filter((e) => e.needsConfirmation)).toEqual([]);
    expect(accepted.exercises.find((e) => e.name === 'Flying Leg Raise')!.how).toBe('mapped');
    await expect(sut.historyImports.saveMappings(carl, [{ name: 'X', exerciseId: randomUUID() }])).rejects.toThrow(/no exercise/);
    await sut.historyImports.deleteMapping(carl, 'flying leg raise');
    expect(await sut.historyImports.mappings(carl)).toEqual([]);
  });

  it('names a file that is missing, or that is not of the format asked for, and writes nothing', async () => {
    const dora = await newUser(database, `dora-${kind.name}`);
    await expect(sut.historyImports.import(dora, 'strong', ['/no/such/strong.csv'], { unit: 'lb' })).rejects.toThrow('file: /no/such/strong.csv does not exist');
    await expect(sut.historyImports.import(dora, 'strong', [fixture('hevy', 'workouts.csv')], { unit: 'lb' })).rejects.toThrow(/^file: workouts\.csv is not a Strong export: its header has no Date/);
    await expect(sut.historyImports.import(dora, 'hevy', [STRONG_CSV])).rejects.toThrow(/^file: strong\.csv is not a Hevy export/);
    await expect(sut.historyImports.import(dora, 'apple-health', [fixture('strong', 's1-comma.csv')])).rejects.toThrow(/^file: s1-comma\.csv is not an Apple Health export/);
    await expect(sut.historyImports.import(dora, 'mfp', [fixture('strong')])).rejects.toThrow(/^file: strong holds no MyFitnessPal/);
    expect(await sut.workouts.list(dora)).toEqual([]);
  });

  it('rolls the whole import back when a write fails part-way: no workout, body entry or exercise of it stays', async () => {
    const erin = await newUser(database, `erin-${kind.name}`);
    const [squat] = await sut.exercises.search(erin, { q: 'Barbell Back Squat', limit: 1 });
    const own = randomUUID();
    const workout = (i: number) => ({
      id: randomUUID(),
      values: { date: `2024-01-${String(i + 1).padStart(2, '0')}`, name: `W${i}`, notes: '', startedAt: null, endedAt: null, bodyWeightG: null, energyKcal: null, sourceKey: `test:w${i}` },
      exercises: [
        { position: 0, exerciseId: squat!.id, customExerciseId: null, supersetGroup: null, notes: '' },
        { position: 1, exerciseId: null, customExerciseId: own, supersetGroup: null, notes: '' },
      ],
      sets: [0, 1].map((position) => ({ exercisePosition: position, position: 0, setType: 'normal' as const, reps: 5, loadG: 100_000, durationS: null, distanceCm: null, rpe: null, rir: null, completed: true })),
    });
    const body = (key: string, id: string) => ({ id, sourceKey: key, date: '2024-01-02', time: null, weightG: 80_000, bodyFatPct: null, girthsCm: {}, note: null });
    const twice = randomUUID();
    const customExercises = [{ id: own, name: 'Sled Drag', nameKey: 'sled drag', equipment: 'other', pattern: 'carry', loadType: 'weight', primaryMuscles: ['quads'], secondaryMuscles: [], metCode: '02050', met: 5 }];
    const repo = createImportRepository(database.db);
    const rows = { customExercises, workouts: Array.from({ length: 250 }, (_, i) => workout(i % 28)).map((w, i) => ({ ...w, values: { ...w.values, sourceKey: `test:w${i}` } })), diary: [], mappings: [] };
    // The second body entry repeats the first one's id: the database refuses it after 250 workouts were written.
    await expect(repo.write(erin.userId, { ...rows, body: [body('test:b1', twice), body('test:b2', twice)] }, new Date())).rejects.toThrow();
    expect(await sut.workouts.list(erin, { limit: 500 })).toEqual([]);
    expect(await sut.body.list(erin, {})).toEqual([]);
    expect((await sut.exercises.search(erin, { q: 'Sled Drag' })).filter((e) => e.custom)).toEqual([]);
    // The same rows without the broken one go in whole.
    await expect(repo.write(erin.userId, { ...rows, body: [body('test:b1', twice)] }, new Date())).resolves.toMatchObject({ workouts: 250, sets: 500, bodyEntries: 1 });
  });

  it('refuses without a unit when the file has none, naming the option', async () => {
    await expect(sut.historyImports.import(ada, 'strong', [STRONG_CSV], { dryRun: true })).rejects.toThrow(/--unit kg or --unit lb/);
  });
});
