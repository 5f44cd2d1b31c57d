// An exercise another app logged that we cannot match becomes one of the person's own. What it trains is
// read from its name (a coach's reading of the usual lift words) and how its sets were logged; when the
// name says nothing we know, the muscles stay empty rather than made up, and the import says so.
import type { CustomExerciseSpec } from './custom-exercise.js';
import { inferPattern } from './classify.js';
import type { ExerciseEquipment, LoadType, MovementPattern, MuscleId } from './muscles.js';

/** Which quantities the imported sets of the exercise carried (non-zero anywhere). */
export interface ObservedSets {
  load: boolean;
  reps: boolean;
  duration: boolean;
  distance: boolean;
}

/** A catalog exercise close enough to borrow from when the name's words say nothing. */
export interface NearExercise {
  equipment: ExerciseEquipment;
  pattern: MovementPattern;
  loadType: LoadType;
  primary: readonly MuscleId[];
  secondary: readonly MuscleId[];
}

const EQUIPMENT: ReadonlyArray<[RegExp, ExerciseEquipment]> = [
  [/smith/, 'smith-machine'],
  [/\btrap ?bar|hex ?bar/, 'trap-bar'],
  [/\bez\b|e-z|ez ?bar/, 'ez-bar'],
  [/barbell|\bbb\b/, 'barbell'],
  [/dumbb?ell|\bdb\b/, 'dumbbell'],
  [/kettlebell|\bkb\b/, 'kettlebell'],
  [/cable|rope/, 'cable'],
  [/machine|plate loaded|lever|sled/, 'machine'],
  [/\bband/, 'band'],
  [/bodyweight|body weight/, 'bodyweight'],
];

const CARDIO_WORDS = /\b(run|running|jog|walk|walking|cycl|bike|biking|row(ing)? machine|rower|erg|elliptical|stair|swim|hike|hiking|skip|rope|cardio|treadmill)/;

// Lift words → prime movers and synergists, most specific first.
const MUSCLE_RULES: ReadonlyArray<[RegExp, MuscleId[], MuscleId[]]> = [
  [/(leg|hamstring|nordic) curl/, ['hamstrings'], ['calves']],
  [/wrist/, ['forearms'], []],
  [/curl/, ['biceps'], ['forearms']],
  [/tricep|pushdown|skull ?crusher|kickback(?!.*glute)|close[- ]grip bench|\bdip/, ['triceps'], ['chest', 'front-delts']],
  [/rear delt|reverse fly|face pull|pull[- ]?apart/, ['rear-delts'], ['upper-back']],
  [/lateral raise|side raise|upright row|\blu raise/, ['side-delts'], ['upper-back']],
  [/overhead press|shoulder press|military|arnold|push press|\bjerk|front raise|\bohp\b/, ['front-delts'], ['side-delts', 'triceps']],
  [/bench|chest|push[- ]?up|\bfly|\bflye|pec\b|crossover/, ['chest'], ['front-delts', 'triceps']],
  [/pull[- ]?down|pull[- ]?up|chin[- ]?up|pullover|\blat\b/, ['lats'], ['biceps', 'upper-back']],
  [/shrug/, ['upper-back'], []],
  [/\brow\b|\brows\b/, ['upper-back', 'lats'], ['biceps', 'rear-delts']],
  [/hip thrust|glute|bridge|abduct/, ['glutes'], ['hamstrings']],
  [/adduct/, ['adductors'], []],
  [/deadlift|\brdl\b|good ?morning|back extension|hyperextension|rack pull/, ['hamstrings', 'glutes'], ['lower-back', 'upper-back']],
  [/clean|snatch/, ['glutes', 'quadriceps', 'hamstrings'], ['upper-back', 'calves']],
  [/squat|leg press|lunge|step[- ]?up|leg extension|sled|hack/, ['quadriceps', 'glutes'], ['hamstrings']],
  [/calf|calves/, ['calves'], []],
  [/twist|oblique|woodchop|side bend|side plank/, ['obliques'], ['abdominals']],
  [/crunch|sit[- ]?up|leg raise|knee raise|plank|\babs?\b|hollow|v[- ]?up|rollout|toes to bar/, ['abdominals'], ['obliques']],
  [/carry|farmer/, ['forearms', 'upper-back'], ['abdominals']],
];

/** Equipment a name states ("Lateral Raise (Cable)" → cable), or null. */
export function equipmentInName(name: string): ExerciseEquipment | null {
  const n = name.toLowerCase();
  return EQUIPMENT.find(([re]) => re.test(n))?.[1] ?? null;
}

/** Prime movers and synergists a name's lift words imply (first rule that fits), or null when none does. */
export function musclesInName(name: string): { primary: MuscleId[]; secondary: MuscleId[] } | null {
  const n = name.toLowerCase();
  const rule = MUSCLE_RULES.find(([re]) => re.test(n));
  return rule ? { primary: [...rule[1]], secondary: rule[2].filter((m) => !rule[1].includes(m)) } : null;
}

/** How sets of the exercise are measured, from what the imported sets carried (cardio when the name says so). */
function loadTypeOf(name: string, seen: ObservedSets, equipment: ExerciseEquipment | null, near: NearExercise | null): LoadType {
  const n = name.toLowerCase();
  if (seen.distance || (seen.duration && !seen.reps && CARDIO_WORDS.test(n))) return 'cardio';
  if (seen.duration && !seen.reps) return 'duration';
  if (seen.reps) {
    const bodyLoaded = equipment === 'bodyweight' || (equipment === null && near !== null && ['bodyweight', 'weighted-bodyweight', 'assisted'].includes(near.loadType));
    if (/assisted/.test(n)) return 'assisted';
    if (seen.load) return /weighted/.test(n) || bodyLoaded ? 'weighted-bodyweight' : 'weight';
    return equipment === null || equipment === 'bodyweight' ? 'bodyweight' : 'weight';
  }
  return near?.loadType ?? 'weight';
}

/**
 * A custom exercise for a name nothing matched: equipment from the name, load type from the sets, muscles
 * from the lift words (musclesInName), else borrowed from `near` (a close catalog exercise), else none
 * (`musclesKnown` false: the person sets them). Pattern by inferPattern; cardio trains no muscle sets.
 */
export function guessExercise(name: string, seen: ObservedSets, near: NearExercise | null): CustomExerciseSpec & { musclesKnown: boolean } {
  const stated = equipmentInName(name);
  const loadType = loadTypeOf(name, seen, stated, near);
  if (loadType === 'cardio') {
    return { name, equipment: stated ?? 'none', pattern: 'cardio', loadType, primary: [], secondary: [], musclesKnown: true };
  }
  const fromWords = musclesInName(name);
  const muscles = fromWords ?? (near && near.loadType !== 'cardio' ? { primary: [...near.primary], secondary: [...near.secondary] } : { primary: [], secondary: [] });
  const equipment: ExerciseEquipment =
    stated ?? (loadType === 'bodyweight' || loadType === 'weighted-bodyweight' || loadType === 'assisted' ? 'bodyweight' : (near?.equipment ?? 'other'));
  const pattern = !fromWords && near && near.pattern !== 'cardio' ? near.pattern : inferPattern({ name, category: null, force: null, equipment, primary: muscles.primary }, loadType);
  return { name, equipment, pattern, loadType, primary: muscles.primary, secondary: muscles.secondary, musclesKnown: muscles.primary.length > 0 };
}
