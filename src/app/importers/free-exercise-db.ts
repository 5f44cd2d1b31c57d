// free-exercise-db (github.com/yuhonas/free-exercise-db, Unlicense): `dist/exercises.json`, a JSON array of
// { id, name, force, level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category,
// images } (shared/reference/peers.md §5.1). Muscles map through core/training/source-muscles.ts.
import { FREE_EXERCISE_DB_EQUIPMENT, inferLoadType, inferMet, inferPattern, isStretch, type ExerciseTraits } from '../../core/training/classify.js';
import { FREE_EXERCISE_DB_MUSCLES, mapSourceMuscles } from '../../core/training/source-muscles.js';
import { SummaryBuilder } from './import-summary.js';
import { arrayElementLines, firstOfEachName, type CatalogEntry } from './exercise-rows.js';

export const FREE_EXERCISE_DB_SOURCE = 'free-exercise-db';
const LICENSE = { name: 'Unlicense', url: 'https://unlicense.org/', author: null };

/** True when parsed JSON looks like free-exercise-db: an array of objects with primaryMuscles and instructions. */
export function isFreeExerciseDb(data: unknown): boolean {
  if (!Array.isArray(data) || data.length === 0) return false;
  const first = data[0] as Record<string, unknown> | null;
  return typeof first === 'object' && first !== null && Array.isArray(first['primaryMuscles']) && 'category' in first && 'id' in first;
}

const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads free-exercise-db JSON text into catalog entries; every record left out is counted or rejected with its line. */
export function parseFreeExerciseDb(text: string, summary = new SummaryBuilder(FREE_EXERCISE_DB_SOURCE)): { entries: CatalogEntry[]; summary: SummaryBuilder } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    summary.reject(0, `not JSON: ${(err as Error).message}`);
    return { entries: [], summary };
  }
  if (!Array.isArray(data)) {
    summary.reject(1, 'expected a JSON array of exercises');
    return { entries: [], summary };
  }
  const lines = arrayElementLines(text);
  const parsed: Array<CatalogEntry & { line: number }> = [];
  data.forEach((raw: unknown, index) => {
    const line = lines[index] ?? 0;
    const reject = (reason: string) => summary.reject(line, reason);
    if (typeof raw !== 'object' || raw === null) return reject('not an object');
    const r = raw as Record<string, unknown>;
    const { id, name, force, equipment, category } = r;
    if (typeof id !== 'string' || id === '') return reject('has no id');
    if (typeof name !== 'string' || name.trim() === '') return reject(`${id}: has no name`);
    if (!stringList(r['primaryMuscles']) || !stringList(r['secondaryMuscles'])) return reject(`${id}: primaryMuscles and secondaryMuscles must be lists of names`);
    const cat = typeof category === 'string' ? category : null;
    if (isStretch(name, cat)) {
      summary.skipped++;
      return;
    }
    let ours: ExerciseTraits['equipment'] = 'other';
    if (equipment !== null && equipment !== undefined) {
      if (typeof equipment !== 'string' || !Object.hasOwn(FREE_EXERCISE_DB_EQUIPMENT, equipment)) return reject(`${id}: unknown equipment ${JSON.stringify(equipment)}`);
      ours = FREE_EXERCISE_DB_EQUIPMENT[equipment as keyof typeof FREE_EXERCISE_DB_EQUIPMENT];
    }
    const f = typeof force === 'string' ? force : null;
    const muscles = mapSourceMuscles(FREE_EXERCISE_DB_MUSCLES, { primary: r['primaryMuscles'], secondary: r['secondaryMuscles'] }, { name, force: f });
    if (muscles.unknown.length > 0) return reject(`${id}: unknown muscle ${muscles.unknown.map((m) => `"${m}"`).join(', ')}`);
    const traits: ExerciseTraits = { name, category: cat, force: f, equipment: ours, primary: muscles.primary };
    const loadType = inferLoadType(traits);
    if (muscles.primary.length === 0 && loadType !== 'cardio') {
      const why = muscles.dropped.length > 0 ? `trains only ${muscles.dropped.join(', ')}, which the muscle vocabulary leaves out` : 'lists no primary muscle';
      return reject(`${id}: ${why}`);
    }
    const pattern = inferPattern(traits, loadType);
    parsed.push({
      line,
      sourceId: id,
      name: name.trim().replace(/\s+/g, ' '),
      aliases: [],
      equipment: loadType === 'cardio' && equipment === null ? 'none' : ours,
      pattern,
      loadType,
      primary: muscles.primary,
      secondary: muscles.secondary,
      met: inferMet(traits, loadType, pattern),
      license: LICENSE,
    });
  });
  const entries = firstOfEachName(parsed, (line, reason) => summary.reject(line, reason)).map(({ line: _line, ...e }) => e);
  return { entries, summary };
}
