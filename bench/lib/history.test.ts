import { describe, expect, it } from 'vitest';
import { AS_OF, firstDay, generateBody, generateDiary, generateTraining, type MenuFood } from './history.js';

const menu: MenuFood[] = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, name: `Food ${i}`, energyKcal: 100 + i, proteinG: 5, fatG: 3, carbsG: 12 }));
// The ids are random UUIDs; everything else must come from the seed and the date.
const strip = <T extends { id?: unknown; workoutId?: unknown }>(rows: T[]) => rows.map(({ id: _id, workoutId: _w, ...rest }) => rest);

describe('generated histories', () => {
  it('are the same on every run', () => {
    expect(strip(generateTraining('u', 1).sets)).toEqual(strip(generateTraining('u', 1).sets));
    expect(strip(generateDiary('u', 1, menu))).toEqual(strip(generateDiary('u', 1, menu)));
    expect(strip(generateBody('u', 1))).toEqual(strip(generateBody('u', 1)));
  });

  it('share their recent year whatever their length, and end on AS_OF', () => {
    const lastYear = <T extends { date: string }>(rows: T[]): T[] => rows.filter((r) => r.date >= firstDay(1));
    const ten = generateTraining('u', 10);
    const one = generateTraining('u', 1);
    expect(lastYear(ten.workouts).map((w) => [w.date, w.name, w.bodyWeightG])).toEqual(one.workouts.map((w) => [w.date, w.name, w.bodyWeightG]));
    expect(strip(lastYear(generateDiary('u', 10, menu)))).toEqual(strip(generateDiary('u', 1, menu)));
    expect(one.workouts.every((w) => w.date <= AS_OF)).toBe(true);
    expect(generateBody('u', 1).at(-1)!.date <= AS_OF).toBe(true);
  });

  it('log what the suites claim: ~15,000 sets, daily food over four meals and most mornings weighed, each year', () => {
    const t = generateTraining('u', 1);
    expect(t.sets.length).toBeGreaterThan(13_000);
    expect(t.sets.length).toBeLessThan(17_000);
    const diary = generateDiary('u', 1, menu);
    const days = new Set(diary.map((e) => e.date));
    expect(days.size).toBeGreaterThan(330);
    expect(new Set(diary.map((e) => e.meal))).toEqual(new Set(['Breakfast', 'Lunch', 'Dinner', 'Snacks']));
    expect(generateBody('u', 1).length).toBeGreaterThan(280);
  });
});
