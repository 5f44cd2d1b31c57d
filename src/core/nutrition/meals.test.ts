import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { normalizeMeal, orderMeals } from './meals.js';

describe('normalizeMeal', () => {
  it.each([
    ['Breakfast', 'breakfast'],
    [' lunch ', 'lunch'],
    ['Snack', 'snacks'],
    ['SNACKS', 'snacks'],
    ['Pre-workout', 'Pre-workout'],
    ['Second   breakfast', 'Second breakfast'],
  ])('%j → %j', (name, stored) => {
    expect(normalizeMeal(name)).toBe(stored);
  });
  it.each(['', '   ', 'x'.repeat(41)])('rejects %j naming the field', (name) => {
    expect(() => normalizeMeal(name, 'toMeal')).toThrow(ValidationError);
    expect(() => normalizeMeal(name, 'toMeal')).toThrow(/^toMeal: /);
  });
});

describe('orderMeals', () => {
  it('puts the four standard meals first, then the others in first-logged order, once each', () => {
    expect(orderMeals(['Supper', 'lunch', 'Pre-workout', 'Supper'])).toEqual(['breakfast', 'lunch', 'dinner', 'snacks', 'Supper', 'Pre-workout']);
  });
});
