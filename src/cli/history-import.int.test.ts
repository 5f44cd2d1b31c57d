// The import commands through the real bin entry: progress on stderr, the summary (or exactly one JSON
// object) on stdout, status 2 naming the option when something is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, MFP_DIR, STRONG_CSV } from '../app/testing/history-data.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-history-'));
const env = { ...process.env, DATABASE_URL: '' };

function platewise(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data-dir', dir], { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
}

describe('platewise import strong|hevy|mfp|cronometer|apple-health', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for the unit a Strong file does not give, naming the option, with status 2', () => {
    const sut = platewise(['import', 'strong', STRONG_CSV, '--dry-run']);
    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(/--unit kg or --unit lb/);
    expect(sut.stdout).toBe('');
  });

  it('dry-runs, imports, and imports again adding nothing; --json prints exactly the summary', { timeout: 180_000 }, () => {
    const dry = platewise(['import', 'strong', STRONG_CSV, '--unit', 'lb', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^strong \(dry run, nothing written\): would add 312 workouts \(4,690 sets\)/);
    expect(dry.stdout).toMatch(/\? Flying Leg Raise → Lying Leg Raise\? \(72%\)/);
    expect(dry.stderr).toMatch(/reading strong\.csv/);

    const sut = platewise(['import', 'strong', STRONG_CSV, '--unit', 'lb', '--json', '--map', 'Flying Leg Raise=Lying Leg Raise']);
    expect(sut.status).toBe(0);
    const summary = JSON.parse(sut.stdout);
    expect(summary).toMatchObject({ source: 'strong', dryRun: false, workouts: 312, sets: 4690, diaryEntries: 0, bodyEntries: 0, rejected: [] });
    expect(summary.exercises.find((e: { name: string }) => e.name === 'Flying Leg Raise')).toMatchObject({ how: 'mapped', exercise: { name: 'Lying Leg Raise' } });

    const again = JSON.parse(platewise(['import', 'strong', STRONG_CSV, '--unit', 'lb', '--json']).stdout);
    expect(again).toMatchObject({ workouts: 0, sets: 0, alreadyImported: 312 });
    // The choice was remembered.
    expect(again.exercises.find((e: { name: string }) => e.name === 'Flying Leg Raise')).toMatchObject({ how: 'mapped' });
  });

  it('imports the other formats from their fixtures', { timeout: 180_000 }, () => {
    const hevy = JSON.parse(platewise(['import', 'hevy', fixture('hevy', 'workouts-imperial.csv'), '--json']).stdout);
    expect(hevy).toMatchObject({ workouts: 1, sets: 3 });
    const cronometer = JSON.parse(platewise(['import', 'cronometer', fixture('cronometer', 'servings-old.csv'), fixture('cronometer', 'biometrics.csv'), '--json']).stdout);
    expect(cronometer).toMatchObject({ diaryEntries: 2, bodyEntries: 2 });
    const apple = JSON.parse(platewise(['import', 'apple-health', fixture('apple-health', 'export-zip64.zip'), '--json']).stdout);
    expect(apple).toMatchObject({ workouts: 4, bodyEntries: 2 });
  });

  it('imports MyFitnessPal from its folder: the dry run writes no row, progress goes to stderr only, a second run adds 0', { timeout: 180_000 }, () => {
    const rows = () => {
      const doc = JSON.parse(platewise(['export', '--out', '-']).stdout) as { tables: Record<string, unknown[]> };
      return { diary: doc.tables['diary_entries']!.length, body: doc.tables['body_entries']!.length };
    };
    const before = rows();
    const dry = platewise(['import', 'mfp', MFP_DIR, '--unit', 'lb', '--dry-run', '--json']);
    expect(dry.status).toBe(0);
    const summary = JSON.parse(dry.stdout);
    expect(summary).toMatchObject({ dryRun: true, workouts: 0, sets: 0, diaryEntries: 872, bodyEntries: 30, rejected: [] });
    expect(dry.stderr).toMatch(/reading myfitnesspal/);
    expect(rows()).toEqual(before);
    const first = JSON.parse(platewise(['import', 'mfp', MFP_DIR, '--unit', 'lb', '--json']).stdout);
    expect(first).toMatchObject({ dryRun: false, diaryEntries: 872, bodyEntries: 30 });
    expect(rows()).toEqual({ diary: before.diary + 872, body: before.body + 30 });
    const again = platewise(['import', 'mfp', MFP_DIR, '--unit', 'lb']);
    expect(again.stdout).toMatch(/^mfp: added 0 workouts \(0 sets\), 0 diary entries, 0 body-log entries; 902 already imported/);
    expect(rows()).toEqual({ diary: before.diary + 872, body: before.body + 30 });
  });

  it('names a missing file, a file of another app and a broken row', { timeout: 180_000 }, () => {
    const missing = platewise(['import', 'strong', '/no/such/strong.csv', '--unit', 'lb']);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^platewise: file: \/no\/such\/strong\.csv does not exist$/m);
    const other = platewise(['import', 'strong', fixture('hevy', 'workouts.csv'), '--unit', 'lb']);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/^platewise: file: workouts\.csv is not a Strong export/m);
    const broken = platewise(['import', 'strong', fixture('strong', 's1-comma.csv'), '--unit', 'lb', '--dry-run']);
    expect(broken.status).toBe(0);
    expect(broken.stdout).toMatch(/^ {2}line 15: Weight "thirty" is not a number$/m);
  });

  it('refuses an unknown --map exercise and a second file for a one-file format', { timeout: 180_000 }, () => {
    const unknown = platewise(['import', 'strong', STRONG_CSV, '--unit', 'lb', '--dry-run', '--map', 'Intensity=Nothing Like It']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--map: no exercise named 'Nothing Like It'/);
    const two = platewise(['import', 'hevy', fixture('hevy', 'workouts.csv'), fixture('hevy', 'workouts.csv')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/give exactly one FILE/);
  });
});
