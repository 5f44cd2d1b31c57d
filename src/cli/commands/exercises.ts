import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor, Services } from '../../app/index.js';
import type { CatalogEntry } from '../../app/importers/exercise-rows.js';
import type { ImportSummary, SummaryBuilder } from '../../app/importers/import-summary.js';
import { EXERCISE_EQUIPMENT, MUSCLES, muscleById } from '../../core/training/muscles.js';
import { choiceOption, numberOption, UsageError, type Io } from '../io.js';

// The server, the store and the importers load only when a command runs: `platewise goal` and `--help`
// stay quick however many commands there are.

const EMBEDDED_NOTE = `Works on the embedded database (stop the server first: it opens in one process at a time) as its
one local user. For a multi-user server, use 'platewise api' with a token.`;

export const exercisesHelp = `Usage: platewise exercises search QUERY [--muscle M] [--equipment E] [--limit N] [--json] [--data-dir DIR]

Finds exercises (your own first, then the catalog) by name or alias, and shows the muscles they train.

  --muscle M      ${MUSCLES.map((m) => m.id).join(' | ')}
  --equipment E   ${EXERCISE_EQUIPMENT.join(' | ')}
  --json          print a JSON array of { id, name, primaryMuscles, secondaryMuscles }

${EMBEDDED_NOTE}`;

/**
 * The admin of a PostgreSQL deployment as the CLI acts for it: only for work on shared catalogs (imports),
 * which check the admin flag and never use the id to reach a user's rows.
 */
const CATALOG_ADMIN: Actor = { userId: '00000000-0000-0000-0000-000000000000', via: 'local', isAdmin: true };

/**
 * Opens the embedded database as its one local user, runs `fn`, and closes it. With `allowDatabaseUrl`
 * (catalog imports), DATABASE_URL's PostgreSQL is opened instead and `fn` acts as the catalog admin.
 */
export async function withLocalUser<T>(
  dataDir: string | undefined,
  fn: (services: Services, actor: Actor) => Promise<T>,
  opts: { allowDatabaseUrl?: boolean } = {},
): Promise<T> {
  const databaseUrl = process.env.DATABASE_URL || null;
  if (databaseUrl && !opts.allowDatabaseUrl) {
    throw new UsageError(`this command works on the embedded database; against a multi-user server use 'platewise api' with a token`);
  }
  const { dbConfigFrom, openServices } = await import('../../server/main.js');
  const services = await openServices(dbConfigFrom({ databaseUrl, dataDir: dataDir ?? null }), undefined, databaseUrl ? 'multi' : 'single');
  try {
    if (databaseUrl) return await fn(services, CATALOG_ADMIN);
    const local = await services.users.ensureLocalUser();
    return await fn(services, { userId: local.id, via: 'local', isAdmin: true });
  } finally {
    await services.database.close();
  }
}

const label = (id: string) => muscleById(id)?.label.toLowerCase() ?? id;

/** `platewise exercises search QUERY`. */
export async function exercisesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      muscle: { type: 'string' },
      equipment: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(exercisesHelp);
    return 0;
  }
  const [action, ...words] = positionals;
  if (action !== 'search') throw new UsageError(`exercises: say 'search'\n\n${exercisesHelp}`);
  const muscle = choiceOption('muscle', values.muscle, MUSCLES.map((m) => m.id));
  const equipment = choiceOption('equipment', values.equipment, EXERCISE_EQUIPMENT);
  const limit = numberOption('limit', values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 100)) throw new UsageError(`--limit: '${values.limit}' is not a whole number from 1 to 100`);
  const q = words.join(' ').trim();
  if (q === '' && !muscle && !equipment) throw new UsageError('exercises search: give a QUERY, --muscle or --equipment');
  const hits = await withLocalUser(values['data-dir'], (services, actor) => services.exercises.search(actor, { q, muscle, equipment, limit: limit ?? 20 }));
  if (values.json) {
    io.out(JSON.stringify(hits.map(({ id, name, primaryMuscles, secondaryMuscles }) => ({ id, name, primaryMuscles, secondaryMuscles }))));
    return 0;
  }
  if (hits.length === 0) io.out(`No exercise matches "${q}"`);
  for (const e of hits) {
    const secondary = e.secondaryMuscles.length > 0 ? ` (+ ${e.secondaryMuscles.map(label).join(', ')})` : '';
    io.out(`${e.name} — ${e.primaryMuscles.map(label).join(', ') || 'cardio'}${secondary}  [${e.source}] ${e.id}`);
  }
  return 0;
}

export const importExercisesHelp = `Usage: platewise import exercises FILE [--json] [--data-dir DIR]

Adds exercises to the shared catalog, mapping their muscles onto ours. FILE is either
  free-exercise-db's exercises.json (github.com/yuhonas/free-exercise-db, dist/exercises.json), or
  wger's exercise fixtures: their folder, or exercise-base-data.json with translations.json, muscles.json,
  equipment.json, categories.json and licenses.json beside it (wger's licence and author are kept).
Running it again adds nothing. Rejected records are listed with their line.

Runs on the embedded database (stop the server first: it opens in one process at a time), or on
DATABASE_URL's PostgreSQL, as the instance's admin.`;

/** Reads FILE as free-exercise-db JSON or wger fixtures, by content (a folder means wger). */
export async function readExerciseImport(file: string): Promise<{ source: string; parse: () => { entries: CatalogEntry[]; summary: SummaryBuilder } }> {
  const [fedb, wger] = await Promise.all([import('../../app/importers/free-exercise-db.js'), import('../../app/importers/wger.js')]);
  let isDir: boolean;
  try {
    isDir = statSync(file).isDirectory();
  } catch {
    throw new UsageError(`${file}: no such file or folder`);
  }
  if (isDir) return { source: wger.WGER_SOURCE, parse: () => wger.parseWger(wger.readWgerFiles(file)) };
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: not JSON (${(err as Error).message})`);
  }
  if (wger.isWgerExercises(data)) return { source: wger.WGER_SOURCE, parse: () => wger.parseWger(wger.readWgerFiles(file)) };
  if (fedb.isFreeExerciseDb(data)) return { source: fedb.FREE_EXERCISE_DB_SOURCE, parse: () => fedb.parseFreeExerciseDb(text) };
  throw new UsageError(`${path.basename(file)} is neither free-exercise-db's exercises.json nor wger's ${wger.WGER_BASE_FILE}`);
}

/** Prints an import summary: counts, then each rejected record with its line. */
export function printSummary(summary: ImportSummary, io: Io, json: boolean): void {
  if (json) {
    io.out(JSON.stringify(summary));
    return;
  }
  io.out(
    `${summary.source}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${summary.rejected.length} rejected (${summary.seconds} s)`,
  );
  for (const r of summary.rejected.slice(0, 50)) io.out(`  ${r.file ? `${r.file} ` : ''}line ${r.line}: ${r.reason}`);
  if (summary.rejected.length > 50) io.out(`  … and ${summary.rejected.length - 50} more (--json lists them all)`);
}

/** `platewise import exercises FILE`. */
export async function importExercisesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(importExercisesHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`import exercises: give exactly one FILE\n\n${importExercisesHelp}`);
  const found = await readExerciseImport(positionals[0]!);
  io.err(`Reading ${found.source} from ${positionals[0]}…`);
  const { entries, summary } = found.parse();
  const result = await withLocalUser(values['data-dir'], (services, actor) => services.exercises.importCatalog(actor, found.source, entries, summary), { allowDatabaseUrl: true });
  printSummary(result, io, values.json);
  return 0;
}
