import type { FieldIssue } from '../errors.js';
import { KCAL_PER_G_CARBS, KCAL_PER_G_FAT, KCAL_PER_G_PROTEIN } from '../energy/macros.js';

/**
 * Nutrients per 100 g of edible portion. Energy in kcal, sodium in mg, the rest in grams.
 * Energy and the three macronutrients are always known; the others are null when the source did not
 * analyse them (null means unknown, never zero).
 */
export interface Per100g {
  energyKcal: number;
  proteinG: number;
  fatG: number;
  saturatedFatG: number | null;
  carbsG: number;
  fiberG: number | null;
  sugarsG: number | null;
  sodiumMg: number | null;
}

/** A household measure of a food: `amount` × `unit` weighs `grams` (e.g. 1 large egg = 50 g). */
export interface Portion {
  amount: number;
  unit: string;
  label: string;
  grams: number;
}

/** One food of a shared catalog: names to search on, where its values came from, nutrients and portions. */
export interface CatalogFood {
  /** Stable id within the source, e.g. "sr28-01123" (USDA SR28 NDB number 01123). */
  sourceId: string;
  name: string;
  aliases: string[];
  /** Food group of the source, e.g. "Dairy and Egg Products". */
  group: string;
  /** The source record the values were taken from, e.g. "USDA SR28 01123 Egg, whole, raw, fresh". */
  basedOn: string;
  per100g: Per100g;
  portions: Portion[];
}

/** The shape of a catalog file such as data/foods.json. */
export interface FoodCatalogFile {
  version: 1;
  source: string;
  license: string;
  foods: CatalogFood[];
}

/** What validateFoodCatalog returns: the rows that passed every check, and one issue per problem. */
export interface FoodCatalogValidation {
  foods: CatalogFood[];
  issues: FieldIssue[];
}

const FILE_KEYS = ['version', 'source', 'license', 'foods'] as const;
const FOOD_KEYS = ['sourceId', 'name', 'aliases', 'group', 'basedOn', 'per100g', 'portions'] as const;
const PORTION_KEYS = ['amount', 'unit', 'label', 'grams'] as const;
const REQUIRED_NUTRIENTS = ['energyKcal', 'proteinG', 'fatG', 'carbsG'] as const;
const OPTIONAL_NUTRIENTS = ['saturatedFatG', 'fiberG', 'sugarsG', 'sodiumMg'] as const;
const NUTRIENT_KEYS = [...REQUIRED_NUTRIENTS, ...OPTIONAL_NUTRIENTS] as const;

// Energy may differ from the Atwater general-factor sum by this much: specific factors, fibre and
// organic acids move real foods off 4/4/9, while a per-serving value or a slipped digit does not fit.
const ATWATER_TOLERANCE_SHARE = 0.15;
const ATWATER_TOLERANCE_KCAL = 20;
// Carbohydrate in USDA data is "by difference" while sugars are measured, so a few real rows (milk
// 5.05 g sugars vs 4.80 g carbohydrate, sliced turkey breast 3.28 vs 2.34) exceed it by under 1 g.
const SUGARS_OVER_CARBS_TOLERANCE_G = 1;
// Rounding leaves traces of saturated fat under a total fat of 0 (brewed black tea: 0.002 g under 0 g).
const SATURATED_OVER_FAT_TOLERANCE_G = 0.01;

/**
 * Drinks whose energy is mostly alcohol (7 kcal/g), which 4·protein + 4·carbs + 9·fat leaves out:
 * a row of group "Beverages" whose name contains one of these words is exempt from the energy check.
 */
export const ALCOHOLIC_DRINK_WORDS = [
  'beer',
  'wine',
  'spirits',
  'liquor',
  'liqueur',
  'vodka',
  'whiskey',
  'whisky',
  'rum',
  'gin',
  'tequila',
  'brandy',
  'cider',
  'sake',
  'cocktail',
] as const;
/** Names that contain an alcoholic word but are not alcoholic drinks; they get the energy check. */
export const NON_ALCOHOLIC_DRINK_PHRASES = ['root beer', 'ginger beer', 'non-alcoholic', 'alcohol-free'] as const;

const ALCOHOLIC_WORD = new RegExp(`\\b(?:${ALCOHOLIC_DRINK_WORDS.join('|')})\\b`, 'i');

/** True for an alcoholic drink: group "Beverages" and a name with a word of ALCOHOLIC_DRINK_WORDS (not "root beer"). */
export function isAlcoholicDrink(food: Pick<CatalogFood, 'group' | 'name'>): boolean {
  if (food.group !== 'Beverages') return false;
  const name = food.name.toLowerCase();
  if (NON_ALCOHOLIC_DRINK_PHRASES.some((phrase) => name.includes(phrase))) return false;
  return ALCOHOLIC_WORD.test(name);
}

