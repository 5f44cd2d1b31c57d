// `platewise import strong|hevy|mfp|cronometer|apple-health PATH…`: a person's history from another app,
// with a progress bar on stderr and a summary (or, with --json, exactly the summary object on stdout).
import { parseArgs } from 'node:util';
import { HISTORY_FORMATS, type Actor, type HistoryFormat, type HistoryImportSummary, type Services } from '../../app/index.js';
import { choiceOption, UsageError, type Io } from '../io.js';
import { progressBar } from '../progress.js';

/**
 * Opens the database and acts as one person: the embedded database's local user, or `--user NAME` (which
 * DATABASE_URL's PostgreSQL needs: holding the database's address is what lets one act for its users).
 */
export async function withPerson<T>(dataDir: string | undefined, username: string | undefined, fn: (services: Services, actor: Actor) => Promise<T>): Promise<T> {
  const databaseUrl = process.env.DATABASE_URL || null;
  if (databaseUrl && !username) throw new UsageError('--user NAME is required on DATABASE_URL (whose history is it?)');
  const { dbConfigFrom, openServices } = await import('../../server/main.js');
  const services = await openServices(dbConfigFrom({ databaseUrl, dataDir: dataDir ?? null }), undefined, databaseUrl ? 'multi' : 'single');
  try {
    const user = username ? await services.users.byUsername(username) : await services.users.ensureLocalUser();
    if (!user) throw new UsageError(`--user: there is no user '${username}'`);
    return await fn(services, { userId: user.id, via: 'local', isAdmin: user.isAdmin });
  } finally {
    await services.database.close();
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const group = (n: number) => n.toLocaleString('en-US');

/** The summary in words: what was (or would be) added, the exercise matches to look at, and the rejected rows. */
export function describeHistoryImport(s: Omit<HistoryImportSummary, 'source'> & { source: string }): string[] {
  const lines: string[] = [];
  const verb = s.dryRun ? 'would add' : 'added';
  lines.push(
    `${s.source}${s.dryRun ? ' (dry run, nothing written)' : ''}: ${verb} ${group(s.workouts)} workouts (${group(s.sets)} sets), ${group(s.diaryEntries)} diary entries, ${group(s.bodyEntries)} body-log entries; ` +
      `${group(s.alreadyImported)} already imported, ${group(s.skipped)} skipped, ${group(s.rejected.length)} rejected (${s.seconds} s)`,
  );
  if (s.range) lines.push(`The file covers ${s.range.from} to ${s.range.to}.`);
  if (s.exercises.length > 0) {
    const exact = s.exercises.filter((e) => e.how === 'exact' || e.how === 'alias' || e.how === 'mapped').length;
    const fuzzy = s.exercises.filter((e) => e.how === 'fuzzy' && !e.needsConfirmation).length;
    const confirm = s.exercises.filter((e) => e.needsConfirmation);
    lines.push(`Exercises: ${s.exercises.length} names; ${exact} matched exactly, by alias or by your choice, ${fuzzy} by a close name, ${confirm.length} to confirm, ${s.newExercises.length} new of your own.`);
    for (const e of s.exercises.filter((x) => x.how === 'fuzzy' && !x.needsConfirmation)) lines.push(`  ~ ${e.name} → ${e.exercise!.name} (${pct(e.confidence)})`);
    for (const e of confirm) {
      lines.push(`  ? ${e.name} → ${e.exercise!.name}? (${pct(e.confidence)}): becomes an exercise of your own unless you --map "${e.name}=${e.exercise!.name}" or --accept-suggestions`);
    }
    for (const e of s.exercises.filter((x) => x.createsOwn && !x.needsConfirmation)) {
      lines.push(`  + ${e.name}: an exercise of your own${e.musclesKnown ? '' : ' (its muscles could not be told from the name: set them under Exercises)'}`);
    }
    for (const e of s.exercises.filter((x) => x.weightedAs)) lines.push(`  ${e.weightedAs!.custom ? '+' : '~'} ${e.name} with added load → ${e.weightedAs!.name}${e.weightedAs!.custom ? ' (an exercise of your own)' : ''}`);
  }
  for (const r of s.rejected.slice(0, 50)) lines.push(`  ${r.file ? `${r.file} ` : ''}line ${r.line}: ${r.reason}`);
  if (s.rejected.length > 50) lines.push(`  … and ${s.rejected.length - 50} more (--json lists them all)`);
  return lines;
}

/** `--map "Strong name=Exercise"` → name and an exercise id (by id, exact name, or "own" for an exercise of your own). */
async function resolveMaps(services: Services, actor: Actor, maps: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const m of maps) {
    const eq = m.lastIndexOf('=');
    if (eq <= 0 || eq === m.length - 1) throw new UsageError(`--map: '${m}' is not NAME=EXERCISE (an exercise name or id, or "own")`);
    const name = m.slice(0, eq).trim();
    const target = m.slice(eq + 1).trim();
    if (target.toLowerCase() === 'own') {
      out.set(name, null);
      continue;
    }
    const hits = await services.exercises.search(actor, { q: target, limit: 25 });
    const hit = hits.find((e) => e.id === target || e.name.toLowerCase() === target.toLowerCase() || e.aliases.some((a) => a.toLowerCase() === target.toLowerCase()));
    if (!hit) throw new UsageError(`--map: no exercise named '${target}'; find one with 'platewise exercises search ${JSON.stringify(target)}'`);
    out.set(name, hit.id);
  }
  return out;
}

function helpOf(format: HistoryFormat): string {
  const input = HISTORY_FORMATS[format].input;
  const unit =
    format === 'strong'
      ? "\n  --unit kg|lb          the weight unit, when the file does not say (Strong's 12-column export); distances follow it (km or miles)"
      : format === 'mfp'
        ? '\n  --unit kg|lb          the unit of Measurement-Summary weights (MyFitnessPal does not write it)'
        : '';
  const exercises =
    format === 'mfp' || format === 'cronometer'
      ? ''
      : `
  --map "NAME=EXERCISE"  read the file's exercise NAME as EXERCISE (a name, an id, or "own"); remembered (repeatable)
  --accept-suggestions  take every close-but-unsure exercise match as suggested (else each becomes your own)`;
  return `Usage: platewise import ${format} ${input}${format === 'mfp' || format === 'cronometer' ? '…' : ''} [options]

Imports ${HISTORY_FORMATS[format].what} into your history, with a progress bar on stderr and
a summary: workouts, sets, diary and body-log entries added, exercise matches, rejected lines and why.
Running it again adds nothing (every row keeps a key of where it came from).

  --dry-run             show what would be added; write nothing${unit}${exercises}
  --json                print the summary as one JSON object
  --user NAME           whose history (required with DATABASE_URL; the local user otherwise)
  --data-dir DIR        the embedded database's folder

Works on the embedded database (stop the server first: it opens in one process at a time), or on
DATABASE_URL's PostgreSQL.`;
}

/** The importer of one history format, for the `platewise import` registry. */
export function historyImporter(format: HistoryFormat): { run: (argv: string[], io: Io) => Promise<number>; what: string; help: string } {
  const help = helpOf(format);
  return {
    what: HISTORY_FORMATS[format].what,
    help,
    async run(argv, io) {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          'dry-run': { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
          unit: { type: 'string' },
          map: { type: 'string', multiple: true },
          'accept-suggestions': { type: 'boolean', default: false },
          user: { type: 'string' },
          'data-dir': { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
      if (values.help) {
        io.out(help);
        return 0;
      }
      const many = format === 'mfp' || format === 'cronometer';
      if (positionals.length === 0 || (!many && positionals.length !== 1)) throw new UsageError(`import ${format}: give ${many ? 'one or more' : 'exactly one'} ${HISTORY_FORMATS[format].input}\n\n${help}`);
      const unit = choiceOption('unit', values.unit, ['kg', 'lb'] as const);
      const bar = progressBar();
      const summary = await withPerson(values['data-dir'], values.user, async (services, actor) => {
        const mappings = await resolveMaps(services, actor, values.map ?? []);
        try {
          return await services.historyImports.import(actor, format, positionals, { dryRun: values['dry-run'], unit, acceptSuggestions: values['accept-suggestions'], mappings }, (p) => bar.update(p));
        } finally {
          bar.done();
        }
      });
      if (values.json) io.out(JSON.stringify(summary));
      else for (const line of describeHistoryImport(summary)) io.out(line);
      return 0;
    },
  };
}
