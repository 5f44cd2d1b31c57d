// wger's exercise fixtures (github.com/wger-project/wger, `wger/exercises/fixtures/` and `wger/core/fixtures/`):
// Django fixtures `[{ model, pk, fields }]` spread over several files — exercise-base-data.json (the
// exercises), translations.json (names and aliases), muscles.json, equipment.json, categories.json,
// licenses.json, languages.json (shared/reference/peers.md §5.2). Each record is CC-BY-SA or CC0 with its
// own author: both are kept on the row for attribution.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../../core/errors.js';
import { inferLoadType, inferMet, inferPattern, isStretch, primaryEquipment, WGER_EQUIPMENT, type ExerciseTraits } from '../../core/training/classify.js';
import type { ExerciseEquipment } from '../../core/training/muscles.js';
import { mapSourceMuscles, WGER_MUSCLES } from '../../core/training/source-muscles.js';
import { SummaryBuilder } from './import-summary.js';
import { arrayElementLines, firstOfEachName, type CatalogEntry } from './exercise-rows.js';

export const WGER_SOURCE = 'wger';
export const WGER_BASE_FILE = 'exercise-base-data.json';
const SIBLINGS = ['translations.json', 'muscles.json', 'equipment.json', 'categories.json', 'licenses.json'] as const;

interface Fixture {
  model: string;
  pk: number;
  fields: Record<string, unknown>;
}

/** The fixture texts an import reads; `languages` is optional (English is pk 2 in wger). */
export interface WgerFiles {
  base: string;
  translations: string;
  muscles: string;
  equipment: string;
  categories: string;
  licenses: string;
  languages?: string | undefined;
}

/** True when parsed JSON is a wger exercise fixture (records of model exercises.exercise). */
export function isWgerExercises(data: unknown): boolean {
  return Array.isArray(data) && data.length > 0 && (data[0] as Fixture | null)?.model === 'exercises.exercise';
}

/** Reads the fixture files from a folder, or from the folder of exercise-base-data.json; names a missing one. */
export function readWgerFiles(fileOrFolder: string): WgerFiles {
  const folder = statSync(fileOrFolder).isDirectory() ? fileOrFolder : path.dirname(fileOrFolder);
  const base = statSync(fileOrFolder).isDirectory() ? path.join(folder, WGER_BASE_FILE) : fileOrFolder;
  const read = (name: string) => {
    const file = path.join(folder, name);
    if (!existsSync(file)) throw ValidationError.field('file', `${file} is missing: a wger import needs ${[WGER_BASE_FILE, ...SIBLINGS].join(', ')} in one folder`);
    return readFileSync(file, 'utf8');
  };
  if (!existsSync(base)) throw ValidationError.field('file', `${base} is missing`);
  const languages = path.join(folder, 'languages.json');
  return {
    base: readFileSync(base, 'utf8'),
    translations: read('translations.json'),
    muscles: read('muscles.json'),
    equipment: read('equipment.json'),
    categories: read('categories.json'),
    licenses: read('licenses.json'),
    languages: existsSync(languages) ? readFileSync(languages, 'utf8') : undefined,
  };
}

