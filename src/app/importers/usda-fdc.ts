// USDA FoodData Central CSV downloads (Foundation, SR Legacy, Survey (FNDDS), Branded; peers.md §5.5):
// food.csv, food_nutrient.csv and nutrient.csv, with food_portion.csv + measure_unit.csv, branded_food.csv,
// food_category.csv, sr_legacy_food.csv, survey_fndds_food.csv and wweia_food_category.csv when present.
// Comma-separated, every field double-quoted, UTF-8.
import type { Per100g, Portion } from '../../core/nutrition/food-catalog.js';
import type { FoodSource } from '../../core/nutrition/food-ranking.js';
import { atwaterKcal } from '../../core/nutrition/food-catalog.js';
import { kjToKcal, nutrientProblems } from '../../core/nutrition/nutrients.js';
import { formatAmount, splitAmount } from '../../core/nutrition/portions.js';
import { barcodeKey } from '../../core/nutrition/search-text.js';
import type { ImportedFood } from './catalog-writer.js';
import { findFile, numberField, readWithHeader, requireFile } from './delimited.js';
import type { ProgressListener, SummaryBuilder } from './import-summary.js';

/** The data types we import, and the catalog source each becomes; others (sample, sub-sample, experimental) are skipped. */
export const FDC_DATA_TYPES: Readonly<Record<string, FoodSource>> = {
  foundation_food: 'usda-fdc-foundation',
  sr_legacy_food: 'usda-fdc-sr-legacy',
  survey_fndds_food: 'usda-fdc-survey',
  branded_food: 'usda-fdc-branded',
};

/** FDC nutrient ids, first choice first: energy 1008 (kcal) ?? 2048 (Atwater specific) ?? 2047 (Atwater general) ?? 1062 (kJ). */
export const FDC_NUTRIENTS = {
  energyKcal: [1008, 2048, 2047],
  energyKj: [1062],
  proteinG: [1003],
  fatG: [1004, 1085],
  saturatedFatG: [1258],
  carbsG: [1005, 1050],
  fiberG: [1079],
  sugarsG: [2000, 1063],
  sodiumMg: [1093],
} as const;
const MAIN_IDS = new Set<number>(Object.values(FDC_NUTRIENTS).flat());

interface Draft {
  line: number;
  fdcId: string;
  source: FoodSource;
  name: string;
  group: string | null;
  brand: string | null;
  barcode: string | null;
  dedupeKey: string | null;
  values: Map<number, number>;
  other: Record<string, number>;
  portions: Portion[];
}

const FILES = { food: 'food.csv', values: 'food_nutrient.csv', nutrients: 'nutrient.csv', portions: 'food_portion.csv' } as const;

