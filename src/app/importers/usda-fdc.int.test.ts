import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoodRepository, type CatalogFoodRow } from '../../store/index.js';
import { testDatabases } from '../../store/testing/test-databases.js';
import { fdcDownload, openFoodContext, type FoodTestContext } from '../testing/food-data.js';
import type { ImportSummary } from './import-summary.js';

describe.each(testDatabases())('USDA FoodData Central import on $name', (kind) => {
  let ctx: FoodTestContext;
  let foundation: ImportSummary;
  let mixed: ImportSummary;
  const food = async (source: string, id: string): Promise<CatalogFoodRow> => {
    const row = await createFoodRepository(ctx.services.database.db).findBySource(source, id);
    if (!row) throw new Error(`no ${source} ${id}`);
    return row;
  };
  beforeAll(async () => {
    ctx = await openFoodContext(kind);
    foundation = await ctx.services.foodImports.import(ctx.admin, 'usda-fdc', fdcDownload('foundation'));
    mixed = await ctx.services.foodImports.import(ctx.admin, 'usda-fdc', fdcDownload('mixed'));
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('imports the Foundation foods with nothing rejected, skipping portions of foods not in the download', () => {
    expect(foundation).toMatchObject({ source: 'usda-fdc', added: 4, updated: 0, rejected: [] });
    expect(foundation.skipped).toBeGreaterThan(10_000);
  });

  it.each<[string, number, string]>([
    ['321358', 166, '2048 (Atwater specific) when 1008 is missing'],
    ['748967', 148, '2047 (Atwater general) when 1008 and 2048 are missing'],
    ['747997', 55, '1008 over 2047 and 2048'],
    ['321360', 4 * 0.83 + 4 * 5.51 + 9 * 0.63, '4/4/9 from the macros when no energy is given'],
  ])('takes the energy of %s as %d kcal: %s', async (id, kcal) => {
    expect((await food('usda-fdc-foundation', id)).energyKcal).toBeCloseTo(kcal, 9);
  });

  it('reads Foundation portions from the real food_portion.csv, with measure units and modifiers', async () => {
    const egg = await food('usda-fdc-foundation', '748967');
    expect(egg.portions).toContainEqual({ amount: 1, unit: 'egg, whole without shell', label: '1 egg, whole without shell', grams: 50.3 });
    const tomatoes = await food('usda-fdc-foundation', '321360');
    expect(tomatoes.portions).toEqual(expect.arrayContaining([{ amount: 1, unit: 'cup', label: '1 cup', grams: 152 }, { amount: 5, unit: 'tomatoes', label: '5 tomatoes', grams: 49.7 }]));
    const hummus = await food('usda-fdc-foundation', '321358');
    expect(hummus).toMatchObject({ foodGroup: 'Legumes and Legume Products', fiberG: 6, sodiumMg: 379, saturatedFatG: 1.437 });
    expect(hummus.otherNutrients['Calcium, Ca (mg)']).toBe(38);
  });

  it('imports SR Legacy, Survey and Branded foods and rejects each broken row with its file and line', () => {
    expect(mixed).toMatchObject({ added: 4, updated: 0 });
    expect(mixed.rejected).toEqual([
      { file: 'food.csv', line: 6, reason: 'fdc_id 2000002: sugars 80 g are more than carbohydrate 70 g' },
      { file: 'food.csv', line: 8, reason: 'fdc_id 2000003 has no protein (1003), fat (1004), carbohydrate (1005) in food_nutrient.csv' },
      { file: 'food.csv', line: 9, reason: 'repeats fdc_id 171287' },
      { file: 'food.csv', line: 10, reason: 'fdc_id "abc" is not a number' },
      { file: 'food_nutrient.csv', line: 38, reason: 'fdc_id "123456" is not a food of food.csv' },
      { file: 'food_nutrient.csv', line: 39, reason: 'nutrient_id "99999" is not in nutrient.csv' },
      { file: 'food_nutrient.csv', line: 40, reason: 'amount "n/a" is not a number ≥ 0' },
      { file: 'food_portion.csv', line: 9, reason: 'gram_weight "" is not a number of grams > 0' },
    ]);
  });

  it('links SR Legacy foods to their NDB number and reads their portions from the modifier', async () => {
    const banana = await food('usda-fdc-sr-legacy', '173944');
    expect(banana).toMatchObject({ name: 'Bananas, raw', foodGroup: 'Fruits and Fruit Juices', dedupeKey: 'ndb:09040', energyKcal: 89, sugarsG: 12.23 });
    expect(banana.portions).toEqual([
      { amount: 1, unit: 'medium (7" to 7-7/8" long)', label: '1 medium (7" to 7-7/8" long)', grams: 118 },
      { amount: 0.5, unit: 'cup', label: '1/2 cup', grams: 75 },
    ]);
  });

  it('names Survey foods by their WWEIA category and reads their portion descriptions', async () => {
    const milk = await food('usda-fdc-survey', '2705385');
    expect(milk).toMatchObject({ foodGroup: 'Milk, whole', energyKcal: 61 });
    expect(milk.portions).toEqual([
      { amount: 1, unit: 'cup', label: '1 cup', grams: 244 },
      { amount: 1, unit: 'fl oz', label: '1 fl oz', grams: 30.5 },
    ]);
  });

  it('keeps brand, barcode, category and label serving of Branded foods, and total fat (NLEA) when 1004 is missing', async () => {
    const pb = await food('usda-fdc-branded', '2000001');
    expect(pb).toMatchObject({ brand: 'ACME', barcode: '012345678905', dedupeKey: 'gtin:12345678905', foodGroup: 'Nut & Seed Butters', fatG: 50, energyKcal: 594 });
    expect(pb.portions).toEqual([{ amount: 1, unit: '2 Tbsp', label: '2 Tbsp (32 g)', grams: 32 }]);
  });

  it('adds nothing when run again', async () => {
    const again = await ctx.services.foodImports.import(ctx.admin, 'usda-fdc', fdcDownload('mixed'));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
  });
});