function fixtures(text: string, file: string): Fixture[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw ValidationError.field('file', `${file} is not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw ValidationError.field('file', `${file} is not a list of fixtures`);
  return data as Fixture[];
}

const byPk = (list: Fixture[], model: string, field: string) =>
  new Map(list.filter((f) => f.model === model).map((f) => [f.pk, String(f.fields[field] ?? '')]));

const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

/** Reads wger fixtures into catalog entries (English names); every record left out is counted or rejected with its line. */
export function parseWger(files: WgerFiles, summary = new SummaryBuilder(WGER_SOURCE)): { entries: CatalogEntry[]; summary: SummaryBuilder } {
  const base = fixtures(files.base, WGER_BASE_FILE);
  const translations = fixtures(files.translations, 'translations.json');
  const muscleNames = byPk(fixtures(files.muscles, 'muscles.json'), 'exercises.muscle', 'name');
  const equipmentNames = byPk(fixtures(files.equipment, 'equipment.json'), 'exercises.equipment', 'name');
  const categoryNames = byPk(fixtures(files.categories, 'categories.json'), 'exercises.exercisecategory', 'name');
  const licenses = fixtures(files.licenses, 'licenses.json');
  const licenseOf = new Map(licenses.map((l) => [l.pk, { name: String(l.fields['short_name'] ?? '').trim(), url: String(l.fields['url'] ?? '') || null }]));
  const english = files.languages ? (fixtures(files.languages, 'languages.json').find((l) => l.fields['short_name'] === 'en')?.pk ?? 2) : 2;

  const nameOf = new Map<number, { name: string; translationPk: number }>();
  for (const t of translations) {
    if (t.model === 'exercises.translation' && t.fields['language'] === english && typeof t.fields['name'] === 'string') {
      nameOf.set(Number(t.fields['exercise']), { name: (t.fields['name'] as string).trim().replace(/\s+/g, ' '), translationPk: t.pk });
    }
  }
  const aliasesOf = new Map<number, string[]>();
  for (const a of translations) {
    if (a.model !== 'exercises.alias' || typeof a.fields['alias'] !== 'string') continue;
    const list = aliasesOf.get(Number(a.fields['translation'])) ?? [];
    list.push((a.fields['alias'] as string).trim());
    aliasesOf.set(Number(a.fields['translation']), list);
  }

  const lines = arrayElementLines(files.base);
  const parsed: Array<CatalogEntry & { line: number }> = [];
  base.forEach((record, index) => {
    const line = lines[index] ?? 0;
    const reject = (reason: string) => summary.reject(line, reason, WGER_BASE_FILE);
    if (record?.model !== 'exercises.exercise') return reject(`not an exercise record (model ${JSON.stringify(record?.model)})`);
    const f = record.fields;
    const uuid = f['uuid'];
    if (typeof uuid !== 'string' || uuid === '') return reject(`exercise ${record.pk} has no uuid`);
    const named = nameOf.get(record.pk);
    if (!named || named.name === '') return reject(`exercise ${record.pk} has no English name in translations.json`);
    const { name } = named;
    const category = categoryNames.get(Number(f['category']))?.toLowerCase() ?? null;
    if (isStretch(name, category)) {
      summary.skipped++;
      return;
    }
    if (!numbers(f['muscles']) || !numbers(f['muscles_secondary']) || !numbers(f['equipment'])) return reject(`"${name}": muscles and equipment must be lists of ids`);
    const unknownMuscle = [...f['muscles'], ...f['muscles_secondary']].find((pk) => !muscleNames.has(pk));
    if (unknownMuscle !== undefined) return reject(`"${name}": muscle ${unknownMuscle} is not in muscles.json`);
    const equipment: ExerciseEquipment[] = [];
    for (const pk of f['equipment']) {
      const e = equipmentNames.get(pk);
      if (e === undefined || !Object.hasOwn(WGER_EQUIPMENT, e)) return reject(`"${name}": unknown equipment ${pk}${e ? ` (${e})` : ''}`);
      equipment.push(WGER_EQUIPMENT[e as keyof typeof WGER_EQUIPMENT]);
    }
    const muscles = mapSourceMuscles(
      WGER_MUSCLES,
      { primary: f['muscles'].map((pk) => muscleNames.get(pk)!), secondary: f['muscles_secondary'].map((pk) => muscleNames.get(pk)!) },
      { name, force: null },
    );
    if (muscles.unknown.length > 0) return reject(`"${name}": unknown muscle ${muscles.unknown.join(', ')}`);
    const traits: ExerciseTraits = { name, category, force: null, equipment: primaryEquipment(equipment, 'other'), primary: muscles.primary };
    const loadType = inferLoadType(traits);
    if (muscles.primary.length === 0 && loadType !== 'cardio') {
      const why = muscles.dropped.length > 0 ? `trains only ${muscles.dropped.join(', ')}, which the muscle vocabulary leaves out` : 'lists no primary muscle';
      return reject(`"${name}": ${why}`);
    }
    const pattern = inferPattern(traits, loadType);
    const license = licenseOf.get(Number(f['license']));
    const author = typeof f['license_author'] === 'string' && f['license_author'].trim() !== '' ? f['license_author'].trim() : null;
    const aliases = (aliasesOf.get(named.translationPk) ?? []).filter((a, i, all) => a !== '' && a.toLowerCase() !== name.toLowerCase() && all.indexOf(a) === i);
    parsed.push({
      line,
      sourceId: uuid,
      name,
      aliases,
      equipment: traits.equipment,
      pattern,
      loadType,
      primary: muscles.primary,
      secondary: muscles.secondary,
      met: inferMet(traits, loadType, pattern),
      license: { name: license?.name ?? `wger licence ${String(f['license'])}`, url: license?.url ?? null, author },
    });
  });
  const entries = firstOfEachName(parsed, (line, reason) => summary.reject(line, reason, WGER_BASE_FILE)).map(({ line: _line, ...e }) => e);
  return { entries, summary };
}
