import { describe, expect, it } from 'vitest';
import { inferLoadType, inferMet, inferPattern, isStretch, primaryEquipment, type ExerciseTraits } from './classify.js';
import type { ExerciseEquipment, LoadType, MovementPattern, MuscleId } from './muscles.js';

const traits = (name: string, primary: MuscleId[], over: Partial<ExerciseTraits> = {}): ExerciseTraits => ({
  name,
  category: 'strength',
  force: null,
  equipment: 'barbell',
  primary,
  ...over,
});

describe('inferLoadType', () => {
  it.each<[ExerciseTraits, LoadType]>([
    [traits('Barbell Squat', ['quadriceps']), 'weight'],
    [traits('Pullups', ['lats'], { equipment: 'bodyweight' }), 'bodyweight'],
    [traits('Weighted Pull Ups', ['lats'], { equipment: 'bodyweight' }), 'weighted-bodyweight'],
    [traits('Band Assisted Pull-Up', ['lats'], { equipment: 'bodyweight' }), 'assisted'],
    [traits('Plank', ['abdominals'], { force: 'static', equipment: 'bodyweight' }), 'duration'],
    [traits('Wall Sit', ['quadriceps'], { equipment: 'bodyweight' }), 'duration'],
    [traits('Running, Treadmill', ['quadriceps'], { category: 'cardio', equipment: 'machine' }), 'cardio'],
  ])('%o → %s', (t, expected) => {
    expect(inferLoadType(t)).toBe(expected);
  });
});

describe('inferPattern', () => {
  it.each<[string, MuscleId[], Partial<ExerciseTraits>, MovementPattern]>([
    ['Barbell Squat', ['quadriceps'], {}, 'squat'],
    ['Leg Press', ['quadriceps'], { equipment: 'machine' }, 'squat'],
    ['Dumbbell Lunges', ['quadriceps'], { equipment: 'dumbbell' }, 'lunge'],
    ['Barbell Deadlift', ['lower-back'], {}, 'hinge'],
    ['Romanian Deadlift', ['hamstrings'], {}, 'hinge'],
    ['Barbell Hip Thrust', ['glutes'], {}, 'hinge'],
    ['Lying Leg Curls', ['hamstrings'], { equipment: 'machine' }, 'isolation-lower'],
    ['Leg Extensions', ['quadriceps'], { equipment: 'machine' }, 'isolation-lower'],
    ['Standing Calf Raises', ['calves'], { equipment: 'machine' }, 'isolation-lower'],
    ['Barbell Bench Press - Medium Grip', ['chest'], {}, 'horizontal-push'],
    ['Dumbbell Flyes', ['chest'], { equipment: 'dumbbell' }, 'isolation-upper'],
    ['Standing Military Press', ['front-delts'], {}, 'vertical-push'],
    ['Side Lateral Raise', ['side-delts'], { equipment: 'dumbbell' }, 'isolation-upper'],
    ['Face Pull', ['rear-delts'], { equipment: 'cable' }, 'horizontal-pull'],
    ['Pullups', ['lats'], { equipment: 'bodyweight' }, 'vertical-pull'],
    ['Wide-Grip Lat Pulldown', ['lats'], { equipment: 'cable' }, 'vertical-pull'],
    ['Bent Over Barbell Row', ['upper-back'], {}, 'horizontal-pull'],
    ['Barbell Curl', ['biceps'], {}, 'isolation-upper'],
    ['Dips - Triceps Version', ['triceps'], { equipment: 'bodyweight' }, 'horizontal-push'],
    ['Crunches', ['abdominals'], { equipment: 'bodyweight' }, 'core'],
    ["Farmer's Walk", ['forearms'], {}, 'carry'],
  ])('"%s" (%j) → %s', (name, primary, over, expected) => {
    const t = traits(name, primary, over);
    expect(inferPattern(t, inferLoadType(t))).toBe(expected);
  });

  it('calls a hold of the trunk core and a hold elsewhere isometric', () => {
    expect(inferPattern(traits('Plank', ['abdominals']), 'duration')).toBe('core');
    expect(inferPattern(traits('Wall Sit', ['quadriceps']), 'duration')).toBe('isometric');
  });
});

describe('inferMet (Compendium 2011, science.md §8.2)', () => {
  it.each<[ExerciseTraits, string, number]>([
    [traits('Running, Treadmill', [], { category: 'cardio' }), '12050', 9.8],
    [traits('Jogging, Treadmill', [], { category: 'cardio' }), '12020', 7.0],
    [traits('Bicycling, Stationary', [], { category: 'cardio' }), '02010', 7.0],
    [traits('Bicycling', [], { category: 'cardio' }), '01030', 8.0],
    [traits('Rowing, Stationary', [], { category: 'cardio' }), '02071', 4.8],
    [traits('Elliptical Trainer', [], { category: 'cardio' }), '02048', 5.0],
    [traits('Stairmaster', [], { category: 'cardio' }), '02065', 9.0],
    [traits('Rope Jumping', [], { category: 'cardio' }), '02068', 11.0],
    [traits('Walking, Treadmill', [], { category: 'cardio' }), '17200', 4.3],
    [traits('Skating', [], { category: 'cardio' }), '02035', 4.3],
    [traits('Power Clean', ['hamstrings'], { category: 'olympic weightlifting' }), '02050', 6.0],
    [traits('Box Jump', ['quadriceps'], { category: 'plyometrics', equipment: 'bodyweight' }), '02020', 8.0],
    [traits('Barbell Squat', ['quadriceps']), '02052', 5.0],
    [traits('Pullups', ['lats'], { equipment: 'bodyweight' }), '02022', 3.8],
    [traits('Plank', ['abdominals'], { force: 'static', equipment: 'bodyweight' }), '02024', 2.8],
    [traits('Barbell Curl', ['biceps']), '02054', 3.5],
  ])('%o → %s at %f MET', (t, code, value) => {
    const loadType = inferLoadType(t);
    expect(inferMet(t, loadType, inferPattern(t, loadType))).toEqual({ code, value });
  });
});

describe('helpers', () => {
  it.each<[ExerciseEquipment[], ExerciseEquipment]>([
    [['bodyweight', 'barbell'], 'barbell'],
    [['dumbbell', 'bodyweight'], 'dumbbell'],
    [[], 'other'],
  ])('the load-carrying piece of %j is %s', (list, expected) => {
    expect(primaryEquipment(list, 'other')).toBe(expected);
  });

  it.each<[string, string | null, boolean]>([
    ['Hamstring Stretch', 'strength', true],
    ['Calf Stretch Hands Against Wall', null, true],
    ['Ankle Circles', 'stretching', true],
    ['Barbell Squat', 'strength', false],
  ])('"%s" (%s) is a stretch: %s', (name, category, expected) => {
    expect(isStretch(name, category)).toBe(expected);
  });
});
