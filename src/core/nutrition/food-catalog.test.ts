import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atwaterKcal, isAlcoholicDrink, validateFoodCatalog } from './food-catalog.js';
import type { CatalogFood, FoodCatalogFile } from './food-catalog.js';

const catalogUrl = new URL('../../../data/foods.json', import.meta.url);
const catalog: unknown = JSON.parse(readFileSync(catalogUrl, 'utf8'));

/** A valid food row; override any field to make it bad. */
function food(overrides: Partial<CatalogFood> = {}): CatalogFood {
  return {
    sourceId: 'sr28-01123',
    name: 'Egg, whole, raw',
    aliases: ['eggs'],
    group: 'Dairy and Egg Products',
    basedOn: 'USDA SR28 01123 Egg, whole, raw, fresh',
    per100g: {
      energyKcal: 143,
      proteinG: 12.56,
      fatG: 9.51,
      saturatedFatG: 3.126,
      carbsG: 0.72,
      fiberG: 0,
      sugarsG: 0.37,
      sodiumMg: 142,
    },
    portions: [{ amount: 1, unit: 'large', label: '1 large', grams: 50 }],
    ...overrides,
  };
}

/** A catalog file around the given rows. */
function file(foods: unknown[]): FoodCatalogFile {
  return { version: 1, source: 'test', license: 'CC0-1.0', foods: foods as CatalogFood[] };
}

/** A second valid row, distinct from food(). */
function rice(overrides: Partial<CatalogFood> = {}): CatalogFood {
  return food({
    sourceId: 'sr28-20045',
    name: 'Rice, white, cooked',
    aliases: ['white rice'],
    group: 'Cereal Grains and Pasta',
    basedOn: 'USDA SR28 20045 Rice, white, long-grain, regular, enriched, cooked',
    per100g: {
      energyKcal: 130,
      proteinG: 2.69,
      fatG: 0.28,
      saturatedFatG: 0.077,
      carbsG: 28.17,
      fiberG: 0.4,
      sugarsG: 0.05,
      sodiumMg: 1,
    },
    portions: [{ amount: 1, unit: 'cup', label: '1 cup', grams: 158 }],
    ...overrides,
  });
}

