// Cronometer's CSV exports (shared/reference/peers.md §4.4): "Food & Recipe Entries" (servings: one row per
// food eaten, nutrients per row) become diary entries; Biometrics become body-log weights and body fat.
// Columns are matched by name, never position: newer exports add and rename nutrient columns.
import path from 'node:path';
import { isIsoDate } from '../../core/dates.js';
import { ValidationError } from '../../core/errors.js';
import { normalizeMeal } from '../../core/nutrition/meals.js';
import { KG_PER_LB, KJ_PER_KCAL } from '../../core/units.js';
import { readWithHeader, type HeadedRow } from './delimited.js';
import { decimal, emptyHistory, firstLine, headerColumns, sniffSeparator, sourceKey, type ImportedBodyEntry, type OnBytes, type ParsedHistory } from './history.js';

export type CronometerFileKind = 'servings' | 'biometrics' | 'daily' | 'exercises' | 'notes';

/** What a Cronometer CSV holds, by its header; null when it is none of its exports. */
export function cronometerFileKind(columns: readonly string[]): CronometerFileKind | null {
  const has = (c: string) => columns.includes(c);
  if (has('Food Name') && (has('Day') || has('Date'))) return 'servings';
  if (has('Metric') && has('Amount')) return 'biometrics';
  if (has('Exercise') && has('Calories Burned')) return 'exercises';
  if (has('Note') && has('Day')) return 'notes';
  if (has('Date') && columns.some((c) => c.startsWith('Energy ('))) return 'daily';
  return null;
}

const GRAMS_PER: Record<string, number> = { g: 1, gram: 1, grams: 1, kg: 1000, oz: 28.349523125, lb: 453.59237, lbs: 453.59237 };

/** Cronometer's free-text amount: "150.00 g" → 150 g; "2.00 medium (2-2/3" dia)" → 2 × "medium (2-2/3" dia)"; null when it has no number. */
export function cronometerAmount(text: string): { amount: number; unit: string; grams: number | null } | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(.*?)\s*$/.exec(text);
  if (!m) return null;
  const amount = Number(m[1]!.replace(',', '.'));
  const unit = m[2] || 'serving';
  const per = GRAMS_PER[unit.toLowerCase()];
  return { amount, unit: unit.slice(0, 60), grams: per === undefined ? null : amount * per };
}

/** Reads Cronometer servings and biometrics CSVs; the daily summary, exercises and notes are refused with the reason. */
export async function parseCronometer(files: readonly string[], opts: { onBytes?: OnBytes | undefined } = {}): Promise<ParsedHistory> {
  const out = emptyHistory('cronometer');
  for (const file of files) {
    const header = firstLine(file);
    const separator = sniffSeparator(header);
    const kind = cronometerFileKind(headerColumns(header, separator));
    const name = path.basename(file);
    if (kind === 'servings') await readServings(file, name, separator, out, opts.onBytes);
    else if (kind === 'biometrics') await readBiometrics(file, name, separator, out, opts.onBytes);
    else if (kind === 'daily') throw ValidationError.field('file', `${name} is Cronometer's daily nutrition summary; export "Food & Recipe Entries" (servings) instead, so each food keeps its name`);
    else if (kind !== null) throw ValidationError.field('file', `${name} is Cronometer's ${kind} export; Platewise imports servings ("Food & Recipe Entries") and biometrics`);
    else throw ValidationError.field('file', `${name} is not a Cronometer servings or biometrics export (no Food Name or Metric column)`);
  }
  return out;
}

function dayOf(row: HeadedRow): string | null {
  const day = (row.get('Day') || row.get('Date')).trim();
  return isIsoDate(day) ? day : null;
}

