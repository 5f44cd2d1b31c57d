// How the muscle names of free-exercise-db (17) and wger (16) land on our vocabulary (muscles.ts;
// their lists in shared/reference/peers.md §5.1–5.2). Every name of theirs has an entry here: a muscle
// of ours, `deltoids` (they have one shoulder muscle, we have three heads, chosen per exercise by
// deltoidHead) or null (a muscle our vocabulary leaves out on purpose, see muscles.ts).
import type { MuscleId } from './muscles.js';

/** Where one source muscle name lands: one of ours, the deltoid to be resolved per exercise, or nothing. */
export type SourceMuscle = MuscleId | 'deltoids' | null;

/** free-exercise-db muscle names (schema.json enum) → ours. */
export const FREE_EXERCISE_DB_MUSCLES = {
  abdominals: 'abdominals',
  abductors: 'abductors',
  adductors: 'adductors',
  biceps: 'biceps',
  calves: 'calves',
  chest: 'chest',
  forearms: 'forearms',
  glutes: 'glutes',
  hamstrings: 'hamstrings',
  lats: 'lats',
  'lower back': 'lower-back',
  // Rhomboids and mid-traps: our upper-back group.
  'middle back': 'upper-back',
  // Neck flexors and extensors are outside the vocabulary: no coach report reads them.
  neck: null,
  quadriceps: 'quadriceps',
  shoulders: 'deltoids',
  traps: 'upper-back',
  triceps: 'triceps',
} as const satisfies Record<string, SourceMuscle>;

/** wger muscles by their Latin `name` in muscles.json → ours. */
export const WGER_MUSCLES = {
  'Biceps brachii': 'biceps',
  // wger files lateral raises, rear-delt flyes and even shrugs under "Anterior deltoid" (its only deltoid).
  'Anterior deltoid': 'deltoids',
  // Serratus is outside the vocabulary (muscles.ts): as a protractor it rides along with presses and push-ups.
  'Serratus anterior': null,
  'Pectoralis major': 'chest',
  'Triceps brachii': 'triceps',
  'Rectus abdominis': 'abdominals',
  Gastrocnemius: 'calves',
  'Gluteus maximus': 'glutes',
  Trapezius: 'upper-back',
  'Quadriceps femoris': 'quadriceps',
  'Biceps femoris': 'hamstrings',
  'Latissimus dorsi': 'lats',
  // An elbow flexor beside the biceps: our biceps group is the elbow flexors.
  Brachialis: 'biceps',
  'Obliquus externus abdominis': 'obliques',
  // The deep calf muscle, trained by every calf raise (bent-knee ones most).
  Soleus: 'calves',
  'Erector spinae': 'lower-back',
} as const satisfies Record<string, SourceMuscle>;

const SHRUG = /shrug/;
const REAR = /rear|reverse fl|back fl|butterfly reverse|face ?-?pull|pull[- ]?apart|bent[- ]?over[^,]*(raise|lateral|fl(y|ye)\b)|external rotation|y-raise|\bytwl\b|t\/y/;
const SIDE = /lateral|side raise|upright|high pull|deltoid raise|iron cross|crucifix|power partials|scaption/;

/**
 * Which head a source's generic shoulder muscle means for one exercise, by its name and force: shrugs
 * are traps; rear-delt flyes, face pulls and external rotations rear delts; lateral raises and upright
 * rows side delts; otherwise pulls rear delts and presses front delts.
 */
export function deltoidHead(exerciseName: string, force: string | null): MuscleId {
  const n = exerciseName.toLowerCase();
  if (SHRUG.test(n)) return 'upper-back';
  if (REAR.test(n)) return 'rear-delts';
  if (SIDE.test(n)) return 'side-delts';
  return force === 'pull' ? 'rear-delts' : 'front-delts';
}

const OBLIQUE = /oblique|twist|side bend|side bridge|side plank|wood ?chop|pallof|windmill|saxon/;

/** Primary and secondary muscles after mapping, deduplicated, none in both lists. */
export interface MappedMuscles {
  primary: MuscleId[];
  secondary: MuscleId[];
  /** Source names our vocabulary leaves out (neck, serratus), kept to explain a rejection. */
  dropped: string[];
  /** Names the table does not know: the source changed its vocabulary, and the row should be rejected. */
  unknown: string[];
}

/**
 * Maps a source's primary and secondary names through `table`, resolving deltoids per exercise, moving
 * abdominals to obliques for twists, side planks and chops (abdominals then become secondary), removing
 * repeats and anything already primary from the secondary list. Names missing from the table are
 * returned in `unknown`.
 */
export function mapSourceMuscles(
  table: Readonly<Record<string, SourceMuscle>>,
  names: { primary: readonly string[]; secondary: readonly string[] },
  exercise: { name: string; force: string | null },
): MappedMuscles {
  const dropped: string[] = [];
  const unknown: string[] = [];
  const resolve = (list: readonly string[]): MuscleId[] => {
    const out: MuscleId[] = [];
    for (const name of list) {
      if (!Object.hasOwn(table, name)) {
        unknown.push(name);
        continue;
      }
      const target = table[name];
      if (target === null || target === undefined) {
        dropped.push(name);
        continue;
      }
      const id = target === 'deltoids' ? deltoidHead(exercise.name, exercise.force) : target;
      if (!out.includes(id)) out.push(id);
    }
    return out;
  };
  let primary = resolve(names.primary);
  let secondary = resolve(names.secondary);
  if (OBLIQUE.test(exercise.name.toLowerCase()) && primary.includes('abdominals')) {
    primary = primary.map((m) => (m === 'abdominals' ? 'obliques' : m)).filter((m, i, a) => a.indexOf(m) === i);
    secondary = [...secondary.filter((m) => m !== 'obliques'), 'abdominals'];
  }
  secondary = secondary.filter((m, i) => !primary.includes(m) && secondary.indexOf(m) === i);
  return { primary, secondary, dropped, unknown };
}