describe('data/foods.json', () => {
  const sut = validateFoodCatalog(catalog);

  it('has no issues', () => {
    expect(sut.issues).toEqual([]);
  });

  it('holds at least 150 foods, all valid', () => {
    expect(sut.foods.length).toBeGreaterThanOrEqual(150);
    expect(sut.foods.length).toBe((catalog as FoodCatalogFile).foods.length);
  });

  it('takes every row from USDA SR28 with an id made of its NDB number', () => {
    for (const f of sut.foods) {
      expect(f.sourceId).toMatch(/^sr28-\d{5}$/);
      expect(f.basedOn.startsWith(`USDA SR28 ${f.sourceId.slice(5)} `)).toBe(true);
    }
  });

  it('keeps names plain and portions few', () => {
    for (const f of sut.foods) {
      expect(f.name).not.toMatch(/\bNFS\b|\bNS\b|[A-Z]{4,}/);
      expect(f.portions.length).toBeLessThanOrEqual(6);
    }
  });

  it.each([
    'egg',
    'egg white',
    'oat',
    'porridge',
    'milk',
    'greek yogurt',
    'yogurt',
    'cheddar',
    'cottage cheese',
    'bread',
    'bagel',
    'tortilla',
    'rice, white, cooked',
    'rice, white, uncooked',
    'brown rice',
    'pasta, cooked',
    'pasta, dry',
    'quinoa',
    'potato',
    'sweet potato',
    'chicken breast, raw',
    'chicken breast, roasted',
    'chicken thigh',
    'ground beef',
    'steak',
    'pork',
    'bacon',
    'ground turkey',
    'salmon',
    'tuna',
    'shrimp',
    'tofu',
    'black beans',
    'chickpeas',
    'lentils',
    'banana',
    'apple',
    'orange',
    'strawberries',
    'blueberries',
    'grapes',
    'avocado',
    'broccoli',
    'spinach',
    'carrot',
    'tomato',
    'lettuce',
    'almonds',
    'walnuts',
    'peanut butter',
    'hummus',
    'butter',
    'olive oil',
    'sugar',
    'honey',
    'coffee',
    'tea',
    'orange juice',
    'soda',
    'beer',
    'wine',
    'vodka',
    'pizza',
    'burger',
    'fries',
    'chicken nuggets',
    'cereal',
    'corn flakes',
    'granola',
    'chocolate',
    'ice cream',
    'chips',
    'protein powder',
  ])('has a food for "%s"', (query) => {
    const q = query.toLowerCase();
    const hits = sut.foods.filter((f) => [f.name, ...f.aliases].some((n) => n.toLowerCase().includes(q)));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('covers the everyday food groups', () => {
    const groups = new Set(sut.foods.map((f) => f.group));
    for (const group of [
      'Dairy and Egg Products',
      'Fats and Oils',
      'Poultry Products',
      'Pork Products',
      'Beef Products',
      'Finfish and Shellfish Products',
      'Legumes and Legume Products',
      'Nut and Seed Products',
      'Cereal Grains and Pasta',
      'Breakfast Cereals',
      'Baked Products',
      'Fruits and Fruit Juices',
      'Vegetables and Vegetable Products',
      'Beverages',
      'Sweets',
      'Snacks',
      'Fast Foods',
    ]) {
      expect(groups).toContain(group);
    }
  });

  it('has raw and cooked forms where people log both', () => {
    const names = new Set(sut.foods.map((f) => f.name));
    for (const [raw, cooked] of [
      ['Chicken breast, raw, skinless', 'Chicken breast, roasted, skinless'],
      ['Ground beef, 85% lean, raw', 'Ground beef, 85% lean, cooked'],
      ['Salmon, raw', 'Salmon, cooked'],
      ['Rice, white, uncooked', 'Rice, white, cooked'],
      ['Pasta, dry', 'Pasta, cooked'],
      ['Oats, rolled, dry', 'Oatmeal, cooked with water'],
      ['Lentils, dry', 'Lentils, cooked'],
      ['Potato, raw', 'Potato, baked'],
    ]) {
      expect(names).toContain(raw);
      expect(names).toContain(cooked);
    }
  });
});

describe('validateFoodCatalog', () => {
  it('accepts a good file and returns its rows', () => {
    const sut = validateFoodCatalog(file([food(), rice()]));
    expect(sut.issues).toEqual([]);
    expect(sut.foods.map((f) => f.name)).toEqual(['Egg, whole, raw', 'Rice, white, cooked']);
  });

  it('accepts null for an unknown optional nutrient', () => {
    const sut = validateFoodCatalog(file([food({ per100g: { ...food().per100g, sugarsG: null, fiberG: null } })]));
    expect(sut.issues).toEqual([]);
  });

  const egg = food();
  const badRows: Array<[string, unknown, string]> = [
    ['missing name', { ...egg, name: undefined }, 'foods[1].name'],
    ['missing sourceId', { ...egg, sourceId: '' }, 'foods[1] (Egg, whole, raw).sourceId'],
    ['missing group', { ...egg, group: undefined }, 'foods[1] (Egg, whole, raw).group'],
    ['missing basedOn', { ...egg, basedOn: ' ' }, 'foods[1] (Egg, whole, raw).basedOn'],
    ['aliases not an array', { ...egg, aliases: 'eggs' }, 'foods[1] (Egg, whole, raw).aliases'],
    ['an empty alias', { ...egg, aliases: [''] }, 'foods[1] (Egg, whole, raw).aliases[0]'],
    ['an unknown field', { ...egg, calories: 143 }, 'foods[1] (Egg, whole, raw).calories'],
    ['missing per100g', { ...egg, per100g: undefined }, 'foods[1] (Egg, whole, raw).per100g'],
    ['negative fat', { ...egg, per100g: { ...egg.per100g, fatG: -1 } }, 'foods[1] (Egg, whole, raw).per100g.fatG'],
    ['energy as text', { ...egg, per100g: { ...egg.per100g, energyKcal: '143' } }, 'foods[1] (Egg, whole, raw).per100g.energyKcal'],
    ['null protein', { ...egg, per100g: { ...egg.per100g, proteinG: null } }, 'foods[1] (Egg, whole, raw).per100g.proteinG'],
    ['missing sodium', { ...egg, per100g: { ...egg.per100g, sodiumMg: undefined } }, 'foods[1] (Egg, whole, raw).per100g.sodiumMg'],
    ['NaN fiber', { ...egg, per100g: { ...egg.per100g, fiberG: Number.NaN } }, 'foods[1] (Egg, whole, raw).per100g.fiberG'],
    ['saturated above fat', { ...egg, per100g: { ...egg.per100g, saturatedFatG: 12 } }, 'foods[1] (Egg, whole, raw).per100g.saturatedFatG'],
    ['sugars above carbs', { ...egg, per100g: { ...egg.per100g, sugarsG: 3 } }, 'foods[1] (Egg, whole, raw).per100g.sugarsG'],
    ['energy far above Atwater', { ...egg, per100g: { ...egg.per100g, energyKcal: 300 } }, 'foods[1] (Egg, whole, raw).per100g.energyKcal'],
    ['energy far below Atwater', { ...egg, per100g: { ...egg.per100g, energyKcal: 14 } }, 'foods[1] (Egg, whole, raw).per100g.energyKcal'],
    ['portions not an array', { ...egg, portions: {} }, 'foods[1] (Egg, whole, raw).portions'],
    ['zero grams', { ...egg, portions: [{ amount: 1, unit: 'large', label: '1 large', grams: 0 }] }, 'foods[1] (Egg, whole, raw).portions[0].grams'],
    ['negative amount', { ...egg, portions: [{ amount: -1, unit: 'large', label: '1 large', grams: 50 }] }, 'foods[1] (Egg, whole, raw).portions[0].amount'],
    ['empty unit', { ...egg, portions: [{ amount: 1, unit: '', label: '1 large', grams: 50 }] }, 'foods[1] (Egg, whole, raw).portions[0].unit'],
    ['missing label', { ...egg, portions: [{ amount: 1, unit: 'large', grams: 50 }] }, 'foods[1] (Egg, whole, raw).portions[0].label'],
    ['not an object', 42, 'foods[1]'],
  ];

  it.each(badRows)('reports %s and leaves the row out', (_case, row, field) => {
    const sut = validateFoodCatalog(file([rice(), row]));
    expect(sut.issues.map((i) => i.field)).toContain(field);
    expect(sut.foods.map((f) => f.name)).toEqual(['Rice, white, cooked']);
  });

  it.each([
    ['a repeated sourceId', rice({ name: 'Rice, plain' }), 'foods[1] (Rice, plain).sourceId'],
    ['a repeated name, in another case', rice({ sourceId: 'sr28-20044', name: 'RICE, WHITE, COOKED' }), 'foods[1] (RICE, WHITE, COOKED).name'],
  ])('reports %s on the later row and keeps the first', (_case, row, field) => {
    const sut = validateFoodCatalog(file([rice(), row]));
    expect(sut.issues).toEqual([expect.objectContaining({ field })]);
    expect(sut.foods).toHaveLength(1);
  });

  it.each([
    ['not an object', [], 'catalog'],
    ['a wrong version', { ...file([]), version: 2 }, 'version'],
    ['no license', { ...file([]), license: '' }, 'license'],
    ['foods not an array', { ...file([]), foods: null }, 'foods'],
    ['an unknown top-level field', { ...file([]), extra: true }, 'extra'],
  ])('reports a file with %s', (_case, data, field) => {
    const sut = validateFoodCatalog(data);
    expect(sut.issues.map((i) => i.field)).toContain(field);
  });

  const beer = food({
    sourceId: 'sr28-14003',
    name: 'Beer',
    group: 'Beverages',
    per100g: { energyKcal: 43, proteinG: 0.46, fatG: 0, saturatedFatG: 0, carbsG: 3.55, fiberG: 0, sugarsG: 0, sodiumMg: 4 },
    portions: [],
  });

  it.each([
    ['beer in Beverages', true, beer],
    ['wine in Beverages', true, { ...beer, name: 'Wine, red' }],
    ['root beer in Beverages', false, { ...beer, name: 'Root beer' }],
    ['ginger ale in Beverages', false, { ...beer, name: 'Ginger ale' }],
    ['beer outside Beverages', false, { ...beer, group: 'Baked Products', name: 'Beer bread' }],
  ])('energy check exemption of %s: %s', (_case, exempt, row) => {
    expect(isAlcoholicDrink(row)).toBe(exempt);
    const sut = validateFoodCatalog(file([row]));
    expect(sut.issues.length === 0).toBe(exempt);
  });

  it.each([
    [{ proteinG: 12.56, carbsG: 0.72, fatG: 9.51 }, 138.71],
    [{ proteinG: 0, carbsG: 100, fatG: 0 }, 400],
    [{ proteinG: 0, carbsG: 0, fatG: 100 }, 900],
  ])('atwaterKcal(%o) = %d kcal', (per100g, expected) => {
    expect(atwaterKcal(per100g)).toBeCloseTo(expected, 6);
  });
});
