import { parseArgs } from 'node:util';
import { FOOD_IMPORT_FORMATS, type Actor, type FoodImportFormat, type Services } from '../../app/index.js';
import { dbConfigFrom, openServices } from '../../server/main.js';
import { UsageError, type Io } from '../io.js';
import { progressBar } from '../progress.js';
import { importExercisesCommand, importExercisesHelp, printSummary } from './exercises.js';
import { historyImporter } from './history-import.js';
import { importPlatewiseCommand, importPlatewiseHelp } from './export.js';

type Importer = { run: (argv: string[], io: Io) => Promise<number>; what: string; help: string };

/**
 * Opens the database for a catalog import: the embedded one as its local user, or DATABASE_URL's
 * PostgreSQL, where holding the database's address is what makes one the admin of its shared catalogs.
 */
async function withCatalogAdmin<T>(dataDir: string | undefined, fn: (services: Services, actor: Actor) => Promise<T>): Promise<T> {
  const databaseUrl = process.env.DATABASE_URL || null;
  const services = await openServices(dbConfigFrom({ databaseUrl, dataDir: dataDir ?? null }));
  try {
    const actor: Actor = databaseUrl
      ? { userId: '00000000-0000-0000-0000-000000000000', via: 'local', isAdmin: true }
      : { userId: (await services.users.ensureLocalUser()).id, via: 'local', isAdmin: true };
    return await fn(services, actor);
  } finally {
    await services.database.close();
  }
}

const EMBEDDED_NOTE = `Runs on the embedded database (stop the server first: it opens in one process at a time), or on
DATABASE_URL's PostgreSQL, as the instance's admin. Imports are idempotent: running one again adds nothing.`;

/** Food imports: `platewise import usda-sr DIR`, `import usda-fdc DIR`, `import off FILE`. */
function foodImporter(format: FoodImportFormat, arg: 'DIR' | 'FILE'): Importer {
  const help = `Usage: platewise import ${format} ${arg} [--json] [--data-dir DIR]

Imports ${FOOD_IMPORT_FORMATS[format].what} into the shared food catalog,
with a progress bar on stderr and a summary: added, updated, unchanged, rejected lines and why.

  --json   print the summary as one JSON object

${EMBEDDED_NOTE}`;
  return {
    what: FOOD_IMPORT_FORMATS[format].what,
    help,
    async run(argv, io) {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      });
      if (values.help) {
        io.out(help);
        return 0;
      }
      if (positionals.length !== 1) throw new UsageError(`import ${format}: give exactly one ${arg}\n\n${help}`);
      const bar = progressBar();
      const summary = await withCatalogAdmin(values['data-dir'], async (services, actor) => {
        try {
          return await services.foodImports.import(actor, format, positionals[0]!, (p) => bar.update(p));
        } finally {
          bar.done();
        }
      });
      printSummary(summary, io, values.json);
      return 0;
    },
  };
}

/**
 * What `platewise import SOURCE …` can read. Each source owns its arguments; add a line here for a new
 * one (workout histories: strong, hevy; diaries: mfp, …).
 */
export const IMPORT_SOURCES: Record<string, Importer> = {
  'usda-sr': foodImporter('usda-sr', 'DIR'),
  'usda-fdc': foodImporter('usda-fdc', 'DIR'),
  off: foodImporter('off', 'FILE'),
  exercises: { run: importExercisesCommand, what: "free-exercise-db's exercises.json or wger's exercise fixtures", help: importExercisesHelp },
  // A person's history from another app (workouts, diary, body log).
  strong: historyImporter('strong'),
  hevy: historyImporter('hevy'),
  mfp: historyImporter('mfp'),
  cronometer: historyImporter('cronometer'),
  'apple-health': historyImporter('apple-health'),
  platewise: { run: importPlatewiseCommand, what: 'a Platewise JSON export (platewise export --format json)', help: importPlatewiseHelp },
};

export const importHelp = `Usage: platewise import SOURCE PATH [options]

Sources:
${Object.entries(IMPORT_SOURCES)
  .map(([name, s]) => `  ${name.padEnd(13)} ${s.what}`)
  .join('\n')}

Run 'platewise import SOURCE --help' for a source's options.`;

/** `platewise import SOURCE …`: hands the rest of the arguments to the source's importer. */
export async function importCommand(argv: string[], io: Io): Promise<number> {
  const [source, ...rest] = argv;
  if (!source || source === '--help' || source === '-h') {
    io.out(importHelp);
    return source ? 0 : 2;
  }
  const importer = IMPORT_SOURCES[source];
  if (!importer) throw new UsageError(`import: unknown source '${source}'\n\n${importHelp}`);
  return importer.run(rest, io);
}
