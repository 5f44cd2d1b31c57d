import { describe, expect, it } from 'vitest';
import {
  EXERCISE_EQUIPMENT,
  LOAD_TYPES,
  MAJOR_MUSCLES,
  MOVEMENT_PATTERNS,
  MUSCLES,
  PRIMARY_WEIGHT,
  SECONDARY_WEIGHT,
  isExerciseEquipment,
  isLoadType,
  isMovementPattern,
  isMuscleId,
  muscleById,
} from './muscles.js';
import type { MuscleId, PushPull, Region } from './muscles.js';

describe('MUSCLES', () => {
  it('holds exactly the agreed ids, in body-map order', () => {
    expect(MUSCLES.map((m) => m.id)).toEqual([
      'chest',
      'front-delts',
      'side-delts',
      'rear-delts',
      'triceps',
      'biceps',
      'forearms',
      'lats',
      'upper-back',
      'lower-back',
      'abdominals',
      'obliques',
      'glutes',
      'quadriceps',
      'hamstrings',
      'adductors',
      'abductors',
      'calves',
    ]);
  });

  it('has unique ids and unique labels', () => {
    expect(new Set(MUSCLES.map((m) => m.id)).size).toBe(MUSCLES.length);
    expect(new Set(MUSCLES.map((m) => m.label.toLowerCase())).size).toBe(MUSCLES.length);
  });

  it.each<[MuscleId, Region]>([
    ['chest', 'upper'],
    ['front-delts', 'upper'],
    ['side-delts', 'upper'],
    ['rear-delts', 'upper'],
    ['triceps', 'upper'],
    ['biceps', 'upper'],
    ['forearms', 'upper'],
    ['lats', 'upper'],
    ['upper-back', 'upper'],
    ['lower-back', 'core'],
    ['abdominals', 'core'],
    ['obliques', 'core'],
    ['glutes', 'lower'],
    ['quadriceps', 'lower'],
    ['hamstrings', 'lower'],
    ['adductors', 'lower'],
    ['abductors', 'lower'],
    ['calves', 'lower'],
  ])('%s counts toward the %s region', (id, region) => {
    const sut = muscleById(id);
    expect(sut.region).toBe(region);
  });

  it.each<[MuscleId, PushPull | null]>([
    ['chest', 'push'],
    ['front-delts', 'push'],
    ['side-delts', 'push'],
    ['triceps', 'push'],
    ['rear-delts', 'pull'],
    ['biceps', 'pull'],
    ['forearms', 'pull'],
    ['lats', 'pull'],
    ['upper-back', 'pull'],
    ['lower-back', null],
    ['abdominals', null],
    ['obliques', null],
    ['glutes', null],
    ['quadriceps', null],
    ['hamstrings', null],
    ['adductors', null],
    ['abductors', null],
    ['calves', null],
  ])('%s has push/pull pattern %s', (id, pattern) => {
    const sut = muscleById(id);
    expect(sut.pattern).toBe(pattern);
  });

  it('gives a push or pull pattern only to upper-body muscles', () => {
    const sut = MUSCLES.filter((m) => m.pattern !== null);
    expect(sut.every((m) => m.region === 'upper')).toBe(true);
    expect(sut).toHaveLength(MUSCLES.filter((m) => m.region === 'upper').length);
  });

  it.each([
    ['chest', 'front'],
    ['quadriceps', 'front'],
    ['abdominals', 'front'],
    ['lats', 'back'],
    ['hamstrings', 'back'],
    ['calves', 'back'],
  ] as const)('%s is drawn on the %s of the body map', (id, side) => {
    expect(muscleById(id).side).toBe(side);
  });
});

describe('isMuscleId', () => {
  it.each<[unknown, boolean]>([
    ['chest', true],
    ['upper-back', true],
    ['calves', true],
    ['Chest', false],
    ['shoulders', false],
    ['middle back', false],
    ['traps', false],
    ['', false],
    [42, false],
    [undefined, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    const sut = isMuscleId;
    expect(sut(value)).toBe(expected);
  });
});

describe('muscleById', () => {
  it.each([
    ['upper-back', 'Upper back (traps, rhomboids)'],
    ['front-delts', 'Front delts'],
    ['quadriceps', 'Quadriceps'],
  ] as const)('%s is labelled %s', (id, label) => {
    const sut = muscleById;
    expect(sut(id).label).toBe(label);
  });

  it('returns undefined for a string outside the vocabulary', () => {
    const sut = muscleById;
    expect(sut('shoulders')).toBeUndefined();
  });
});

describe('MAJOR_MUSCLES', () => {
  const sut = MAJOR_MUSCLES;

  it('are known, unique muscle ids', () => {
    expect(sut.every((id) => isMuscleId(id))).toBe(true);
    expect(new Set(sut).size).toBe(sut.length);
  });

  it.each<[Region, number]>([
    ['upper', 8],
    ['lower', 4],
    ['core', 1],
  ])('include %s-region muscles (at least %i)', (region, atLeast) => {
    expect(sut.filter((id) => muscleById(id).region === region).length).toBeGreaterThanOrEqual(atLeast);
  });

  it.each<MuscleId>(['quadriceps', 'hamstrings', 'glutes', 'calves', 'chest', 'lats', 'upper-back', 'side-delts'])(
    'include %s',
    (id) => {
      expect(sut).toContain(id);
    },
  );

  it.each<MuscleId>(['forearms', 'lower-back', 'obliques', 'adductors', 'abductors'])('leave out the synergist-trained %s', (id) => {
    expect(sut).not.toContain(id);
  });
});

describe('set weights', () => {
  it('credit a prime mover 1 set and a synergist half a set (Pelland 2024 fractional)', () => {
    expect(PRIMARY_WEIGHT).toBe(1);
    expect(SECONDARY_WEIGHT).toBe(0.5);
  });
});

describe('exercise vocabularies', () => {
  it.each([
    ['EXERCISE_EQUIPMENT', EXERCISE_EQUIPMENT, 12],
    ['MOVEMENT_PATTERNS', MOVEMENT_PATTERNS, 13],
    ['LOAD_TYPES', LOAD_TYPES, 6],
  ] as const)('%s has %i unique kebab-case entries', (_name, values, count) => {
    expect(values).toHaveLength(count);
    expect(new Set(values).size).toBe(values.length);
    expect(values.every((v) => /^[a-z]+(?:-[a-z]+)*$/.test(v))).toBe(true);
  });

  const guards = { isExerciseEquipment, isMovementPattern, isLoadType };
  it.each<[keyof typeof guards, unknown, boolean]>([
    ['isExerciseEquipment', 'smith-machine', true],
    ['isExerciseEquipment', 'kettlebells', false],
    ['isMovementPattern', 'horizontal-pull', true],
    ['isMovementPattern', 'pull', false],
    ['isLoadType', 'weighted-bodyweight', true],
    ['isLoadType', 'reps', false],
    ['isLoadType', 7, false],
  ])('%s(%j) → %s', (guard, value, expected) => {
    const sut = guards[guard];
    expect(sut(value)).toBe(expected);
  });
});
