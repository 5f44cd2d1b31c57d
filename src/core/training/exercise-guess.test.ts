import { describe, expect, it } from 'vitest';
import { checkCustomExercise } from './custom-exercise.js';
import { equipmentInName, guessExercise, musclesInName, type ObservedSets } from './exercise-guess.js';

const lifted: ObservedSets = { load: true, reps: true, duration: false, distance: false };
const repsOnly: ObservedSets = { load: false, reps: true, duration: false, distance: false };
const timed: ObservedSets = { load: false, reps: false, duration: true, distance: false };
const cardio: ObservedSets = { load: false, reps: false, duration: true, distance: true };

describe('equipmentInName and musclesInName', () => {
  it.each([
    ['Lateral Raise (Cable)', 'cable'],
    ['Shoulder Press (Plate Loaded)', 'machine'],
    ['Trap Bar Deadlift', 'trap-bar'],
    ['EZ Bar Curl', 'ez-bar'],
    ['Intensity', null],
  ])('%s → %s', (name, equipment) => {
    expect(equipmentInName(name)).toBe(equipment);
  });

  it.each([
    ['Seated Leg Curl (Machine)', ['hamstrings']],
    ['Spider Curl', ['biceps']],
    ['Backward Sled Pull', ['quadriceps', 'glutes']],
    ['Single Leg Clean', ['glutes', 'quadriceps', 'hamstrings']],
    ['Iso Supported Lateral Raise 7/7/7', ['side-delts']],
    ['Landmine Press', null],
  ])('%s trains %j', (name, primary) => {
    expect(musclesInName(name)?.primary ?? null).toEqual(primary);
  });
});

describe('guessExercise', () => {
  it('reads a loaded lift from its words and sets, and meets the custom-exercise rules', () => {
    const sut = guessExercise('Spider Curl (Dumbbell)', lifted, null);
    expect(sut).toMatchObject({ equipment: 'dumbbell', loadType: 'weight', pattern: 'isolation-upper', primary: ['biceps'], secondary: ['forearms'], musclesKnown: true });
    expect(checkCustomExercise(sut)).toEqual([]);
  });

  it('makes timed sets a hold and distance a cardio activity', () => {
    expect(guessExercise('Front Rack Hold', timed, null)).toMatchObject({ loadType: 'duration' });
    expect(guessExercise('Hiking', cardio, null)).toMatchObject({ loadType: 'cardio', pattern: 'cardio', equipment: 'none', primary: [], musclesKnown: true });
  });

  it('borrows muscles from a close catalog exercise when the words say nothing', () => {
    const near = { equipment: 'barbell', pattern: 'horizontal-push', loadType: 'weight', primary: ['chest'], secondary: ['triceps'] } as const;
    expect(guessExercise('Floor Thing (Barbell)', lifted, near)).toMatchObject({ primary: ['chest'], secondary: ['triceps'], pattern: 'horizontal-push', musclesKnown: true });
  });

  it('leaves the muscles empty rather than made up, and says so', () => {
    const sut = guessExercise('Intensity', repsOnly, null);
    expect(sut).toMatchObject({ loadType: 'bodyweight', equipment: 'bodyweight', primary: [], musclesKnown: false });
  });
});

describe('guessExercise load types from the sets', () => {
  const near = { equipment: 'bodyweight', pattern: 'squat', loadType: 'bodyweight', primary: ['quadriceps'], secondary: [] } as const;
  it.each([
    ['Single Leg Clean', lifted, null, 'weight'],
    ['Box Step Down', lifted, near, 'weighted-bodyweight'],
    ['Box Step Down', repsOnly, near, 'bodyweight'],
    ['Weighted Sissy Squat', lifted, null, 'weighted-bodyweight'],
    ['Assisted Nordic', lifted, null, 'assisted'],
    ['Cable Thing', repsOnly, null, 'weight'],
  ] as const)('%s → %s', (name, seen, nearBy, loadType) => {
    expect(guessExercise(name, seen, nearBy).loadType).toBe(loadType);
  });
});
