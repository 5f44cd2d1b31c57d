// The catalog search runs with sequential scans off (so the trigram index finds the candidates): the order must be
// the one its ORDER BY gives, words the index cannot look up (one or two letters, LIKE wildcards) must still match,
// and the setting must end with the search.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { testDatabases } from '../testing/test-databases.js';
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

  it('leaves sequential scans on for every other statement', async () => {
    await sut.searchCatalog({ q: 'bench press', limit: 5 });
    const res = (await database.db.execute(sql`show enable_seqscan`)) as unknown as { rows: Array<{ enable_seqscan: string }> };
    expect(res.rows[0]!.enable_seqscan).toBe('on');
  });
});
