import { describe, expect, it } from 'vitest';
import type { Sex } from '../energy/resting.js';
import { ValidationError } from '../errors.js';
import {
  BALANCED_RATIOS,
  bestLiftE1rms,
  dots,
  ipfGlPoints,
  powerliftingScores,
  strengthBalance,
  wilks,
  wilks2020,
  wilksCoefficient,
} from './strength.js';
import type { ExerciseBest, IpfEquipment, IpfEvent, LiftBests, RatioLift } from './strength.js';

describe('body-weight scores (science.md §5.3, oracle rows 40–46)', () => {
  it.each<[string, () => number | null, number, number]>([
    ['#40 IPF GL men equipped SBD, 92.04 kg, 1035 kg (Inzarkin 2019)', () => ipfGlPoints('male', 'equipped', 'sbd', 92.04, 1035), 112.85, 0.01],
    ['#41 IPF GL women classic bench, 70.5 kg, 122.5 kg (Törrönen 2019)', () => ipfGlPoints('female', 'classic', 'bench', 70.5, 122.5), 96.78, 0.01],
    ['#42 IPF GL men classic SBD, 93 kg, 700 kg', () => ipfGlPoints('male', 'classic', 'sbd', 93, 700), 91.575, 0.01],
    ['#43 Wilks men, 100 kg, 1000 kg', () => wilks('male', 100, 1000), 608.589, 0.001],
    ['#43 Wilks men coefficient at 100 kg', () => wilksCoefficient('male', 100), 0.6085890719, 1e-10],
    ['#44 Wilks women, 60 kg, 500 kg', () => wilks('female', 60, 500), 557.443, 0.001],
    ['#45 Wilks 2020 men, 100 kg, 600 kg', () => wilks2020('male', 100, 600), 437.617, 0.01],
    ['#45 Wilks 2020 women, 60 kg, 400 kg', () => wilks2020('female', 60, 400), 527.613, 0.01],
    ['#46 DOTS men, 93 kg, 700 kg', () => dots('male', 93, 700), 445.376, 0.01],
    ['#46 DOTS women, 63 kg, 400 kg', () => dots('female', 63, 400), 430.206, 0.01],
  ])('%s', (_name, sut, expected, tolerance) => {
    const value = sut();
    expect(value).not.toBeNull();
    expect(Math.abs(value! - expected)).toBeLessThanOrEqual(tolerance);
  });

  // Outside the clamp the score equals the score at the bound (science.md §5.3).
  it.each<[string, (sex: Sex, bw: number, total: number) => number, Sex, number, number]>([
    ['Wilks men below 40', wilks, 'male', 30, 40],
    ['Wilks men above 201.9', wilks, 'male', 250, 201.9],
    ['Wilks women below 26.51', wilks, 'female', 20, 26.51],
    ['Wilks women above 154.53', wilks, 'female', 180, 154.53],
    ['Wilks 2020 men above 200.95', wilks2020, 'male', 230, 200.95],
    ['Wilks 2020 women below 40', wilks2020, 'female', 35, 40],
    ['Wilks 2020 women above 150.95', wilks2020, 'female', 170, 150.95],
    ['DOTS men above 210', dots, 'male', 240, 210],
    ['DOTS women above 150', dots, 'female', 160, 150],
    ['DOTS women below 40', dots, 'female', 30, 40],
  ])('%s clamps body weight (%s at %f kg = at %f kg)', (_name, sut, sex, bw, bound) => {
    expect(sut(sex, bw, 300)).toBe(sut(sex, bound, 300));
    expect(sut(sex, bound + (bw > bound ? -1 : 1), 300)).not.toBe(sut(sex, bound, 300));
  });

  it.each<[Sex, IpfEquipment, IpfEvent]>([
    ['male', 'classic', 'sbd'],
    ['male', 'equipped', 'bench'],
    ['female', 'classic', 'bench'],
    ['female', 'equipped', 'sbd'],
  ])('IPF GL %s %s %s is undefined below 35 kg and positive from 35 kg', (sex, equipment, event) => {
    expect(ipfGlPoints(sex, equipment, event, 34.9, 200)).toBeNull();
    expect(ipfGlPoints(sex, equipment, event, 35, 200)).toBeGreaterThan(0);
  });

  it.each<[string, () => unknown, string]>([
    ['zero body weight', () => wilks('male', 0, 500), 'bodyWeightKg'],
    ['negative total', () => dots('female', 60, -1), 'totalKg'],
    ['NaN body weight', () => ipfGlPoints('male', 'classic', 'sbd', Number.NaN, 500), 'bodyWeightKg'],
    ['infinite total', () => wilks2020('male', 80, Number.POSITIVE_INFINITY), 'totalKg'],
  ])('refuses %s', (_name, sut, field) => {
    expect(sut).toThrow(ValidationError);
    try {
      sut();
    } catch (e) {
      expect((e as ValidationError).details[0]?.field).toBe(field);
    }
  });

  it('scores a squat + bench + deadlift total only when all three are known', () => {
    const sut = powerliftingScores('male', 93, { squat: 250, 'bench-press': 170, deadlift: 280 });
    expect(sut).toEqual({ totalKg: 700, wilks: wilks('male', 93, 700), wilks2020: wilks2020('male', 93, 700), dots: dots('male', 93, 700), ipfGl: ipfGlPoints('male', 'classic', 'sbd', 93, 700) });
    expect(Math.abs(sut!.dots - 445.376)).toBeLessThanOrEqual(0.01);
    expect(powerliftingScores('male', 93, { squat: 250, 'bench-press': 170, deadlift: null })).toBeNull();
    expect(powerliftingScores('male', 93, { squat: 250, deadlift: 280 })).toBeNull();
  });
});

