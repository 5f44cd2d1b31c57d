// Which exercise each name of an imported history is logged as: the person's saved choice, their own
// exercise or the catalog's (exact, alias, confident fuzzy), else a new exercise of their own, guessed
// from the name and the sets. Then each set is fitted to how its exercise is measured.
import { catalogNameKey } from '../../core/training/exercise-catalog.js';
import { customExerciseMet } from '../../core/training/custom-exercise.js';
import { guessExercise, type ObservedSets } from '../../core/training/exercise-guess.js';
import { buildNameIndex, isConfidentMatch, matchExerciseName, type MatchCandidate, type ScoredCandidate } from '../../core/training/exercise-match.js';
import { MAX_EXERCISE_NAME } from '../../core/training/custom-exercise.js';
import type { MuscleId } from '../../core/training/muscles.js';
import { checkSet, type LoggedSet } from '../../core/training/sets.js';
import type { CustomExerciseValues } from '../../store/index.js';
import type { Exercise } from '../exercises.service.js';
import type { ImportedSet } from './history.js';

export type MatchKind = 'mapped' | 'exact' | 'alias' | 'fuzzy' | 'none';

/** What the import will do with one exercise name of the file; the import page lists these. */
export interface ExerciseMatchView {
  /** The name as the file writes it. */
  name: string;
  sets: number;
  how: MatchKind;
  /** 0…1; 1 for a saved choice, an exact name or an alias. */
  confidence: number;
  /** The matched (or, when unconfirmed, suggested) exercise; null when nothing came close. */
  exercise: { id: string; name: string; custom: boolean } | null;
  /** True: a new exercise of the person's own is created under the file's name. */
  createsOwn: boolean;
  /** A fuzzy match below the confident level: the person should confirm or change it. */
  needsConfirmation: boolean;
  /** False for a new exercise whose muscles could not be told from its name (the person sets them). */
  musclesKnown: boolean;
  /** Where sets logged with added load go, for a bodyweight exercise (its weighted form). */
  weightedAs?: { id: string; name: string; custom: boolean };
  suggestions: ScoredCandidate[];
}

export interface NameUse {
  sets: number;
  seen: ObservedSets;
}

export interface ResolvedExercises {
  views: ExerciseMatchView[];
  /** catalogNameKey of a file's name → the exercise its sets are logged as. */
  byKey: Map<string, Exercise>;
  /** Exercises of the person's own to create (new names, weighted variants). */
  created: Array<{ exercise: Exercise; values: CustomExerciseValues; musclesKnown: boolean }>;
  /** The weighted form of a bodyweight exercise, for sets logged with added load (found or created once). */
  weighted(base: Exercise): Exercise;
}

const SOURCE_RANK: Record<string, number> = { custom: -1, platewise: 0, 'free-exercise-db': 1, wger: 2 };
// Below this a catalog exercise is too unlike the name to lend a new exercise its muscles.
const BORROW_AT = 0.3;

function planned(id: string, name: string, spec: ReturnType<typeof guessExercise>): { exercise: Exercise; values: CustomExerciseValues } {
  const met = customExerciseMet(spec);
  const values: CustomExerciseValues = {
    name,
    nameKey: catalogNameKey(name),
    equipment: spec.equipment,
    pattern: spec.pattern,
    loadType: spec.loadType,
    primaryMuscles: [...spec.primary],
    secondaryMuscles: [...spec.secondary],
    metCode: met.code,
    met: met.value,
  };
  const exercise: Exercise = {
    id,
    name,
    aliases: [],
    equipment: spec.equipment,
    pattern: spec.pattern,
    loadType: spec.loadType,
    primaryMuscles: [...spec.primary] as MuscleId[],
    secondaryMuscles: [...spec.secondary] as MuscleId[],
    met,
    source: 'custom',
    custom: true,
    attribution: null,
  };
  return { exercise, values };
}

/**
 * Resolves every name. `choices` are the person's (saved mappings, then this request's, which win): an
 * exercise id, or null for "my own". Fuzzy matches below the confident level become exercises of the
 * person's own unless `acceptSuggestions`.
 */
