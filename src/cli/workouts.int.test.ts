import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../server/main.js';
import { importExercisesCommand } from './commands/exercises.js';
import type { Io } from './io.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const fedb = new URL('../../../shared/data/free-exercise-db/exercises.json', import.meta.url).pathname;
const wgerFolder = new URL('../../../shared/data/wger', import.meta.url).pathname;
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-workouts-'));
const env = { ...process.env, DATABASE_URL: '' };

function platewise(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data-dir', dir], { encoding: 'utf8', env });
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
}

describe('platewise exercises and workouts', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('searches the starter catalog and prints { id, name, primaryMuscles, secondaryMuscles }', () => {
    const sut = platewise(['exercises', 'search', 'bench', 'press', '--json']);
    expect(sut.stderr).toBe('');
    expect(sut.status).toBe(0);
    const hits = JSON.parse(sut.stdout);
    expect(hits[0]).toEqual({ id: expect.any(String), name: 'Barbell Bench Press', primaryMuscles: ['chest'], secondaryMuscles: ['triceps', 'front-delts'] });
    for (const h of hits) expect(Object.keys(h)).toEqual(['id', 'name', 'primaryMuscles', 'secondaryMuscles']);
  });

  it('lists workouts as JSON and in words', async () => {
    const services = await openServices({ kind: 'pglite', dataDir: dir }, undefined, 'single');
    try {
      const local = await services.users.ensureLocalUser();
      const actor = { userId: local.id };
      const [squat] = await services.exercises.search(actor, { q: 'back squat', limit: 1 });
      await services.workouts.create(actor, {
        date: '2026-11-16',
        name: 'Legs',
        bodyWeight: 80,
        startedAt: '2026-11-16T17:00:00Z',
        endedAt: '2026-11-16T17:30:00Z',
        exercises: [{ exerciseId: squat!.id, sets: [{ load: 100, reps: 5 }, { load: 100, reps: 5 }] }],
      });
    } finally {
      await services.database.close();
    }
    const json = platewise(['workouts', 'list', '--json']);
    expect(json.status).toBe(0);
    const [w] = JSON.parse(json.stdout);
    expect(w).toMatchObject({ date: '2026-11-16', name: 'Legs', exerciseNames: ['Barbell Back Squat'], totals: { workingSets: 2, volumeKg: 1000, records: 4 } });
    // Squats, Compendium 02052 (5.0 MET), 30 minutes at 80 kg: (5 − 1) × 80 × 0.5 = 160 kcal net.
    expect(w.totals.energyKcal).toBeCloseTo(160, 6);
    const text = platewise(['workouts', 'list']);
    expect(text.stdout).toMatch(/2026-11-16 {2}· {2}Legs {2}· {2}30 min {2}· {2}Barbell Back Squat {2}· {2}2 sets {2}· {2}1,000 kg {2}· {2}160 kcal {2}· {2}4 PRs/);
  });

  it.each([
    [['exercises', 'find', 'squat'], /say 'search'/],
    [['exercises', 'search'], /give a QUERY/],
    [['exercises', 'search', 'squat', '--muscle', 'pecs'], /--muscle: 'pecs' is not one of/],
    [['workouts', 'list', '--from', '2026-13-01'], /--from: '2026-13-01' is not a date/],
    [['workouts', 'list', '--limit', '0'], /--limit/],
  ])('exits 2 with a message for %j', (args, message) => {
    const sut = platewise(args);
    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(message);
  });

  it('imports free-exercise-db and wger exercises once, reporting rejected records by line', async () => {
    const first = capture();
    expect(await importExercisesCommand([fedb, '--json', '--data-dir', dir], first.io)).toBe(0);
    const summary = JSON.parse(first.out[0]!);
    expect(summary).toMatchObject({ source: 'free-exercise-db', added: 745, skipped: 123 });
    expect(summary.rejected[0]).toMatchObject({ line: expect.any(Number), reason: expect.stringMatching(/neck/) });

    const again = capture();
    await importExercisesCommand([fedb, '--data-dir', dir], again.io);
    expect(again.out[0]).toMatch(/^free-exercise-db: 0 added, 0 updated, 745 unchanged, 123 skipped, 5 rejected/);

    const wger = capture();
    await importExercisesCommand([`${wgerFolder}/exercise-base-data.json`, '--json', '--data-dir', dir], wger.io);
    expect(JSON.parse(wger.out[0]!)).toMatchObject({ source: 'wger', added: 657 });

    const viaBin = platewise(['import', 'exercises', wgerFolder]);
    expect(viaBin.status).toBe(0);
    expect(viaBin.stdout).toMatch(/^wger: 0 added, 0 updated, 657 unchanged, 55 skipped, 160 rejected/);
    expect(viaBin.stdout).toMatch(/exercise-base-data\.json line \d+: ".+": lists no primary muscle/);

    const bad = capture();
    await expect(importExercisesCommand([`${wgerFolder}/muscles.json`, '--data-dir', dir], bad.io)).rejects.toThrow(/neither free-exercise-db/);
  });
});
