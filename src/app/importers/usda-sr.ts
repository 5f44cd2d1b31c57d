// USDA National Nutrient Database for Standard Reference, Release 28, in its official ASCII layout
// (sr28_doc.pdf, chapter 3): FOOD_DES (foods), NUT_DATA (values per 100 g edible portion), NUTR_DEF
// (nutrient numbers, units), WEIGHT (household measures), FD_GROUP (food groups). Caret-separated, text
// between tildes, CRLF, ISO-8859-1.
import type { Per100g, Portion } from '../../core/nutrition/food-catalog.js';
import { formatAmount } from '../../core/nutrition/portions.js';
import type { ImportedFood } from './catalog-writer.js';
import { numberField, readDelimited, requireFile } from './delimited.js';
import type { ProgressListener, SummaryBuilder } from './import-summary.js';

export const SR_FILES = {
  foods: 'FOOD_DES.txt',
  values: 'NUT_DATA.txt',
  nutrients: 'NUTR_DEF.txt',
  weights: 'WEIGHT.txt',
  groups: 'FD_GROUP.txt',
} as const;

/** SR nutrient numbers (NUTR_DEF.Nutr_No) of the eight kept in columns; every other one goes to `other`. */
export const SR_MAIN_NUTRIENTS: Readonly<Record<string, keyof Per100g>> = {
  '208': 'energyKcal',
  '203': 'proteinG',
  '204': 'fatG',
  '606': 'saturatedFatG',
  '205': 'carbsG',
  '291': 'fiberG',
  '269': 'sugarsG',
  '307': 'sodiumMg',
};
const REQUIRED = ['208', '203', '204', '205'] as const;

interface Draft {
  line: number;
  ndb: string;
  name: string;
  brand: string | null;
  group: string;
  aliases: string[];
  main: Partial<Record<keyof Per100g, number>>;
  other: Record<string, number>;
  portions: Portion[];
}

