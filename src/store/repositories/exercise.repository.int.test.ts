// The catalog search runs with sequential scans off (so the trigram index finds the candidates): the order must be
// the one its ORDER BY gives, words the index cannot look up (one or two letters, LIKE wildcards) must still match,
// and the setting must end with the search.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { testDatabases } from '../testing/test-databases.js';
import { createUsersRepository } from './users.repository.js';
import { createExerciseRepository, type CatalogExerciseValues, type ExerciseRepository } from './exercise.repository.js';

const row = (source: string, name: string, aliases: string[] = [], over: Partial<CatalogExerciseValues> = {}): CatalogExerciseValues => ({
  id: randomUUID(),
  source,
  sourceId: name,
  name,
  aliases,
  searchText: [name, ...aliases].map((s) => s.toLowerCase()).join('\n'),
  equipment: 'barbell',
  pattern: 'push',
  loadType: 'weight',
  primaryMuscles: ['chest'],
  secondaryMuscles: ['triceps'],
  metCode: '02050',
  met: 5,
  license: null,
  licenseUrl: null,
  licenseAuthor: null,
  ...over,
});

const ROWS = [
  row('platewise', 'Barbell Bench Press', ['bench press', 'bench']),
  row('platewise', 'Back Squat', ['squat'], { primaryMuscles: ['quads'], secondaryMuscles: ['glutes'] }),
  row('platewise', 'EZ-Bar Curl', ['ez curl'], { primaryMuscles: ['biceps'], secondaryMuscles: [] }),
  row('free-exercise-db', 'Bench Press - Powerlifting'),
  row('free-exercise-db', 'Dumbbell Bench Press', [], { equipment: 'dumbbell' }),
  row('free-exercise-db', 'Barbell Curl', [], { primaryMuscles: ['biceps'], secondaryMuscles: [] }),
  row('free-exercise-db', 'Front Squat', [], { primaryMuscles: ['quads'], secondaryMuscles: ['glutes'] }),
  row('wger', 'Bench Press', [], { license: 'CC-BY-SA 4.0' }),
  row('wger', '100% Effort Sprint', [], { loadType: 'cardio', equipment: 'none' }),
];
const nameOf = new Map(ROWS.map((r) => [r.id, r.name]));

describe.each(testDatabases())('exercise catalog search on $name', (kind) => {
  let database: Database;
  let sut: ExerciseRepository;

  beforeAll(async () => {
    database = await kind.open();
    sut = createExerciseRepository(database.db);
    await sut.upsertCatalog(ROWS, new Date('2026-11-21T12:00:00Z'));
  });
  afterAll(() => database.close());

  it.each([
    // Exact name or alias first, then every word found, then our list before imports, then closeness, shorter names.
    ['bench press', {}, ['Barbell Bench Press', 'Bench Press', 'Dumbbell Bench Press', 'Bench Press - Powerlifting']],
    ['squat', {}, ['Back Squat', 'Front Squat']],
    ['curl', {}, ['EZ-Bar Curl', 'Barbell Curl']],
    // A typo: found by word similarity alone.
    ['benhc press', {}, ['Barbell Bench Press', 'Dumbbell Bench Press', 'Bench Press - Powerlifting', 'Bench Press']],
    // Words too short for a trigram and LIKE's own wildcards, found by the pattern alone.
    ['ez', {}, ['EZ-Bar Curl']],
    ['100%', {}, ['100% Effort Sprint']],
    ['bench', { equipment: 'dumbbell' }, ['Dumbbell Bench Press']],
    ['', { muscle: 'quads' }, ['Back Squat', 'Front Squat']],
  ] as const)('%s %o', async (q, filter, names) => {
    const hits = await sut.searchCatalog({ q, ...filter, limit: 20 });
    expect(hits.map((h) => nameOf.get(h.id))).toEqual(names);
  });

  it("reads catalog and own exercises by id in one statement as the two selects read them, and never another person's", async () => {
    const users = createUsersRepository(database.db);
    const [ann, ben] = await Promise.all(
      ['ann', 'ben'].map((username) => users.insert({ id: randomUUID(), username, isAdmin: false, passwordHash: null, createdAt: new Date('2026-01-01T00:00:00Z') })),
    );
    const custom = (name: string, over: Partial<Parameters<ExerciseRepository['insertCustom']>[2]> = {}) => ({
      name,
      nameKey: name.toLowerCase(),
      equipment: 'other',
      pattern: 'carry',
      loadType: 'weight',
      primaryMuscles: ['forearms'],
      secondaryMuscles: [],
      metCode: '02050',
      met: 4.5,
      ...over,
    });
    const sled = await sut.insertCustom(ann!.id, randomUUID(), custom('Sled Push', { secondaryMuscles: ['quads', 'glutes'], met: 6.25 }), new Date('2026-11-21T12:00:00.123Z'));
    const carry = await sut.insertCustom(ann!.id, randomUUID(), custom('Sandbag Carry'), new Date('2026-11-21T12:00:00Z'));
    const bens = await sut.insertCustom(ben!.id, randomUUID(), custom('Yoke Walk'), new Date('2026-11-21T12:00:00Z'));
    const ids = [...ROWS.map((r) => r.id), sled.id, carry.id, bens.id, randomUUID()];
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const got = await sut.getMany(ann!.id, ids);
    expect(byId(got.catalog)).toEqual(byId(await sut.getCatalog(ids)));
    expect(byId(got.custom)).toEqual(byId(await sut.getCustom(ann!.id, ids)));
    expect(got.catalog).toHaveLength(ROWS.length);
    expect(got.custom.map((c) => c.name).sort()).toEqual(['Sandbag Carry', 'Sled Push']);
    expect(await sut.getMany(ben!.id, [sled.id])).toEqual({ catalog: [], custom: [] });
    expect(await sut.getMany(ann!.id, [])).toEqual({ catalog: [], custom: [] });
  });

  it('leaves sequential scans on for every other statement', async () => {
    await sut.searchCatalog({ q: 'bench press', limit: 5 });
    const res = (await database.db.execute(sql`show enable_seqscan`)) as unknown as { rows: Array<{ enable_seqscan: string }> };
    expect(res.rows[0]!.enable_seqscan).toBe('on');
  });
});