export function resolveExerciseNames(input: {
  names: ReadonlyMap<string, NameUse>;
  known: readonly Exercise[];
  choices: ReadonlyMap<string, string | null>;
  acceptSuggestions: boolean;
  newId: () => string;
}): ResolvedExercises {
  const byId = new Map(input.known.map((e) => [e.id, e]));
  const candidates: MatchCandidate[] = input.known.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, rank: SOURCE_RANK[e.source] ?? 3 }));
  const index = buildNameIndex(candidates);
  const byKey = new Map<string, Exercise>();
  const created: ResolvedExercises['created'] = [];
  const views: ExerciseMatchView[] = [];
  const ownByKey = new Map(input.known.filter((e) => e.custom).map((e) => [catalogNameKey(e.name), e]));
  const ref = (e: Exercise) => ({ id: e.id, name: e.name, custom: e.custom });

  const createOwn = (name: string, use: NameUse, near: Exercise | null) => {
    const trimmed = name.trim().slice(0, MAX_EXERCISE_NAME);
    const key = catalogNameKey(trimmed);
    const existing = ownByKey.get(key);
    if (existing) return { exercise: existing, musclesKnown: existing.primaryMuscles.length > 0 || existing.loadType === 'cardio' };
    const spec = guessExercise(trimmed, use.seen, near ? { equipment: near.equipment, pattern: near.pattern, loadType: near.loadType, primary: near.primaryMuscles, secondary: near.secondaryMuscles } : null);
    const made = planned(input.newId(), trimmed, spec);
    ownByKey.set(key, made.exercise);
    created.push({ ...made, musclesKnown: spec.musclesKnown });
    return { exercise: made.exercise, musclesKnown: spec.musclesKnown };
  };

  for (const [name, use] of [...input.names.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const key = catalogNameKey(name);
    const m = matchExerciseName(name, index);
    const suggestions = m.suggestions;
    const choice = input.choices.get(key);
    const chosen = typeof choice === 'string' ? byId.get(choice) : undefined;
    let view: ExerciseMatchView;
    if (chosen) {
      byKey.set(key, chosen);
      view = { name, sets: use.sets, how: 'mapped', confidence: 1, exercise: ref(chosen), createsOwn: false, needsConfirmation: false, musclesKnown: true, suggestions };
    } else if (choice === null) {
      const own = createOwn(name, use, null);
      byKey.set(key, own.exercise);
      view = { name, sets: use.sets, how: 'mapped', confidence: 1, exercise: null, createsOwn: !input.known.includes(own.exercise), needsConfirmation: false, musclesKnown: own.musclesKnown, suggestions };
    } else if (m.id !== null && (isConfidentMatch(m) || input.acceptSuggestions)) {
      const exercise = byId.get(m.id)!;
      byKey.set(key, exercise);
      view = { name, sets: use.sets, how: m.how, confidence: m.confidence, exercise: ref(exercise), createsOwn: false, needsConfirmation: false, musclesKnown: true, suggestions };
    } else {
      const best = suggestions[0] && suggestions[0].confidence >= BORROW_AT ? (byId.get(suggestions[0].id) ?? null) : null;
      const own = createOwn(name, use, best);
      byKey.set(key, own.exercise);
      const suggested = m.id !== null ? byId.get(m.id)! : null;
      view = {
        name,
        sets: use.sets,
        how: m.how,
        confidence: m.confidence,
        exercise: suggested ? ref(suggested) : null,
        createsOwn: !input.known.includes(own.exercise),
        needsConfirmation: m.how === 'fuzzy',
        musclesKnown: own.musclesKnown,
        suggestions,
      };
    }
    views.push(view);
  }

  const weightedByBase = new Map<string, Exercise>();
  const nameIndex = new Map(input.known.filter((e) => e.loadType === 'weighted-bodyweight').map((e) => [catalogNameKey(e.name), e]));
  return {
    views,
    byKey,
    created,
    weighted(base) {
      const held = weightedByBase.get(base.id);
      if (held) return held;
      const name = `Weighted ${base.name}`.slice(0, MAX_EXERCISE_NAME);
      const key = catalogNameKey(name);
      let exercise = nameIndex.get(key) ?? ownByKey.get(key);
      if (!exercise) {
        const made = planned(input.newId(), name, {
          name,
          equipment: base.equipment,
          pattern: base.pattern,
          loadType: 'weighted-bodyweight',
          primary: base.primaryMuscles,
          secondary: base.secondaryMuscles,
          musclesKnown: true,
        });
        created.push({ ...made, musclesKnown: base.primaryMuscles.length > 0 });
        ownByKey.set(key, made.exercise);
        exercise = made.exercise;
      }
      weightedByBase.set(base.id, exercise);
      return exercise;
    },
  };
}

const FIELDS = {
  weight: { reps: true, load: true, duration: false, distance: false },
  bodyweight: { reps: true, load: false, duration: false, distance: false },
  'weighted-bodyweight': { reps: true, load: true, duration: false, distance: false },
  assisted: { reps: true, load: true, duration: false, distance: false },
  duration: { reps: false, load: true, duration: true, distance: false },
  cardio: { reps: false, load: false, duration: true, distance: true },
} as const;

/**
 * One imported set in the terms of its exercise: fields the exercise does not take are dropped when empty
 * or zero (Strong writes 0 for them) and refused otherwise; a negative assistance reads as assistance.
 * Returns the set, or the reason it cannot be logged.
 */
export function fitSet(exercise: Exercise, s: ImportedSet): { set: LoggedSet } | { reason: string } {
  const allowed = FIELDS[exercise.loadType];
  const load = exercise.loadType === 'assisted' && s.loadKg !== null && s.loadKg < 0 ? -s.loadKg : s.loadKg;
  const fields = { reps: s.reps, load, duration: s.durationS, distance: s.distanceM };
  const kept: Record<keyof typeof fields, number | null> = { reps: null, load: null, duration: null, distance: null };
  for (const field of ['reps', 'load', 'duration', 'distance'] as const) {
    const v = fields[field];
    if (v === null) continue;
    if (allowed[field]) kept[field] = field === 'duration' || field === 'distance' ? (v === 0 ? null : v) : v;
    else if (v !== 0) return { reason: `"${exercise.name}" is logged by ${describe(exercise.loadType)}; this set has ${field} ${Math.round(v * 100) / 100}` };
  }
  const set: LoggedSet = {
    type: s.type,
    reps: kept.reps,
    loadKg: kept.load,
    durationS: kept.duration === null ? null : Math.round(kept.duration),
    distanceM: kept.distance,
    rpe: s.rpe === 0 ? null : s.rpe,
    rir: null,
    completed: true,
  };
  const issue = checkSet(exercise.loadType, set, 'set')[0];
  return issue ? { reason: `${issue.field.replace(/^set\./, '').replace('durationS', 'duration')} ${issue.message}` } : { set };
}

function describe(loadType: Exercise['loadType']): string {
  switch (loadType) {
    case 'cardio':
      return 'time and distance';
    case 'duration':
      return 'time held';
    case 'bodyweight':
      return 'reps (no load)';
    default:
      return 'load and reps';
  }
}
