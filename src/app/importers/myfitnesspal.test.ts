import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KG_PER_LB } from '../../core/units.js';
import { fixture, MFP_DIR } from '../testing/history-data.js';
import { mfpDate, mfpFileKind, parseMyFitnessPal } from './myfitnesspal.js';

describe('mfpDate', () => {
  it.each([
    ['2018-10-15', '2018-10-15'],
    ['10/5/2018', '2018-10-05'],
    ['15.10.2018', null],
  ])('%s → %s', (text, date) => {
    expect(mfpDate(text)).toBe(date);
  });
});

describe('mfpFileKind', () => {
  it.each([
    ['Date,Meal,Calories,Fat (g),Protein (g)', 'nutrition'],
    ['Date,Weight', 'measurements'],
    ['Date,Weight,Body Fat %', 'measurements'],
    ['Date,Exercise,Type,Exercise Calories', 'exercise'],
    // Strong's workout CSV has a Date and a Weight too.
    ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE', null],
    ['Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps', null],
  ])('%s → %s', (header, kind) => {
    expect(mfpFileKind(header.split(','))).toBe(kind);
  });
});

describe('parseMyFitnessPal on the real export (../shared/data)', () => {
  it('turns 872 meal totals into quick-add entries and 30 weights into body-log entries in the unit given', async () => {
    const sut = await parseMyFitnessPal([MFP_DIR], { unit: 'lb' });
    expect(sut.diary).toHaveLength(872);
    expect(sut.body).toHaveLength(30);
    expect(sut.summary.finish().rejected).toEqual([]);
    expect(sut.diary[0]).toMatchObject({
      date: '2018-10-15',
      meal: 'breakfast',
      name: 'MyFitnessPal (meal total)',
      amount: 1,
      unit: 'serving',
      grams: null,
      nutrients: { energyKcal: 1003, fatG: 24, saturatedFatG: 6.7, sodiumMg: 424.8, carbsG: 49.8, fiberG: 3, sugarsG: 22.9, proteinG: 23 },
    });
    expect(sut.body[0]).toMatchObject({ date: '2018-10-14', time: null });
    expect(sut.body[0]!.weightKg).toBeCloseTo(132 * KG_PER_LB, 9);
    expect(new Set(sut.diary.map((d) => d.key)).size).toBe(872);
  });

  it('asks for the unit of the weights, and needs none for nutrition alone', async () => {
    await expect(parseMyFitnessPal([MFP_DIR])).rejects.toThrow(/kg or lb/);
    const nutrition = await parseMyFitnessPal([path.join(MFP_DIR, 'Nutrition-Summary.csv')]);
    expect(nutrition.diary).toHaveLength(872);
    expect(nutrition.body).toHaveLength(0);
  });
});

describe('parseMyFitnessPal on the with-Time layout', () => {
  it('keeps each logged entry, keys identical ones apart, keeps user-named meals and rejects a negative energy', async () => {
    const sut = await parseMyFitnessPal([fixture('myfitnesspal', 'Nutrition-Summary-with-time.csv')]);
    expect(sut.diary.map((d) => [d.meal, d.name, d.nutrients.energyKcal])).toEqual([
      ['breakfast', 'MyFitnessPal (8:05 AM)', 410],
      ['breakfast', 'MyFitnessPal (meal total)', 90],
      ['breakfast', 'MyFitnessPal (meal total)', 90],
      ['Post-Workout', 'MyFitnessPal (6:30 PM)', 250],
    ]);
    expect(new Set(sut.diary.map((d) => d.key)).size).toBe(4);
    expect(sut.summary.finish().rejected).toEqual([{ line: 6, reason: 'Calories "-5" is not a number of 0 or more', file: 'Nutrition-Summary-with-time.csv' }]);
  });

  it('refuses a file that is no MyFitnessPal export', async () => {
    await expect(parseMyFitnessPal([fixture('hevy', 'workouts.csv')])).rejects.toThrow(/MyFitnessPal/);
  });
});
