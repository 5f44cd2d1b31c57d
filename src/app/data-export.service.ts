// Take your data: everything of a person as one versioned JSON document (docs/export-format.md), or as
// CSV files per table (the food diary, workouts in Strong's columns, the body log, sleep), and our own
// JSON read back into an empty instance or merged into one that has data, idempotently.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../core/errors.js';
import { catalogNameKey } from '../core/training/exercise-catalog.js';
import type { ExportRepository, ExportRow, ImportRepository, UsersRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { csvFiles } from './exporters/csv-export.js';
import type { HistoryImportSummary } from './history-import.service.js';
import { throttle, type ProgressListener } from './importers/import-summary.js';
import { writeZip } from './importers/zip.js';

export const EXPORT_FORMAT = 'platewise-export';
export const EXPORT_VERSION = 1;

/** The JSON export (docs/export-format.md). `exportedAt`, `app.version` and `user.username` are the only fields that differ between two exports of the same data. */
export interface PlatewiseExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  app: { name: 'Platewise'; version: string };
  user: { username: string };
  /** Every table of the person's data: rows keyed by column name, in a stable order. */
  tables: Record<string, ExportRow[]>;
  /** Rows of the shared catalogs the person's rows point at (exercises, foods), so another server can tell them. */
  references: Record<string, ExportRow[]>;
}

/** What reading our JSON back did: the import summary's shape (`source: 'platewise'`), rejected rows named by table. */
export type PlatewiseImportSummary = Omit<HistoryImportSummary, 'source'> & { source: 'platewise' };

const MAX_FILE_BYTES = 1024 * 1024 * 1024;
/** The column that points at each shared catalog the export carries references of. */
const REFERENCE_COLUMNS: Record<string, string> = { exercises: 'exercise_id', foods: 'food_id' };