/** Atwater general factors: 4·protein + 4·carbohydrate + 9·fat (USDA Handbook 74; FAO 2003); g per 100 g → kcal per 100 g. */
export function atwaterKcal(per100g: Pick<Per100g, 'proteinG' | 'carbsG' | 'fatG'>): number {
  return KCAL_PER_G_PROTEIN * per100g.proteinG + KCAL_PER_G_CARBS * per100g.carbsG + KCAL_PER_G_FAT * per100g.fatG;
}

/**
 * Checks a food catalog (parsed JSON) and returns its valid rows plus every problem found.
 *
 * Rules, each reported with a field path like `foods[12] (Egg, whole, raw).per100g.fatG`:
 * - the file is `{ version: 1, source, license, foods: [...] }` with no other keys;
 * - every row has exactly the keys of CatalogFood; `sourceId`, `name`, `group` and `basedOn` are
 *   non-empty strings without outer spaces; `sourceId` is unique, `name` unique case-insensitively;
 *   `aliases` is an array of such strings (aliases may repeat across foods: they are search words);
 * - `per100g` has all eight nutrients: energy, protein, fat and carbohydrate are numbers ≥ 0, the
 *   others numbers ≥ 0 or null; saturated fat ≤ fat and sugars ≤ carbohydrate (within the rounding
 *   tolerances above); energy lies within 15 % or 20 kcal, whichever is wider, of atwaterKcal —
 *   except for alcoholic drinks (isAlcoholicDrink);
 * - `portions` is an array (may be empty) of `{ amount > 0, unit, label, grams > 0 }`.
 * A row with any issue is left out of `foods`; later duplicates are blamed, the first one kept.
 */
export function validateFoodCatalog(data: unknown): FoodCatalogValidation {
  const issues: FieldIssue[] = [];
  const foods: CatalogFood[] = [];
  if (!isRecord(data)) {
    issues.push({ field: 'catalog', message: 'must be a JSON object' });
    return { foods, issues };
  }
  for (const key of unknownKeys(data, FILE_KEYS)) issues.push({ field: key, message: 'is not a catalog field' });
  if (data['version'] !== 1) issues.push({ field: 'version', message: 'must be 1' });
  for (const key of ['source', 'license'] as const) {
    if (!isCleanString(data[key])) issues.push({ field: key, message: 'must be a non-empty string' });
  }
  const rows = data['foods'];
  if (!Array.isArray(rows)) {
    issues.push({ field: 'foods', message: 'must be an array' });
    return { foods, issues };
  }

  const seen: SeenKeys = { sourceIds: new Map(), names: new Map() };
  rows.forEach((row: unknown, index) => {
    const rowIssues: FieldIssue[] = [];
    const food = checkRow(row, index, seen, rowIssues);
    if (food && rowIssues.length === 0) foods.push(food);
    issues.push(...rowIssues);
  });
  return { foods, issues };
}

interface SeenKeys {
  /** sourceId → label of the row that first used it. */
  sourceIds: Map<string, string>;
  /** Lower-cased name → label of the row that first used it. */
  names: Map<string, string>;
}

type Fail = (field: string, message: string) => void;

function checkRow(row: unknown, index: number, seen: SeenKeys, issues: FieldIssue[]): CatalogFood | null {
  if (!isRecord(row)) {
    issues.push({ field: `foods[${index}]`, message: 'must be an object' });
    return null;
  }
  const name = row['name'];
  const label = typeof name === 'string' && name.trim() !== '' ? `foods[${index}] (${name})` : `foods[${index}]`;
  const fail: Fail = (field, message) => {
    issues.push({ field: `${label}.${field}`, message });
  };

  for (const key of unknownKeys(row, FOOD_KEYS)) fail(key, 'is not a food field');

  const sourceId = row['sourceId'];
  if (!isCleanString(sourceId)) {
    fail('sourceId', 'must be a non-empty string without outer spaces');
  } else {
    const first = seen.sourceIds.get(sourceId);
    if (first) fail('sourceId', `duplicates the sourceId of ${first}`);
    else seen.sourceIds.set(sourceId, label);
  }

  if (!isCleanString(name)) {
    fail('name', 'must be a non-empty string without outer spaces');
  } else {
    const key = name.toLowerCase();
    const first = seen.names.get(key);
    if (first) fail('name', `duplicates the name of ${first} (names compare case-insensitively)`);
    else seen.names.set(key, label);
  }

  const aliases = row['aliases'];
  let aliasesOk = Array.isArray(aliases);
  if (!Array.isArray(aliases)) {
    fail('aliases', 'must be an array of strings (may be empty)');
  } else {
    aliases.forEach((alias: unknown, i) => {
      if (!isCleanString(alias)) {
        fail(`aliases[${i}]`, 'must be a non-empty string without outer spaces');
        aliasesOk = false;
      }
    });
  }

  const group = row['group'];
  if (!isCleanString(group)) fail('group', 'must be a non-empty string without outer spaces');
  const basedOn = row['basedOn'];
  if (!isCleanString(basedOn)) fail('basedOn', 'must name the source record (non-empty string without outer spaces)');

  const per100g = checkPer100g(row['per100g'], fail);
  if (per100g && typeof name === 'string' && typeof group === 'string') {
    checkEnergy(per100g, { name, group }, fail);
  }
  const portions = checkPortions(row['portions'], fail);

  if (
    !isCleanString(sourceId) ||
    !isCleanString(name) ||
    !aliasesOk ||
    !isCleanString(group) ||
    !isCleanString(basedOn) ||
    !per100g ||
    !portions
  ) {
    return null;
  }
  return { sourceId, name, aliases: [...(aliases as string[])], group, basedOn, per100g, portions };
}

