import { describe, expect, it } from 'vitest';
import type { LoadType } from './muscles.js';
import { checkSet, effectiveLoadKg, fractionalSetsByMuscle, isWorkingSet, setVolumeKg, type LoggedSet } from './sets.js';

const aSet = (over: Partial<LoggedSet> = {}): LoggedSet => ({
  type: 'normal',
  reps: null,
  loadKg: null,
  durationS: null,
  distanceM: null,
  rpe: null,
  rir: null,
  completed: true,
  ...over,
});

describe('effectiveLoadKg', () => {
  it.each<[LoadType, number | null, number | null, number | null]>([
    ['weight', 100, 80, 100],
    ['weight', null, 80, null],
    ['bodyweight', null, 80, 80],
    ['bodyweight', null, null, null],
    ['weighted-bodyweight', 20, 80, 100],
    ['weighted-bodyweight', null, 80, 80],
    ['assisted', 30, 80, 50],
    ['assisted', 100, 80, 0],
    ['assisted', 30, null, null],
    ['duration', 10, 80, null],
    ['cardio', null, 80, null],
  ])('%s with load %s at body weight %s moves %s kg', (loadType, load, bw, expected) => {
    expect(effectiveLoadKg(loadType, load, bw)).toBe(expected);
  });
});

describe('setVolumeKg', () => {
  it.each<[LoadType, Partial<LoggedSet>, number | null, number]>([
    ['weight', { reps: 5, loadKg: 100 }, null, 500],
    ['bodyweight', { reps: 10 }, 80, 800],
    ['weighted-bodyweight', { reps: 5, loadKg: 20 }, 80, 500],
    ['assisted', { reps: 8, loadKg: 30 }, 80, 400],
    ['bodyweight', { reps: 10 }, null, 0],
    ['weight', { loadKg: 100 }, null, 0],
  ])('%s %j at %s kg body weight is %f kg', (loadType, set, bw, expected) => {
    expect(setVolumeKg(loadType, aSet(set), bw)).toBe(expected);
  });
});

describe('isWorkingSet', () => {
  it.each<[Partial<LoggedSet>, boolean]>([
    [{ type: 'normal' }, true],
    [{ type: 'drop' }, true],
    [{ type: 'failure' }, true],
    [{ type: 'warmup' }, false],
    [{ type: 'normal', completed: false }, false],
  ])('%j → %s', (set, expected) => {
    expect(isWorkingSet(aSet(set))).toBe(expected);
  });
});

describe('fractionalSetsByMuscle', () => {
  const bench = { primary: ['chest' as const], secondary: ['triceps' as const, 'front-delts' as const], pattern: 'horizontal-push' as const };

  it('credits 4 working sets of bench as chest 4, triceps 2, front delts 2 (science.md oracle 53)', () => {
    const sets = [aSet({ type: 'warmup' }), aSet(), aSet(), aSet({ type: 'drop' }), aSet({ type: 'failure' }), aSet({ completed: false })];
    const sut = fractionalSetsByMuscle([{ exercise: bench, sets }]);
    expect(Object.fromEntries(sut)).toEqual({ chest: 4, triceps: 2, 'front-delts': 2 });
  });

  it('adds across exercises and ignores cardio', () => {
    const sut = fractionalSetsByMuscle([
      { exercise: bench, sets: [aSet(), aSet()] },
      { exercise: { primary: ['triceps'], secondary: [], pattern: 'isolation-upper' }, sets: [aSet(), aSet(), aSet()] },
      { exercise: { primary: ['quadriceps'], secondary: [], pattern: 'cardio' }, sets: [aSet()] },
    ]);
    expect(Object.fromEntries(sut)).toEqual({ chest: 2, triceps: 4, 'front-delts': 1 });
  });
});

describe('checkSet', () => {
  it.each<[LoadType, Partial<LoggedSet>]>([
    ['weight', { reps: 5, loadKg: 100, rpe: 8.5 }],
    ['weight', { reps: 0, loadKg: 0 }],
    ['bodyweight', { reps: 12, rir: 2 }],
    ['assisted', { reps: 8, loadKg: 25 }],
    ['duration', { durationS: 60 }],
    ['duration', { durationS: 45, loadKg: 20 }],
    ['cardio', { durationS: 1800, distanceM: 5000 }],
    ['weight', {}],
  ])('accepts a %s set %j', (loadType, set) => {
    expect(checkSet(loadType, aSet(set), 'sets.0')).toEqual([]);
  });

  it.each<[LoadType, Partial<LoggedSet>, string, RegExp]>([
    ['weight', { reps: 2.5 }, 'sets.0.reps', /whole number/],
    ['weight', { reps: -1 }, 'sets.0.reps', /whole number/],
    ['weight', { loadKg: 1200 }, 'sets.0.load', /1000 kg/],
    ['weight', { loadKg: -5 }, 'sets.0.load', /0 to 1000/],
    ['bodyweight', { loadKg: 10, reps: 5 }, 'sets.0.load', /weighted variant/],
    ['duration', { reps: 3 }, 'sets.0.reps', /no reps/],
    ['cardio', { loadKg: 10 }, 'sets.0.load', /not a load/],
    ['weight', { durationS: 30 }, 'sets.0.durationS', /only timed/],
    ['weight', { distanceM: 30 }, 'sets.0.distance', /only cardio/],
    ['weight', { rpe: 11 }, 'sets.0.rpe', /1 to 10/],
    ['weight', { rpe: 7.3 }, 'sets.0.rpe', /half steps/],
    ['weight', { rir: 2.5 }, 'sets.0.rir', /whole number/],
    ['weight', { rpe: 8, rir: 2 }, 'sets.0.rir', /not both/],
    ['cardio', { durationS: 90_000 }, 'sets.0.durationS', /24 h/],
    ['cardio', { distanceM: 2_000_000 }, 'sets.0.distance', /1000 km/],
  ])('rejects a %s set %j naming %s', (loadType, set, field, message) => {
    const sut = checkSet(loadType, aSet(set), 'sets.0');
    expect(sut).toHaveLength(1);
    expect(sut[0]!.field).toBe(field);
    expect(sut[0]!.message).toMatch(message);
  });
});
