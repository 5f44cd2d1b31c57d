// platewise export --format json|csv and platewise import platewise through the real CLI: the JSON read back
// into an empty instance exports the same again, a second read adds nothing, and workouts.csv goes back in
// through our own Strong importer with the same sets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../app/testing/history-data.js';
import type { Io } from './io.js';
import { run } from './main.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-export-'));
const folder = (name: string) => path.join(dir, name);

async function platewise(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = '';
  try {
    const status = await run(args, io);
    return { status, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.env.DATABASE_URL = saved;
  }
}

type Doc = { exportedAt: string; tables: Record<string, Array<Record<string, unknown>>>; references: Record<string, Array<Record<string, unknown>>> };
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Doc;

/** Each set as (start, exercise, type, reps, grams): what a Strong CSV can carry. */
function sets(doc: Doc) {
  const names = new Map<unknown, unknown>([...doc.references['exercises']!, ...doc.tables['custom_exercises']!].map((e) => [e['id'], e['name']]));
  const workouts = new Map(doc.tables['workouts']!.map((w) => [w['id'], w]));
  const exercises = new Map(doc.tables['workout_exercises']!.map((e) => [`${String(e['workout_id'])}|${String(e['position'])}`, e]));
  return doc.tables['workout_sets']!.map((s) => {
    const e = exercises.get(`${String(s['workout_id'])}|${String(s['exercise_position'])}`)!;
    return [workouts.get(s['workout_id'])!['started_at'], names.get(e['exercise_id'] ?? e['custom_exercise_id']), e['position'], s['position'], s['set_type'], s['reps'], s['load_g']].join(' ');
  }).sort();
}

describe('platewise export and import platewise', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports JSON and CSV (a folder or a zip), reads the JSON back into an empty instance the same, and adds nothing the second time', { timeout: 300_000 }, async () => {
    expect((await platewise(['import', 'strong', fixture('strong', 's1-comma.csv'), '--unit', 'lb', '--data-dir', folder('a')])).status).toBe(0);
    expect((await platewise(['import', 'mfp', fixture('myfitnesspal'), '--data-dir', folder('a')])).status).toBe(0);
    const json = await platewise(['export', '--format', 'json', '--out', folder('a.json'), '--data-dir', folder('a')]);
    expect(json).toMatchObject({ status: 0, err: expect.stringMatching(/^Exported \d+ rows in \d+ tables \(2 workouts, 4 diary entries, 0 body-log entries\) to /) });
    const a = read(folder('a.json'));
    expect(a).toMatchObject({ format: 'platewise-export', version: 1 });

    const csv = await platewise(['export', '--format', 'csv', '--out', folder('csv'), '--data-dir', folder('a')]);
    expect(csv.status).toBe(0);
    expect(readdirSync(folder('csv')).sort()).toEqual(['body.csv', 'diary.csv', 'sleep.csv', 'workouts.csv']);
    expect((await platewise(['export', '--format', 'csv', '--out', folder('a.zip'), '--data-dir', folder('a')])).status).toBe(0);
    expect(readFileSync(folder('a.zip')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(await platewise(['export', '--format', 'csv', '--out', '-', '--data-dir', folder('a')])).toMatchObject({ status: 2, err: expect.stringMatching(/CSV goes to a folder or a \.zip file/) });

    // Through the real bin: the summary alone on stdout, the progress bar on stderr.
    const env = { ...process.env, DATABASE_URL: '' };
    const first = spawnSync(process.execPath, [bin, 'import', 'platewise', folder('a.json'), '--json', '--data-dir', folder('b')], { encoding: 'utf8', env });
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ source: 'platewise', workouts: 2, sets: sets(a).length, diaryEntries: 4, bodyEntries: 0, alreadyImported: 0, rejected: [] });
    expect(first.stderr).toMatch(/^writing +\[#+\] 100%$/m);
    const again = await platewise(['import', 'platewise', folder('a.json'), '--data-dir', folder('b')]);
    expect(again.out).toMatch(/^platewise: added 0 workouts \(0 sets\), 0 diary entries, 0 body-log entries; \d+ already imported/);

    expect((await platewise(['export', '--out', folder('b.json'), '--data-dir', folder('b')])).status).toBe(0);
    const b = read(folder('b.json'));
    expect({ ...b, exportedAt: '' }).toEqual({ ...a, exportedAt: '' });
  });

  it('reads its own workouts.csv back through the Strong importer with the same sets', { timeout: 300_000 }, async () => {
    const file = path.join(folder('csv'), 'workouts.csv');
    expect(existsSync(file)).toBe(true);
    const sut = await platewise(['import', 'strong', file, '--unit', 'kg', '--json', '--data-dir', folder('c')]);
    expect(JSON.parse(sut.out)).toMatchObject({ workouts: 2, rejected: [] });
    expect((await platewise(['export', '--out', folder('c.json'), '--data-dir', folder('c')])).status).toBe(0);
    expect(sets(read(folder('c.json')))).toEqual(sets(read(folder('a.json'))));
  });

  it('names a file that is missing or not an export', { timeout: 120_000 }, async () => {
    expect(await platewise(['import', 'platewise', folder('nothing.json'), '--data-dir', folder('d')])).toMatchObject({ status: 2, err: `platewise: file: ${folder('nothing.json')} does not exist` });
    expect(await platewise(['import', 'platewise', fixture('strong', 's1-comma.csv'), '--data-dir', folder('d')])).toMatchObject({ status: 2, err: expect.stringMatching(/^platewise: file: s1-comma\.csv is not JSON/) });
  });
});
