import { describe, expect, it } from 'vitest';
import type { Workout } from '../../contract/index.js';
import { draftFromWorkout, draftProblems, inputFromDraft, nextSet, previousLabel, recordLabel, setsFromLast, type ExerciseInfo } from './workout-draft.js';

const squat: ExerciseInfo = { id: '11111111-1111-4111-8111-111111111111', name: 'Barbell Back Squat', equipment: 'barbell', pattern: 'squat', loadType: 'weight', primaryMuscles: ['quadriceps', 'glutes'], secondaryMuscles: [], custom: false };
const run: ExerciseInfo = { ...squat, id: '22222222-2222-4222-8222-222222222222', name: 'Running', equipment: 'none', pattern: 'cardio', loadType: 'cardio', primaryMuscles: [] };

const workout = (sets: Workout['exercises'][number]['sets'], exercise = squat): Workout => ({
  id: 'w',
  date: '2026-11-21',
  name: '',
  notes: '',
  startedAt: null,
  endedAt: null,
  durationS: null,
  bodyWeightKg: null,
  totals: { exercises: 1, workingSets: 0, volumeKg: 0, energyKcal: null, records: 0 },
  createdAt: '',
  updatedAt: '',
  muscleSets: [],
  exercises: [{ position: 0, exercise, supersetGroup: null, notes: '', sets, previous: null, records: [] }],
});
const stored = (loadKg: number | null, reps: number | null, extra: Partial<Workout['exercises'][number]['sets'][number]> = {}) => ({
  type: 'normal' as const, reps, loadKg, durationS: null, distanceM: null, rpe: null, rir: null, completed: true, records: [], ...extra,
});

describe('workout draft', () => {
  it('shows stored kg in the chosen unit and sends kg back (225 lb survives the round trip)', () => {
    const sut = draftFromWorkout(workout([stored(102.058, 5)]), 'lb');
    expect(sut.exercises[0]!.sets[0]).toMatchObject({ load: '225', reps: '5' });
    const input = inputFromDraft(sut, 'lb');
    expect(input.exercises![0]!.sets![0]!.load).toBeCloseTo(102.0583, 4);
    expect(inputFromDraft(draftFromWorkout(workout([stored(100, 5)]), 'kg'), 'kg').exercises![0]!.sets![0]).toMatchObject({ load: 100, reps: 5, completed: true });
  });

  it('sends text the client cannot read as typed, for the server to name', () => {
    const sut = draftFromWorkout(workout([stored(100, 5)]), 'kg');
    sut.exercises[0]!.sets[0]!.load = 'heavy';
    expect(inputFromDraft(sut, 'kg').exercises![0]!.sets![0]!.load).toBe('heavy kg');
  });

  it('flags reps that are not a whole number before saving', () => {
    const sut = draftFromWorkout(workout([stored(100, 5)]), 'kg');
    sut.exercises[0]!.sets[0]!.reps = '5.5';
    expect(draftProblems(sut)).toEqual({ 'exercises.0.sets.0.reps': 'Reps are a whole number' });
  });

  it('writes cardio in km or miles and times as a clock', () => {
    const sut = draftFromWorkout(workout([stored(null, null, { durationS: 1500, distanceM: 5000 })], run), 'kg');
    expect(sut.exercises[0]!.sets[0]).toMatchObject({ duration: '25:00', distance: '5' });
    expect(inputFromDraft(sut, 'kg').exercises![0]!.sets![0]).toMatchObject({ duration: '25:00', distance: '5 km', load: null });
    expect(draftFromWorkout(workout([stored(null, null, { distanceM: 5000 })], run), 'lb').exercises[0]!.sets[0]!.distance).toBe('3.11');
  });

  it("repeats last time's sets with plate-friendly loads, not yet done", () => {
    const last = { workoutId: 'x', date: '2026-11-14', sets: [{ type: 'normal' as const, reps: 5, loadKg: 101.3, durationS: null, distanceM: null }] };
    expect(setsFromLast(last, squat, 'kg')[0]).toMatchObject({ load: '102.5', reps: '5', completed: false });
    expect(setsFromLast(last, squat, 'lb')[0]).toMatchObject({ load: '225' });
    expect(setsFromLast(null, squat, 'kg')).toHaveLength(1);
  });

  it('adds a set like the last one, undone, and a warm-up becomes a working set', () => {
    const sut = nextSet({ key: 'a', type: 'warmup', load: '60', reps: '5', duration: '', distance: '', rpe: '', completed: true });
    expect(sut).toMatchObject({ type: 'normal', load: '60', reps: '5', completed: false });
  });

  it.each([
    ['weight', { loadKg: 100, reps: 5 }, 'kg', '100 kg × 5'],
    ['weight', { loadKg: 102.058, reps: 5 }, 'lb', '225 lb × 5'],
    ['bodyweight', { loadKg: null, reps: 12 }, 'kg', '× 12'],
    ['weighted-bodyweight', { loadKg: 20, reps: 5 }, 'kg', '+20 kg × 5'],
    ['assisted', { loadKg: 25, reps: 8 }, 'kg', '−25 kg × 8'],
    ['duration', { durationS: 90 }, 'kg', '1:30'],
    ['cardio', { durationS: 1500, distanceM: 5000 }, 'kg', '5 km · 25:00'],
  ] as const)('labels last time for %s %j in %s as "%s"', (loadType, s, unit, expected) => {
    const set = { type: 'normal' as const, reps: null, loadKg: null, durationS: null, distanceM: null, ...s };
    expect(previousLabel(set, loadType, unit)).toBe(expected);
  });

  it.each([
    [{ kind: 'e1rm', value: 116.6667 }, 'kg', 'e1RM 116.7 kg'],
    [{ kind: 'weight', value: 102.058 }, 'lb', 'Heaviest 225 lb'],
    [{ kind: 'reps', value: 12 }, 'kg', 'Most reps 12'],
    [{ kind: 'duration', value: 90 }, 'kg', 'Longest 1:30'],
    [{ kind: 'session-volume', value: 2200 }, 'kg', 'Session volume 2,200 kg'],
  ] as const)('labels the record %j in %s as "%s"', (r, unit, expected) => {
    expect(recordLabel(r, unit)).toBe(expected);
  });
});
