import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoodRepository } from '../../store/index.js';
import { testDatabases } from '../../store/testing/test-databases.js';
import { openFoodContext, type FoodTestContext } from '../testing/food-data.js';
import { writeCatalogFoods, type ImportedFood } from './catalog-writer.js';
import { SummaryBuilder } from './import-summary.js';

const item = (i: number, over: Partial<ImportedFood> = {}): ImportedFood => ({
  line: i + 2,
  source: 'off',
  sourceId: `test-${i}`,
  name: `Test food ${i}`,
  brand: null,
  barcode: null,
  group: null,
  aliases: [],
  per100g: { energyKcal: 100, proteinG: 5, fatG: 4, saturatedFatG: null, carbsG: 11, fiberG: null, sugarsG: null, sodiumMg: null },
  other: {},
  portions: [],
  dedupeKey: null,
  ...over,
});

describe.each(testDatabases())('catalog writer on $name', (kind) => {
  let ctx: FoodTestContext;
  const count = async () => (await createFoodRepository(ctx.services.database.db).countBySource()).off ?? 0;
  beforeAll(async () => {
    ctx = await openFoodContext(kind);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('writes nothing when the import fails after some batches were written', async () => {
    async function* failing() {
      for (let i = 0; i < 1200; i++) {
        if (i === 1100) throw new Error('disk read failed');
        yield item(i);
      }
    }
    const summary = new SummaryBuilder('off');
    await expect(writeCatalogFoods(createFoodRepository(ctx.services.database.db), failing(), summary, { now: new Date() })).rejects.toThrow('disk read failed');
    expect(summary.added).toBe(1000);
    expect(await count()).toBe(0);
  });

  it('rejects a repeated id at its later line, and counts added, updated and unchanged', async () => {
    const repo = createFoodRepository(ctx.services.database.db);
    const first = new SummaryBuilder('off');
    await writeCatalogFoods(repo, [item(1), item(2), item(1, { line: 9 })], first, { now: new Date() });
    expect(first.finish()).toMatchObject({ added: 2, updated: 0, unchanged: 0, rejected: [{ line: 9, reason: 'repeats id test-1 of line 3' }] });
    const second = new SummaryBuilder('off');
    await writeCatalogFoods(repo, [item(1), item(2, { name: 'Test food two' }), item(3)], second, { now: new Date() });
    expect(second.finish()).toMatchObject({ added: 1, updated: 1, unchanged: 1, rejected: [] });
    expect((await repo.findBySource('off', 'test-2'))?.name).toBe('Test food two');
  });

  it('loads the starter catalog once, and skips it on the next start', async () => {
    const sut = await ctx.services.foodImports.loadStarterCatalog();
    expect(sut).toMatchObject({ source: 'platewise-starter', added: 170, rejected: [] });
    expect(await ctx.services.foodImports.loadStarterCatalog()).toBeNull();
    expect((await createFoodRepository(ctx.services.database.db).countBySource())['platewise-starter']).toBe(170);
  });
});