/** Reads an SR28 folder into foods (one per FOOD_DES row), rejecting bad rows with file and line. */
export async function readUsdaSr(dir: string, summary: SummaryBuilder, onProgress?: ProgressListener): Promise<ImportedFood[]> {
  const file = (key: keyof typeof SR_FILES) => requireFile(dir, SR_FILES[key], 'USDA SR28 ASCII release');
  const paths = { foods: file('foods'), values: file('values'), nutrients: file('nutrients'), weights: file('weights'), groups: file('groups') };
  const read = (p: string, phase: string) =>
    readDelimited(p, { format: 'sr-ascii', encoding: 'latin1', onBytes: (done, total) => onProgress?.({ phase, done, total }) });

  const groups = new Map<string, string>();
  for await (const { line, fields } of read(paths.groups, `reading ${SR_FILES.groups}`)) {
    const [code, desc] = fields;
    if (!code || !desc) summary.reject(line, 'needs FdGrp_Cd and FdGrp_Desc', SR_FILES.groups);
    else groups.set(code, desc);
  }

  const nutrients = new Map<string, string>();
  for await (const { line, fields } of read(paths.nutrients, `reading ${SR_FILES.nutrients}`)) {
    const [no, units, , desc] = fields;
    if (!no || !units || !desc) summary.reject(line, 'needs Nutr_No, Units and NutrDesc', SR_FILES.nutrients);
    else nutrients.set(no, `${desc} (${units})`);
  }

  const drafts = new Map<string, Draft>();
  for await (const { line, fields } of read(paths.foods, `reading ${SR_FILES.foods}`)) {
    const [ndb = '', groupCode = '', longDesc = '', , comName = '', manufacturer = ''] = fields;
    const reject = (reason: string) => summary.reject(line, reason, SR_FILES.foods);
    if (fields.length < 14) reject(`has ${fields.length} fields; FOOD_DES rows have 14`);
    else if (!/^\d{5}$/.test(ndb)) reject(`NDB_No "${ndb}" is not 5 digits`);
    else if (longDesc.trim() === '') reject('has no Long_Desc (name)');
    else if (!groups.has(groupCode)) reject(`food group "${groupCode}" is not in ${SR_FILES.groups}`);
    else if (drafts.has(ndb)) reject(`repeats NDB_No ${ndb} of line ${drafts.get(ndb)!.line}`);
    else {
      drafts.set(ndb, {
        line,
        ndb,
        name: longDesc.trim(),
        brand: manufacturer.trim() || null,
        group: groups.get(groupCode)!,
        aliases: commonNames(comName),
        main: {},
        other: {},
        portions: [],
      });
    }
  }

  const seenValue = new Set<string>();
  for await (const { line, fields } of read(paths.values, `reading ${SR_FILES.values}`)) {
    const [ndb = '', no = '', value = ''] = fields;
    const reject = (reason: string) => summary.reject(line, reason, SR_FILES.values);
    const draft = drafts.get(ndb);
    const amount = numberField(value);
    if (!draft) reject(`NDB_No "${ndb}" is not a food of ${SR_FILES.foods}`);
    else if (!nutrients.has(no)) reject(`Nutr_No "${no}" is not in ${SR_FILES.nutrients}`);
    else if (amount === undefined || amount === null || amount < 0) reject(`Nutr_Val "${value}" is not a number ≥ 0`);
    else if (seenValue.has(`${ndb}^${no}`)) reject(`repeats nutrient ${no} of food ${ndb}`);
    else {
      seenValue.add(`${ndb}^${no}`);
      const main = SR_MAIN_NUTRIENTS[no];
      if (main) draft.main[main] = amount;
      else draft.other[nutrients.get(no)!] = amount;
    }
  }

  for await (const { line, fields } of read(paths.weights, `reading ${SR_FILES.weights}`)) {
    const [ndb = '', , amountText = '', measure = '', gramsText = ''] = fields;
    const reject = (reason: string) => summary.reject(line, reason, SR_FILES.weights);
    const draft = drafts.get(ndb);
    const amount = numberField(amountText);
    const grams = numberField(gramsText);
    if (!draft) reject(`NDB_No "${ndb}" is not a food of ${SR_FILES.foods}`);
    else if (!amount || amount <= 0) reject(`Amount "${amountText}" is not a number > 0`);
    else if (!grams || grams <= 0) reject(`Gm_Wgt "${gramsText}" is not a number of grams > 0`);
    else if (measure.trim() === '') reject('has no Msre_Desc');
    else draft.portions.push({ amount, unit: measure.trim(), label: `${formatAmount(amount)} ${measure.trim()}`, grams });
  }

  const out: ImportedFood[] = [];
  for (const d of drafts.values()) {
    const missing = REQUIRED.filter((no) => d.main[SR_MAIN_NUTRIENTS[no]!] === undefined);
    if (missing.length > 0) {
      summary.reject(d.line, `has no value for nutrient ${missing.join(', ')} in ${SR_FILES.values}`, SR_FILES.foods);
      continue;
    }
    out.push({
      line: d.line,
      file: SR_FILES.foods,
      source: 'usda-sr28',
      sourceId: d.ndb,
      name: d.name,
      brand: d.brand,
      barcode: null,
      group: d.group,
      aliases: d.aliases,
      per100g: {
        energyKcal: d.main.energyKcal!,
        proteinG: d.main.proteinG!,
        fatG: d.main.fatG!,
        saturatedFatG: d.main.saturatedFatG ?? null,
        carbsG: d.main.carbsG!,
        fiberG: d.main.fiberG ?? null,
        sugarsG: d.main.sugarsG ?? null,
        sodiumMg: d.main.sodiumMg ?? null,
      },
      other: d.other,
      portions: d.portions,
      dedupeKey: `ndb:${d.ndb}`,
    });
  }
  return out;
}

/** ComName holds common names separated by commas, and sometimes notes ("Includes USDA Commodity B879"); keep the names. */
function commonNames(comName: string): string[] {
  return [
    ...new Set(
      comName
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '' && s.length <= 40 && !/\d/.test(s) && !/^(includes?|usda|nfsmi)\b/i.test(s)),
    ),
  ];
}
