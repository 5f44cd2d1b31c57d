import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import { openServices } from '../server/main.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-report-'));
const env = { ...process.env, DATABASE_URL: '' };
const AS_OF = '2026-11-20'; // a Friday

function platewise(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data-dir', dir], { encoding: 'utf8', env });
}

describe('platewise report balance', () => {
  beforeAll(async () => {
    // Three weeks of bench press, rows and presses on Monday, Wednesday and Friday: no legs at all.
    const services = await openServices({ kind: 'pglite', dataDir: dir }, undefined, 'single');
    try {
      const local = await services.users.ensureLocalUser();
      const actor = { userId: local.id };
      const pick = async (q: string) => (await services.exercises.search(actor, { q, limit: 1 }))[0]!.id;
      const ids = [await pick('barbell bench press'), await pick('barbell row'), await pick('barbell overhead press')];
      for (let i = 0; i < 21; i++) {
        const date = addDays('2026-10-31', i);
        if (![1, 3, 5].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) continue;
        await services.workouts.create(actor, { date, exercises: ids.map((exerciseId) => ({ exerciseId, sets: [1, 2, 3, 4].map(() => ({ load: 60, reps: 8 })) })) });
      }
    } finally {
      await services.database.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object with the window, sets per muscle and region a week, the shares and the flags', () => {
    const sut = platewise(['report', 'balance', '--weeks', '4', '--as-of', AS_OF, '--json']);
    expect(sut.stderr).toBe('');
    expect(sut.status).toBe(0);
    const r = JSON.parse(sut.stdout);
    // First session Monday 2026-11-02, so the 4-week window starts there; 9 sessions × 4 sets of bench.
    expect(r).toMatchObject({ windowStart: '2026-11-02', windowEnd: AS_OF, lowerShare: 0, daysSinceLowerBody: null, regionSets: { lower: 0, core: 0 } });
    expect(r.setsByMuscle.chest).toBeCloseTo((9 * 4 * 7) / 19, 2);
    expect(r.setsByMuscle.quadriceps).toBe(0);
    expect(r.pushPullRatio).toBe(2);
    const codes = r.flags.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['lower-body-gap', 'lower-share-low', 'push-pull-imbalance']));
    for (const f of r.flags) expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'message']));
  });

  it('says it in words without --json', () => {
    const sut = platewise(['report', 'balance', '--as-of', AS_OF]);
    expect(sut.status).toBe(0);
    expect(sut.stdout).toMatch(/^Training balance 2026-11-02 to 2026-11-20/);
    expect(sut.stdout).toMatch(/No lower-body training in the 18 days since you started/);
    expect(sut.stdout).toMatch(/Add ~\d+ hard lower-body sets a week: .*Barbell Back Squat/);
    expect(sut.stdout).toMatch(/legs last trained never/);
  });

  it.each([
    [['--weeks', '0'], /--weeks: '0' is not a whole number from 1 to 104/],
    [['--weeks', 'x'], /--weeks: 'x' is not a number/],
    [['--as-of', '2026-13-01'], /--as-of: '2026-13-01' is not a date/],
  ])('refuses %j with status 2', (args, message) => {
    const sut = platewise(['report', 'balance', ...args]);
    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(message);
  });
});
