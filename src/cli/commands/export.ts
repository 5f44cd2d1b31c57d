// `platewise export --format json|csv --out PATH`, `platewise import platewise FILE`, and
// `platewise backup --out PATH` / `platewise restore PATH` for the whole instance.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupInstance, restoreInstance } from '../../app/index.js';
import { choiceOption, UsageError, type Io } from '../io.js';
import { progressBar } from '../progress.js';
import { describeHistoryImport, withPerson } from './history-import.js';

export const exportHelp = `Usage: platewise export [--format json|csv] --out PATH [--user NAME] [--data-dir DIR]

Writes everything of yours.
  --format json   (default) one file: every table of your data, versioned (format "platewise-export",
                  version 1; see docs/export-format.md). 'platewise import platewise FILE' reads it back.
  --format csv    PATH is a folder (made if missing) for diary.csv, workouts.csv (Strong's columns, kg and
                  km), body.csv and sleep.csv; or, if PATH ends in .zip, one zip of them.
  --out -         the JSON on stdout
  --user NAME     whose data (required with DATABASE_URL; the local user otherwise)`;

/** `platewise export`. */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, user: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(exportHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`export: unexpected '${positionals[0]}'\n\n${exportHelp}`);
  const format = choiceOption('format', values.format, ['json', 'csv'] as const) ?? 'json';
  const out = values.out;
  if (!out) throw new UsageError(`--out is required\n\n${exportHelp}`);
  if (format === 'csv' && out === '-') throw new UsageError('--out -: CSV goes to a folder or a .zip file');
  await withPerson(values['data-dir'], values.user, async (services, actor) => {
    if (format === 'json') {
      const doc = await services.dataExport.exportJson(actor);
      const text = JSON.stringify(doc);
      if (out === '-') io.out(text);
      else writeFileSync(out, text);
      const rows = Object.values(doc.tables).reduce((n, t) => n + t.length, 0);
      io.err(`Exported ${rows.toLocaleString('en-US')} rows in ${Object.keys(doc.tables).length} tables (${doc.tables['workouts']?.length ?? 0} workouts, ${doc.tables['diary_entries']?.length ?? 0} diary entries, ${doc.tables['body_entries']?.length ?? 0} body-log entries)${out === '-' ? '' : ` to ${out}`}`);
      return;
    }
    if (out.toLowerCase().endsWith('.zip')) {
      writeFileSync(out, await services.dataExport.exportCsvZip(actor));
      io.err(`Wrote ${out}`);
      return;
    }
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out: ${out} is a file; CSV goes to a folder (or a .zip)`);
    mkdirSync(out, { recursive: true });
    for (const f of await services.dataExport.exportCsv(actor)) writeFileSync(path.join(out, f.name), f.data);
    io.err(`Wrote diary.csv, workouts.csv, body.csv and sleep.csv to ${out}`);
  });
  return 0;
}

export const importPlatewiseHelp = `Usage: platewise import platewise FILE [--dry-run] [--json] [--user NAME] [--data-dir DIR]

Reads a Platewise JSON export back: into an empty instance, or merged into one that has data. Rows that are
already here (the same ids or import keys) stay as they are, so reading a file twice adds nothing; catalog
exercises this server lacks become exercises of your own. A progress bar shows on stderr.`;

/** `platewise import platewise FILE`. */
export async function importPlatewiseCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, user: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(importPlatewiseHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`import platewise: give exactly one FILE\n\n${importPlatewiseHelp}`);
  const bar = progressBar();
  const summary = await withPerson(values['data-dir'], values.user, async (services, actor) => {
    try {
      return await services.dataExport.importJson(actor, positionals[0]!, { dryRun: values['dry-run'] }, (p) => bar.update(p));
    } finally {
      bar.done();
    }
  });
  if (values.json) io.out(JSON.stringify(summary));
  else for (const line of describeHistoryImport(summary)) io.out(line);
  return 0;
}

const backupNote = `The embedded database is dumped by PGlite itself (a .tar.gz of its data folder): stop the server
first, as it opens in one process at a time. On PostgreSQL (DATABASE_URL), pg_dump's custom format is used
when pg_dump is on PATH, else (or with --method logical) a logical dump of every table through SQL (gzip'd
JSON lines from one snapshot), which restores only into the same Platewise version.`;

export const backupHelp = `Usage: platewise backup --out PATH [--method auto|pg_dump|logical] [--data-dir DIR]

Backs up the whole instance: every account, all their data, the catalogs.

${backupNote}`;

export const restoreHelp = `Usage: platewise restore PATH [--data-dir DIR]

Restores a backup made by 'platewise backup'. Embedded: into --data-dir (or PLATEWISE_DATA_DIR), which must
be empty or absent. PostgreSQL (DATABASE_URL): replaces everything in that database.

${backupNote}`;

function dbConfig(dataDir: string | undefined) {
  const databaseUrl = process.env.DATABASE_URL || null;
  return import('../../server/main.js').then(({ dbConfigFrom }) => dbConfigFrom({ databaseUrl, dataDir: dataDir ?? null }));
}

/** `platewise backup --out PATH`. */
export async function backupCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, method: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(backupHelp);
    return 0;
  }
  if (positionals.length > 0 || !values.out) throw new UsageError(`backup: give --out PATH\n\n${backupHelp}`);
  const method = choiceOption('method', values.method, ['auto', 'pg_dump', 'logical'] as const) ?? 'auto';
  const result = await backupInstance(await dbConfig(values['data-dir']), values.out, method);
  io.out(`Backed up to ${values.out} (${result.method}, ${(result.bytes / 1e6).toFixed(1)} MB)`);
  return 0;
}

/** `platewise restore PATH`. */
export async function restoreCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(restoreHelp);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`restore: give exactly one backup file\n\n${restoreHelp}`);
  const result = await restoreInstance(await dbConfig(values['data-dir']), positionals[0]!);
  const rows = result.tables ? ` (${Object.values(result.tables).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows)` : '';
  io.out(`Restored ${positionals[0]} (${result.method})${rows}`);
  return 0;
}
