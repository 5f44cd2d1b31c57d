// The export's promise: export → import into an empty instance → export again gives the same data, with
// only the documented volatile fields (exportedAt, app.version, user.username) allowed to differ; the same
// file imported twice, or into the instance it came from, adds nothing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsersRepository, exportTables, type Database } from '../store/index.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { parseStrong } from './importers/strong.js';
import { createServices, fixedClock, type Actor, type PlatewiseExport, type Services } from './index.js';
import { fixture, MFP_DIR, STRONG_CSV } from './testing/history-data.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'platewise-export-'));
const save = (doc: unknown, name: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
};
/**
 * The documented volatile fields blanked (exportedAt, app.version, user.username), and ids of shared
 * catalog rows read as their source and source id: each server gives its catalog foods ids of its own.
 */
function stable(doc: PlatewiseExport) {
  const portable = new Map<string, string>();
  for (const [table, rows] of Object.entries(doc.references)) for (const r of rows) portable.set(String(r['id']), `${table}:${String(r['source'])}:${String(r['source_id'])}`);
  const walk = (v: unknown): unknown =>
    typeof v === 'string' ? (portable.get(v) ?? v) : Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v;
  return walk({ ...doc, exportedAt: 'volatile', app: { ...doc.app, version: 'volatile' }, user: { username: 'volatile' } });
}

async function instance(kind: ReturnType<typeof testDatabases>[number], now = '2026-11-21T12:00:00Z'): Promise<{ database: Database; services: Services; local: Actor }> {
  const database = await kind.open();
  const services = createServices(database, fixedClock(now), { version: 'test' });
  await services.exercises.ensureStarterCatalog();
  await services.foodImports.loadStarterCatalog();
  const user = await services.users.ensureLocalUser();
  return { database, services, local: { userId: user.id, via: 'local', isAdmin: true } };
}

