// Fills in what an imported exercise does not say in our terms: equipment, movement pattern, how a set
// is loaded, and its Compendium MET. Rules read the source's own fields first and the name second.
import type { CompendiumMet } from './exercise-catalog.js';
import { muscleById, type ExerciseEquipment, type LoadType, type MovementPattern, type MuscleId } from './muscles.js';

/** free-exercise-db `equipment` values → ours (null: not given). */
export const FREE_EXERCISE_DB_EQUIPMENT = {
  barbell: 'barbell',
  dumbbell: 'dumbbell',
  'body only': 'bodyweight',
  cable: 'cable',
  machine: 'machine',
  kettlebells: 'kettlebell',
  bands: 'band',
  'e-z curl bar': 'ez-bar',
  'medicine ball': 'other',
  'exercise ball': 'other',
  'foam roll': 'other',
  other: 'other',
} as const satisfies Record<string, ExerciseEquipment>;

/** wger equipment names (equipment.json) → ours. A bench, mat or bar alone means the body is the load. */
export const WGER_EQUIPMENT = {
  Barbell: 'barbell',
  'SZ-Bar': 'ez-bar',
  Dumbbell: 'dumbbell',
  'Gym mat': 'bodyweight',
  'Swiss Ball': 'other',
  'Pull-up bar': 'bodyweight',
  'none (bodyweight exercise)': 'bodyweight',
  Bench: 'bodyweight',
  'Incline bench': 'bodyweight',
  Kettlebell: 'kettlebell',
  'Resistance band': 'band',
  'Cable machine': 'cable',
} as const satisfies Record<string, ExerciseEquipment>;

// When an exercise lists several pieces (barbell + bench), the one that carries the load names it.
const EQUIPMENT_PRIORITY: readonly ExerciseEquipment[] = ['barbell', 'ez-bar', 'trap-bar', 'smith-machine', 'dumbbell', 'kettlebell', 'cable', 'machine', 'band', 'other', 'bodyweight', 'none'];

/** The load-carrying piece of several (barbell over bench), or `fallback` when there are none. */
export function primaryEquipment(list: readonly ExerciseEquipment[], fallback: ExerciseEquipment): ExerciseEquipment {
  return EQUIPMENT_PRIORITY.find((e) => list.includes(e)) ?? fallback;
}

/** True for stretches and mobility drills, which are not logged as training (no sets, no volume). */
export function isStretch(name: string, category: string | null): boolean {
  return category === 'stretching' || /\bstretch|foam roll|\bsmr\b|mobility/i.test(name);
}

/** What the classifiers look at. */
export interface ExerciseTraits {
  name: string;
  /** The source's own category, lower-cased ("strength", "cardio", "powerlifting", "legs"…). */
  category: string | null;
  force: string | null;
  equipment: ExerciseEquipment;
  primary: readonly MuscleId[];
}

const HOLD = /plank|\bhold\b|wall ?sit|\bhang\b|dead hang|l-sit|hollow|isometric|side bridge|planche|lever|crucifix|squeezes?\b/;

/** How a set is measured: cardio by time and distance, holds by time, bodyweight moves by reps, the rest by load × reps. */
export function inferLoadType(t: ExerciseTraits): LoadType {
  const n = t.name.toLowerCase();
  if (t.category === 'cardio') return 'cardio';
  if (t.force === 'static' || HOLD.test(n)) return 'duration';
  if (t.equipment === 'bodyweight') {
    if (/assisted/.test(n)) return 'assisted';
    if (/weighted/.test(n)) return 'weighted-bodyweight';
    return 'bodyweight';
  }
  return 'weight';
}

const isCore = (m: MuscleId) => muscleById(m).region === 'core';