/** Exports and our own JSON imported back; every method checks the actor first. */
export function createDataExportService(deps: { exports: ExportRepository; imports: ImportRepository; users: UsersRepository; clock: Clock; version: string }) {
  const { exports, imports, users, clock } = deps;

  async function document(userId: string): Promise<PlatewiseExport> {
    const [user, dump] = await Promise.all([users.findById(userId), exports.dump(userId)]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: clock.now().toISOString(),
      app: { name: 'Platewise', version: deps.version },
      user: { username: user?.username ?? '' },
      tables: dump.tables,
      references: dump.references,
    };
  }

  /**
   * Catalog rows the export points at are found here by source and source id; catalog exercises this
   * server lacks become exercises of the person's own (from the export's copy of
   * them), and own exercises whose name the person already has are read as that one. Rewrites `tables` in place.
   */
  async function reconcileReferences(userId: string, doc: PlatewiseExport, tables: Record<string, ExportRow[]>): Promise<string[]> {
    const created: string[] = [];
    const rowsWith = (column: string) => Object.values(tables).flatMap((rows) => (Array.isArray(rows) ? rows.filter((r) => r && typeof r === 'object' && typeof r[column] === 'string') : []));
    // Catalog rows have their own ids on each server: find this server's by source and source id.
    for (const [table, column] of Object.entries(REFERENCE_COLUMNS)) {
      const wanted = [...new Set(rowsWith(column).map((r) => r[column] as string))];
      const here = await exports.sharedIds(table, wanted);
      const refRows = Array.isArray(doc.references?.[table]) ? doc.references[table] : [];
      const missing = refRows.filter((r) => r && typeof r['id'] === 'string' && !here.has(r['id']) && typeof r['source'] === 'string' && typeof r['source_id'] === 'string');
      const found = await exports.sharedIdsBySource(table, missing.map((r) => ({ source: r['source'] as string, sourceId: r['source_id'] as string })));
      const moved = new Map(missing.flatMap((r) => {
        const to = found.get(`${String(r['source'])}\u0000${String(r['source_id'])}`);
        return to ? [[r['id'] as string, to] as const] : [];
      }));
      for (const r of rowsWith(column)) {
        const to = moved.get(r[column] as string);
        if (to) r[column] = to;
      }
    }
    const used = [...new Set(rowsWith('exercise_id').map((r) => r['exercise_id'] as string))];
    const have = await exports.sharedIds('exercises', used);
    const refs = new Map((Array.isArray(doc.references?.['exercises']) ? doc.references['exercises'] : []).filter((r) => r && typeof r['id'] === 'string').map((r) => [r['id'] as string, r]));
    const own = Array.isArray(tables['custom_exercises']) ? tables['custom_exercises'] : (tables['custom_exercises'] = []);
    const now = clock.now().toISOString();
    const copies = new Map<string, string>();
    for (const id of used) {
      const ref = refs.get(id);
      if (have.has(id) || !ref || typeof ref['name'] !== 'string') continue;
      const copy = randomUUID();
      copies.set(id, copy);
      own.push({
        id: copy,
        name: ref['name'],
        name_key: catalogNameKey(ref['name']),
        equipment: ref['equipment'],
        pattern: ref['pattern'],
        load_type: ref['load_type'],
        primary_muscles: ref['primary_muscles'],
        secondary_muscles: ref['secondary_muscles'],
        met_code: ref['met_code'],
        met: ref['met'],
        created_at: now,
        updated_at: now,
      });
      created.push(ref['name']);
    }
    for (const r of rowsWith('exercise_id')) {
      const copy = copies.get(r['exercise_id'] as string);
      if (copy && 'custom_exercise_id' in r) {
        r['exercise_id'] = null;
        r['custom_exercise_id'] = copy;
      }
    }
    // One own exercise per name: the one already here wins, then the first in the file.
    const byName = new Map((await imports.customExercises(userId)).map((c) => [c.nameKey, c.id]));
    const remap = new Map<string, string>();
    tables['custom_exercises'] = own.filter((r) => {
      const key = typeof r['name_key'] === 'string' ? r['name_key'] : null;
      const id = r['id'];
      if (key === null || typeof id !== 'string') return true;
      const held = byName.get(key);
      if (held === undefined) {
        byName.set(key, id);
        return true;
      }
      if (held !== id) remap.set(id, held);
      return held === id;
    });
    for (const r of rowsWith('custom_exercise_id')) {
      const to = remap.get(r['custom_exercise_id'] as string);
      if (to) r['custom_exercise_id'] = to;
    }
    return created.filter((name) => tables['custom_exercises']!.some((r) => r['name'] === name));
  }

  return {
    /** Everything of the actor's as one JSON document (format platewise-export, version 1). */
    async exportJson(actor: Actor): Promise<PlatewiseExport> {
      const userId = requireUser(actor);
      return document(userId);
    },

    /** The CSV files: diary.csv, workouts.csv (Strong's columns), body.csv, sleep.csv. */
    async exportCsv(actor: Actor): Promise<Array<{ name: string; data: Buffer }>> {
      const userId = requireUser(actor);
      return csvFiles(await document(userId));
    },

    /** The CSV files in one zip archive (the web's download). */
    async exportCsvZip(actor: Actor): Promise<Buffer> {
      const userId = requireUser(actor);
      return writeZip(csvFiles(await document(userId)), clock.now());
    },

    /**
     * Reads a JSON export back for the actor: rows already here (same key) stay as they are, so importing
     * the same file twice adds nothing; rows that break a rule are refused with the reason. A dry run
     * reports the same counts and writes nothing.
     */
    async importJson(actor: Actor, file: string, opts: { dryRun?: boolean | undefined } = {}, onProgress?: ProgressListener): Promise<PlatewiseImportSummary> {
      const userId = requireUser(actor);
      const started = performance.now();
      if (!existsSync(file)) throw ValidationError.field('file', `${file} does not exist`);
      const name = path.basename(file);
      if (statSync(file).size > MAX_FILE_BYTES) throw ValidationError.field('file', `${name} is larger than 1 GB`);
      let doc: PlatewiseExport;
      try {
        doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as PlatewiseExport;
      } catch {
        throw ValidationError.field('file', `${name} is not JSON (export one with platewise export --format json)`);
      }
      if (!doc || typeof doc !== 'object' || doc.format !== EXPORT_FORMAT) throw ValidationError.field('format', `must be "${EXPORT_FORMAT}": this is not a Platewise export`);
      if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) throw ValidationError.field('version', 'must be a whole number');
      if (doc.version > EXPORT_VERSION) throw ValidationError.field('version', `is ${doc.version}: the file comes from a newer Platewise (this one reads version ${EXPORT_VERSION})`);
      if (!doc.tables || typeof doc.tables !== 'object' || Array.isArray(doc.tables)) throw ValidationError.field('tables', 'must be an object of tables');
      const tables = doc.tables;
      const newExercises = await reconcileReferences(userId, doc, tables);
      const progress = throttle(onProgress);
      const loaded = await exports.load(userId, tables, { dryRun: opts.dryRun ?? false, onProgress: (done, total) => progress({ phase: opts.dryRun ? 'checking' : 'writing', done, total }) });
      const dates = ['workouts', 'diary_entries', 'body_entries'].flatMap((t) => (Array.isArray(tables[t]) ? tables[t].map((r) => r?.['date']).filter((d): d is string => typeof d === 'string') : [])).sort();
      return {
        source: 'platewise',
        dryRun: opts.dryRun ?? false,
        workouts: loaded.inserted['workouts'] ?? 0,
        sets: loaded.inserted['workout_sets'] ?? 0,
        diaryEntries: loaded.inserted['diary_entries'] ?? 0,
        bodyEntries: loaded.inserted['body_entries'] ?? 0,
        alreadyImported: Object.values(loaded.existing).reduce((a, b) => a + b, 0),
        skipped: 0,
        range: dates.length > 0 ? { from: dates[0]!, to: dates.at(-1)! } : null,
        exercises: [],
        newExercises,
        rejected: loaded.rejected.map((r) => ({ line: r.index + 1, reason: r.reason, file: r.table })),
        seconds: Math.round((performance.now() - started) / 10) / 100,
      };
    },
  };
}
export type DataExportService = ReturnType<typeof createDataExportService>;
