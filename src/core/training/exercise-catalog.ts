import type { FieldIssue } from '../errors.js';
import {
  isExerciseEquipment,
  isLoadType,
  isMovementPattern,
  isMuscleId,
  LOAD_TYPES,
  MOVEMENT_PATTERNS,
  EXERCISE_EQUIPMENT,
  PRIMARY_WEIGHT,
  SECONDARY_WEIGHT,
} from './muscles.js';
import type { ExerciseEquipment, LoadType, MovementPattern, MuscleId } from './muscles.js';

/** Energy cost of an exercise: a 2011 Compendium of Physical Activities code and its MET (science.md §8.2). */
export interface CompendiumMet {
  code: string;
  value: number;
}

/** One exercise of a shared catalog: names to match on, how it is loaded, and the muscles it trains. */
export interface CatalogExercise {
  id: string;
  name: string;
  aliases: string[];
  equipment: ExerciseEquipment;
  pattern: MovementPattern;
  loadType: LoadType;
  primary: MuscleId[];
  secondary: MuscleId[];
  met: CompendiumMet;
}

/** The shape of a catalog file such as data/exercises.json. */
export interface ExerciseCatalogFile {
  version: 1;
  source: string;
  license: string;
  exercises: CatalogExercise[];
}

/** What validateExerciseCatalog returns: the rows that passed every check, and one issue per problem. */
export interface ExerciseCatalogValidation {
  exercises: CatalogExercise[];
  issues: FieldIssue[];
}

/** A muscle and the sets one working set credits it with. */
export interface MuscleWeight {
  muscle: MuscleId;
  weight: number;
}

const FILE_KEYS = ['version', 'source', 'license', 'exercises'] as const;
const EXERCISE_KEYS = ['id', 'name', 'aliases', 'equipment', 'pattern', 'loadType', 'primary', 'secondary', 'met'] as const;
const MET_KEYS = ['code', 'value'] as const;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMPENDIUM_CODE = /^\d{5}$/;
// The highest MET in the 2011 Compendium's sport and conditioning sections is below 25 (running 14 mph 23.0).
const MAX_MET = 25;

/** Lookup key of an exercise name or alias: trimmed, inner whitespace collapsed, lower-cased. */
export function catalogNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Sets one working set credits each muscle with: primary 1, secondary 0.5 (Pelland 2024 fractional, science.md §6.1). */
export function muscleWeights(ex: Pick<CatalogExercise, 'primary' | 'secondary'>): MuscleWeight[] {
  return [
    ...ex.primary.map((muscle) => ({ muscle, weight: PRIMARY_WEIGHT })),
    ...ex.secondary.map((muscle) => ({ muscle, weight: SECONDARY_WEIGHT })),
  ];
}

/**
 * Checks an exercise catalog (parsed JSON) and returns its valid rows plus every problem found.
 *
 * Rules, each reported with a field path like `exercises[3] (barbell-back-squat).primary[1]`:
 * - the file is `{ version: 1, source, license, exercises: [...] }` with no other keys;
 * - every row has exactly the keys of CatalogExercise; `id` is kebab-case and unique;
 * - `name` and each alias are non-empty, without outer spaces, and unique across the whole catalog
 *   by catalogNameKey (case-insensitive), so an imported name matches at most one exercise; an alias
 *   that repeats its own exercise's name is reported too;
 * - `equipment`, `pattern` and `loadType` come from the vocabularies in muscles.ts, and pattern
 *   `cardio` goes with loadType `cardio` and only with it;
 * - `primary` and `secondary` hold known muscle ids, no muscle twice, none in both lists; every
 *   non-cardio row has at least one primary, while cardio rows may list none (cardio is costed by MET,
 *   not counted as hard sets);
 * - `met` is `{ code: five digits, value: 0 < MET ≤ 25 }`.
 * A row with any issue is left out of `exercises`; later duplicates are blamed, the first one kept.
 */
export function validateExerciseCatalog(data: unknown): ExerciseCatalogValidation {
  const issues: FieldIssue[] = [];
  const exercises: CatalogExercise[] = [];
  if (!isRecord(data)) {
    issues.push({ field: 'catalog', message: 'must be a JSON object' });
    return { exercises, issues };
  }
  for (const key of unknownKeys(data, FILE_KEYS)) issues.push({ field: key, message: 'is not a catalog field' });
  if (data['version'] !== 1) issues.push({ field: 'version', message: 'must be 1' });
  for (const key of ['source', 'license'] as const) {
    if (!isCleanString(data[key])) issues.push({ field: key, message: 'must be a non-empty string' });
  }
  const rows = data['exercises'];
  if (!Array.isArray(rows)) {
    issues.push({ field: 'exercises', message: 'must be an array' });
    return { exercises, issues };
  }

  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  rows.forEach((row: unknown, index) => {
    const rowIssues: FieldIssue[] = [];
    const exercise = checkRow(row, index, { ids, names }, rowIssues);
    if (exercise && rowIssues.length === 0) exercises.push(exercise);
    issues.push(...rowIssues);
  });
  return { exercises, issues };
}

interface SeenKeys {
  /** id → label of the row that first used it. */
  ids: Map<string, string>;
  /** catalogNameKey of a name or alias → label of the row that first used it. */
  names: Map<string, string>;
}

