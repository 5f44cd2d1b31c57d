// Logged sets: what a set is, the load it really moved, its volume, and the muscles it credits.
import type { FieldIssue } from '../errors.js';
import { muscleWeights, type CatalogExercise } from './exercise-catalog.js';
import type { LoadType, MuscleId } from './muscles.js';

/** Kinds of set (Hevy/Strong vocabulary): warm-ups do not count as working sets. */
export const SET_TYPES = ['warmup', 'normal', 'drop', 'failure'] as const;

/** One entry of SET_TYPES. */
export type SetType = (typeof SET_TYPES)[number];

/** One logged set; every quantity in storage units (kg here for arithmetic, grams in the database). */
export interface LoggedSet {
  type: SetType;
  reps: number | null;
  /** Bar or stack load for `weight`, added load for `weighted-bodyweight`, assistance for `assisted`; kg. */
  loadKg: number | null;
  durationS: number | null;
  distanceM: number | null;
  /** Rate of perceived exertion 1–10 (half steps), or reps in reserve 0–10: one or the other. */
  rpe: number | null;
  rir: number | null;
  completed: boolean;
}

// Generous product bounds: above any human record, below anything that is a typo of a unit.
export const MAX_LOAD_KG = 1000;
export const MAX_REPS = 1000;
export const MAX_SET_SECONDS = 86_400;
export const MAX_DISTANCE_M = 1_000_000;

const SET_TYPE_SET: ReadonlySet<string> = new Set(SET_TYPES);

/** True when `value` is one of SET_TYPES. */
export function isSetType(value: unknown): value is SetType {
  return typeof value === 'string' && SET_TYPE_SET.has(value);
}

/** A set that counts toward volume, records and energy: completed and not a warm-up (Hevy/Strong convention). */
export function isWorkingSet(set: Pick<LoggedSet, 'type' | 'completed'>): boolean {
  return set.completed && set.type !== 'warmup';
}

/**
 * The load a set really moved, kg: the logged load for `weight`; body weight for `bodyweight`; body weight
 * plus the added load for `weighted-bodyweight`; body weight minus the assistance for `assisted` (never
 * below 0). Null when it cannot be known (no load logged, body weight unknown, timed or cardio sets).
 */
export function effectiveLoadKg(loadType: LoadType, loadKg: number | null, bodyWeightKg: number | null): number | null {
  switch (loadType) {
    case 'weight':
      return loadKg;
    case 'bodyweight':
      return bodyWeightKg;
    case 'weighted-bodyweight':
      return bodyWeightKg === null ? null : bodyWeightKg + (loadKg ?? 0);
    case 'assisted':
      return bodyWeightKg === null ? null : Math.max(0, bodyWeightKg - (loadKg ?? 0));
    default:
      return null;
  }
}

/** Volume load of one set: effective load × reps (kg·reps, the "tonnage" of Strong and Hevy); 0 when unknown. */
export function setVolumeKg(loadType: LoadType, set: Pick<LoggedSet, 'reps' | 'loadKg'>, bodyWeightKg: number | null): number {
  const load = effectiveLoadKg(loadType, set.loadKg, bodyWeightKg);
  return load === null || set.reps === null ? 0 : load * set.reps;
}

/**
 * Fractional sets per muscle: each working set credits primary muscles 1 and secondary 0.5 (Pelland et al.
 * 2024, science.md §6.1 and oracle 53); cardio credits nothing. Sets.
 */
export function fractionalSetsByMuscle(
  entries: ReadonlyArray<{ exercise: Pick<CatalogExercise, 'primary' | 'secondary' | 'pattern'>; sets: ReadonlyArray<Pick<LoggedSet, 'type' | 'completed'>> }>,
): Map<MuscleId, number> {
  const totals = new Map<MuscleId, number>();
  for (const { exercise, sets } of entries) {
    if (exercise.pattern === 'cardio') continue;
    const working = sets.filter(isWorkingSet).length;
    if (working === 0) continue;
    for (const { muscle, weight } of muscleWeights(exercise)) totals.set(muscle, (totals.get(muscle) ?? 0) + weight * working);
  }
  return totals;
}

/** Which fields a set of each load type may carry (besides type, RPE/RIR and completed). */
const FIELDS_BY_LOAD_TYPE: Record<LoadType, { reps: boolean; load: boolean; duration: boolean; distance: boolean }> = {
  weight: { reps: true, load: true, duration: false, distance: false },
  bodyweight: { reps: true, load: false, duration: false, distance: false },
  'weighted-bodyweight': { reps: true, load: true, duration: false, distance: false },
  assisted: { reps: true, load: true, duration: false, distance: false },
  // A weighted plank or a wall-sit holding a plate still is a timed set.
  duration: { reps: false, load: true, duration: true, distance: false },
  cardio: { reps: false, load: false, duration: true, distance: true },
};

const LOAD_MEANING: Partial<Record<LoadType, string>> = {
  bodyweight: 'it is a bodyweight exercise; log added load on its weighted variant',
  cardio: 'cardio takes a duration and a distance, not a load',
};

/**
 * Problems with one set of an exercise of `loadType`, each naming `${path}.<field>`: bounds (reps 0–1000,
 * load 0–1000 kg, 0–24 h, 0–1000 km), RPE 1–10 in half steps or RIR 0–10 but not both, and fields the
 * load type does not take (reps on a plank, a load on a push-up).
 */
export function checkSet(loadType: LoadType, set: LoggedSet, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const fail = (field: string, message: string) => issues.push({ field: `${path}.${field}`, message });
  const allowed = FIELDS_BY_LOAD_TYPE[loadType];
  if (set.reps !== null) {
    if (!allowed.reps) fail('reps', `a ${loadType} set has no reps; log its ${loadType === 'cardio' ? 'duration and distance' : 'duration'}`);
    else if (!Number.isInteger(set.reps) || set.reps < 0 || set.reps > MAX_REPS) fail('reps', `must be a whole number from 0 to ${MAX_REPS}`);
  }
  if (set.loadKg !== null) {
    if (!allowed.load) fail('load', `takes no load: ${LOAD_MEANING[loadType] ?? 'not for this exercise'}`);
    else if (!Number.isFinite(set.loadKg) || set.loadKg < 0 || set.loadKg > MAX_LOAD_KG) fail('load', `must be from 0 to ${MAX_LOAD_KG} kg`);
  }
  if (set.durationS !== null) {
    if (!allowed.duration) fail('durationS', 'only timed and cardio sets have a duration');
    else if (!Number.isInteger(set.durationS) || set.durationS < 0 || set.durationS > MAX_SET_SECONDS) fail('durationS', 'must be whole seconds from 0 to 86400 (24 h)');
  }
  if (set.distanceM !== null) {
    if (!allowed.distance) fail('distance', 'only cardio sets have a distance');
    else if (!Number.isFinite(set.distanceM) || set.distanceM < 0 || set.distanceM > MAX_DISTANCE_M) fail('distance', 'must be from 0 to 1000 km');
  }
  if (set.rpe !== null && set.rir !== null) fail('rir', 'give RPE or reps in reserve, not both');
  if (set.rpe !== null && (set.rpe < 1 || set.rpe > 10 || !Number.isInteger(set.rpe * 2))) fail('rpe', 'must be from 1 to 10 in half steps');
  if (set.rir !== null && (!Number.isInteger(set.rir) || set.rir < 0 || set.rir > 10)) fail('rir', 'must be a whole number from 0 to 10');
  return issues;
}
