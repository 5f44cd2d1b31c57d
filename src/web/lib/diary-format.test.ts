import { describe, expect, it } from 'vitest';
import type { Portion } from '../../contract/index.js';
import { amountLabel, dateParam, dayLabel, defaultChoice, gramsOf, localToday, mealLabel, shortDate, unitChoices, weekLabel } from './diary-format.js';

const egg: Portion[] = [
  { amount: 1, unit: 'large', label: '1 large', grams: 50 },
  { amount: 0.333, unit: 'cup', label: '1/3 cup', grams: 81 },
];

describe('dates', () => {
  it('reads today in local time', () => {
    expect(localToday(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
  });
  it.each([
    ['?date=2026-11-20', '2026-11-20'],
    ['?date=2026-02-30', '2026-11-21'],
    ['', '2026-11-21'],
  ])('%s → %s', (search, date) => {
    expect(dateParam(search, '2026-11-21')).toBe(date);
  });
  it.each([
    ['2026-11-21', 'Today'],
    ['2026-11-20', 'Yesterday'],
    ['2026-11-22', 'Tomorrow'],
    ['2026-11-18', 'Wed 18 Nov'],
    ['2025-12-31', 'Wed 31 Dec 2025'],
  ])('labels %s as %s', (date, label) => {
    expect(dayLabel(date, '2026-11-21')).toBe(label);
  });
  it('writes a short date', () => {
    expect(shortDate('2026-11-16')).toBe('Mon 16 Nov');
  });
  it.each([
    ['2026-11-16', '2026-11-22', '16 – 22 Nov'],
    ['2026-12-28', '2027-01-03', '28 Dec – 3 Jan'],
  ])('labels the week %s–%s as %s', (from, to, label) => {
    expect(weekLabel(from, to)).toBe(label);
  });
});

describe('labels', () => {
  it.each([
    ['breakfast', 'Breakfast'],
    ['snacks', 'Snacks'],
    ['Pre-workout', 'Pre-workout'],
  ])('meal %s → %s', (meal, label) => {
    expect(mealLabel(meal)).toBe(label);
  });
  it.each<[number, string, string]>([
    [2, 'large', '2 large'],
    [1, '1 large', '1 large'],
    [2, '1 large', '2 × 1 large'],
    [150, 'g', '150 g'],
    [0.5, 'cup', '1/2 cup'],
  ])('amount %d %s → %s', (amount, unit, label) => {
    expect(amountLabel({ amount, unit, portions: egg, kind: 'catalog' })).toBe(label);
  });
});

describe('amount picker', () => {
  it('offers each portion by label, then grams and ounces', () => {
    expect(unitChoices(egg).map((c) => c.value)).toEqual(['1 large', '1/3 cup', 'g', 'oz']);
  });
  it('starts from the last amount logged, else one first portion, else 100 g', () => {
    expect(defaultChoice({ portions: egg, recent: { uses: 3, lastDate: '2026-11-20', lastAmount: 2, lastUnit: 'large', lastMeal: 'breakfast' } })).toEqual({ amount: 2, unit: 'large' });
    expect(defaultChoice({ portions: egg, recent: null })).toEqual({ amount: 1, unit: '1 large' });
    expect(defaultChoice({ portions: [], recent: null })).toEqual({ amount: 100, unit: 'g' });
  });
  it.each<[number, string, number | null]>([
    [2, '1 large', 100],
    [2, 'large', 100],
    [1, 'cup', 81 / 0.333],
    [3, 'oz', 3 * 28.349523125],
    [0, 'g', null],
    [1, 'bucket', null],
  ])('%d %s weighs %d g', (amount, unit, grams) => {
    const sut = gramsOf(amount, unit, egg);
    if (grams === null) expect(sut).toBeNull();
    else expect(sut).toBeCloseTo(grams, 9);
  });
});
