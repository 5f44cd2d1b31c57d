import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../../core/units.js';
import { fixture } from '../testing/history-data.js';
import { cronometerAmount, parseCronometer } from './cronometer.js';

const cronometer = (name: string) => fixture('cronometer', name);

describe('cronometerAmount', () => {
  it.each([
    ['150.00 g', { amount: 150, unit: 'g', grams: 150 }],
    ['1.00 oz', { amount: 1, unit: 'oz', grams: 28.349523125 }],
    ['2.00 medium (2-2/3" dia)', { amount: 2, unit: 'medium (2-2/3" dia)', grams: null }],
    ['1.00 full recipe', { amount: 1, unit: 'full recipe', grams: null }],
    ['some', null],
  ])('%s', (text, expected) => {
    expect(cronometerAmount(text)).toEqual(expected);
  });
});

describe('parseCronometer', () => {
  it('reads the current servings layout by column name, meals from groups', async () => {
    const sut = await parseCronometer([cronometer('servings.csv')]);
    expect(sut.diary.map((d) => [d.date, d.meal, d.name, d.amount, d.unit, d.grams])).toEqual([
      ['2024-01-31', 'breakfast', 'Eggs, Scrambled', 150, 'g', 150],
      ['2024-01-31', 'breakfast', 'Coffee, Brewed', 1, 'cup', null],
      ['2024-01-31', 'lunch', 'Coffee, Brewed', 1, 'cup', null],
      ['2024-01-31', 'Uncategorized', 'Almonds', 1, 'oz', 28.349523125],
    ]);
    expect(sut.diary[0]!.nutrients).toEqual({ energyKcal: 223.5, proteinG: 15.2, fatG: 16.4, carbsG: 2.4, saturatedFatG: 4.9, fiberG: null, sugarsG: null, sodiumMg: 217.5 });
    expect(new Set(sut.diary.map((d) => d.key)).size).toBe(4);
    expect(sut.summary.finish().rejected).toEqual([
      { line: 6, reason: 'Energy (kcal) "lots" is not a number of 0 or more', file: 'servings.csv' },
      { line: 7, reason: 'Day "2024-02-30" is not a date like 2024-01-31', file: 'servings.csv' },
    ]);
  });

  it('reads the older servings layout verbatim', async () => {
    const sut = await parseCronometer([cronometer('servings-old.csv')]);
    expect(sut.diary.map((d) => [d.name, d.amount, d.unit, d.nutrients.energyKcal, d.nutrients.proteinG, d.nutrients.sodiumMg])).toEqual([
      ['Oats, Rolled', 80, 'g', 303.2, 10.5, 4.8],
      ['Banana, Raw', 1, 'medium (7" to 7-7/8" long)', 105, 1.3, 1.2],
    ]);
    expect(sut.diary.every((d) => d.meal === 'Uncategorized')).toBe(true);
  });

  it('reads biometrics: weight and body fat of one moment in one entry, lbs to kg, other metrics skipped', async () => {
    const sut = await parseCronometer([cronometer('biometrics.csv')]);
    expect(sut.body.map((b) => [b.date, b.time, b.weightKg, b.bodyFatPct])).toEqual([
      ['2024-01-30', '07:02', 81.4, 18.5],
      ['2024-01-31', null, 179 * KG_PER_LB, null],
    ]);
    expect(sut.summary.skipped).toBe(1);
    expect(sut.summary.finish().rejected).toEqual([{ line: 6, reason: 'Unit "stone" of a weight is not kg or lbs', file: 'biometrics.csv' }]);
  });

  it('refuses the daily summary and files that are not Cronometer, saying what to export', async () => {
    await expect(parseCronometer([fixture('myfitnesspal', 'Nutrition-Summary-with-time.csv')])).rejects.toThrow(/not a Cronometer/);
  });
});
