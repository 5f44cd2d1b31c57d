// The goal table and the small functions beside computeGoal (computeGoal itself: goal.test.ts).
import { describe, expect, it } from 'vitest';
import { fieldOfError } from '../testing/errors.js';
import { GOALS, IMPERIAL_GOAL_IDS, METRIC_GOAL_IDS, dailyDeltaKcal, goalInfo, groupThousands, leanGainRangeKg, type GoalId } from './goal.js';

describe('GOALS', () => {
  it.each([
    ['lose-2', 'Lose 2 lb per week', -0.90718474, 'lb', 2, 'lose'],
    ['lose-1.5', 'Lose 1.5 lb per week', -0.680388555, 'lb', 1.5, 'lose'],
    ['lose-1', 'Lose 1 lb per week', -0.45359237, 'lb', 1, 'lose'],
    ['lose-0.5', 'Lose 0.5 lb per week', -0.226796185, 'lb', 0.5, 'lose'],
    ['maintain', 'Maintain weight', 0, 'lb', 0, 'maintain'],
    ['gain-0.5', 'Gain 0.5 lb per week', 0.226796185, 'lb', 0.5, 'gain'],
    ['gain-1', 'Gain 1 lb per week', 0.45359237, 'lb', 1, 'gain'],
    ['gain-1.5', 'Gain 1.5 lb per week', 0.680388555, 'lb', 1.5, 'gain'],
    ['gain-2', 'Gain 2 lb per week', 0.90718474, 'lb', 2, 'gain'],
    ['lose-1kg', 'Lose 1 kg per week', -1, 'kg', 1, 'lose'],
    ['lose-0.75kg', 'Lose 0.75 kg per week', -0.75, 'kg', 0.75, 'lose'],
    ['lose-0.5kg', 'Lose 0.5 kg per week', -0.5, 'kg', 0.5, 'lose'],
    ['lose-0.25kg', 'Lose 0.25 kg per week', -0.25, 'kg', 0.25, 'lose'],
    ['gain-0.25kg', 'Gain 0.25 kg per week', 0.25, 'kg', 0.25, 'gain'],
    ['gain-0.5kg', 'Gain 0.5 kg per week', 0.5, 'kg', 0.5, 'gain'],
    ['gain-0.75kg', 'Gain 0.75 kg per week', 0.75, 'kg', 0.75, 'gain'],
    ['gain-1kg', 'Gain 1 kg per week', 1, 'kg', 1, 'gain'],
  ] as const)('%s: "%s", %d kg/week, %s, rate %d, %s', (id, label, weeklyChangeKg, unit, ratePerWeek, direction) => {
    const sut = goalInfo(id);
    expect(sut).toEqual({ id, label, weeklyChangeKg: expect.any(Number), unit, ratePerWeek, direction });
    expect(sut.weeklyChangeKg).toBeCloseTo(weeklyChangeKg, 12);
  });

  it('lists the nine imperial goals, then the eight metric twins, in order', () => {
    expect(GOALS.map((g) => g.id)).toEqual([...IMPERIAL_GOAL_IDS, ...METRIC_GOAL_IDS.filter((id) => id !== 'maintain')]);
  });

  it.each([
    ['IMPERIAL_GOAL_IDS', IMPERIAL_GOAL_IDS, ['lose-2', 'lose-1.5', 'lose-1', 'lose-0.5', 'maintain', 'gain-0.5', 'gain-1', 'gain-1.5', 'gain-2']],
    [
      'METRIC_GOAL_IDS',
      METRIC_GOAL_IDS,
      ['lose-1kg', 'lose-0.75kg', 'lose-0.5kg', 'lose-0.25kg', 'maintain', 'gain-0.25kg', 'gain-0.5kg', 'gain-0.75kg', 'gain-1kg'],
    ],
  ])('%s are exactly the nine ids', (_name, sut, ids) => {
    expect([...sut]).toEqual(ids);
  });

  it('goalInfo rejects an unknown goal on the goal field', () => {
    expect(fieldOfError(() => goalInfo('lose-3' as GoalId))).toBe('goal');
  });
});

describe('dailyDeltaKcal (500 kcal per lb/week, 1100 per kg/week)', () => {
  it.each([
    ['lose-2', -1000],
    ['lose-1.5', -750],
    ['lose-1', -500],
    ['lose-0.5', -250],
    ['maintain', 0],
    ['gain-0.5', 250],
    ['gain-1', 500],
    ['gain-1.5', 750],
    ['gain-2', 1000],
    ['lose-1kg', -1100],
    ['lose-0.75kg', -825],
    ['lose-0.5kg', -550],
    ['lose-0.25kg', -275],
    ['gain-0.25kg', 275],
    ['gain-0.5kg', 550],
    ['gain-0.75kg', 825],
    ['gain-1kg', 1100],
  ] as const)('%s → %d kcal/day', (goal, delta) => {
    expect(dailyDeltaKcal(goal)).toBe(delta);
  });
});

describe('leanGainRangeKg (science.md oracle row 52, Iraki 2019)', () => {
  it.each([
    [80, 0.2, 0.4],
    [60, 0.15, 0.3],
    [100, 0.25, 0.5],
  ])('%d kg → %d–%d kg/week', (weightKg, minKg, maxKg) => {
    const sut = leanGainRangeKg(weightKg);
    expect(Math.abs(sut.minKg - minKg)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(sut.maxKg - maxKg)).toBeLessThanOrEqual(0.001);
  });
});

describe('groupThousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1780, '1,780'],
    [12345, '12,345'],
    [1234567, '1,234,567'],
    [-1500, '-1,500'],
    [2759.4, '2,759'],
    [2759.5, '2,760'],
  ])('%d → %s', (n, text) => {
    expect(groupThousands(n)).toBe(text);
  });
});
