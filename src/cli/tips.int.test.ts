import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import { openServices } from '../server/main.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-tips-'));
const env = { ...process.env, DATABASE_URL: '' };
const AS_OF = '2026-11-20'; // a Friday

function platewise(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data-dir', dir], { encoding: 'utf8', env });
}

describe('platewise tips', () => {
  beforeAll(async () => {
    // Three weeks of bench, rows and presses (no legs) on a gain goal, and a week of meals light on protein.
    const services = await openServices({ kind: 'pglite', dataDir: dir }, undefined, 'single');
    try {
      const local = await services.users.ensureLocalUser();
      const actor = { userId: local.id };
      await services.profile.put(actor, { sex: 'male', age: 30, height: 180, weight: 80, activity: 'moderate', goal: 'gain-0.25kg', units: 'metric' });
      const pick = async (q: string) => (await services.exercises.search(actor, { q, limit: 1 }))[0]!.id;
      const ids = [await pick('barbell bench press'), await pick('barbell row'), await pick('barbell overhead press')];
      for (let i = 0; i < 21; i++) {
        const date = addDays('2026-10-31', i);
        if ([1, 3, 5].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) {
          await services.workouts.create(actor, { date, exercises: ids.map((exerciseId) => ({ exerciseId, sets: [1, 2, 3, 4].map(() => ({ load: 60, reps: 8 })) })) });
        }
      }
      for (let i = 1; i <= 7; i++) await services.diary.log(actor, { date: addDays(AS_OF, -i), meal: 'lunch', name: 'Plate', energyKcal: 2900, proteinG: 70, fatG: 90, carbsG: 400 });
    } finally {
      await services.database.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the day’s tips as JSON, best first, each { id, message, evidence, sources, because }', () => {
    const sut = platewise(['tips', '--as-of', AS_OF, '--json']);
    expect(sut.stderr).toBe('');
    expect(sut.status).toBe(0);
    const tips = JSON.parse(sut.stdout) as Array<Record<string, unknown>>;
    expect(tips.length).toBe(3);
    for (const t of tips) expect(Object.keys(t).sort()).toEqual(['because', 'evidence', 'id', 'message', 'sources']);
    expect(tips.map((t) => t.id)).toEqual(['legs-need-their-own-sets', 'protein-to-target', 'more-sets-for-growth']);
    expect(tips[0]!.because).toMatchObject({ lowerShare: 0, lowerSetsPerWeek: 0 });
    expect(tips[1]!.because).toMatchObject({ proteinGPerKg: 0.88, meanProteinG: 70, days: 7 });
    expect(tips[1]!.sources).toEqual([expect.objectContaining({ short: 'Morton 2018', authors: 'Morton RW, et al.', year: 2018, journal: 'Br J Sports Med' })]);
    // The same day, the same tips.
    expect(platewise(['tips', '--as-of', AS_OF, '--json']).stdout).toBe(sut.stdout);
    expect(JSON.parse(platewise(['tips', '--as-of', AS_OF, '--json', '--limit', '10']).stdout).length).toBeGreaterThan(3);
  });

  it('says it in words without --json: evidence, because and sources', () => {
    const sut = platewise(['tips', '--as-of', AS_OF]);
    expect(sut.status).toBe(0);
    expect(sut.stdout).toMatch(/^Tips for 2026-11-20\n\n1\. Legs need sets of their own\n/);
    expect(sut.stdout).toMatch(/Evidence: strong \(/);
    expect(sut.stdout).toMatch(/Because: lowerShare 0, /);
    expect(sut.stdout).toContain('Morton 2018: Morton RW, et al. Br J Sports Med 2018;52(6):376–384');
  });

  it('lists the whole library with --all', () => {
    const sut = platewise(['tips', '--all', '--json']);
    expect(sut.status).toBe(0);
    const all = JSON.parse(sut.stdout) as Array<{ id: string; condition: string; sources: unknown[] }>;
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.every((t) => t.condition && t.sources.length > 0)).toBe(true);
    expect(platewise(['tips', '--all']).stdout).toMatch(/^The tip library: \d+ tips\n\nTraining:\n {2}legs-need-their-own-sets \[strong\]/);
  });

  it.each([
    [['tips', '--as-of', '20-11-2026'], /--as-of/],
    [['tips', '--limit', '0'], /--limit/],
    [['tips', '--all', '--as-of', AS_OF], /--all/],
    [['tips', 'today'], /unexpected/],
  ])('refuses %j with status 2 naming the option', (args, message) => {
    const sut = platewise(args);
    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(message);
  });
});
