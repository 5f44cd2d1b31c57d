// A person's own exercise must meet the catalog's rules (exercise-catalog.ts) so every report can trust it.
import type { FieldIssue } from '../errors.js';
import { inferMet } from './classify.js';
import type { CompendiumMet } from './exercise-catalog.js';
import { isMuscleId, type ExerciseEquipment, type LoadType, type MovementPattern, type MuscleId } from './muscles.js';

/** What a person tells us about their own exercise. */
export interface CustomExerciseSpec {
  name: string;
  equipment: ExerciseEquipment;
  pattern: MovementPattern;
  loadType: LoadType;
  primary: readonly string[];
  secondary: readonly string[];
}

export const MAX_EXERCISE_NAME = 100;

/**
 * Problems with a custom exercise, each naming its field: a name of 1–100 characters; known muscle ids,
 * none twice and none both primary and secondary; at least one primary unless it is cardio; pattern
 * `cardio` exactly when the load type is `cardio` (the catalog's rules, exercise-catalog.ts).
 */
export function checkCustomExercise(spec: CustomExerciseSpec): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const fail = (field: string, message: string) => issues.push({ field, message });
  const name = spec.name.trim();
  if (name === '' || name.length > MAX_EXERCISE_NAME) fail('name', `must be 1–${MAX_EXERCISE_NAME} characters`);
  const check = (list: readonly string[], field: 'primaryMuscles' | 'secondaryMuscles') => {
    list.forEach((m, i) => {
      if (!isMuscleId(m)) fail(`${field}.${i}`, `'${m}' is not a muscle id`);
      else if (list.indexOf(m) !== i) fail(`${field}.${i}`, `'${m}' is listed twice`);
    });
  };
  check(spec.primary, 'primaryMuscles');
  check(spec.secondary, 'secondaryMuscles');
  spec.secondary.forEach((m, i) => {
    if (spec.primary.includes(m)) fail(`secondaryMuscles.${i}`, `'${m}' is already a primary muscle`);
  });
  const cardio = spec.pattern === 'cardio';
  if (spec.primary.length === 0 && !cardio) fail('primaryMuscles', 'name at least one muscle the exercise trains (only cardio may have none)');
  if (cardio !== (spec.loadType === 'cardio')) {
    fail('loadType', cardio ? "must be 'cardio' for pattern 'cardio'" : "may be 'cardio' only for pattern 'cardio'");
  }
  return issues;
}

/** Compendium 2011 MET for a custom exercise, from how it is loaded and its pattern (inferMet, science.md §8.2). */
export function customExerciseMet(spec: CustomExerciseSpec): CompendiumMet {
  const primary = spec.primary.filter(isMuscleId) as MuscleId[];
  return inferMet({ name: spec.name, category: spec.loadType === 'cardio' ? 'cardio' : null, force: null, equipment: spec.equipment, primary }, spec.loadType, spec.pattern);
}
