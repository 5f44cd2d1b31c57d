// Helpers for tests that read the real food data in ../shared/data (never copied into this repository).
import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '../../store/testing/test-databases.js';
import { createServices, fixedClock, type Actor, type Clock, type Services } from '../index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** ../shared/data, resolved from the repository root. */
export const SHARED_DATA = path.resolve(repoRoot, '../shared/data');
export const SR28_DIR = path.join(SHARED_DATA, 'usda-sr28');
export const OFF_SAMPLE = path.join(SHARED_DATA, 'openfoodfacts/openfoodfacts-sample.tsv');
const FDC_SUPPORT = path.join(SHARED_DATA, 'usda-fdc/supporting-data-2022-10-28');
const FDC_FOUNDATION_PORTIONS = path.join(SHARED_DATA, 'usda-fdc/foundation-food-portion/food_portion.csv');
const FIXTURES = path.join(repoRoot, 'src/app/importers/fixtures/usda-fdc');

/**
 * A FoodData Central folder as USDA ships it: our fixture tables (`foundation` or `mixed`) with the real
 * supporting tables linked in (and, for `foundation`, the real Foundation food_portion.csv).
 */
export function fdcDownload(fixture: 'foundation' | 'mixed'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `platewise-fdc-${fixture}-`));
  const link = (from: string, name = path.basename(from)) => symlinkSync(from, path.join(dir, name));
  for (const name of ['nutrient.csv', 'measure_unit.csv', 'food_category.csv', 'wweia_food_category.csv']) link(path.join(FDC_SUPPORT, name));
  const own = fixture === 'foundation' ? ['food.csv', 'food_nutrient.csv'] : ['food.csv', 'food_nutrient.csv', 'food_portion.csv', 'branded_food.csv', 'sr_legacy_food.csv', 'survey_fndds_food.csv'];
  for (const name of own) link(path.join(FIXTURES, fixture, name));
  if (fixture === 'foundation') link(FDC_FOUNDATION_PORTIONS);
  return dir;
}

export interface FoodTestContext {
  services: Services;
  /** The instance's admin (the local user of one-person mode). */
  admin: Actor;
  close(): Promise<void>;
}

/** Services on a fresh, migrated database of this kind, with the local admin user. */
export async function openFoodContext(kind: TestDatabase, clock: Clock = fixedClock('2026-11-21T12:00:00Z')): Promise<FoodTestContext> {
  const database = await kind.open();
  const services = createServices(database, clock, { version: 'test' });
  const user = await services.users.ensureLocalUser();
  return { services, admin: { userId: user.id, via: 'local', isAdmin: true }, close: () => database.close() };
}