/** Reads one FoodData Central download folder into foods, rejecting bad rows with file and line. */
export async function readUsdaFdc(dir: string, summary: SummaryBuilder, onProgress?: ProgressListener): Promise<ImportedFood[]> {
  const what = 'USDA FoodData Central CSV download';
  const read = (file: string, required: readonly string[]) =>
    readWithHeader(file, {
      format: 'csv',
      required,
      onBytes: (done, total) => onProgress?.({ phase: `reading ${file.split(/[\\/]/).pop()}`, done, total }),
    });
  const foodFile = requireFile(dir, FILES.food, what);
  const valuesFile = requireFile(dir, FILES.values, what);
  const nutrientFile = requireFile(dir, FILES.nutrients, what);

  const nutrients = new Map<number, string>();
  for await (const r of read(nutrientFile, ['id', 'name', 'unit_name'])) {
    const id = Number(r.get('id'));
    if (!Number.isInteger(id) || r.get('name').trim() === '') summary.reject(r.line, 'needs an integer id and a name', FILES.nutrients);
    else nutrients.set(id, `${r.get('name').trim()} (${unitOf(r.get('unit_name'))})`);
  }
  const categories = await lookup(dir, 'food_category.csv', 'id', 'description', read);
  const wweia = await lookup(dir, 'wweia_food_category.csv', 'wweia_food_category', 'wweia_food_category_description', read);
  const srNdb = await lookup(dir, 'sr_legacy_food.csv', 'fdc_id', 'NDB_number', read);
  const surveyCategory = await lookup(dir, 'survey_fndds_food.csv', 'fdc_id', 'wweia_category_code', read);
  const units = await lookup(dir, 'measure_unit.csv', 'id', 'name', read);

  const drafts = new Map<string, Draft>();
  const skippedIds = new Set<string>();
  for await (const r of read(foodFile, ['fdc_id', 'data_type', 'description'])) {
    const fdcId = r.get('fdc_id').trim();
    const reject = (reason: string) => summary.reject(r.line, reason, FILES.food);
    const source = FDC_DATA_TYPES[r.get('data_type').trim()];
    if (!/^\d+$/.test(fdcId)) reject(`fdc_id "${fdcId}" is not a number`);
    else if (drafts.has(fdcId) || skippedIds.has(fdcId)) reject(`repeats fdc_id ${fdcId}`);
    else if (!source) {
      skippedIds.add(fdcId);
      summary.skipped++;
    } else if (r.get('description').trim() === '') reject('has no description');
    else {
      const ndb = srNdb.get(fdcId);
      const group =
        source === 'usda-fdc-survey' ? (wweia.get(surveyCategory.get(fdcId) ?? '') ?? null) : (categories.get(r.get('food_category_id')) ?? null);
      drafts.set(fdcId, {
        line: r.line,
        fdcId,
        source,
        name: r.get('description').trim(),
        group,
        brand: null,
        barcode: null,
        dedupeKey: ndb && /^\d+$/.test(ndb) ? `ndb:${ndb.padStart(5, '0')}` : null,
        values: new Map(),
        other: {},
        portions: [],
      });
    }
  }

  const brandedFile = findFile(dir, 'branded_food.csv');
  if (brandedFile) {
    for await (const r of read(brandedFile, ['fdc_id', 'brand_owner', 'gtin_upc', 'serving_size', 'serving_size_unit'])) {
      const d = drafts.get(r.get('fdc_id').trim());
      if (!d) continue;
      d.brand = (r.get('brand_name') || r.get('brand_owner')).trim() || null;
      const gtin = r.get('gtin_upc').trim();
      d.barcode = gtin || null;
      const key = barcodeKey(gtin);
      d.dedupeKey = key ? `gtin:${key}` : d.dedupeKey;
      d.group = r.get('branded_food_category').trim() || d.group;
      const size = numberField(r.get('serving_size'));
      const unit = r.get('serving_size_unit').trim().toLowerCase();
      if (typeof size === 'number' && size > 0 && (unit === 'g' || unit === 'grm')) {
        const household = r.get('household_serving_fulltext').trim();
        d.portions.push({ amount: 1, unit: household || 'serving', label: `${household || '1 serving'} (${size} g)`, grams: size });
      }
    }
  }

  for await (const r of read(valuesFile, ['fdc_id', 'nutrient_id', 'amount'])) {
    const fdcId = r.get('fdc_id').trim();
    const reject = (reason: string) => summary.reject(r.line, reason, FILES.values);
    const d = drafts.get(fdcId);
    const id = Number(r.get('nutrient_id'));
    const amount = numberField(r.get('amount'));
    if (!d) {
      if (skippedIds.has(fdcId)) summary.skipped++;
      else reject(`fdc_id "${fdcId}" is not a food of ${FILES.food}`);
    } else if (!nutrients.has(id)) reject(`nutrient_id "${r.get('nutrient_id')}" is not in ${FILES.nutrients}`);
    else if (amount === undefined || amount === null || amount < 0) reject(`amount "${r.get('amount')}" is not a number ≥ 0`);
    else if (MAIN_IDS.has(id)) d.values.set(id, amount);
    else d.other[nutrients.get(id)!] = amount;
  }

  const portionFile = findFile(dir, FILES.portions);
  if (portionFile) {
    for await (const r of read(portionFile, ['fdc_id', 'amount', 'measure_unit_id', 'portion_description', 'modifier', 'gram_weight'])) {
      const d = drafts.get(r.get('fdc_id').trim());
      if (!d) {
        // Portions of foods this download does not hold (or holds as skipped types) are not an error.
        summary.skipped++;
        continue;
      }
      const portion = toPortion(r.get('amount'), units.get(r.get('measure_unit_id')) ?? null, r.get('portion_description'), r.get('modifier'), r.get('gram_weight'));
      if (portion === null) summary.skipped++;
      else if (typeof portion === 'string') summary.reject(r.line, portion, FILES.portions);
      else d.portions.push(portion);
    }
  }

  const out: ImportedFood[] = [];
  for (const d of drafts.values()) {
    const food = finish(d, summary);
    if (food) out.push(food);
  }
  return out;
}

