import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../../core/units.js';
import { fixture } from '../testing/history-data.js';
import { parseHevy, parseHevyTime } from './hevy.js';

describe('parseHevyTime', () => {
  it.each([
    ['8 Apr 2026, 16:50', { date: '2026-04-08', time: '16:50:00' }],
    ['08 Apr 2026, 06:05', { date: '2026-04-08', time: '06:05:00' }],
    ['13 March 2026 15:22', { date: '2026-03-13', time: '15:22:00' }],
    ['Apr 8, 2026, 4:50 PM', { date: '2026-04-08', time: '16:50:00' }],
    ['Apr 8, 2026, 12:10 am', { date: '2026-04-08', time: '00:10:00' }],
    ['2026-04-08 16:50:30', { date: '2026-04-08', time: '16:50:30' }],
    ['31 Feb 2026, 07:05', null],
    ['8 Foo 2026, 16:50', null],
    ['8 Apr 2026, 25:50', null],
    ['yesterday', null],
  ])('%s → %j', (text, expected) => {
    expect(parseHevyTime(text)).toEqual(expected);
  });
});

describe('parseHevy', () => {
  it('reads workouts, set types, supersets and repeated exercises, and rejects what it cannot read', async () => {
    const sut = await parseHevy(fixture('hevy', 'workouts.csv'));
    expect(sut.workouts).toHaveLength(2);
    const [push, cardio] = sut.workouts;
    expect(push).toMatchObject({ date: '2026-04-08', startLocal: { date: '2026-04-08', time: '16:50:00' }, durationS: 65 * 60, name: 'Push Day', notes: 'Felt good' });
    expect(push!.exercises.map((e) => [e.name, e.supersetGroup, e.sets.length])).toEqual([
      ['Bench Press (Barbell)', null, 3],
      ['Lateral Raise (Dumbbell)', 1, 1],
      ['Triceps Rope Pushdown', 1, 1],
      ['Lateral Raise (Dumbbell)', 1, 1],
      ['Triceps Rope Pushdown', 1, 1],
      ['Plank', null, 1],
    ]);
    expect(push!.exercises[0]!.notes).toBe('Arch');
    expect(push!.exercises[0]!.sets.map((s) => [s.type, s.loadKg, s.reps, s.rpe])).toEqual([
      ['warmup', 40, 12, null],
      ['normal', 80, 8, 8],
      ['failure', 80, 6, 10],
    ]);
    expect(push!.exercises[3]!.sets[0]!.type).toBe('drop');
    expect(push!.exercises[5]!.sets[0]).toMatchObject({ durationS: 60, loadKg: null, reps: null });
    expect(cardio!.exercises[0]!.sets).toEqual([{ line: 10, type: 'normal', reps: null, loadKg: null, durationS: 1980, distanceM: 5250, rpe: null }]);
    expect(sut.summary.finish().rejected).toEqual([
      { line: 11, reason: 'set_type "superset" is not normal, warmup, dropset or failure' },
      { line: 12, reason: 'start_time "31 Feb 2026, 07:05" is not a date and time like 8 Apr 2026, 16:50' },
    ]);
  });

  it('reads the imperial variant (weight_lbs, distance_miles) into kg and metres', async () => {
    const sut = await parseHevy(fixture('hevy', 'workouts-imperial.csv'));
    const [legs] = sut.workouts;
    expect(legs!.exercises[0]!.sets[0]!.loadKg).toBeCloseTo(225 * KG_PER_LB, 9);
    expect(legs!.exercises[0]!.sets[1]!.rpe).toBe(8.5);
    expect(legs!.exercises[1]!.sets[0]!.distanceM).toBeCloseTo(1.5 * 1609.344, 6);
  });

  it('refuses a file that is not Hevy, naming it', async () => {
    await expect(parseHevy(fixture('strong', 's1-comma.csv'))).rejects.toThrow(/not a Hevy export/);
  });
});
