// MyFitnessPal's Premium export (shared/reference/peers.md §4.3): Nutrition-Summary has meal totals per
// day (no food names), which become one quick-add entry per day and meal; Measurement-Summary has weights
// without a unit, so the person says kg or lb. Files are told apart by their header, not their name.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isIsoDate } from '../../core/dates.js';
import { ValidationError } from '../../core/errors.js';
import { normalizeMeal } from '../../core/nutrition/meals.js';
import { KG_PER_LB } from '../../core/units.js';
import { readWithHeader } from './delimited.js';
import { decimal, emptyHistory, firstLine, headerColumns, sourceKey, type ImportedNutrients, type OnBytes, type ParsedHistory } from './history.js';
import type { WeightUnit } from './strong.js';

export type MfpFileKind = 'nutrition' | 'measurements' | 'exercise';

/** What an MFP CSV holds, by its header; null when it is none of the three. */
export function mfpFileKind(columns: readonly string[]): MfpFileKind | null {
  const has = (c: string) => columns.includes(c);
  if (has('Date') && has('Meal') && has('Calories')) return 'nutrition';
  if (has('Date') && has('Exercise') && has('Exercise Calories')) return 'exercise';
  // A workout log (Strong's CSV) also has Date and Weight: its weights are lifted, not weighed.
  if (has('Date') && has('Weight') && !has('Reps') && !has('Exercise Name')) return 'measurements';
  return null;
}

/** The CSV files of a folder (an unzipped export), or the files given. */
export function csvFilesOf(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.toLowerCase().endsWith('.csv')).sort().map((f) => path.join(p, f)) : [p]));
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A day as MFP writes it (YYYY-MM-DD, or M/D/YYYY in US exports) as YYYY-MM-DD; null when neither. */
export function mfpDate(text: string): string | null {
  const t = text.trim();
  const m = US_DATE.exec(t);
  const date = m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : t;
  return isIsoDate(date) ? date : null;
}

/** Reads an MFP export's Nutrition-Summary and Measurement-Summary (the exercise summary is left out and said so). */
export async function parseMyFitnessPal(files: readonly string[], opts: { unit?: WeightUnit | undefined; onBytes?: OnBytes | undefined } = {}): Promise<ParsedHistory> {
  const out = emptyHistory('mfp');
  const kinds = csvFilesOf(files).map((file) => ({ file, kind: mfpFileKind(headerColumns(firstLine(file), ',')) }));
  const known = kinds.filter((k) => k.kind === 'nutrition' || k.kind === 'measurements');
  if (known.length === 0) {
    throw ValidationError.field('file', 'holds no MyFitnessPal Nutrition-Summary or Measurement-Summary CSV (headers Date,Meal,Calories,… or Date,Weight)');
  }
  if (known.some((k) => k.kind === 'measurements') && !opts.unit) {
    throw ValidationError.field('unit', "MyFitnessPal's Measurement-Summary does not say whether weights are kg or lb; choose the unit your MyFitnessPal used (--unit kg or --unit lb)");
  }
  for (const { file, kind } of kinds) {
    const name = path.basename(file);
    if (kind === 'exercise') {
      out.summary.reject(0, 'MyFitnessPal exercise summaries are not imported (log workouts here, or import them from Strong or Hevy)', name);
      continue;
    }
    if (kind === null) {
      out.summary.reject(0, 'is not a MyFitnessPal nutrition or measurement summary', name);
      continue;
    }
    if (kind === 'nutrition') await readNutrition(file, name, out, opts.onBytes);
    else await readMeasurements(file, name, opts.unit!, out, opts.onBytes);
  }
  return out;
}

async function readNutrition(file: string, name: string, out: ParsedHistory, onBytes: OnBytes | undefined): Promise<void> {
  const seen = new Map<string, number>();
  for await (const row of readWithHeader(file, { format: 'csv', required: ['Date', 'Meal', 'Calories'], ...(onBytes ? { onBytes } : {}) })) {
    const reject = (reason: string) => out.summary.reject(row.line, reason, name);
    const date = mfpDate(row.get('Date'));
    if (!date) {
      reject(`Date "${row.get('Date')}" is not a date like 2018-10-15`);
      continue;
    }
    let meal: string;
    try {
      meal = normalizeMeal(row.get('Meal'));
    } catch {
      reject(`Meal "${row.get('Meal')}" is not a meal name`);
      continue;
    }
    const columns: Array<[keyof ImportedNutrients, string]> = [
      ['energyKcal', 'Calories'],
      ['fatG', 'Fat (g)'],
      ['saturatedFatG', 'Saturated Fat'],
      ['sodiumMg', 'Sodium (mg)'],
      ['carbsG', 'Carbohydrates (g)'],
      ['fiberG', 'Fiber'],
      ['sugarsG', 'Sugar'],
      ['proteinG', 'Protein (g)'],
    ];
    const values: Partial<Record<keyof ImportedNutrients, number | null>> = {};
    let bad: string | null = null;
    for (const [key, column] of columns) {
      const v = decimal(row.get(column));
      if (v === undefined || (v !== null && v < 0)) bad ??= `${column} "${row.get(column)}" is not a number of 0 or more`;
      values[key] = v ?? null;
    }
    if (bad) {
      reject(bad);
      continue;
    }
    const time = row.get('Time').trim();
    const identity = `${date}\u0000${meal}\u0000${time}`;
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    out.diary.push({
      key: sourceKey('mfp', date, meal, time, n),
      line: row.line,
      file: name,
      date,
      meal,
      name: time ? `MyFitnessPal (${time})` : 'MyFitnessPal (meal total)',
      amount: 1,
      unit: 'serving',
      grams: null,
      nutrients: {
        energyKcal: values.energyKcal ?? 0,
        proteinG: values.proteinG ?? 0,
        fatG: values.fatG ?? 0,
        carbsG: values.carbsG ?? 0,
        saturatedFatG: values.saturatedFatG ?? null,
        fiberG: values.fiberG ?? null,
        sugarsG: values.sugarsG ?? null,
        sodiumMg: values.sodiumMg ?? null,
      },
    });
  }
}

async function readMeasurements(file: string, name: string, unit: WeightUnit, out: ParsedHistory, onBytes: OnBytes | undefined): Promise<void> {
  const seen = new Map<string, number>();
  for await (const row of readWithHeader(file, { format: 'csv', required: ['Date', 'Weight'], ...(onBytes ? { onBytes } : {}) })) {
    const date = mfpDate(row.get('Date'));
    if (!date) {
      out.summary.reject(row.line, `Date "${row.get('Date')}" is not a date like 2018-10-15`, name);
      continue;
    }
    const weight = decimal(row.get('Weight'));
    if (weight === null) {
      out.summary.skipped++;
      continue;
    }
    if (weight === undefined) {
      out.summary.reject(row.line, `Weight "${row.get('Weight')}" is not a number`, name);
      continue;
    }
    const n = seen.get(date) ?? 0;
    seen.set(date, n + 1);
    out.body.push({ key: sourceKey('mfp-weight', date, n), line: row.line, file: name, date, time: null, weightKg: unit === 'lb' ? weight * KG_PER_LB : weight, bodyFatPct: null });
  }
}