describe('strengthBalance (science.md §5.2)', () => {
  it('uses the conventional ratios to the squat, and 0.60 for the row', () => {
    expect(Object.fromEntries(Object.entries(BALANCED_RATIOS).map(([lift, r]) => [lift, r.ratio]))).toEqual({
      'bench-press': 0.75,
      deadlift: 1.2,
      'overhead-press': 0.45,
      'front-squat': 0.85,
      'barbell-row': 0.6,
    });
  });

  // Squat 100 kg; "more than 15%" is strict, so exactly 15% off is neither lagging nor ahead.
  it.each<[RatioLift, number, number, boolean, boolean]>([
    ['bench-press', 75, 0, false, false],
    ['bench-press', 63.75, -15, false, false],
    ['bench-press', 63.74, -15.013333333, true, false],
    ['bench-press', 86.25, 15, false, false],
    ['bench-press', 86.26, 15.013333333, false, true],
    ['deadlift', 102, -15, false, false],
    ['deadlift', 101.9, -15.083333333, true, false],
    ['deadlift', 138.01, 15.008333333, false, true],
    ['overhead-press', 38.25, -15, false, false],
    ['overhead-press', 38.2, -15.111111111, true, false],
    ['front-squat', 72.25, -15, false, false],
    ['front-squat', 72.2, -15.058823529, true, false],
    ['barbell-row', 51, -15, false, false],
    ['barbell-row', 50.9, -15.166666667, true, false],
  ])('%s at %f kg against a 100 kg squat is %f percent off (lagging %s, ahead %s)', (lift, kg, percentOff, lagging, ahead) => {
    const sut = strengthBalance({ squat: 100, [lift]: kg });
    expect(sut.lifts).toHaveLength(1);
    const [ratio] = sut.lifts;
    expect(ratio!.lift).toBe(lift);
    expect(ratio!.percentOff).toBeCloseTo(percentOff, 6);
    expect([ratio!.lagging, ratio!.ahead]).toEqual([lagging, ahead]);
  });

  it('reports ratio, expected kg and every known lift in a fixed order', () => {
    const sut = strengthBalance({ 'barbell-row': 84, squat: 140, 'bench-press': 100, deadlift: null });
    expect(sut.squatKg).toBe(140);
    expect(sut.lifts.map((l) => [l.lift, l.ratio, l.expectedRatio, l.expectedKg])).toEqual([
      ['bench-press', 100 / 140, 0.75, 105],
      ['barbell-row', 84 / 140, 0.6, 84],
    ]);
  });

  it.each<[string, LiftBests]>([
    ['no squat', { 'bench-press': 100, deadlift: 180 }],
    ['a null squat', { squat: null, 'bench-press': 100 }],
    ['a zero squat', { squat: 0, 'bench-press': 100 }],
    ['nothing at all', {}],
  ])('has no ratios with %s', (_name, bests) => {
    expect(strengthBalance(bests).lifts).toEqual([]);
  });

  it('refuses a negative e1RM, naming the lift', () => {
    expect(() => strengthBalance({ squat: 100, deadlift: -5 })).toThrow(/deadlift/);
  });
});

describe('bestLiftE1rms', () => {
  const point = (exerciseId: string, date: string, e1rmKg: number | null): ExerciseBest => ({ exerciseId, date, e1rmKg });

  it('takes the best e1RM of each lift over the last 8 weeks, mapping catalog exercises to lifts', () => {
    const sut = bestLiftE1rms(
      [
        point('barbell-back-squat', '2024-03-30', 140),
        point('barbell-back-squat', '2024-02-05', 150), // first day of the 8 weeks to 2024-03-31
        point('barbell-back-squat', '2024-02-04', 200), // a day too early
        point('barbell-back-squat', '2024-04-01', 210), // after asOf
        point('barbell-row', '2024-03-01', 80),
        point('pendlay-row', '2024-03-02', 85),
        point('barbell-bench-press', '2024-03-10', null),
        point('dumbbell-bench-press', '2024-03-10', 90), // not the bench press of the ratios
        point('sumo-deadlift', '2024-03-10', 220), // the ratio assumes a conventional deadlift
      ],
      '2024-03-31',
    );
    expect(sut).toEqual({ squat: 150, 'barbell-row': 85 });
  });

  it('takes another number of weeks when asked', () => {
    const sut = bestLiftE1rms([point('barbell-deadlift', '2024-03-25', 200), point('barbell-deadlift', '2024-03-24', 210)], '2024-03-31', 1);
    expect(sut).toEqual({ deadlift: 200 });
  });
});
