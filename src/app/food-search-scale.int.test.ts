import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoodRepository, postingTier } from '../store/index.js';
import { rowsOf } from '../store/repositories/food.repository.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { writeCatalogFoods, type ImportedFood } from './importers/catalog-writer.js';
import { SummaryBuilder } from './importers/import-summary.js';
import { openFoodContext, type FoodTestContext } from './testing/food-data.js';

/** A branded product as a FoodData Central import makes it. */
const branded = (i: number, name: string, brand: string): ImportedFood => ({
  line: i + 2,
  source: 'usda-fdc-branded',
  sourceId: `scale-${i}`,
  name,
  brand,
  barcode: null,
  group: null,
  aliases: [],
  per100g: { energyKcal: 90, proteinG: 1, fatG: 0.3, saturatedFatG: null, carbsG: 23, fiberG: 2.6, sugarsG: 12, sodiumMg: 1 },
  other: {},
  portions: [],
  dedupeKey: null,
});

const BRANDS = ['Sunny Farms', 'Green Valley', 'Kalovera', 'Mivento', 'Zobel'];
const FORMS = ['Chips', 'Bread', 'Smoothie', 'Split', 'Cake', 'Pudding', 'Yogurt', 'Muffin'];

describe.each(testDatabases())('food search over many branded products on $name', (kind) => {
  let ctx: FoodTestContext;
  const search = async (q: string, limit = 3) => (await ctx.services.foods.search(ctx.admin, q, { limit })).map((h) => `${h.source}:${h.sourceId}:${h.name}`);
  beforeAll(async () => {
    ctx = await openFoodContext(kind);
    await ctx.services.foodImports.loadStarterCatalog();
    // 3,000 short branded names that all have "banana" (and 1,000 with "chicken breast"), written the way an import writes them.
    const items: ImportedFood[] = [];
    for (let i = 0; i < 3000; i++) items.push(branded(i, `Banana ${FORMS[i % FORMS.length]}`, BRANDS[i % BRANDS.length]!));
    for (let i = 3000; i < 4000; i++) items.push(branded(i, `Chicken Breast ${FORMS[i % FORMS.length]}`, BRANDS[i % BRANDS.length]!));
    const repo = createFoodRepository(ctx.services.database.db);
    await writeCatalogFoods(repo, items, new SummaryBuilder('usda-fdc-branded'), { now: new Date() });
    await repo.analyzeCatalog();
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it.each([
    ['banana', 'sr28-09040'],
    ['bananas', 'sr28-09040'],
    ['bannana', 'sr28-09040'],
    ['chicken breast', 'sr28-05062'],
    ['chiken brest', 'sr28-05062'],
  ])('"%s" still finds the everyday food (%s) in the top 3 among thousands of branded products with its words', async (q, sourceId) => {
    expect((await search(q)).some((h) => h.includes(`:${sourceId}:`))).toBe(true);
  });

  it('still offers branded products that match every word, after the everyday ones', async () => {
    const sut = await search('banana chips', 10);
    expect(sut.some((h) => h.startsWith('usda-fdc-branded:') && h.endsWith(':Banana Chips'))).toBe(true);
  });

  it('finds a product by a brand word and a name word', async () => {
    const sut = await search('kalovera smoothie', 5);
    expect(sut.length).toBeGreaterThan(0);
    expect(sut.every((h) => h.endsWith('Banana Smoothie'))).toBe(true);
  });

  it("keeps each food's postings in step with its search line: every word with its tier and length, old words gone after a rename", async () => {
    const repo = createFoodRepository(ctx.services.database.db);
    const db = ctx.services.database.db;
    const postingsOf = async (id: string) =>
      rowsOf<{ word: string; rank: number }>(await db.execute(sql`select word, rank from food_postings where food_id = ${id} order by word`)).map((r) => `${r.word}@${Number(r.rank)}`);
    const expected = (searchText: string, source: string) =>
      [...new Set(searchText.split(' '))].sort().map((w) => `${w}@${postingTier(source) * 1000 + Math.min(searchText.length, 999)}`);

    const before = (await repo.findBySource('usda-fdc-branded', 'scale-7'))!;
    expect(await postingsOf(before.id)).toEqual(expected(before.searchText, 'usda-fdc-branded'));
    const starter = (await repo.findBySource('platewise-starter', 'sr28-09040'))!;
    expect(await postingsOf(starter.id)).toEqual(expected(starter.searchText, 'platewise-starter'));

    await writeCatalogFoods(repo, [branded(7, 'Plantain Crisps', 'Zobel')], new SummaryBuilder('usda-fdc-branded'), { now: new Date() });
    const after = (await repo.findBySource('usda-fdc-branded', 'scale-7'))!;
    expect(after.id).toBe(before.id);
    expect(await postingsOf(after.id)).toEqual(expected(after.searchText, 'usda-fdc-branded'));
    expect(await postingsOf(after.id)).not.toContain(expect.stringMatching(/^banana@/));
    expect((await search('plantain crisps', 5)).some((h) => h.endsWith(':Plantain Crisps'))).toBe(true);
  });

  it('ranks the source tiers as their trust: starter first, reference data, then branded and crowd-sourced products', () => {
    expect([postingTier('platewise-starter'), postingTier('usda-sr28'), postingTier('usda-fdc-survey'), postingTier('usda-fdc-branded'), postingTier('off')]).toEqual([0, 1, 1, 2, 2]);
  });
});
