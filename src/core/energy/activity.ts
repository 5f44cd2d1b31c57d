import { ValidationError } from '../errors.js';

export type ActivityLevel = 'sedentary' | 'light' | 'moderate' | 'very' | 'extra';

export interface ActivityLevelInfo {
  id: ActivityLevel;
  factor: 1.2 | 1.375 | 1.55 | 1.725 | 1.9;
  label: string;
  description: string;
}

/** The five Harris–Benedict activity multipliers, least to most active (science.md §1.5; Medscape). */
export const ACTIVITY_LEVELS: readonly ActivityLevelInfo[] = [
  { id: 'sedentary', factor: 1.2, label: 'Sedentary', description: 'Little or no exercise' },
  { id: 'light', factor: 1.375, label: 'Lightly active', description: 'Exercise 1–3 days a week' },
  { id: 'moderate', factor: 1.55, label: 'Moderately active', description: 'Exercise 3–5 days a week' },
  { id: 'very', factor: 1.725, label: 'Very active', description: 'Exercise 6–7 days a week' },
  { id: 'extra', factor: 1.9, label: 'Extra active', description: 'Hard daily exercise plus a physical job' },
];

/** Metadata of one activity level (ACTIVITY_LEVELS); throws ValidationError on "activity" for an unknown id. */
export function activityLevelInfo(id: ActivityLevel): ActivityLevelInfo {
  const info = ACTIVITY_LEVELS.find((a) => a.id === id);
  if (!info) {
    throw ValidationError.field('activity', `unknown activity level ${JSON.stringify(id)}; use ${ACTIVITY_LEVELS.map((a) => a.id).join(', ')}`);
  }
  return info;
}

/** Harris–Benedict activity multiplier 1.2–1.9 for a level (science.md §1.5); dimensionless. */
export function activityFactor(id: ActivityLevel): number {
  return activityLevelInfo(id).factor;
}

/** TDEE = BMR × activity factor (science.md §1.5); kcal/day in, kcal/day out, unrounded. */
export function totalEnergy(bmr: number, activity: ActivityLevel): number {
  return bmr * activityFactor(activity);
}
