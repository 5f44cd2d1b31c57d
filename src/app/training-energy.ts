import type { DayRows } from '../store/repositories/day.repository.js';
import { toExercise } from './exercises.service.js';
import { workoutEnergyKcal } from './workout-view.js';

/**
 * Net exercise kcal of one day's workouts as the day view reads them (one statement with the rest of the
 * day): the same sum WorkoutsService.kcalByDate makes for a day. `bodyWeightKg` is asked only when a
 * workout was logged without a body weight.
 */
export async function trainingEnergyKcal(training: DayRows['training'], bodyWeightKg: () => Promise<number | null>): Promise<number> {
  if (training.workouts.length === 0) return 0;
  const byId = new Map([...training.catalog, ...training.custom].map((row) => [row.id, toExercise(row)]));
  const fallbackKg = training.workouts.some((a) => a.workout.bodyWeightG === null) ? await bodyWeightKg() : null;
  return training.workouts.reduce((kcal, agg) => kcal + workoutEnergyKcal(agg, byId, fallbackKg), 0);
}
