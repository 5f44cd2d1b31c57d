import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsersRepository } from '../store/index.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { fixedClock } from './clock.js';
import { createServices, type Actor, type Services } from './index.js';
import { FREE_EXERCISE_DB_SOURCE, parseFreeExerciseDb } from './importers/free-exercise-db.js';
import { parseWger, readWgerFiles, WGER_SOURCE } from './importers/wger.js';

// Real data, read from shared/data next to the repository (never copied in).
const SHARED = new URL('../../../shared/data/', import.meta.url);
const fedbText = readFileSync(new URL('free-exercise-db/exercises.json', SHARED), 'utf8');
const wgerFolder = new URL('wger/', SHARED).pathname;

describe.each(testDatabases())('exercise catalog on $name', (kind) => {
  let sut: Services;
  let admin: Actor;
  let bob: Actor;
  beforeAll(async () => {
    sut = createServices(await kind.open(), fixedClock('2026-11-21T12:00:00Z'));
    const local = await sut.users.ensureLocalUser();
    admin = { userId: local.id, isAdmin: true };
    const bobRow = await createUsersRepository(sut.database.db).insert({ id: crypto.randomUUID(), username: 'bob', isAdmin: false, passwordHash: null, createdAt: new Date() });
    bob = { userId: bobRow.id };
  });
  afterAll(async () => {
    await sut?.database.close();
  });

  it('loads the starter catalog once, then skips it on later starts', async () => {
    const first = await sut.exercises.ensureStarterCatalog();
    expect(first).toMatchObject({ loaded: true, added: 179, updated: 0 });
    const t0 = performance.now();
    const second = await sut.exercises.ensureStarterCatalog();
    const ms = performance.now() - t0;
    expect(second).toEqual({ loaded: false, added: 0, updated: 0 });
    expect(ms).toBeLessThan(500);
  });

  it('reloads the starter catalog when a row went missing, adding only that row', async () => {
    await sut.database.db.execute(sql`delete from exercises where source = 'platewise' and source_id = 'plank'`);
    expect(await sut.exercises.ensureStarterCatalog()).toMatchObject({ loaded: true, added: 1, updated: 0 });
  });

  it('finds the starter exercise first, by name, alias, word order or a typo', async () => {
    for (const [q, name] of [
      ['bench press', 'Barbell Bench Press'],
      ['Squat (Barbell)', 'Barbell Back Squat'],
      ['press bench barbell', 'Barbell Bench Press'],
      ['romanain deadlift', 'Romanian Deadlift'],
    ] as const) {
      const hits = await sut.exercises.search(admin, { q });
      expect(hits[0]?.name, q).toBe(name);
      expect(hits[0]?.source).toBe('platewise');
    }
  });

  it('filters by muscle and equipment', async () => {
    const hits = await sut.exercises.search(admin, { muscle: 'calves', limit: 100 });
    expect(hits.length).toBeGreaterThan(3);
    for (const e of hits) expect([...e.primaryMuscles, ...e.secondaryMuscles]).toContain('calves');
    const cables = await sut.exercises.search(admin, { equipment: 'cable', q: 'fly' });
    expect(cables.every((e) => e.equipment === 'cable')).toBe(true);
  });

  it('imports free-exercise-db: mapped, stretches skipped, neck-only rows rejected with their line, and idempotent', async () => {
    const parsed = parseFreeExerciseDb(fedbText);
    const t0 = performance.now();
    const summary = await sut.exercises.importCatalog(admin, FREE_EXERCISE_DB_SOURCE, parsed.entries, parsed.summary);
    const firstMs = performance.now() - t0;
    expect(summary).toMatchObject({ source: 'free-exercise-db', added: 745, updated: 0, unchanged: 0, skipped: 123 });
    expect(summary.rejected).toHaveLength(5);
    for (const r of summary.rejected) expect(r.reason).toMatch(/neck/);
    // The line points at the record: the line of its opening brace holds nothing else.
    const lines = fedbText.split('\n');
    expect(lines[summary.rejected[0]!.line - 1]!.trim()).toBe('{');
    expect(lines[summary.rejected[0]!.line]).toMatch(/Isometric Neck Exercise|"name"|"force"/);

    const again = parseFreeExerciseDb(fedbText);
    const second = await sut.exercises.importCatalog(admin, FREE_EXERCISE_DB_SOURCE, again.entries, again.summary);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 745 });
    expect(await countOf('free-exercise-db')).toBe(745);
    console.info(`free-exercise-db import on ${kind.name}: ${firstMs.toFixed(0)} ms for 745 rows`);
  });

  it('imports the wger fixtures from their folder, keeping licence and author for attribution', async () => {
    const parsed = parseWger(readWgerFiles(wgerFolder));
    const summary = await sut.exercises.importCatalog(admin, WGER_SOURCE, parsed.entries, parsed.summary);
    expect(summary).toMatchObject({ source: 'wger', added: 657, updated: 0, skipped: 55 });
    expect(summary.rejected).toHaveLength(160);
    expect(summary.rejected.every((r) => r.file === 'exercise-base-data.json' && r.line > 1)).toBe(true);
    const [bench] = (await sut.exercises.search(admin, { q: 'bench press', limit: 100 })).filter((e) => e.source === 'wger' && e.name === 'Bench Press');
    expect(bench).toMatchObject({ primaryMuscles: ['chest'], attribution: { license: 'CC-BY-SA 3', author: 'sistab2' } });
    expect(bench!.attribution!.url).toMatch(/creativecommons\.org\/licenses\/by-sa\/3\.0/);

    const again = parseWger(readWgerFiles(`${wgerFolder}/exercise-base-data.json`));
    expect(await sut.exercises.importCatalog(admin, WGER_SOURCE, again.entries, again.summary)).toMatchObject({ added: 0, updated: 0, unchanged: 657 });
  });

  it('still ranks our starter exercise first once imports are in', async () => {
    const hits = await sut.exercises.search(admin, { q: 'bench press' });
    expect(hits[0]).toMatchObject({ name: 'Barbell Bench Press', source: 'platewise' });
    expect(new Set(hits.map((h) => h.source))).toEqual(new Set(['platewise', 'free-exercise-db', 'wger']));
  });

  it('lets only the admin change the shared catalog', async () => {
    const parsed = parseFreeExerciseDb(fedbText);
    await expect(sut.exercises.importCatalog(bob, FREE_EXERCISE_DB_SOURCE, parsed.entries)).rejects.toThrow(/admin/);
  });

  it('keeps custom exercises per user', async () => {
    const input = { name: 'Landmine Press', equipment: 'barbell', pattern: 'vertical-push', loadType: 'weight', primaryMuscles: ['front-delts'], secondaryMuscles: ['triceps'] } as const;
    const mine = await sut.exercises.createCustom(bob, { ...input, primaryMuscles: [...input.primaryMuscles], secondaryMuscles: [...input.secondaryMuscles] });
    expect(mine).toMatchObject({ custom: true, source: 'custom', met: { code: '02054', value: 3.5 } });
    expect((await sut.exercises.search(bob, { q: 'landmine' }))[0]!.id).toBe(mine.id);
    expect((await sut.exercises.search(admin, { q: 'landmine press' })).some((e) => e.id === mine.id)).toBe(false);
    await expect(sut.exercises.get(admin, mine.id)).rejects.toThrow(/No exercise/);
    await expect(sut.exercises.createCustom(bob, { ...input, name: 'landmine  press', primaryMuscles: ['front-delts'], secondaryMuscles: [] })).rejects.toThrow(/already have/);
    await expect(sut.exercises.deleteCustom(admin, mine.id)).rejects.toThrow(/No exercise/);
    const starter = (await sut.exercises.search(bob, { q: 'plank' }))[0]!;
    await expect(sut.exercises.deleteCustom(bob, starter.id)).rejects.toThrow(/catalog exercise/);
    await sut.exercises.deleteCustom(bob, mine.id);
    await expect(sut.exercises.get(bob, mine.id)).rejects.toThrow(/No exercise/);
  });

  async function countOf(source: string): Promise<number> {
    const res = await sut.database.db.execute<{ n: number }>(sql`select count(*)::int as n from exercises where source = ${source}`);
    return Number((res as unknown as { rows: Array<{ n: number }> }).rows[0]!.n);
  }
});