describe.each(testDatabases())('export and import back on $name', (kind) => {
  let a: Awaited<ReturnType<typeof instance>>;
  let b: Awaited<ReturnType<typeof instance>>;
  let first: PlatewiseExport;

  beforeAll(async () => {
    a = await instance(kind);
    // A server set up a day later: its catalog rows were loaded at another time than the first one's.
    b = await instance(kind, '2026-11-22T08:00:00Z');
    const { services: s, local: me } = a;
    // One of everything: profile, settings, body log, sleep, diary, recipe, own exercise, workouts, routine, choices, imports.
    await s.profile.put(me, { sex: 'female', age: 34, height: '168 cm', weight: '64 kg', activity: 'moderate', goal: 'lose-0.25kg', units: 'metric' });
    await s.settings.update(me, { timeZone: 'Europe/Oslo', weekStartsOn: 1 });
    await s.body.create(me, { date: '2026-11-20', time: '07:30', weight: '64.5 kg', bodyFatPct: 24, girths: { waist: 74 }, note: 'after a run' });
    await s.body.putSleep(me, '2026-11-20', { hours: 7.5, quality: 4, note: 'ok' });
    const [oats] = await s.foods.search(me, 'oats', { limit: 1 });
    await s.diary.log(me, { date: '2026-11-20', meal: 'breakfast', foodId: oats!.id, amount: 80, unit: 'g' });
    await s.diary.log(me, { date: '2026-11-20', meal: 'Post-workout', name: 'Shake', energyKcal: 250, proteinG: 30 });
    const removed = await s.diary.log(me, { date: '2026-11-20', meal: 'lunch', name: 'Deleted', energyKcal: 10 });
    await s.diary.remove(me, removed.id);
    await s.recipes.create(me, { name: 'Porridge', servings: 2, ingredients: [{ foodId: oats!.id, amount: 100, unit: 'g' }] });
    const own = await s.exercises.createCustom(me, { name: 'Sandbag Carry', equipment: 'other', pattern: 'carry', loadType: 'weight', primaryMuscles: ['forearms'], secondaryMuscles: ['upper-back'] });
    const [squat] = await s.exercises.search(me, { q: 'barbell back squat', limit: 1 });
    const w = await s.workouts.create(me, {
      date: '2026-11-19',
      name: 'Legs',
      startedAt: '2026-11-19T17:00:00Z',
      endedAt: '2026-11-19T18:05:00Z',
      exercises: [
        { exerciseId: squat!.id, sets: [{ type: 'warmup', reps: 8, load: 60 }, { reps: 5, load: '225 lb', rpe: 8 }] },
        { exerciseId: own.id, notes: 'heavy', sets: [{ reps: 1, load: 80 }] },
      ],
    });
    await s.routines.fromWorkout(me, w.id, 'Leg day');
    await s.historyImports.import(me, 'strong', [STRONG_CSV], { unit: 'lb' });
    await s.historyImports.import(me, 'mfp', [MFP_DIR], { unit: 'lb' });
    await s.historyImports.import(me, 'apple-health', [fixture('apple-health', 'export.zip')]);
    await s.historyImports.saveMappings(me, [{ name: 'Squat (Smith)', exerciseId: squat!.id }]);
    first = await s.dataExport.exportJson(me);
  });
  afterAll(async () => {
    await a?.database.close();
    await b?.database.close();
  });

  it('holds every table of a person’s data, versioned, without sessions or tokens', () => {
    expect(first).toMatchObject({ format: 'platewise-export', version: 1, exportedAt: '2026-11-21T12:00:00.000Z', app: { name: 'Platewise', version: 'test' }, user: { username: 'local' } });
    expect(Object.keys(first.tables).sort()).toEqual(exportTables().map((t) => t.name).sort());
    expect(first.tables['sessions']).toBeUndefined();
    for (const name of ['profiles', 'user_settings', 'body_entries', 'sleep_log', 'diary_entries', 'recipes', 'recipe_ingredients', 'custom_exercises', 'workouts', 'workout_exercises', 'workout_sets', 'routines', 'routine_exercises', 'exercise_mappings']) {
      expect(first.tables[name]!.length, name).toBeGreaterThan(0);
    }
    expect(first.tables['workouts']).toHaveLength(1 + 312 + 4);
    expect(first.tables['workout_sets']!.length).toBe(3 + 4690 + 2);
    expect(first.tables['workout_sets']![0]).not.toHaveProperty('user_id');
    expect(first.tables['diary_entries']![0]).not.toHaveProperty('seq');
    expect(first.references['exercises']!.some((e) => e['name'] === 'Barbell Back Squat')).toBe(true);
  });

  it('reads back into an empty instance and exports the same data again', async () => {
    const file = save(first, 'first.json');
    const summary = await b.services.dataExport.importJson(b.local, file);
    expect(summary).toMatchObject({ source: 'platewise', workouts: 317, sets: 4695, diaryEntries: 3 + 872, bodyEntries: 1 + 30 + 2, alreadyImported: 0, rejected: [] });
    const second = await b.services.dataExport.exportJson(b.local);
    expect(stable(second)).toEqual(stable(first));
  });

  it('adds nothing when the same file is read again, or into the instance it came from', async () => {
    const file = save(first, 'again.json');
    const again = await b.services.dataExport.importJson(b.local, file);
    expect(again).toMatchObject({ workouts: 0, sets: 0, diaryEntries: 0, bodyEntries: 0, rejected: [] });
    expect(again.alreadyImported).toBe(Object.values(first.tables).reduce((n, rows) => n + rows.length, 0));
    const home = await a.services.dataExport.importJson(a.local, file, { dryRun: true });
    expect(home).toMatchObject({ dryRun: true, workouts: 0, sets: 0, diaryEntries: 0 });
  });

  it('merges into a person with data of their own, and dry runs write nothing', { timeout: 240_000 }, async () => {
    const id = randomUUID();
    await createUsersRepository(b.database.db).insert({ id, username: 'merger', isAdmin: false, passwordHash: null, createdAt: new Date('2026-01-01T00:00:00Z') });
    const merger: Actor = { userId: id, via: 'session' };
    await b.services.historyImports.import(merger, 'strong', [STRONG_CSV], { unit: 'lb' });
    await b.services.exercises.createCustom(merger, { name: 'sandbag carry', equipment: 'other', pattern: 'carry', loadType: 'weight', primaryMuscles: ['forearms'], secondaryMuscles: [] });
    const file = save(first, 'merge.json');
    const dry = await b.services.dataExport.importJson(merger, file, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, rejected: [] });
    expect((await b.services.workouts.list(merger, { limit: 500 })).length).toBe(312);
    const done = await b.services.dataExport.importJson(merger, file);
    // The Strong workouts it already had (same source keys) stay; the rest arrive, on the own exercise it already had.
    expect(done).toMatchObject({ workouts: 5, diaryEntries: 3 + 872, rejected: [] });
    expect(done.workouts).toBe(dry.workouts);
    const mine = await b.services.exercises.search(merger, { q: 'sandbag' });
    expect(mine.filter((e) => e.custom)).toHaveLength(1);
    const legs = (await b.services.workouts.list(merger, { from: '2026-11-19', to: '2026-11-19' }))[0]!;
    expect(legs.exerciseNames).toEqual(['Barbell Back Squat', 'sandbag carry']);
  });

  it('makes an exercise of your own of a catalog exercise this server lacks', async () => {
    const doc = structuredClone(first);
    const fake = randomUUID();
    const squat = doc.references['exercises']!.find((e) => e['name'] === 'Barbell Back Squat')!;
    doc.references['exercises']!.push({ ...squat, id: fake, name: 'Yoke Squat', source: 'elsewhere', source_id: 'yoke' });
    const legs = doc.tables['workouts']!.find((w) => w['name'] === 'Legs')!;
    doc.tables['workout_exercises']!.find((e) => e['workout_id'] === legs['id'] && e['position'] === 0)!['exercise_id'] = fake;
    const id = randomUUID();
    await createUsersRepository(b.database.db).insert({ id, username: 'elsewhere', isAdmin: false, passwordHash: null, createdAt: new Date('2026-01-01T00:00:00Z') });
    const summary = await b.services.dataExport.importJson({ userId: id, via: 'session' }, save(doc, 'fake.json'));
    expect(summary.newExercises).toEqual(['Yoke Squat']);
    expect(summary.rejected).toEqual([]);
    const w = (await b.services.workouts.list({ userId: id }, { from: '2026-11-19', to: '2026-11-19' }))[0]!;
    expect(w.exerciseNames).toEqual(['Yoke Squat', 'Sandbag Carry']);
  });

  it('refuses what is not its own format, by field', async () => {
    await expect(b.services.dataExport.importJson(b.local, save({ format: 'other' }, 'x.json'))).rejects.toThrow(/format/);
    await expect(b.services.dataExport.importJson(b.local, save({ ...first, version: 2 }, 'v2.json'))).rejects.toThrow(/newer Platewise/);
    const broken = await b.services.dataExport.importJson(b.local, save({ format: 'platewise-export', version: 1, tables: { body_entries: [{ id: 'x' }, 5], workouts: 'no' } }, 'broken.json'));
    expect(broken.rejected).toHaveLength(3);
    expect(broken.rejected).toEqual(
      expect.arrayContaining([
        { line: 1, file: 'workouts', reason: 'is not a list of rows' },
        { line: 1, file: 'body_entries', reason: 'id must be a UUID' },
        { line: 2, file: 'body_entries', reason: 'is not an object' },
      ]),
    );
  });

  it('writes CSV files, workouts in Strong’s columns that the Strong importer reads back', async () => {
    const files = await a.services.dataExport.exportCsv(a.local);
    expect(files.map((f) => f.name)).toEqual(['diary.csv', 'workouts.csv', 'body.csv', 'sleep.csv']);
    const workouts = files.find((f) => f.name === 'workouts.csv')!;
    expect(workouts.data.toString('utf8').split('\r\n')[0]).toBe('Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE');
    const file = path.join(tmp, 'workouts.csv');
    writeFileSync(file, workouts.data);
    const parsed = await parseStrong(file, { unit: 'kg' });
    expect(parsed.summary.finish().rejected).toEqual([]);
    expect(parsed.workouts.flatMap((w) => w.exercises.flatMap((e) => e.sets))).toHaveLength(first.tables['workout_sets']!.length);
    const legs = parsed.workouts.find((w) => w.name === 'Legs')!;
    // 17:00Z is 18:00 in Oslo; 225 lb was stored as 102,058 g.
    expect(legs).toMatchObject({ startLocal: { date: '2026-11-19', time: '18:00:00' }, durationS: 65 * 60 });
    expect(legs.exercises[0]!.sets.map((s) => [s.type, s.loadKg, s.reps, s.rpe])).toEqual([
      ['warmup', 60, 8, null],
      ['normal', 102.058, 5, 8],
    ]);
    const diary = files.find((f) => f.name === 'diary.csv')!.data.toString('utf8').trim().split('\r\n');
    // Header, 3 entries of ours (the deleted one left out) and 872 from MyFitnessPal.
    expect(diary).toHaveLength(1 + 2 + 872);
    expect(files.find((f) => f.name === 'body.csv')!.data.toString('utf8')).toMatch(/^Date,Time,Weight \(kg\),Body Fat \(%\),Waist \(cm\)/);
  });
});
