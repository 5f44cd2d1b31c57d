// Open Food Facts' CSV export (en.openfoodfacts.org.products.csv): tab-separated and unquoted despite
// the name, UTF-8, one product per line, nutrients per 100 g (or 100 ml) in flat `*_100g` columns
// (peers.md §5.6). Crowd-sourced, so every row is sanity-checked and rejected with its reasons.
import type { Per100g, Portion } from '../../core/nutrition/food-catalog.js';
import { kjToKcal, nutrientProblems, sodiumMgFromSaltG } from '../../core/nutrition/nutrients.js';
import { barcodeKey } from '../../core/nutrition/search-text.js';
import type { ImportedFood } from './catalog-writer.js';
import { readWithHeader, type HeadedRow } from './delimited.js';
import type { ProgressListener, SummaryBuilder } from './import-summary.js';

const REQUIRED_COLUMNS = ['code', 'product_name', 'brands', 'energy-kcal_100g', 'proteins_100g', 'fat_100g', 'carbohydrates_100g'] as const;

/** `*_100g` columns besides the main ones that we keep, with their unit (OFF stores grams; we keep mg for minerals and vitamins as OFF gives them, in g). */
const OTHER_COLUMNS: ReadonlyArray<[string, string]> = [
  ['trans-fat_100g', 'Fatty acids, total trans (g)'],
  ['cholesterol_100g', 'Cholesterol (g)'],
  ['monounsaturated-fat_100g', 'Fatty acids, total monounsaturated (g)'],
  ['polyunsaturated-fat_100g', 'Fatty acids, total polyunsaturated (g)'],
  ['added-sugars_100g', 'Sugars, added (g)'],
  ['salt_100g', 'Salt (g)'],
  ['alcohol_100g', 'Alcohol (% vol)'],
  ['potassium_100g', 'Potassium (g)'],
  ['calcium_100g', 'Calcium (g)'],
  ['iron_100g', 'Iron (g)'],
  ['vitamin-c_100g', 'Vitamin C (g)'],
  ['vitamin-d_100g', 'Vitamin D (g)'],
  ['caffeine_100g', 'Caffeine (g)'],
];

/** Streams an Open Food Facts export into foods; rows without a name, energy or macros, or with impossible values, are rejected with the reason. */
export async function* readOpenFoodFacts(file: string, summary: SummaryBuilder, onProgress?: ProgressListener): AsyncGenerator<ImportedFood> {
  const rows = readWithHeader(file, {
    format: 'tsv',
    required: REQUIRED_COLUMNS,
    onBytes: (done, total) => onProgress?.({ phase: 'reading products', done, total }),
  });
  for await (const row of rows) {
    const food = toFood(row, summary);
    if (food) yield food;
  }
}

function toFood(row: HeadedRow, summary: SummaryBuilder): ImportedFood | null {
  const reject = (reason: string) => {
    summary.reject(row.line, reason);
    return null;
  };
  const code = row.get('code').trim();
  if (!/^\d{1,24}$/.test(code)) return reject(`code "${code}" is not a barcode (up to 24 digits)`);
  const name = (row.get('product_name') || row.get('generic_name') || row.get('abbreviated_product_name')).trim().replace(/\s+/g, ' ');
  if (name === '') return reject('has no product_name');

  const num = (column: string): number | null | 'bad' => {
    const t = row.get(column).trim();
    if (t === '') return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : 'bad';
  };
  const bad = [...REQUIRED_COLUMNS.slice(3), 'energy-kj_100g', 'energy_100g', 'saturated-fat_100g', 'sugars_100g', 'fiber_100g', 'sodium_100g', 'salt_100g'].filter(
    (c) => num(c) === 'bad',
  );
  if (bad.length > 0) return reject(`${bad.join(', ')}: not a number`);
  const n = (column: string) => num(column) as number | null;

  const kcal = n('energy-kcal_100g') ?? mapNull(n('energy-kj_100g'), kjToKcal) ?? mapNull(n('energy_100g'), kjToKcal);
  if (kcal === null) return reject('has no energy (energy-kcal_100g, energy-kj_100g or energy_100g)');
  const missing = (['proteins_100g', 'fat_100g', 'carbohydrates_100g'] as const).filter((c) => n(c) === null);
  if (missing.length > 0) return reject(`has no ${missing.join(', ')}`);
  const sodiumG = n('sodium_100g');
  const saltG = n('salt_100g');
  const per100g: Per100g = {
    energyKcal: kcal,
    proteinG: n('proteins_100g')!,
    fatG: n('fat_100g')!,
    saturatedFatG: n('saturated-fat_100g'),
    carbsG: n('carbohydrates_100g')!,
    fiberG: n('fiber_100g'),
    sugarsG: n('sugars_100g'),
    sodiumMg: sodiumG !== null ? sodiumG * 1000 : saltG !== null ? sodiumMgFromSaltG(saltG) : null,
  };
  // Alcohol is given in % vol; ethanol is 0.789 g/ml, so % vol × 0.789 ≈ g per 100 ml.
  const alcoholG = (n('alcohol_100g') ?? 0) * 0.789;
  const problems = nutrientProblems(per100g, { alcoholG, polyolsG: n('polyols_100g') });
  if (problems.length > 0) return reject(problems.map((p) => p.message).join('; '));

  const other: Record<string, number> = {};
  for (const [column, key] of OTHER_COLUMNS) {
    const v = n(column);
    if (v !== null && v >= 0) other[key] = v;
  }
  const brand = row.get('brands').split(',')[0]?.trim() || null;
  const generic = row.get('generic_name').trim();
  const key = barcodeKey(code);
  return {
    line: row.line,
    source: 'off',
    sourceId: code,
    name,
    brand,
    barcode: code,
    group: row.get('main_category_en').trim() || null,
    aliases: generic !== '' && generic.toLowerCase() !== name.toLowerCase() ? [generic] : [],
    per100g,
    other,
    portions: servingPortion(row),
    dedupeKey: key === null ? null : `gtin:${key}`,
  };
}

/** The label's serving as a portion, when OFF gives its weight (serving_quantity, grams). */
function servingPortion(row: HeadedRow): Portion[] {
  const grams = Number(row.get('serving_quantity'));
  const text = row.get('serving_size').trim();
  if (!Number.isFinite(grams) || grams <= 0 || grams > 5000) return [];
  return [{ amount: 1, unit: 'serving', label: text ? `1 serving (${text})` : `1 serving (${grams} g)`, grams }];
}

function mapNull<T, U>(v: T | null, f: (v: T) => U): U | null {
  return v === null ? null : f(v);
}
