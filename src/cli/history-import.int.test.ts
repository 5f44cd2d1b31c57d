// The import commands through the real bin entry: progress on stderr, the summary (or exactly one JSON
// object) on stdout, status 2 naming the option when something is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, STRONG_CSV } from '../app/testing/history-data.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-history-'));
const env = { ...process.env, DATABASE_URL: '' };

function platewise(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data-dir', dir], { encoding: 'utf8', env });
}

describe('platewise import strong|hevy|mfp|cronometer|apple-health', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for the unit a Strong file does not give, naming the option, with status 2', () => {
    const sut = platewise(['import', 'strong', STRONG_CSV, '--dry-run']);
    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(/--unit kg or --unit lb/);
    expect(sut.stdout).toBe('');
  });

  it('dry-runs, imports, and imports again adding nothing; --json prints exactly the summary', () => {
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

  it('imports the other formats from their fixtures', () => {
    const hevy = JSON.parse(platewise(['import', 'hevy', fixture('hevy', 'workouts-imperial.csv'), '--json']).stdout);
    expect(hevy).toMatchObject({ workouts: 1, sets: 3 });
    const cronometer = JSON.parse(platewise(['import', 'cronometer', fixture('cronometer', 'servings-old.csv'), fixture('cronometer', 'biometrics.csv'), '--json']).stdout);
    expect(cronometer).toMatchObject({ diaryEntries: 2, bodyEntries: 2 });
    const apple = JSON.parse(platewise(['import', 'apple-health', fixture('apple-health', 'export-zip64.zip'), '--json']).stdout);
    expect(apple).toMatchObject({ workouts: 4, bodyEntries: 2 });
  });

  it('refuses an unknown --map exercise and a second file for a one-file format', () => {
    const unknown = platewise(['import', 'strong', STRONG_CSV, '--unit', 'lb', '--dry-run', '--map', 'Intensity=Nothing Like It']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--map: no exercise named 'Nothing Like It'/);
    const two = platewise(['import', 'hevy', fixture('hevy', 'workouts.csv'), fixture('hevy', 'workouts.csv')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/give exactly one FILE/);
  });
});
