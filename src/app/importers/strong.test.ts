import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../core/errors.js';
import { KG_PER_LB } from '../../core/units.js';
import { fixture, STRONG_CSV } from '../testing/history-data.js';
import { firstLine } from './history.js';
import { parseStrong, strongDialect } from './strong.js';

const strong = (name: string) => fixture('strong', name);

describe('strongDialect', () => {
  it.each([
    ['s1-comma.csv', { separator: ',', weightUnit: 'lb', distanceUnit: 'mi', duration: 'Duration', durationInSeconds: false }],
    ['s1-10-columns.csv', { separator: ',', weightUnit: 'lb', distanceUnit: 'mi' }],
    ['s2-semicolon-units.csv', { separator: ';', weightUnit: 'column', distanceUnit: 'column', duration: 'Workout Duration' }],
    ['s3-quoted-units-in-header.csv', { separator: ';', weight: 'Weight (kg)', weightUnit: 'kg', distanceUnit: 'm', durationInSeconds: true, workoutNumber: 'Workout #' }],
    ['s4-legacy-2019.csv', { separator: ';', weightUnit: 'column', duration: null }],
    ['oldest-2018-lbs.csv', { separator: ';', weight: 'lbs', weightUnit: 'lb', distance: 'mi.', distanceUnit: 'mi' }],
  ])('reads %s', (file, expected) => {
    expect(strongDialect(firstLine(strong(file)), 'lb')).toMatchObject(expected);
  });

  it('asks for the unit, by name, when the file has none', () => {
    const sut = () => strongDialect(firstLine(strong('s1-comma.csv')));
    expect(sut).toThrow(ValidationError);
    expect(sut).toThrow(/kg or lb/);
    try {
      sut();
    } catch (err) {
      expect((err as ValidationError).details[0]!.field).toBe('unit');
    }
  });

  it('tells a file that is not Strong', () => {
    expect(() => strongDialect('title,start_time,exercise_title', 'kg')).toThrow(/not a Strong export/);
  });
});