/** Movement pattern from the name's movement words, then the prime mover (a coach's reading of the lift). */
export function inferPattern(t: ExerciseTraits, loadType: LoadType): MovementPattern {
  const n = t.name.toLowerCase();
  const first = t.primary[0];
  if (loadType === 'cardio') return 'cardio';
  if (/carry|farmer|suitcase walk|yoke|waiter.?s walk/.test(n)) return 'carry';
  if (loadType === 'duration') return first === undefined || isCore(first) ? 'core' : 'isometric';
  if (/lunge|split squat|step[- ]?up|bulgarian/.test(n)) return 'lunge';
  if (/squat|leg press|hack|thruster/.test(n) && t.primary.some((m) => m === 'quadriceps' || m === 'glutes')) return 'squat';
  if (/deadlift|\brdl\b|good ?morning|hip thrust|glute bridge|hyperextension|back extension|swing|clean|snatch|pull[- ]?through/.test(n)) return 'hinge';
  switch (first) {
    case 'chest':
      return /fly|flye|crossover|pec deck|squeeze|pullover/.test(n) ? 'isolation-upper' : 'horizontal-push';
    case 'front-delts':
    case 'side-delts':
      return /press|jerk|push/.test(n) && !/raise/.test(n) ? 'vertical-push' : 'isolation-upper';
    case 'rear-delts':
      return /row|pull(?!.?apart)/.test(n) ? 'horizontal-pull' : 'isolation-upper';
    case 'triceps':
      return /dip|close[- ]grip|push[- ]?up|bench press/.test(n) ? 'horizontal-push' : 'isolation-upper';
    case 'lats':
      return /pull[- ]?ups?\b|chin|pull[- ]?down|pullover/.test(n) ? 'vertical-pull' : 'horizontal-pull';
    case 'upper-back':
      return /row|pull/.test(n) ? 'horizontal-pull' : 'isolation-upper';
    case 'biceps':
    case 'forearms':
      return 'isolation-upper';
    case 'lower-back':
      return 'hinge';
    case 'abdominals':
    case 'obliques':
      return 'core';
    case 'glutes':
      return /kickback|abduct|clam|fire hydrant/.test(n) ? 'isolation-lower' : 'hinge';
    case 'quadriceps':
      return /extension|sissy/.test(n) ? 'isolation-lower' : 'squat';
    case 'hamstrings':
      return /curl/.test(n) ? 'isolation-lower' : 'hinge';
    case 'adductors':
    case 'abductors':
    case 'calves':
      return 'isolation-lower';
    default:
      return t.force === 'pull' ? 'horizontal-pull' : 'isolation-upper';
  }
}

// Compendium 2011 codes (science.md §8.2) for the cardio a name describes, most specific first.
const CARDIO_METS: ReadonlyArray<[RegExp, CompendiumMet]> = [
  [/row/, { code: '02071', value: 4.8 }],
  [/stationary|recumbent|air ?bike|spin|bike/, { code: '02010', value: 7.0 }],
  [/bicycl|cycling/, { code: '01030', value: 8.0 }],
  [/ellip/, { code: '02048', value: 5.0 }],
  [/stair|step ?mill/, { code: '02065', value: 9.0 }],
  [/rope|jump/, { code: '02068', value: 11.0 }],
  [/walk/, { code: '17200', value: 4.3 }],
  [/jog/, { code: '12020', value: 7.0 }],
  [/run|sprint/, { code: '12050', value: 9.8 }],
  [/swim/, { code: '18240', value: 5.8 }],
];

/**
 * Compendium 2011 MET of an imported exercise (science.md §8.2): cardio by its activity (circuit training
 * 02035, 4.3, when the name says nothing); power, Olympic and strongman lifts 02050 (6.0); plyometrics
 * 02020 (8.0); barbell squats and deadlifts 02052 (5.0); bodyweight moves 02022 (3.8); holds 02024 (2.8);
 * other resistance work 02054 (3.5).
 */
export function inferMet(t: ExerciseTraits, loadType: LoadType, pattern: MovementPattern): CompendiumMet {
  const n = t.name.toLowerCase();
  if (loadType === 'cardio') return CARDIO_METS.find(([re]) => re.test(n))?.[1] ?? { code: '02035', value: 4.3 };
  if (t.category === 'powerlifting' || t.category === 'olympic weightlifting' || t.category === 'strongman') return { code: '02050', value: 6.0 };
  if (t.category === 'plyometrics') return { code: '02020', value: 8.0 };
  if (loadType === 'duration') return { code: '02024', value: 2.8 };
  if ((pattern === 'squat' || pattern === 'hinge') && (t.equipment === 'barbell' || t.equipment === 'trap-bar')) return { code: '02052', value: 5.0 };
  if (loadType === 'bodyweight' || loadType === 'assisted' || loadType === 'weighted-bodyweight') return { code: '02022', value: 3.8 };
  return { code: '02054', value: 3.5 };
}
