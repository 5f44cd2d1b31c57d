import { describe, expect, it } from 'vitest';
import { correctedMet, grossMetKcal, netMetKcal, oxygenMetKcal, sessionEnergy } from './exercise-energy.js';
import { harrisBenedictRevised } from './resting.js';

describe('MET energy (science.md §8.3)', () => {
  // Oracle rows 47–49, ±0.5 kcal.
  it.each<[string, number, number, number, { gross?: number; oxygen?: number; net?: number }]>([
    ['row 47: resistance training vigorous', 6.0, 80, 1, { gross: 480, oxygen: 504, net: 400 }],
    ['row 48: running 6 mph', 9.8, 70, 0.5, { gross: 343, oxygen: 360.15 }],
    ['row 49: resistance 8–15 reps', 3.5, 80, 1, { net: 200 }],
  ])('%s: MET %f, %f kg, %f h', (_row, met, kg, hours, expected) => {
    if (expected.gross !== undefined) expect(Math.abs(grossMetKcal(met, kg, hours) - expected.gross)).toBeLessThanOrEqual(0.5);
    if (expected.oxygen !== undefined) expect(Math.abs(oxygenMetKcal(met, kg, hours) - expected.oxygen)).toBeLessThanOrEqual(0.5);
    if (expected.net !== undefined) expect(Math.abs(netMetKcal(met, kg, hours) - expected.net)).toBeLessThanOrEqual(0.5);
  });

  it('row 50: corrected MET 6.526 for a man of 80 kg, 180 cm, 30 y at MET 6.0 (Roza–Shizgal RMR)', () => {
    const rmr = harrisBenedictRevised({ sex: 'male', weightKg: 80, heightCm: 180, age: 30 });
    expect(rmr).toBeCloseTo(1853.632, 2);
    const sut = correctedMet(6.0, rmr, 80);
    expect(Math.abs(sut - 6.526)).toBeLessThanOrEqual(0.005);
  });

  it('never gives negative net energy for an activity below 1 MET', () => {
    expect(netMetKcal(0.9, 80, 1)).toBe(0);
  });

  it.each<[number, number, number, string]>([
    [0, 80, 1, 'met'],
    [6, 0, 1, 'bodyWeight'],
    [6, 80, -1, 'duration'],
    [6, Number.NaN, 1, 'bodyWeight'],
  ])('rejects MET %f, %f kg, %f h naming %s', (met, kg, hours, field) => {
    expect(() => netMetKcal(met, kg, hours)).toThrow(field);
  });
});

describe('sessionEnergy', () => {
  const strength = (met: number, workingSets: number) => ({ met, cardio: false, workingSets, seconds: 0 });
  const cardio = (met: number, seconds: number) => ({ met, cardio: true, workingSets: 0, seconds });

  it('charges an hour of 8–15-rep resistance work at (3.5 − 1) × kg (row 49)', () => {
    const sut = sessionEnergy([strength(3.5, 12)], 80, 3600);
    expect(sut.kcal).toBeCloseTo(200, 9);
    expect(sut).toMatchObject({ strengthSeconds: 3600, cardioSeconds: 0, strengthMet: 3.5 });
  });

  it('weights the strength MET by working sets: 5 sets of squats (5.0) and 15 of accessories (3.5)', () => {
    const sut = sessionEnergy([strength(5.0, 5), strength(3.5, 15)], 80, 3600);
    expect(sut.strengthMet).toBeCloseTo((5 * 5 + 3.5 * 15) / 20, 12);
    expect(sut.kcal).toBeCloseTo((3.875 - 1) * 80, 9);
  });

  it('times cardio by its own sets and gives strength only the rest of the session', () => {
    // 30 min running at 9.8 MET (row 48 body) plus 30 min of lifting at 6.0 in a 60-minute session.
    const sut = sessionEnergy([cardio(9.8, 1800), strength(6.0, 10)], 70, 3600);
    expect(sut.cardioSeconds).toBe(1800);
    expect(sut.strengthSeconds).toBe(1800);
    expect(sut.kcal).toBeCloseTo(8.8 * 70 * 0.5 + 5 * 70 * 0.5, 9);
  });

  it('counts cardio but no strength time when the session has no duration', () => {
    const sut = sessionEnergy([cardio(7, 1200), strength(3.5, 9)], 80, null);
    expect(sut.strengthSeconds).toBe(0);
    expect(sut.kcal).toBeCloseTo(6 * 80 * (1200 / 3600), 9);
  });

  it('gives nothing for a session of warm-ups only', () => {
    expect(sessionEnergy([strength(3.5, 0)], 80, 1800)).toEqual({ kcal: 0, cardioSeconds: 0, strengthSeconds: 0, strengthMet: null });
  });

  it('does not let cardio logged longer than the session make strength time negative', () => {
    const sut = sessionEnergy([cardio(7, 4000), strength(3.5, 3)], 80, 3600);
    expect(sut.strengthSeconds).toBe(0);
  });
});