async function readServings(file: string, name: string, separator: string, out: ParsedHistory, onBytes: OnBytes | undefined): Promise<void> {
  const seen = new Map<string, number>();
  const columns = headerColumns(firstLine(file), separator);
  const energyColumn = columns.find((c) => c === 'Energy (kcal)') ?? columns.find((c) => c === 'Energy (kJ)');
  if (!energyColumn) throw ValidationError.field('file', `${name} has no Energy (kcal) column`);
  const carbsColumn = columns.find((c) => c === 'Carbs (g)') ?? columns.find((c) => c === 'Carbohydrates (g)') ?? 'Carbs (g)';
  for await (const row of readWithHeader(file, { format: 'csv', separator, ...(onBytes ? { onBytes } : {}) })) {
    const reject = (reason: string) => out.summary.reject(row.line, reason, name);
    const date = dayOf(row);
    if (!date) {
      reject(`Day "${row.get('Day') || row.get('Date')}" is not a date like 2024-01-31`);
      continue;
    }
    const food = row.get('Food Name').trim();
    if (food === '') {
      reject('Food Name is empty');
      continue;
    }
    const group = row.get('Group').trim();
    const meal = normalizeMeal(group === '' ? 'Uncategorized' : group.slice(0, 40));
    const amount = cronometerAmount(row.get('Amount'));
    let bad: string | null = null;
    const read = (column: string, required: boolean): number | null => {
      const v = decimal(row.get(column));
      if (v === undefined || (v !== null && v < 0)) bad ??= `${column} "${row.get(column)}" is not a number of 0 or more`;
      return v ?? (required ? 0 : null);
    };
    const energy = read(energyColumn, true)!;
    const nutrients = {
      energyKcal: energyColumn === 'Energy (kJ)' ? energy / KJ_PER_KCAL : energy,
      proteinG: read('Protein (g)', true)!,
      fatG: read('Fat (g)', true)!,
      carbsG: read(carbsColumn, true)!,
      saturatedFatG: read('Saturated (g)', false),
      fiberG: read('Fiber (g)', false),
      sugarsG: read('Sugars (g)', false),
      sodiumMg: read('Sodium (mg)', false),
    };
    if (bad) {
      reject(bad);
      continue;
    }
    const time = row.get('Time').trim();
    const identity = [date, time, group, food, row.get('Amount').trim()].join('\u0000');
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    out.diary.push({
      key: sourceKey('cronometer', date, time, group, food, row.get('Amount').trim(), n),
      line: row.line,
      file: name,
      date,
      meal,
      name: food.slice(0, 120),
      amount: amount?.amount ?? 1,
      unit: amount?.unit ?? 'serving',
      grams: amount?.grams ?? null,
      nutrients,
    });
  }
}

async function readBiometrics(file: string, name: string, separator: string, out: ParsedHistory, onBytes: OnBytes | undefined): Promise<void> {
  const byMoment = new Map<string, ImportedBodyEntry>();
  for await (const row of readWithHeader(file, { format: 'csv', separator, required: ['Metric', 'Unit', 'Amount'], ...(onBytes ? { onBytes } : {}) })) {
    const reject = (reason: string) => out.summary.reject(row.line, reason, name);
    const date = dayOf(row);
    if (!date) {
      reject(`Day "${row.get('Day') || row.get('Date')}" is not a date like 2024-01-31`);
      continue;
    }
    const metric = row.get('Metric').trim().toLowerCase();
    const unit = row.get('Unit').trim().toLowerCase();
    const value = decimal(row.get('Amount'));
    if (metric !== 'weight' && metric !== 'body fat') {
      out.summary.skipped++;
      continue;
    }
    if (value === null || value === undefined) {
      reject(`Amount "${row.get('Amount')}" is not a number`);
      continue;
    }
    const time = /^(\d{1,2}):(\d{2})/.exec(row.get('Time').trim());
    const hhmm = time ? `${time[1]!.padStart(2, '0')}:${time[2]}` : null;
    const moment = `${date}\u0000${hhmm ?? ''}`;
    let entry = byMoment.get(moment);
    if (!entry) {
      entry = { key: sourceKey('cronometer-bio', date, hhmm), line: row.line, file: name, date, time: hhmm, weightKg: null, bodyFatPct: null };
      byMoment.set(moment, entry);
    }
    if (metric === 'weight') {
      if (unit !== 'kg' && unit !== 'lbs' && unit !== 'lb') {
        reject(`Unit "${row.get('Unit')}" of a weight is not kg or lbs`);
        continue;
      }
      entry.weightKg = unit === 'kg' ? value : value * KG_PER_LB;
    } else {
      if (unit !== '%') {
        reject(`Unit "${row.get('Unit')}" of body fat is not %`);
        continue;
      }
      entry.bodyFatPct = value;
    }
  }
  out.body.push(...[...byMoment.values()].filter((e) => e.weightKg !== null || e.bodyFatPct !== null));
}
