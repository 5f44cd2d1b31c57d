import { describe, expect, it } from 'vitest';
import { prng } from '../testing/prng.js';
import { E1RM_FORMULAS } from './e1rm.js';
import type { LoadType } from './muscles.js';
import { personalRecords, recordKindsFor, recordsAfter, type ExerciseSession, type PriorBests, type RecordSet } from './records.js';
import { effectiveLoadKg } from './sets.js';


const LOAD_TYPES: LoadType[] = ['weight', 'weighted-bodyweight', 'bodyweight', 'assisted', 'duration', 'cardio'];

/** A random session as sessionsOf builds them: loads in 2.5 kg steps, some warm-ups and unfinished sets, a body weight of the day. */
function randomSession(rnd: () => number, loadType: LoadType, i: number): ExerciseSession {
  const bodyKg = rnd() < 0.2 ? null : 70 + Math.round(rnd() * 200) / 10;
  const sets: RecordSet[] = [];
  const n = 1 + Math.floor(rnd() * 6);
  for (let position = 0; position < n; position++) {
    const timed = loadType === 'duration' || loadType === 'cardio';
    const loadKg = timed && loadType === 'cardio' ? null : rnd() < 0.1 ? null : Math.round(rnd() * 48) * 2.5;
    sets.push({
      position,
      type: rnd() < 0.15 ? 'warmup' : rnd() < 0.1 ? 'failure' : 'normal',
      completed: rnd() > 0.1,
      reps: timed ? null : rnd() < 0.05 ? 0 : 1 + Math.floor(rnd() * 14),
      loadKg,
      effectiveLoadKg: effectiveLoadKg(loadType, loadKg, bodyKg),
      durationS: timed ? 10 + Math.floor(rnd() * 50) * 10 : null,
      distanceM: loadType === 'cardio' ? Math.floor(rnd() * 100) * 50 : null,
    });
  }
  return { workoutId: `w${i}`, date: `2026-01-${String(1 + i).padStart(2, '0')}`, sets };
}

/** What the bests table gives for sessions: the maximum of each kind over them (each session's own bests). */
function maxima(sessions: readonly ExerciseSession[], loadType: LoadType, formula: (typeof E1RM_FORMULAS)[number]['id']): PriorBests {
  const out: PriorBests = {};
  for (const s of sessions) {
    for (const [kind, best] of Object.entries(personalRecords([s], loadType, formula).best)) {
      const k = kind as keyof PriorBests;
      if (!out[k] || best.value > out[k].value) out[k] = { value: best.value, tolerance: 0 };
    }
  }
  return out;
}

const session = (id: string, kg: number): ExerciseSession => ({
  workoutId: id,
  date: '2026-01-01',
  sets: [{ position: 0, type: 'normal', completed: true, reps: 1, loadKg: kg, effectiveLoadKg: kg, durationS: null, distanceM: null }],
});

describe('recordsAfter', () => {
  it.each(LOAD_TYPES.flatMap((t) => E1RM_FORMULAS.map((f) => [t, f.id] as const)))(
    'gives what personalRecords gives over the whole history (%s, %s), split anywhere',
    (loadType, formula) => {
      const rnd = prng(loadType.length * 1000 + formula.length);
      let compared = 0;
      let uncertain = 0;
      let records = 0;
      for (let h = 0; h < 20; h++) {
        const sessions = Array.from({ length: 14 }, (_, i) => randomSession(rnd, loadType, i));
        const whole = personalRecords(sessions, loadType, formula).setIn;
        for (let k = 0; k <= sessions.length; k++) {
          const sut = recordsAfter(maxima(sessions.slice(0, k), loadType, formula), sessions.slice(k), loadType, formula);
          if (sut.uncertain) {
            uncertain++;
            continue;
          }
          compared++;
          const expected = new Map([...whole].filter(([id]) => sessions.slice(k).some((s) => s.workoutId === id)));
          records += [...expected.values()].flat().length;
          expect(sut.setIn, `history ${h}, split at ${k}`).toEqual(expected);
        }
      }
      // Loads in 2.5 kg steps and whole reps tie exactly, never within 1e-6: nothing is left to the whole history.
      expect(uncertain).toBe(0);
      expect(compared).toBe(20 * 15);
      expect(records).toBeGreaterThan(50);
    },
  );

  it('is the same as personalRecords without anything before', () => {
    const sessions = [session('a', 100), session('b', 100), session('c', 102.5)];
    expect(recordsAfter({}, sessions, 'weight')).toEqual({ setIn: personalRecords(sessions, 'weight').setIn, uncertain: false });
  });

  it('sets no record on a tie with the best before, and one above it', () => {
    const at = (value: number) => ({ value, tolerance: 0 });
    const prior: PriorBests = { e1rm: at(100), weight: at(100), 'set-volume': at(100), 'session-volume': at(100) };
    expect(recordsAfter(prior, [session('a', 100)], 'weight')).toEqual({ setIn: new Map(), uncertain: false });
    const sut = recordsAfter(prior, [session('a', 100.5), session('b', 100.5)], 'weight');
    expect(sut.uncertain).toBe(false);
    expect(sut.setIn.get('a')!.map((r) => r.kind)).toEqual(['e1rm', 'weight', 'set-volume', 'session-volume']);
    expect(sut.setIn.has('b')).toBe(false);
  });

  it('says it cannot tell when a value lies within 1e-6 above the best before (ties keep the first value)', () => {
    // The whole history holds 100 (100.0000008 only ties it), so 100.0000015 is a record; the maximum before
    // it (100.0000008) cannot tell that from a history whose best held at 100.0000008 all along.
    const sessions = [session('a', 100), session('b', 100.0000008), session('c', 100.0000015)];
    expect(personalRecords(sessions, 'weight').setIn.get('c')!.map((r) => r.kind)).toContain('weight');
    const sut = recordsAfter(maxima(sessions.slice(0, 2), 'weight', 'epley'), sessions.slice(2), 'weight');
    expect(sut.uncertain).toBe(true);
  });

  it('widens that band by the tolerance of an estimated best', () => {
    const prior: PriorBests = { weight: { value: 100, tolerance: 0.01 } };
    expect(recordsAfter(prior, [session('a', 99.995)], 'weight').uncertain).toBe(true);
    const below = recordsAfter(prior, [session('a', 99.98)], 'weight');
    expect(below.uncertain).toBe(false);
    expect(below.setIn.get('a')!.map((r) => r.kind)).not.toContain('weight');
    expect(recordsAfter(prior, [session('a', 100.02)], 'weight').setIn.get('a')!.map((r) => r.kind)).toContain('weight');
  });

  it('judges only the kinds of the load type', () => {
    const prior: PriorBests = { reps: { value: 12, tolerance: 0 } };
    const pullUps: ExerciseSession = { ...session('a', 80), sets: [{ ...session('a', 80).sets[0]!, reps: 13, effectiveLoadKg: 80 }] };
    expect(recordsAfter(prior, [pullUps], 'bodyweight').setIn.get('a')!.map((r) => r.kind)).toEqual(recordKindsFor('bodyweight'));
  });
});
