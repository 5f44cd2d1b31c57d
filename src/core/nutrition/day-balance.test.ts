import { describe, expect, it } from 'vitest';
import { dayBalance, weekBalance, weekDays } from './day-balance.js';
import { ZERO_NUTRIENTS, type Nutrients } from './nutrients.js';

const food = (energyKcal: number, proteinG = 0, fatG = 0, carbsG = 0): Nutrients => ({ ...ZERO_NUTRIENTS, energyKcal, proteinG, fatG, carbsG });
const targets = { goalKcal: 2000, proteinG: 130, fatG: 56, carbsG: 241 };

describe('dayBalance', () => {
  it.each<[number, number, boolean, number, number]>([
    // food, exercise, in budget, counted, remaining = goal − food + counted
    [1500, 300, true, 300, 800],
    [1500, 300, false, 0, 500],
    [2300, 0, true, 0, -300],
    [1499.5, 249.5, true, 250, 750],
    [0, 0, true, 0, 2000],
  ])('food %d, exercise %d (in budget %s) → counted %d, remaining %d', (foodKcal, exerciseKcal, inBudget, counted, remaining) => {
    const sut = dayBalance({ targets, food: food(foodKcal), exerciseKcal, exerciseInBudget: inBudget });
    expect(sut.exerciseCountedKcal).toBe(counted);
    expect(sut.remainingKcal).toBe(remaining);
    expect(sut.goalKcal! - sut.foodKcal + sut.exerciseCountedKcal).toBe(sut.remainingKcal);
  });

  it('measures macros against their targets', () => {
    const sut = dayBalance({ targets, food: food(1000, 80.04, 30, 100), exerciseKcal: 0, exerciseInBudget: true });
    expect(sut.protein).toEqual({ eatenG: 80, targetG: 130, remainingG: 50 });
    expect(sut.fat).toEqual({ eatenG: 30, targetG: 56, remainingG: 26 });
    expect(sut.carbs).toEqual({ eatenG: 100, targetG: 241, remainingG: 141 });
  });

  it('has no goal or remaining without targets, but still counts food', () => {
    const sut = dayBalance({ targets: null, food: food(640), exerciseKcal: 100, exerciseInBudget: true });
    expect(sut).toMatchObject({ goalKcal: null, foodKcal: 640, remainingKcal: null, exerciseKcal: 100 });
    expect(sut.protein.targetG).toBeNull();
  });
});

describe('weekDays', () => {
  it.each<[string, number, string]>([
    ['2026-11-21', 1, '2026-11-16'], // a Saturday, weeks from Monday
    ['2026-11-21', 7, '2026-11-15'], // weeks from Sunday
    ['2026-11-16', 1, '2026-11-16'],
    ['2026-11-21', 6, '2026-11-21'],
    ['2027-01-01', 1, '2026-12-28'],
  ])('%s with weeks from day %d starts on %s', (date, start, first) => {
    const sut = weekDays(date, start);
    expect(sut).toHaveLength(7);
    expect(sut[0]).toBe(first);
    expect(sut).toContain(date);
  });
  it('rejects a week start outside 1–7', () => {
    expect(() => weekDays('2026-11-21', 0)).toThrow(/weekStartsOn/);
  });
});

describe('weekBalance', () => {
  it('counts budget per day, the mean over logged days and days over budget', () => {
    const days = ['2026-11-16', '2026-11-17', '2026-11-18'].map((date, i) => ({ date, foodKcal: [2100, 1800, 0][i]!, exerciseKcal: [0, 300, 0][i]!, entries: [5, 4, 0][i]! }));
    const sut = weekBalance(days, 2000, true);
    expect(sut.days.map((d) => d.budgetKcal)).toEqual([2000, 2300, 2000]);
    expect(sut.days.map((d) => d.remainingKcal)).toEqual([-100, 500, 2000]);
    expect(sut.foodKcal).toBe(3900);
    expect(sut.averageFoodKcal).toBe(1950);
    expect(sut.daysLogged).toBe(2);
    expect(sut.daysOverBudget).toBe(1);
    expect(sut.budgetKcal).toBe(6300);
  });
  it('has no budget without a goal', () => {
    const sut = weekBalance([{ date: '2026-11-16', foodKcal: 100, exerciseKcal: 0, entries: 1 }], null, true);
    expect(sut.budgetKcal).toBeNull();
    expect(sut.days[0]!.remainingKcal).toBeNull();
    expect(sut.daysOverBudget).toBe(0);
  });
});
