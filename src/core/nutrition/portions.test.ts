import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { formatAmount, G_PER_OZ, massUnitOf, resolveAmount, splitAmount, type Portion } from './portions.js';

const egg: Portion[] = [
  { amount: 1, unit: 'large', label: '1 large', grams: 50 },
  { amount: 0.333, unit: 'cup', label: '1/3 cup', grams: 27 },
];

describe('resolveAmount', () => {
  it.each<[number, string, number, string]>([
    [150, 'g', 150, 'g'],
    [150, 'grams', 150, 'g'],
    [2, 'oz', 2 * 28.349523125, 'oz'],
    [1, 'lb', 453.59237, 'lb'],
    [0.2, 'kg', 200, 'kg'],
    [2, 'large', 100, 'large'],
    [1, 'CUP', 27 / 0.333, 'cup'],
    [1, '1/3 cup', 27, '1/3 cup'],
    [2, '1 large', 100, 'large'],
  ])('%d %s of egg → %d g (unit %s)', (amount, unit, grams, stored) => {
    const sut = resolveAmount(amount, unit, egg);
    expect(sut.grams).toBeCloseTo(grams, 9);
    expect(sut.unit).toBe(stored);
  });

  it('knows an ounce is 28.349523125 g exactly', () => {
    expect(G_PER_OZ).toBe(28.349523125);
  });

  it.each<[number, string, string]>([
    [0, 'g', 'amount'],
    [-1, 'g', 'amount'],
    [Number.NaN, 'g', 'amount'],
    [1, 'bucket', 'unit'],
    [200, 'kg', 'amount'],
  ])('rejects %d %s naming %s', (amount, unit, field) => {
    try {
      resolveAmount(amount, unit, egg);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).details[0]!.field).toBe(field);
    }
  });

  it("lists the food's units when the unit is unknown", () => {
    expect(() => resolveAmount(1, 'bucket', egg)).toThrow(/'g', 'oz', 'large', 'cup'/);
  });
});

describe('massUnitOf', () => {
  it.each([['ounces', 'oz'], ['Pounds', 'lb'], ['g', 'g'], ['cup', null]])('%s → %s', (text, unit) => {
    expect(massUnitOf(text)).toBe(unit);
  });
});

describe('splitAmount', () => {
  it.each<[string, number, string]>([
    ['1 cup', 1, 'cup'],
    ['1/2 cup', 0.5, 'cup'],
    ['1 1/2 cups', 1.5, 'cups'],
    ['2 large', 2, 'large'],
    ['.5 oz', 0.5, 'oz'],
    ['1 cup, chopped', 1, 'cup, chopped'],
    ['slice', 1, 'slice'],
    ['3', 3, 'serving'],
  ])('%j → %d %j', (text, amount, unit) => {
    expect(splitAmount(text)).toEqual({ amount, unit });
  });
});

describe('formatAmount', () => {
  it.each<[number, string]>([
    [1, '1'],
    [0.5, '1/2'],
    [0.333, '1/3'],
    [0.33, '1/3'],
    [0.75, '3/4'],
    [1.5, '1 1/2'],
    [0.2, '0.2'],
    [2.125, '2 1/8'],
  ])('%d → %s', (n, text) => {
    expect(formatAmount(n)).toBe(text);
  });
});
