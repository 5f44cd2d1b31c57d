// The food catalog the search benchmark runs over: the real files (every USDA SR28 food, the Open Food Facts
// sample, our starter catalog) plus generated branded products, deterministic from a seed, so that a catalog
// of 400,000 foods looks like FoodData Central's Branded Foods on top of the reference data: many brands,
// product names built from the real foods' names, nutrients near the real food's, a serving size and a UPC.
// The generated foods go through the app's own catalog writer, so search sees what a real import stores.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Per100g, Portion } from '../../src/core/nutrition/food-catalog.js';
import { prng } from '../../src/core/testing/prng.js';
import { nutrientProblems } from '../../src/core/nutrition/nutrients.js';
import { barcodeKey } from '../../src/core/nutrition/search-text.js';
import { writeCatalogFoods, type ImportedFood } from '../../src/app/importers/catalog-writer.js';
import { SummaryBuilder, type ImportSummary } from '../../src/app/importers/import-summary.js';
import { readOpenFoodFacts } from '../../src/app/importers/openfoodfacts.js';
import { readStarterCatalog } from '../../src/app/importers/starter-catalog.js';
import { readUsdaSr } from '../../src/app/importers/usda-sr.js';
import type { FoodRepository } from '../../src/store/index.js';

const SHARED_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
export const SR28_DIR = path.join(SHARED_DATA, 'usda-sr28');
export const OFF_SAMPLE = path.join(SHARED_DATA, 'openfoodfacts/openfoodfacts-sample.tsv');
// ../shared/data/usda-fdc holds only FoodData Central's supporting tables and a Foundation food_portion.csv, no
// food.csv or food_nutrient.csv, so our FDC importer has no foods to read there; it is not part of the catalog.

/** The size issue 10 asks for. */
export const FULL_CATALOG_FOODS = 400_000;


/** The real foods, as the importers read them (nothing written yet). */
export interface RealFoods {
  sr28: ImportedFood[];
  off: ImportedFood[];
  starter: ImportedFood[];
}

/** Reads the real files with the app's importers. */
export async function readRealFoods(): Promise<RealFoods> {
  const sr28 = await readUsdaSr(SR28_DIR, new SummaryBuilder('usda-sr28'));
  const off: ImportedFood[] = [];
  for await (const f of readOpenFoodFacts(OFF_SAMPLE, new SummaryBuilder('off'))) off.push(f);
  const starter = readStarterCatalog(new SummaryBuilder('platewise-starter')).foods;
  return { sr28, off, starter };
}

// Brands: two-word names from common parts, and coined one-word names from syllables (as real brands are:
// many of them words no dictionary has, which is what the typo search's word list then holds).
const BRAND_FIRST = ['Green', 'Golden', 'Sunny', 'Blue', 'Happy', 'Harvest', 'Prairie', 'River', 'Mountain', 'Old Mill', "Farmer's", "Nature's", 'Little', 'Wild', 'Royal', 'Crystal', 'Maple', 'Cedar', 'Silver', 'Bright', 'Red Barn', 'North', 'Coastal', 'Heritage', 'Pure'];
const BRAND_SECOND = ['Valley', 'Farms', 'Acres', 'Kitchen', 'Pantry', 'Creek', 'Fields', 'Orchard', 'Table', 'Market', 'Choice', 'Select', 'Garden', 'Hill', 'Ridge', 'Grove', 'Meadow', 'Bay', 'Foods', 'Provisions'];
const SYLLABLES = ['ka', 'lo', 'ven', 'tra', 'mi', 'zo', 'ber', 'na', 'sol', 'ri', 'dax', 'el', 'qui', 'mar', 'to', 'vel', 'an', 'kor', 'si', 'bel', 'fro', 'lin', 'ux', 'pa', 'dor', 'ette', 'ia', 'gro', 'nu', 'va'];
const COINED_BRANDS = 6000;
const OWNERS = ['Inc.', 'LLC', 'Co.', 'Brands', 'Company', ''];

