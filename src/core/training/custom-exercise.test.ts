import { describe, expect, it } from 'vitest';
import { checkCustomExercise, customExerciseMet, type CustomExerciseSpec } from './custom-exercise.js';

const spec = (over: Partial<CustomExerciseSpec> = {}): CustomExerciseSpec => ({
  name: 'Landmine Press',
  equipment: 'barbell',
  pattern: 'vertical-push',
  loadType: 'weight',
  primary: ['front-delts'],
  secondary: ['triceps', 'chest'],
  ...over,
});

describe('checkCustomExercise', () => {
  it('accepts a well-formed exercise and a cardio one without muscles', () => {
    expect(checkCustomExercise(spec())).toEqual([]);
    expect(checkCustomExercise(spec({ name: 'Hill sprints', pattern: 'cardio', loadType: 'cardio', primary: [], secondary: [] }))).toEqual([]);
  });

  it.each<[Partial<CustomExerciseSpec>, string, RegExp]>([
    [{ name: '  ' }, 'name', /1–100/],
    [{ name: 'x'.repeat(101) }, 'name', /1–100/],
    [{ primary: ['pecs'] }, 'primaryMuscles.0', /not a muscle id/],
    [{ primary: ['chest', 'chest'], secondary: [] }, 'primaryMuscles.1', /twice/],
    [{ secondary: ['front-delts'] }, 'secondaryMuscles.0', /already a primary/],
    [{ primary: [], secondary: [] }, 'primaryMuscles', /at least one/],
    [{ pattern: 'cardio', primary: [], secondary: [] }, 'loadType', /must be 'cardio'/],
    [{ loadType: 'cardio' }, 'loadType', /only for pattern 'cardio'/],
  ])('rejects %j naming %s', (over, field, message) => {
    const sut = checkCustomExercise(spec(over));
    expect(sut.map((i) => i.field)).toContain(field);
    expect(sut.find((i) => i.field === field)!.message).toMatch(message);
  });
});

describe('customExerciseMet', () => {
  it.each<[Partial<CustomExerciseSpec>, string, number]>([
    [{}, '02054', 3.5],
    [{ pattern: 'squat', primary: ['quadriceps'], secondary: [] }, '02052', 5.0],
    [{ equipment: 'bodyweight', loadType: 'bodyweight' }, '02022', 3.8],
    [{ name: 'Hill sprints', pattern: 'cardio', loadType: 'cardio', primary: [], secondary: [] }, '12050', 9.8],
  ])('%j → %s at %f MET', (over, code, value) => {
    expect(customExerciseMet(spec(over))).toEqual({ code, value });
  });
});