function checkRow(row: unknown, index: number, seen: SeenKeys, issues: FieldIssue[]): CatalogExercise | null {
  if (!isRecord(row)) {
    issues.push({ field: `exercises[${index}]`, message: 'must be an object' });
    return null;
  }
  const id = row['id'];
  const label = typeof id === 'string' && id !== '' ? `exercises[${index}] (${id})` : `exercises[${index}]`;
  const at = (field: string): string => `${label}.${field}`;
  const fail = (field: string, message: string): void => {
    issues.push({ field: at(field), message });
  };

  for (const key of unknownKeys(row, EXERCISE_KEYS)) fail(key, 'is not an exercise field');

  if (typeof id !== 'string' || !KEBAB_CASE.test(id)) {
    fail('id', 'must be a kebab-case string of a–z, 0–9 and single hyphens');
  } else {
    const first = seen.ids.get(id);
    if (first) fail('id', `duplicates the id of ${first}`);
    else seen.ids.set(id, label);
  }

  const name = row['name'];
  if (!isCleanString(name)) fail('name', 'must be a non-empty string without outer spaces');
  else claimName(name, 'name', label, seen, fail);

  const aliases = row['aliases'];
  if (!Array.isArray(aliases)) {
    fail('aliases', 'must be an array of strings (may be empty)');
  } else {
    aliases.forEach((alias: unknown, i) => {
      if (!isCleanString(alias)) fail(`aliases[${i}]`, 'must be a non-empty string without outer spaces');
      else claimName(alias, `aliases[${i}]`, label, seen, fail);
    });
  }

  const { equipment, pattern, loadType } = row;
  if (!isExerciseEquipment(equipment)) fail('equipment', `must be one of ${EXERCISE_EQUIPMENT.join(', ')}`);
  if (!isMovementPattern(pattern)) fail('pattern', `must be one of ${MOVEMENT_PATTERNS.join(', ')}`);
  if (!isLoadType(loadType)) fail('loadType', `must be one of ${LOAD_TYPES.join(', ')}`);
  const cardio = pattern === 'cardio';
  if (isMovementPattern(pattern) && isLoadType(loadType) && cardio !== (loadType === 'cardio')) {
    fail('loadType', cardio ? "must be 'cardio' for pattern 'cardio'" : "may be 'cardio' only for pattern 'cardio'");
  }

  const primary = checkMuscles(row['primary'], 'primary', fail);
  const secondary = checkMuscles(row['secondary'], 'secondary', fail);
  if (primary && primary.length === 0 && !cardio) fail('primary', 'must name at least one muscle (only cardio may have none)');
  if (primary && secondary) {
    secondary.forEach((muscle, i) => {
      if (primary.includes(muscle)) fail(`secondary[${i}]`, `'${muscle}' is already a primary muscle`);
    });
  }

  const met = checkMet(row['met'], fail);

  if (
    typeof id !== 'string' ||
    typeof name !== 'string' ||
    !Array.isArray(aliases) ||
    !isExerciseEquipment(equipment) ||
    !isMovementPattern(pattern) ||
    !isLoadType(loadType) ||
    !primary ||
    !secondary ||
    !met
  ) {
    return null;
  }
  return { id, name, aliases: aliases as string[], equipment, pattern, loadType, primary, secondary, met };
}

/** Records a name or alias, or reports it when another name or alias already has its key. */
function claimName(
  value: string,
  field: string,
  label: string,
  seen: SeenKeys,
  fail: (field: string, message: string) => void,
): void {
  const key = catalogNameKey(value);
  const first = seen.names.get(key);
  if (first === undefined) {
    seen.names.set(key, label);
  } else {
    const whose = first === label ? 'this exercise' : first;
    fail(field, `"${value}" is already a name or alias of ${whose} (names compare case-insensitively)`);
  }
}

function checkMuscles(
  value: unknown,
  field: 'primary' | 'secondary',
  fail: (field: string, message: string) => void,
): MuscleId[] | null {
  if (!Array.isArray(value)) {
    fail(field, 'must be an array of muscle ids (see MUSCLES)');
    return null;
  }
  const muscles: MuscleId[] = [];
  let ok = true;
  value.forEach((muscle: unknown, i) => {
    if (!isMuscleId(muscle)) {
      fail(`${field}[${i}]`, `${JSON.stringify(muscle)} is not a muscle id (see MUSCLES)`);
      ok = false;
    } else if (muscles.includes(muscle)) {
      fail(`${field}[${i}]`, `'${muscle}' is listed twice`);
      ok = false;
    } else {
      muscles.push(muscle);
    }
  });
  return ok ? muscles : null;
}

function checkMet(value: unknown, fail: (field: string, message: string) => void): CompendiumMet | null {
  if (!isRecord(value)) {
    fail('met', 'must be an object { code, value } from the 2011 Compendium');
    return null;
  }
  let ok = true;
  for (const key of unknownKeys(value, MET_KEYS)) {
    fail(`met.${key}`, 'is not a met field');
    ok = false;
  }
  const { code, value: met } = value;
  if (typeof code !== 'string' || !COMPENDIUM_CODE.test(code)) {
    fail('met.code', 'must be a five-digit Compendium code such as "02054"');
    ok = false;
  }
  if (typeof met !== 'number' || !Number.isFinite(met) || met <= 0 || met > MAX_MET) {
    fail('met.value', `must be a number above 0 and at most ${MAX_MET}`);
    ok = false;
  }
  return ok && typeof code === 'string' && typeof met === 'number' ? { code, value: met } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCleanString(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.trim() === value;
}

function unknownKeys(record: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(record).filter((key) => !known.includes(key));
}