describe('parseStrong on fixtures', () => {
  it('groups a comma file into workouts, drops rest timers and notes, types W/D/F sets, converts lb and miles', async () => {
    const sut = await parseStrong(strong('s1-comma.csv'), { unit: 'lb' });
    expect(sut.workouts).toHaveLength(2);
    const [push, legs] = sut.workouts;
    expect(push).toMatchObject({ date: '2024-03-04', startLocal: { date: '2024-03-04', time: '18:05:10' }, durationS: 72 * 60, name: 'Push, heavy', notes: 'Felt strong' });
    expect(push!.exercises.map((e) => e.name)).toEqual(['Bench Press (Barbell)', 'Chin Up', 'Cycling (Indoor)']);
    const bench = push!.exercises[0]!;
    expect(bench.notes).toBe('Pause on chest');
    expect(bench.sets.map((s) => s.type)).toEqual(['warmup', 'normal', 'normal', 'drop']);
    expect(bench.sets[1]).toMatchObject({ reps: 5, rpe: 8.5, line: 3 });
    expect(bench.sets[1]!.loadKg).toBeCloseTo(185 * KG_PER_LB, 9);
    expect(push!.exercises[1]!.sets).toHaveLength(2);
    expect(push!.exercises[2]!.sets[0]).toMatchObject({ durationS: 628, reps: 0, loadKg: 0 });
    expect(push!.exercises[2]!.sets[0]!.distanceM).toBeCloseTo(3.2 * 1609.344, 6);
    expect(legs).toMatchObject({ durationS: 38 * 60 });
    expect(legs!.exercises[0]!.sets.map((s) => s.type)).toEqual(['normal', 'failure']);
    expect(sut.summary.skipped).toBe(2);
    expect(sut.summary.finish().rejected).toEqual([
      { line: 13, reason: 'Set Order "X" is not a set number, W, D or F' },
      { line: 15, reason: 'Weight "thirty" is not a number' },
      { line: 16, reason: 'Date "bad date" is not a date and time like 2021-07-07 18:35:21' },
    ]);
  });

  it('reads units per row and decimal commas in the semicolon dialect', async () => {
    const sut = await parseStrong(strong('s2-semicolon-units.csv'));
    const [w] = sut.workouts;
    expect(w!.durationS).toBe(63 * 60);
    expect(w!.notes).toBe('Easy pace');
    const [dumbbell, run, row] = w!.exercises;
    expect(dumbbell!.sets[0]!.loadKg).toBe(32.5);
    expect(dumbbell!.sets[1]!.loadKg).toBeCloseTo(70 * KG_PER_LB, 9);
    expect(dumbbell!.sets[1]!.rpe).toBe(7.5);
    expect(run!.sets[0]).toMatchObject({ distanceM: 5200, durationS: 1680 });
    expect(row!.sets).toHaveLength(1);
    expect(row!.sets[0]!.distanceM).toBe(2000);
    expect(sut.summary.finish().rejected).toEqual([{ line: 6, reason: 'Distance Unit "furlong" is not km, mi or m' }]);
  });

  it('reads units from the header, seconds as the duration, and the oldest lbs/mi. columns', async () => {
    const s3 = await parseStrong(strong('s3-quoted-units-in-header.csv'));
    expect(s3.workouts[0]).toMatchObject({ durationS: 3600, name: 'Full body' });
    expect(s3.workouts[0]!.exercises[0]!.sets.map((s) => s.loadKg)).toEqual([100, 102.5]);
    expect(s3.workouts[0]!.exercises[1]!.sets[0]).toMatchObject({ distanceM: 1500, durationS: 900 });
    const oldest = await parseStrong(strong('oldest-2018-lbs.csv'));
    expect(oldest.workouts[0]!.exercises[0]!.sets[0]!.loadKg).toBeCloseTo(315 * KG_PER_LB, 9);
    expect(oldest.workouts[0]!.exercises[1]!.sets[0]!.distanceM).toBeCloseTo(1.5 * 1609.344, 6);
    const legacy = await parseStrong(strong('s4-legacy-2019.csv'));
    expect(legacy.workouts[0]!.exercises[0]!.sets.map((s) => s.loadKg)).toEqual([60, 60]);
  });

  it('keeps the same exercise done twice in a row as two blocks when its set numbers start again', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-strong-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'blocks.csv');
    const row = (name: string, order: string, kg: number) => `2024-05-01 07:00:00,Pulls,1h,${name},${order},${kg},5,0,0,,,`;
    writeFileSync(
      file,
      [
        'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
        row('Deadlift (Barbell)', 'W', 60),
        row('Deadlift (Barbell)', '1', 140),
        row('Deadlift (Barbell)', '2', 140),
        row('Deadlift (Barbell)', 'Rest Timer', 0),
        row('Deadlift (Barbell)', '1', 100),
        row('Deadlift (Barbell)', 'D', 80),
        row('Deadlift (Barbell)', '2', 100),
        row('Pull Up', '1', 0),
      ].join('\n'),
    );
    const sut = await parseStrong(file, { unit: 'kg' });
    expect(sut.workouts[0]!.exercises.map((e) => [e.name, e.sets.map((s) => s.loadKg)])).toEqual([
      ['Deadlift (Barbell)', [60, 140, 140]],
      ['Deadlift (Barbell)', [100, 80, 100]],
      ['Pull Up', [0]],
    ]);
  });

  it('keys a workout by its start, the same in every dialect and on every run', async () => {
    const a = await parseStrong(strong('s1-comma.csv'), { unit: 'lb' });
    const b = await parseStrong(strong('s1-comma.csv'), { unit: 'kg' });
    expect(a.workouts.map((w) => w.key)).toEqual(b.workouts.map((w) => w.key));
    expect(new Set(a.workouts.map((w) => w.key)).size).toBe(2);
  });
});

describe('parseStrong on the real export (../shared/data)', () => {
  it('reads all 4,690 sets into 312 workouts with nothing rejected', async () => {
    const sut = await parseStrong(STRONG_CSV, { unit: 'lb' });
    const sets = sut.workouts.flatMap((w) => w.exercises.flatMap((e) => e.sets));
    expect(sut.workouts).toHaveLength(312);
    expect(sets).toHaveLength(4690);
    expect(sut.summary.finish().rejected).toEqual([]);
    expect(sut.workouts[0]).toMatchObject({ date: '2021-07-07', name: 'Push - Shoulder', durationS: 31 * 60 });
    expect(sets.filter((s) => s.distanceM !== null)).toHaveLength(128);
  });
});