function checkPer100g(value: unknown, fail: Fail): Per100g | null {
  if (!isRecord(value)) {
    fail('per100g', `must be an object with ${NUTRIENT_KEYS.join(', ')}`);
    return null;
  }
  let ok = true;
  for (const key of unknownKeys(value, NUTRIENT_KEYS)) {
    fail(`per100g.${key}`, 'is not a nutrient field');
    ok = false;
  }
  for (const key of REQUIRED_NUTRIENTS) {
    if (!isAmount(value[key])) {
      fail(`per100g.${key}`, `must be a number ≥ 0 (got ${JSON.stringify(value[key])})`);
      ok = false;
    }
  }
  for (const key of OPTIONAL_NUTRIENTS) {
    const v = value[key];
    if (v === undefined) {
      fail(`per100g.${key}`, 'is required (use null when the source does not give it)');
      ok = false;
    } else if (v !== null && !isAmount(v)) {
      fail(`per100g.${key}`, `must be a number ≥ 0 or null (got ${JSON.stringify(v)})`);
      ok = false;
    }
  }
  if (!ok) return null;
  const n = value as unknown as Per100g;
  const per100g: Per100g = {
    energyKcal: n.energyKcal,
    proteinG: n.proteinG,
    fatG: n.fatG,
    saturatedFatG: n.saturatedFatG,
    carbsG: n.carbsG,
    fiberG: n.fiberG,
    sugarsG: n.sugarsG,
    sodiumMg: n.sodiumMg,
  };
  if (per100g.saturatedFatG !== null && per100g.saturatedFatG > per100g.fatG + SATURATED_OVER_FAT_TOLERANCE_G) {
    fail('per100g.saturatedFatG', `${per100g.saturatedFatG} g is more than total fat ${per100g.fatG} g`);
    ok = false;
  }
  if (per100g.sugarsG !== null && per100g.sugarsG > per100g.carbsG + SUGARS_OVER_CARBS_TOLERANCE_G) {
    fail('per100g.sugarsG', `${per100g.sugarsG} g is more than carbohydrate ${per100g.carbsG} g`);
    ok = false;
  }
  return ok ? per100g : null;
}

function checkEnergy(per100g: Per100g, food: Pick<CatalogFood, 'name' | 'group'>, fail: Fail): void {
  if (isAlcoholicDrink(food)) return;
  const expected = atwaterKcal(per100g);
  const allowed = Math.max(ATWATER_TOLERANCE_KCAL, ATWATER_TOLERANCE_SHARE * per100g.energyKcal);
  if (Math.abs(per100g.energyKcal - expected) > allowed) {
    fail(
      'per100g.energyKcal',
      `${per100g.energyKcal} kcal is more than ${Math.round(allowed)} kcal away from ` +
        `4·protein + 4·carbs + 9·fat = ${Math.round(expected)} kcal`,
    );
  }
}

function checkPortions(value: unknown, fail: Fail): Portion[] | null {
  if (!Array.isArray(value)) {
    fail('portions', 'must be an array of { amount, unit, label, grams } (may be empty)');
    return null;
  }
  const portions: Portion[] = [];
  let ok = true;
  value.forEach((portion: unknown, i) => {
    const at = `portions[${i}]`;
    if (!isRecord(portion)) {
      fail(at, 'must be an object { amount, unit, label, grams }');
      ok = false;
      return;
    }
    for (const key of unknownKeys(portion, PORTION_KEYS)) {
      fail(`${at}.${key}`, 'is not a portion field');
      ok = false;
    }
    const { amount, unit, label, grams } = portion;
    if (!isPositive(amount)) {
      fail(`${at}.amount`, `must be a number > 0 (got ${JSON.stringify(amount)})`);
      ok = false;
    }
    if (!isCleanString(unit)) {
      fail(`${at}.unit`, 'must be a non-empty string without outer spaces');
      ok = false;
    }
    if (!isCleanString(label)) {
      fail(`${at}.label`, 'must be a non-empty string without outer spaces');
      ok = false;
    }
    if (!isPositive(grams)) {
      fail(`${at}.grams`, `must be a number of grams > 0 (got ${JSON.stringify(grams)})`);
      ok = false;
    }
    if (isPositive(amount) && isCleanString(unit) && isCleanString(label) && isPositive(grams)) {
      portions.push({ amount, unit, label, grams });
    }
  });
  return ok ? portions : null;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCleanString(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.trim() === value;
}

function unknownKeys(record: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(record).filter((key) => !known.includes(key));
}
