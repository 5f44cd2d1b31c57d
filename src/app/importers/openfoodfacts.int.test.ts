import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoodRepository } from '../../store/index.js';
import { testDatabases } from '../../store/testing/test-databases.js';
import { OFF_SAMPLE, openFoodContext, type FoodTestContext } from '../testing/food-data.js';
import type { ImportSummary } from './import-summary.js';

describe.each(testDatabases())('Open Food Facts import on $name', (kind) => {
  let ctx: FoodTestContext;
  let sut: ImportSummary;
  beforeAll(async () => {
    ctx = await openFoodContext(kind);
    sut = await ctx.services.foodImports.import(ctx.admin, 'off', OFF_SAMPLE);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('accounts for all 1,000 products: imported or rejected with a line and a reason', () => {
    expect(sut.added + sut.rejected.length).toBe(1000);
    expect(sut.added).toBeGreaterThan(500);
    for (const r of sut.rejected) {
      expect(r.line).toBeGreaterThanOrEqual(2);
      expect(r.line).toBeLessThanOrEqual(1001);
      expect(r.reason).not.toBe('');
    }
  });

  it('keeps name, brand, barcode and per-100 g values (sodium from grams to mg)', async () => {
    const skyr = await createFoodRepository(ctx.services.database.db).findBySource('off', '00000000000026772226');
    expect(skyr).toMatchObject({ name: 'Skyr', brand: 'Danone', barcode: '00000000000026772226', energyKcal: 57, proteinG: 10, fatG: 0.2, carbsG: 3.9, sugarsG: 3.9 });
    expect(skyr!.sodiumMg).toBeCloseTo(36, 9);
  });

  it('rejects impossible rows with the reason, like a burger at 874.9 kcal per 100 g (a kJ slip)', () => {
    // Line 10: "Hamburguesas de ternera 100%", energy-kcal 874.9 while its macros give about 210 kcal.
    const burger = sut.rejected.find((r) => r.line === 10);
    expect(burger?.reason).toMatch(/874\.9 kcal does not fit 4·protein \+ 4·carbs \+ 9·fat = 209 kcal/);
    expect(sut.rejected.find((r) => r.line === 2)?.reason).toBe('has no energy (energy-kcal_100g, energy-kj_100g or energy_100g)');
  });

  it('adds nothing when run again', async () => {
    const again = await ctx.services.foodImports.import(ctx.admin, 'off', OFF_SAMPLE);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: sut.added, rejected: sut.rejected });
  });

  it('names the file and the missing column of a file that is not an export', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-off-'));
    const file = path.join(dir, 'products.tsv');
    writeFileSync(file, 'code\tname\n1\tx\n');
    await expect(ctx.services.foodImports.import(ctx.admin, 'off', file)).rejects.toThrow(/products\.tsv: has no column "product_name"/);
    await expect(ctx.services.foodImports.import(ctx.admin, 'off', dir)).rejects.toThrow(/^path: .* is not an Open Food Facts/);
  });
});