function finish(d: Draft, summary: SummaryBuilder): ImportedFood | null {
  const pick = (ids: readonly number[]) => ids.map((id) => d.values.get(id)).find((v) => v !== undefined) ?? null;
  const reject = (reason: string) => {
    summary.reject(d.line, reason, FILES.food);
    return null;
  };
  const proteinG = pick(FDC_NUTRIENTS.proteinG);
  const fatG = pick(FDC_NUTRIENTS.fatG);
  const carbsG = pick(FDC_NUTRIENTS.carbsG);
  const missing = [proteinG === null && 'protein (1003)', fatG === null && 'fat (1004)', carbsG === null && 'carbohydrate (1005)'].filter(Boolean);
  if (missing.length > 0) return reject(`fdc_id ${d.fdcId} has no ${missing.join(', ')} in ${FILES.values}`);
  const kj = pick(FDC_NUTRIENTS.energyKj);
  const macros = { proteinG: proteinG!, fatG: fatG!, carbsG: carbsG! };
  // Energy: 1008 ?? 2048 ?? 2047 (peers.md §5.5), then kJ, then 4/4/9 from the macros as a last resort.
  const energyKcal = pick(FDC_NUTRIENTS.energyKcal) ?? (kj !== null ? kjToKcal(kj) : atwaterKcal(macros));
  const per100g: Per100g = {
    energyKcal,
    ...macros,
    saturatedFatG: pick(FDC_NUTRIENTS.saturatedFatG),
    fiberG: pick(FDC_NUTRIENTS.fiberG),
    sugarsG: pick(FDC_NUTRIENTS.sugarsG),
    sodiumMg: pick(FDC_NUTRIENTS.sodiumMg),
  };
  if (d.source === 'usda-fdc-branded') {
    // Label data typed in by manufacturers gets the same checks as Open Food Facts.
    const problems = nutrientProblems(per100g);
    if (problems.length > 0) return reject(`fdc_id ${d.fdcId}: ${problems.map((p) => p.message).join('; ')}`);
  }
  return {
    line: d.line,
    file: FILES.food,
    source: d.source,
    sourceId: d.fdcId,
    name: d.name,
    brand: d.brand,
    barcode: d.barcode,
    group: d.group,
    aliases: [],
    per100g,
    other: d.other,
    portions: d.portions,
    dedupeKey: d.dedupeKey,
  };
}

/**
 * A food_portion row as a portion: Survey rows carry the text in portion_description ("1 cup"); SR Legacy
 * puts the unit in modifier under the "undetermined" measure (9999); Foundation names the unit in
 * measure_unit with a modifier ("egg", "whole without shell"). Returns the reason when the row is unusable,
 * and null for Survey's "Quantity not specified" (a default weight, not a measure a person picks).
 */
function toPortion(amountText: string, unitName: string | null, description: string, modifier: string, gramsText: string): Portion | string | null {
  const desc = description.trim();
  if (/^quantity not specified$/i.test(desc)) return null;
  const grams = numberField(gramsText);
  if (typeof grams !== 'number' || grams <= 0) return `gram_weight "${gramsText}" is not a number of grams > 0`;
  if (desc !== '') {
    const { amount, unit } = splitAmount(desc);
    return { amount, unit, label: desc, grams };
  }
  const amount = numberField(amountText);
  const count = typeof amount === 'number' && amount > 0 ? amount : 1;
  const named = unitName && unitName !== 'undetermined' ? unitName : null;
  const mod = modifier.trim() !== '' && !/^\d+$/.test(modifier.trim()) ? modifier.trim() : null;
  const unit = [named, mod].filter(Boolean).join(', ');
  if (unit === '') return 'has no unit (measure_unit_id, portion_description and modifier are empty)';
  return { amount: count, unit, label: `${formatAmount(count)} ${unit}`, grams };
}

/** FDC writes units in capitals (G, MG, UG, KCAL, kJ); we show them the usual way. */
function unitOf(unit: string): string {
  const u = unit.trim();
  return { G: 'g', MG: 'mg', UG: 'µg', KCAL: 'kcal', IU: 'IU', KJ: 'kJ' }[u.toUpperCase()] ?? u;
}

/** A two-column lookup from an optional file (empty when the file is absent). */
async function lookup(
  dir: string,
  name: string,
  key: string,
  value: string,
  read: (file: string, required: readonly string[]) => AsyncGenerator<{ get(c: string): string }>,
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const file = findFile(dir, name);
  if (!file) return map;
  for await (const r of read(file, [key, value])) map.set(r.get(key).trim(), r.get(value).trim());
  return map;
}
