import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoodRepository } from '../../store/index.js';
import { testDatabases } from '../../store/testing/test-databases.js';
import { openFoodContext, SR28_DIR, type FoodTestContext } from '../testing/food-data.js';
import type { ImportProgress, ImportSummary } from './import-summary.js';

/** A tiny SR28 release in the official layout, with one broken row of each kind. */
function brokenRelease(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-sr-'));
  const write = (name: string, lines: string[]) => writeFileSync(path.join(dir, name), Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
  write('FD_GROUP.txt', ['~0100~^~Dairy and Egg Products~', '~0900~^~Fruits and Fruit Juices~']);
  write('NUTR_DEF.txt', ['~203~^~g~^~PROCNT~^~Protein~^~2~^~600~', '~204~^~g~^~FAT~^~Total lipid (fat)~^~2~^~800~', '~205~^~g~^~CHOCDF~^~Carbohydrate, by difference~^~2~^~1100~', '~208~^~kcal~^~ENERC_KCAL~^~Energy~^~0~^~300~', '~301~^~mg~^~CA~^~Calcium, Ca~^~0~^~5300~']);
  write('FOOD_DES.txt', [
    '~01001~^~0100~^~Butter, salted~^~BUTTER,WITH SALT~^^^~Y~^^0^^6.38^4.27^8.79^3.87',
    '~9040~^~0900~^~Bananas, raw~^~BANANAS,RAW~^^^~Y~^~Skin~^36^~Musa acuminata Colla~^^3.37^8.37^3.60',
    '~09041~^~9999~^~Not a group~^~X~^^^~Y~^^0^^^^^',
    '~09042~^~0900~^~No energy~^~X~^^^~Y~^^0^^^^^',
    '~01001~^~0100~^~Butter again~^~BUTTER~^^^~Y~^^0^^6.38^4.27^8.79^3.87',
  ]);
  write('NUT_DATA.txt', [
    '~01001~^~203~^0.85^16^0.074^~1~^^^^^^^^^^^11/1976^',
    '~01001~^~204~^81.11^580^0.065^~1~^^^^^^^^^^^11/1976^',
    '~01001~^~205~^0.06^0^^~4~^~NC~^^^^^^^^^^11/1976^',
    '~01001~^~208~^717^0^^~4~^~NC~^^^^^^^^^^11/1976^',
    '~01001~^~301~^24^0^^~4~^~NC~^^^^^^^^^^11/1976^',
    '~01001~^~999~^1^0^^~4~^^^^^^^^^^^^',
    '~01001~^~203~^0.9^0^^~4~^^^^^^^^^^^^',
    '~77777~^~208~^10^0^^~4~^^^^^^^^^^^^',
    '~09042~^~203~^abc^0^^~4~^^^^^^^^^^^^',
    '~09042~^~204~^1^0^^~4~^^^^^^^^^^^^',
  ]);
  write('WEIGHT.txt', ['~01001~^1^1^~pat (1" sq, 1/3" high)~^5.0^^', '~01001~^2^1^~tbsp~^0^^', '~77777~^1^1^~cup~^10^^']);
  return dir;
}

describe.each(testDatabases())('USDA SR28 import on $name', (kind) => {
  let ctx: FoodTestContext;
  let first: ImportSummary;
  let firstMs: number;
  let firstCpuMs: number;
  const phases = new Set<string>();
  beforeAll(async () => {
    ctx = await openFoodContext(kind);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    first = await ctx.services.foodImports.import(ctx.admin, 'usda-sr', SR28_DIR, (p: ImportProgress) => phases.add(p.phase));
    firstMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    firstCpuMs = (cpu.user + cpu.system) / 1000;
    // A loaded machine (parallel suites on two cores) can stretch the wall time far beyond the CPU time.
  }, 600_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('imports every food of SR28 (8,789 NDB numbers) with nothing rejected, well under 20 s on PGlite', () => {
    expect(first).toMatchObject({ source: 'usda-sr28', added: 8789, updated: 0, unchanged: 0, rejected: [] });
    console.log(`SR28 import on ${kind.name}: ${(firstMs / 1000).toFixed(1)} s wall, ${(firstCpuMs / 1000).toFixed(1)} s CPU of this process`);
    // PGlite runs in this process, so its CPU time is the import's cost whatever else loads the machine.
    if (kind.name === 'pglite') expect(firstCpuMs).toBeLessThan(20_000);
  });

  it('reports progress for every file and the write', () => {
    expect([...phases]).toEqual(expect.arrayContaining(['reading FOOD_DES.txt', 'reading NUT_DATA.txt', 'reading WEIGHT.txt', 'writing foods']));
  });

  it('stores nutrients per 100 g, other nutrients by name and unit, and household portions', async () => {
    const row = await createFoodRepository(ctx.services.database.db).findBySource('usda-sr28', '01001');
    expect(row).toMatchObject({
      name: 'Butter, salted',
      foodGroup: 'Dairy and Egg Products',
      energyKcal: 717,
      proteinG: 0.85,
      fatG: 81.11,
      saturatedFatG: 51.368,
      carbsG: 0.06,
      fiberG: 0,
      sugarsG: 0.06,
      sodiumMg: 643,
      dedupeKey: 'ndb:01001',
    });
    expect(row!.otherNutrients['Calcium, Ca (mg)']).toBe(24);
    expect(row!.portions.map((p) => [p.label, p.grams])).toEqual([
      ['1 pat (1" sq, 1/3" high)', 5],
      ['1 tbsp', 14.2],
      ['1 cup', 227],
      ['1 stick', 113],
    ]);
    // ComName gives common names; notes in it ("Includes USDA Commodity B879") are not names.
    const oats = await createFoodRepository(ctx.services.database.db).findBySource('usda-sr28', '08120');
    expect(oats?.name).toBe('Cereals, oats, regular and quick, not fortified, dry');
    expect(oats?.aliases).toEqual(['oatmeal', 'old-fashioned oats', 'rolled oats']);
  });

  it('adds and changes nothing when run again', async () => {
    const again = await ctx.services.foodImports.import(ctx.admin, 'usda-sr', SR28_DIR);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 8789, rejected: [] });
    expect((await createFoodRepository(ctx.services.database.db).countBySource())['usda-sr28']).toBe(8789);
  }, 600_000);

  it('rejects bad rows with file, line and reason, and imports the good ones', async () => {
    const sut = await ctx.services.foodImports.import(ctx.admin, 'usda-sr', brokenRelease());
    expect(sut.rejected).toEqual([
      { file: 'FOOD_DES.txt', line: 2, reason: 'NDB_No "9040" is not 5 digits' },
      { file: 'FOOD_DES.txt', line: 3, reason: 'food group "9999" is not in FD_GROUP.txt' },
      { file: 'FOOD_DES.txt', line: 4, reason: 'has no value for nutrient 208, 203, 205 in NUT_DATA.txt' },
      { file: 'FOOD_DES.txt', line: 5, reason: 'repeats NDB_No 01001 of line 1' },
      { file: 'NUT_DATA.txt', line: 6, reason: 'Nutr_No "999" is not in NUTR_DEF.txt' },
      { file: 'NUT_DATA.txt', line: 7, reason: 'repeats nutrient 203 of food 01001' },
      { file: 'NUT_DATA.txt', line: 8, reason: 'NDB_No "77777" is not a food of FOOD_DES.txt' },
      { file: 'NUT_DATA.txt', line: 9, reason: 'Nutr_Val "abc" is not a number ≥ 0' },
      { file: 'WEIGHT.txt', line: 2, reason: 'Gm_Wgt "0" is not a number of grams > 0' },
      { file: 'WEIGHT.txt', line: 3, reason: 'NDB_No "77777" is not a food of FOOD_DES.txt' },
    ]);
    // The one good food is butter, whose values are those of the real release less the dropped rows: an update.
    expect(sut).toMatchObject({ added: 0, updated: 1 });
    const butter = await createFoodRepository(ctx.services.database.db).findBySource('usda-sr28', '01001');
    expect(butter!.portions).toHaveLength(1);
  });

  it('names a missing file and writes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-sr-empty-'));
    await expect(ctx.services.foodImports.import(ctx.admin, 'usda-sr', dir)).rejects.toThrow(/FOOD_DES\.txt: is missing/);
  });

  it('is for the admin only', async () => {
    await expect(ctx.services.foodImports.import({ userId: ctx.admin.userId, isAdmin: false }, 'usda-sr', SR28_DIR)).rejects.toThrow(/admin/);
  });
});
