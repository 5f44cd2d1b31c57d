import { describe, expect, it } from 'vitest';
import { personalRecords, progressPoints, type ExerciseSession, type RecordSet } from './records.js';

/** A working set of `reps` at `kg` (effective load = logged load, as for barbell lifts). */
const lift = (kg: number, reps: number, over: Partial<RecordSet> = {}): Omit<RecordSet, 'position'> => ({
  type: 'normal',
  completed: true,
  reps,
  loadKg: kg,
  effectiveLoadKg: kg,
  durationS: null,
  distanceM: null,
  ...over,
});

const session = (workoutId: string, date: string, sets: Array<Omit<RecordSet, 'position'>>): ExerciseSession => ({
  workoutId,
  date,
  sets: sets.map((s, position) => ({ ...s, position })),
});

describe('personalRecords', () => {
  const history = [
    session('w1', '2026-11-02', [lift(60, 5, { type: 'warmup' }), lift(100, 5), lift(100, 5)]),
    session('w2', '2026-11-05', [lift(105, 3), lift(90, 8)]),
    session('w3', '2026-11-09', [lift(100, 5), lift(100, 5)]),
    session('w4', '2026-11-12', [lift(140, 1), lift(200, 12, { completed: false })]),
  ];

  it('keeps the best of each kind with the set that made it (Epley)', () => {
    const sut = personalRecords(history, 'weight').best;
    // w1: 100 × 5 → 116.667; w2: 105 × 3 → 115.5, 90 × 8 → 114; w4: a single at 140 is 140 (row 39).
    expect(sut.e1rm).toMatchObject({ value: 140, workoutId: 'w4', position: 0, reps: 1, loadKg: 140 });
    expect(sut.weight).toMatchObject({ value: 140, workoutId: 'w4' });
    expect(sut['set-volume']).toMatchObject({ value: 720, workoutId: 'w2', position: 1 });
    expect(sut['session-volume']).toMatchObject({ value: 1035, workoutId: 'w2', position: null });
    expect(sut.reps).toBeUndefined();
  });

  it('marks the records each session set, and none for a session that only ties', () => {
    const sut = personalRecords(history, 'weight').setIn;
    expect(sut.get('w1')!.map((r) => r.kind)).toEqual(['e1rm', 'weight', 'set-volume', 'session-volume']);
    expect(sut.get('w2')!.map((r) => r.kind)).toEqual(['weight', 'set-volume', 'session-volume']);
    expect(sut.has('w3')).toBe(false);
    expect(sut.get('w4')!.map((r) => r.kind)).toEqual(['e1rm', 'weight']);
  });

  it('ranks by the chosen formula: Brzycki gives 100 × 5 = 112.5 (science.md row 37)', () => {
    const sut = personalRecords([history[0]!], 'weight', 'brzycki').best;
    expect(sut.e1rm!.value).toBeCloseTo(112.5, 9);
  });

  it('leaves sets above 10 reps out of e1RM but not out of volume', () => {
    const sut = personalRecords([session('w', '2026-11-01', [lift(50, 15)])], 'weight').best;
    expect(sut.e1rm).toBeUndefined();
    expect(sut['set-volume']!.value).toBe(750);
  });

  it('keeps reps records for bodyweight exercises and nothing about the scale', () => {
    const pullUps = [
      session('a', '2026-11-01', [lift(80, 8), lift(80, 6)]),
      session('b', '2026-11-03', [lift(82, 10)]),
    ];
    const sut = personalRecords(pullUps, 'bodyweight');
    expect(Object.keys(sut.best)).toEqual(['reps']);
    expect(sut.best.reps).toMatchObject({ value: 10, workoutId: 'b' });
  });

  it('keeps the longest hold of a timed exercise and the longest distance of cardio', () => {
    const hold = (s: number) => lift(0, 0, { reps: null, loadKg: null, effectiveLoadKg: null, durationS: s });
    const plank = personalRecords([session('a', '2026-11-01', [hold(60), hold(75)]), session('b', '2026-11-02', [hold(70)])], 'duration');
    expect(plank.best.duration).toMatchObject({ value: 75, workoutId: 'a', position: 1 });
    const run = (m: number, s: number) => lift(0, 0, { reps: null, loadKg: null, effectiveLoadKg: null, durationS: s, distanceM: m });
    const runs = personalRecords([session('a', '2026-11-01', [run(5000, 1500)]), session('b', '2026-11-02', [run(8000, 2700)])], 'cardio');
    expect(runs.best.distance).toMatchObject({ value: 8000, workoutId: 'b' });
    expect(runs.setIn.get('b')!.map((r) => r.kind)).toEqual(['distance', 'duration']);
  });
});

describe('progressPoints', () => {
  it('gives one point per session with its best e1RM, top load, volume and reps', () => {
    const sut = progressPoints([
      session('w1', '2026-11-02', [lift(60, 5, { type: 'warmup' }), lift(100, 5), lift(100, 5)]),
      session('w2', '2026-11-05', [lift(105, 3)]),
    ]);
    expect(sut).toHaveLength(2);
    expect(sut[0]).toMatchObject({ workoutId: 'w1', topLoadKg: 100, volumeKg: 1000, workingSets: 2, reps: 10 });
    expect(sut[0]!.e1rmKg).toBeCloseTo(116.667, 3);
    expect(sut[1]).toMatchObject({ workoutId: 'w2', topLoadKg: 105, volumeKg: 315, workingSets: 1 });
  });

  it('gives a point with no e1RM for a session of warm-ups only', () => {
    const sut = progressPoints([session('w', '2026-11-02', [lift(60, 5, { type: 'warmup' })])]);
    expect(sut[0]).toMatchObject({ e1rmKg: null, topLoadKg: null, volumeKg: 0, workingSets: 0 });
  });
});
