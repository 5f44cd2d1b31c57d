import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateFoodCatalog } from '../../core/nutrition/food-catalog.js';
import { packagePath } from '../../store/index.js';
import type { ImportedFood } from './catalog-writer.js';
import type { SummaryBuilder } from './import-summary.js';

/** data/foods.json: the everyday foods we author, loaded at first start so a fresh install can log at once. */
export const STARTER_CATALOG_PATH = packagePath('data', 'foods.json');

export interface StarterCatalog {
  /** sha1 of the file's bytes: a start-up compares it with the loaded one and skips the import when equal. */
  hash: string;
  foods: ImportedFood[];
}

/** Reads and validates the starter catalog; rows that fail validation are rejected with their field path. */
export function readStarterCatalog(summary: SummaryBuilder, file = STARTER_CATALOG_PATH): StarterCatalog {
  const bytes = readFileSync(file);
  const { foods, issues } = validateFoodCatalog(JSON.parse(bytes.toString('utf8')));
  for (const issue of issues) summary.reject(0, `${issue.field}: ${issue.message}`, path.basename(file));
  return {
    hash: createHash('sha1').update(bytes).digest('hex'),
    foods: foods.map((f, i) => ({
      line: i,
      file: path.basename(file),
      source: 'platewise-starter',
      sourceId: f.sourceId,
      name: f.name,
      brand: null,
      barcode: null,
      group: f.group,
      aliases: f.aliases,
      per100g: f.per100g,
      other: {},
      portions: f.portions,
      // "sr28-01123" is USDA SR28 food 01123: the same food as that row of an SR28 import.
      dedupeKey: /^sr28-(\d{5})$/.test(f.sourceId) ? `ndb:${f.sourceId.slice(5)}` : null,
    })),
  };
}