// Words a product name gains: a style before the food, a form after it; empty strings keep many names plain.
const STYLE = ['Organic', 'Classic', 'Original', 'Lite', 'Premium', 'Homestyle', 'Natural', 'Simply', 'Family Size', 'Reduced Fat', 'Gluten Free', 'Honey', 'Spicy', 'Smoked', 'Lightly Salted', 'Unsweetened', 'Zesty', 'Country', 'Deluxe', 'Mini'];
const FORM = ['Bites', 'Strips', 'Snack Pack', 'Cups', 'Mix', 'Bar', 'Slices', 'Chunks', 'Spread', 'Blend', 'Crisps', 'Medley', 'Bowl', 'Pouch'];
/** SR28 qualifiers that a product label would not say. */
const TECHNICAL = /\b(nfs|ns as to|includes|usda|upc|commodity|composite|prepared from|separable|trimmed|fat\b.*\blean|choice|select|broilers|fryers|meat only|year round|average|with salt|without salt|unenriched|enriched|variety|all classes|imported|not further|as purchased)\b|\d|\(|\)/i;

/** Capitals at the start of each word; the rest as it was ("BUTTER" stays, "lagg's" becomes "Lagg's"). */
function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The brands of a seed: coined one-word names and two-word names, each with an owner suffix or none. */
export function brandNames(seed: number): string[] {
  const rnd = prng(seed ^ 0x5bd1e995);
  const out = new Set<string>();
  for (const a of BRAND_FIRST) for (const b of BRAND_SECOND) out.add(`${a} ${b}`);
  while (out.size < BRAND_FIRST.length * BRAND_SECOND.length + COINED_BRANDS) {
    const n = 2 + Math.floor(rnd() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
    out.add(titleCase(w));
  }
  return [...out].map((b, i) => (i % 3 === 0 ? `${b} ${OWNERS[i % OWNERS.length]!}`.trim() : b));
}

/** What a product name takes from its real food: the head and the qualifiers a label would use. */
interface NameParts {
  head: string;
  qualifiers: string[];
}

/** The head ("Chicken" of "Chicken, broilers or fryers, breast, …") and up to two short qualifiers; Open Food Facts names whole. */
export function nameParts(base: ImportedFood): NameParts {
  if (base.source === 'off') return { head: base.name, qualifiers: [] };
  const parts = base.name.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const qualifiers = parts.slice(1).filter((p) => p.split(' ').length <= 2 && !TECHNICAL.test(p) && !/^(raw|fresh|plain|regular|whole)$/i.test(p));
  return { head: parts[0] ?? base.name, qualifiers: qualifiers.slice(0, 2) };
}

/**
 * A product name built from a real food's name parts: each qualifier kept or not ("roasted" before the head,
 * "breast" after it), and now and then a style ("Organic") and a form ("Strips").
 */
export function productName(parts: NameParts, rnd: () => number): string {
  const before: string[] = [];
  const after: string[] = [];
  for (const q of parts.qualifiers) {
    if (rnd() < 0.3) continue;
    (/ed$/i.test(q) ? before : after).push(q);
  }
  const style = rnd() < 0.45 ? STYLE[Math.floor(rnd() * STYLE.length)]! : null;
  const form = rnd() < 0.2 ? FORM[Math.floor(rnd() * FORM.length)]! : null;
  return titleCase([style, ...before, parts.head, ...after, form].filter((p): p is string => p !== null).join(' ').replace(/\s+/g, ' '));
}

/** A UPC-A (12 digits) with its check digit, from a number below 10^11. */
export function upcA(n: number): string {
  const body = String(n).padStart(11, '0');
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(body[i]) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
}

const SERVINGS = [28, 30, 40, 50, 55, 85, 100, 113, 125, 140, 170, 227, 240];
/** Label nutrients a branded product lists besides the main eight (matched by the start of the key). */
const LABEL_NUTRIENTS = ['Cholesterol', 'Calcium', 'Iron', 'Potassium', 'Vitamin D', 'Vitamin C', 'Fatty acids, total trans'];

function perturb(base: Per100g, rnd: () => number): Per100g {
  const f = () => 0.85 + 0.3 * rnd();
  const r = (x: number) => Math.round(x * 100) / 100;
  const macro = f();
  const n: Per100g = {
    energyKcal: r(base.energyKcal * macro),
    proteinG: r(base.proteinG * f()),
    fatG: r(base.fatG * macro),
    saturatedFatG: base.saturatedFatG === null ? null : r(base.saturatedFatG * macro),
    carbsG: r(base.carbsG * f()),
    fiberG: base.fiberG === null ? null : r(base.fiberG * f()),
    sugarsG: base.sugarsG === null ? null : r(Math.min(base.sugarsG * f(), base.carbsG)),
    sodiumMg: base.sodiumMg === null ? null : r(base.sodiumMg * f()),
  };
  if (n.sugarsG !== null && n.sugarsG > n.carbsG) n.sugarsG = n.carbsG;
  // A label that would fail the import's own checks keeps the real food's values.
  return nutrientProblems(n).length === 0 ? n : base;
}

/**
 * `count` branded products derived from the real foods, deterministic from `seed` (the i-th product depends only
 * on the seed and i). Each is a FoodData Central Branded food as our importer would make it: source
 * `usda-fdc-branded`, an fdc_id-like source id, a brand, a UPC (also its dedupe key), a serving portion.
 */
export function* brandedVariants(bases: readonly ImportedFood[], count: number, seed: number, { startAt = 0 } = {}): Generator<ImportedFood> {
  const brands = brandNames(seed);
  const names = bases.map(nameParts);
  // The label nutrients of each base, found once.
  const labels = bases.map((b) => Object.entries(b.other).filter(([k]) => LABEL_NUTRIENTS.some((l) => k.startsWith(l))));
  for (let i = startAt; i < startAt + count; i++) {
    const rnd = prng((seed * 0x9e3779b1 + i) >>> 0);
    const at = Math.floor(rnd() * bases.length);
    const base = bases[at]!;
    const brandIndex = Math.floor(rnd() * brands.length);
    // Distinct for every i below ~850,000 (a prime stride through the 11-digit range).
    const barcode = upcA(10_000_000_000 + i * 104_729);
    const grams = base.portions[0] && rnd() < 0.5 ? Math.round(base.portions[0].grams) || 30 : SERVINGS[Math.floor(rnd() * SERVINGS.length)]!;
    const portion: Portion = { amount: 1, unit: 'serving', label: `1 serving (${grams} g)`, grams };
    const other: Record<string, number> = {};
    for (const [k, v] of labels[at]!) other[k] = Math.round(v * (0.85 + 0.3 * rnd()) * 100) / 100;
    yield {
      line: i + 2,
      file: 'generated',
      source: 'usda-fdc-branded',
      sourceId: String(2_000_000 + i),
      name: productName(names[at]!, rnd),
      brand: brands[brandIndex]!,
      barcode,
      group: base.group,
      aliases: [],
      per100g: perturb(base.per100g, rnd),
      other,
      portions: [portion],
      dedupeKey: `gtin:${barcodeKey(barcode)}`,
    };
  }
}

/** The real foods that branded products are derived from: SR28 and the starter catalog by name, Open Food Facts products as they are. */
export function variantBases(real: RealFoods): ImportedFood[] {
  return [...real.sr28, ...real.starter, ...real.off];
}

/** Writes generated products through the app's catalog writer (the same rows, search lines and words an import stores). */
export async function writeVariants(repo: FoodRepository, foods: Iterable<ImportedFood>, now = new Date()): Promise<ImportSummary> {
  const summary = new SummaryBuilder('usda-fdc-branded');
  await writeCatalogFoods(repo, foods, summary, { now });
  return summary.finish();
}
