// The one fixed muscle vocabulary (shared/DESIGN.md §3). It is coarser than anatomy on purpose:
// it has the 17 groups of free-exercise-db and wger (shared/reference/peers.md §5.1–5.2), with
// "shoulders" split into front, side and rear delts because pressing and rowing load different heads,
// and "traps" + "middle back" merged into upper-back because nobody logs rhomboids apart from traps.
// Neck, serratus and hip flexors are left out: no coach report reads them.

/** Body region a muscle counts toward in the upper-vs-lower balance report. */
export type Region = 'upper' | 'lower' | 'core';

/** Push or pull side of the push-vs-pull balance report (null: counts toward neither). */
export type PushPull = 'push' | 'pull';

/** Which side of the body map draws the muscle. */
export type BodySide = 'front' | 'back';

/** One muscle group of the vocabulary. */
export interface Muscle {
  readonly id: string;
  readonly label: string;
  readonly region: Region;
  readonly pattern: PushPull | null;
  readonly side: BodySide;
}

/** Every muscle group, in body-map order (upper front to lower back); ids are stable storage keys. */
export const MUSCLES = [
  { id: 'chest', label: 'Chest', region: 'upper', pattern: 'push', side: 'front' },
  { id: 'front-delts', label: 'Front delts', region: 'upper', pattern: 'push', side: 'front' },
  { id: 'side-delts', label: 'Side delts', region: 'upper', pattern: 'push', side: 'front' },
  { id: 'rear-delts', label: 'Rear delts', region: 'upper', pattern: 'pull', side: 'back' },
  { id: 'triceps', label: 'Triceps', region: 'upper', pattern: 'push', side: 'back' },
  { id: 'biceps', label: 'Biceps', region: 'upper', pattern: 'pull', side: 'front' },
  { id: 'forearms', label: 'Forearms', region: 'upper', pattern: 'pull', side: 'front' },
  { id: 'lats', label: 'Lats', region: 'upper', pattern: 'pull', side: 'back' },
  { id: 'upper-back', label: 'Upper back (traps, rhomboids)', region: 'upper', pattern: 'pull', side: 'back' },
  { id: 'lower-back', label: 'Lower back', region: 'core', pattern: null, side: 'back' },
  { id: 'abdominals', label: 'Abdominals', region: 'core', pattern: null, side: 'front' },
  { id: 'obliques', label: 'Obliques', region: 'core', pattern: null, side: 'front' },
  { id: 'glutes', label: 'Glutes', region: 'lower', pattern: null, side: 'back' },
  { id: 'quadriceps', label: 'Quadriceps', region: 'lower', pattern: null, side: 'front' },
  { id: 'hamstrings', label: 'Hamstrings', region: 'lower', pattern: null, side: 'back' },
  { id: 'adductors', label: 'Adductors', region: 'lower', pattern: null, side: 'front' },
  // Glute medius/minimus are the main hip abductors and sit behind, so the body map draws them there.
  { id: 'abductors', label: 'Abductors', region: 'lower', pattern: null, side: 'back' },
  { id: 'calves', label: 'Calves', region: 'lower', pattern: null, side: 'back' },
] as const satisfies readonly Muscle[];

/** Id of one muscle group of MUSCLES. */
export type MuscleId = (typeof MUSCLES)[number]['id'];

const MUSCLE_BY_ID: ReadonlyMap<string, Muscle> = new Map(MUSCLES.map((m) => [m.id, m]));

/** True when `value` is the id of a muscle group in MUSCLES (exact, case-sensitive). */
export function isMuscleId(value: unknown): value is MuscleId {
  return typeof value === 'string' && MUSCLE_BY_ID.has(value);
}

/** The muscle group with this id; undefined only for a string that is not a MuscleId. */
export function muscleById(id: MuscleId): Muscle;
export function muscleById(id: string): Muscle | undefined;
export function muscleById(id: string): Muscle | undefined {
  return MUSCLE_BY_ID.get(id);
}

// Left out: forearms, lower back, obliques, adductors and abductors. Grips, hinges, squats, lunges
// and carries train them as synergists and they are rarely volume targets of their own; the coach
// still reports their sets, it just does not flag them as missing.
/** Muscles the balance coach expects weekly volume for (science.md §6.1: ≥10 fractional sets a week). */
export const MAJOR_MUSCLES: readonly MuscleId[] = [
  'chest',
  'front-delts',
  'side-delts',
  'rear-delts',
  'triceps',
  'biceps',
  'lats',
  'upper-back',
  'abdominals',
  'glutes',
  'quadriceps',
  'hamstrings',
  'calves',
];

/** Sets credited to a prime mover per working set (Pelland et al. 2024 fractional method, science.md §6.1). */
export const PRIMARY_WEIGHT = 1;

/** Sets credited to a synergist per working set (Pelland et al. 2024 fractional method, science.md §6.1). */
export const SECONDARY_WEIGHT = 0.5;

// `bodyweight`: a strength move loaded by the body (it may still need a bar, bench or box);
// `none`: an activity with no gear at all (running, walking, swimming).
/** Equipment of a catalog exercise. */
export const EXERCISE_EQUIPMENT = [
  'barbell',
  'dumbbell',
  'machine',
  'cable',
  'bodyweight',
  'kettlebell',
  'band',
  'smith-machine',
  'ez-bar',
  'trap-bar',
  'other',
  'none',
] as const;

/** One entry of EXERCISE_EQUIPMENT. */
export type ExerciseEquipment = (typeof EXERCISE_EQUIPMENT)[number];

// `core`: trunk work, holds included (plank); `isometric`: holds outside the trunk (wall-sit, dead
// hang); `cardio`: endurance activities, costed by MET and never counted as hard sets.
/** Movement pattern of a catalog exercise. */
export const MOVEMENT_PATTERNS = [
  'squat',
  'hinge',
  'lunge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
  'vertical-pull',
  'isolation-upper',
  'isolation-lower',
  'core',
  'carry',
  'isometric',
  'cardio',
] as const;

/** One entry of MOVEMENT_PATTERNS. */
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];

// `weight`: load × reps; `bodyweight`: reps only (band work too); `weighted-bodyweight`: added
// load × reps; `assisted`: assistance × reps; `duration`: seconds held; `cardio`: time and distance.
/** How a set of the exercise is measured. */
export const LOAD_TYPES = ['weight', 'bodyweight', 'weighted-bodyweight', 'assisted', 'duration', 'cardio'] as const;

/** One entry of LOAD_TYPES. */
export type LoadType = (typeof LOAD_TYPES)[number];

const EQUIPMENT_SET: ReadonlySet<string> = new Set(EXERCISE_EQUIPMENT);
const PATTERN_SET: ReadonlySet<string> = new Set(MOVEMENT_PATTERNS);
const LOAD_TYPE_SET: ReadonlySet<string> = new Set(LOAD_TYPES);

/** True when `value` is one of EXERCISE_EQUIPMENT. */
export function isExerciseEquipment(value: unknown): value is ExerciseEquipment {
  return typeof value === 'string' && EQUIPMENT_SET.has(value);
}

/** True when `value` is one of MOVEMENT_PATTERNS. */
export function isMovementPattern(value: unknown): value is MovementPattern {
  return typeof value === 'string' && PATTERN_SET.has(value);
}

/** True when `value` is one of LOAD_TYPES. */
export function isLoadType(value: unknown): value is LoadType {
  return typeof value === 'string' && LOAD_TYPE_SET.has(value);
}
