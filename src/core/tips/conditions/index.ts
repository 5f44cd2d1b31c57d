import type { Condition } from '../condition.js';
import { bodyConditions, recoveryConditions } from './body.js';
import { nutritionConditions } from './nutrition.js';
import { trainingConditions } from './training.js';

/** Every tip condition by id: pure functions of a TipContext (data/tips.json names them). */
export const CONDITIONS: Readonly<Record<string, Condition>> = {
  ...trainingConditions,
  ...nutritionConditions,
  ...bodyConditions,
  ...recoveryConditions,
};

/** The ids of CONDITIONS, for validating a library. */
export const CONDITION_IDS: ReadonlySet<string> = new Set(Object.keys(CONDITIONS));
