import { existsSync, statSync } from 'node:fs';
import { ValidationError } from '../core/errors.js';
import { SEARCH_TEXT_VERSION } from '../core/nutrition/search-text.js';
import type { FoodRepository, UsersRepository } from '../store/index.js';
import { requireAdmin, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { writeCatalogFoods, type ImportedFood } from './importers/catalog-writer.js';
import { SummaryBuilder, throttle, type ImportSummary, type ProgressListener } from './importers/import-summary.js';
import { readOpenFoodFacts } from './importers/openfoodfacts.js';
import { readStarterCatalog } from './importers/starter-catalog.js';
import { readUsdaFdc } from './importers/usda-fdc.js';
import { readUsdaSr } from './importers/usda-sr.js';

/** The food data formats we import, by the name the CLI and API use. */
export const FOOD_IMPORT_FORMATS = {
  'usda-sr': { what: 'a folder with the USDA SR28 ASCII files (FOOD_DES.txt, NUT_DATA.txt, …)', path: 'dir', summary: 'usda-sr28' },
  'usda-fdc': { what: 'a folder of a USDA FoodData Central CSV download (food.csv, food_nutrient.csv, …)', path: 'dir', summary: 'usda-fdc' },
  off: { what: 'an Open Food Facts CSV/TSV export file', path: 'file', summary: 'off' },
} as const;
export type FoodImportFormat = keyof typeof FOOD_IMPORT_FORMATS;

const STARTER_KEY = 'starterFoodCatalog';

/** Imports into the shared food catalog (admin only), and loads the starter catalog at start-up. */
export function createFoodsImportService({ foods, users, clock }: { foods: FoodRepository; users: UsersRepository; clock: Clock }) {
  async function write(summary: SummaryBuilder, items: AsyncIterable<ImportedFood> | ImportedFood[], onProgress: ProgressListener): Promise<ImportSummary> {
    await writeCatalogFoods(foods, items, summary, { now: clock.now(), total: Array.isArray(items) ? items.length : null, onProgress });
    // Search's indexes and statistics, once the import's transaction is committed (see analyzeCatalog).
    if (summary.added + summary.updated > 0) await foods.analyzeCatalog();
    return summary.finish();
  }

  return {
    /** Runs one import; idempotent (a second run of the same data adds and updates nothing), all-or-nothing. */
    async import(actor: Actor, format: FoodImportFormat, path: string, onProgress?: ProgressListener): Promise<ImportSummary> {
      requireAdmin(actor);
      const spec = FOOD_IMPORT_FORMATS[format];
      if (!spec) throw ValidationError.field('format', `must be one of ${Object.keys(FOOD_IMPORT_FORMATS).join(', ')}`);
      const isDir = existsSync(path) && statSync(path).isDirectory();
      if (!existsSync(path) || (spec.path === 'dir') !== isDir) throw ValidationError.field('path', `${path} is not ${spec.what}`);
      const progress = throttle(onProgress);
      const summary = new SummaryBuilder(spec.summary);
      if (format === 'usda-sr') return write(summary, await readUsdaSr(path, summary, progress), progress);
      if (format === 'usda-fdc') return write(summary, await readUsdaFdc(path, summary, progress), progress);
      return write(summary, readOpenFoodFacts(path, summary, progress), progress);
    },

    /** Loads data/foods.json when it (or the search rules) changed since the last start; null when nothing had to be done. */
    async loadStarterCatalog(): Promise<ImportSummary | null> {
      const summary = new SummaryBuilder('platewise-starter');
      const starter = readStarterCatalog(summary);
      const stamp = `${starter.hash}:${SEARCH_TEXT_VERSION}`;
      if ((await users.getSetting<string>(STARTER_KEY)) === stamp) return null;
      const result = await write(summary, starter.foods, () => undefined);
      await users.setSetting(STARTER_KEY, stamp);
      return result;
    },
  };
}
export type FoodsImportService = ReturnType<typeof createFoodsImportService>;
