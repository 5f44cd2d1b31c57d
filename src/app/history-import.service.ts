// Importing a history from another app: read the file into workouts, diary and body entries (importers/),
// match its exercise names, fit every row to our rules (rejecting what does not fit, with its line), leave
// out what was imported before (source keys), then show what would be added (a dry run) or write it all in
// one transaction.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBodyEntry } from '../core/body/body-log.js';
import { addDays } from '../core/dates.js';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../core/errors.js';
import { catalogNameKey } from '../core/training/exercise-catalog.js';
import { MAX_EXERCISE_NAME } from '../core/training/custom-exercise.js';
import type { ExerciseMappingValues, ImportedWorkoutRows, ImportRepository, SettingsRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { toExercise, type Exercise } from './exercises.service.js';
import { parseAppleHealth } from './importers/apple-health.js';
import { parseCronometer } from './importers/cronometer.js';
import { fitSet, resolveExerciseNames, type ExerciseMatchView, type NameUse } from './importers/exercise-resolution.js';
import { parseHevy } from './importers/hevy.js';
import { cleanHistory, type ImportedWorkout, type OnBytes, type ParsedHistory } from './importers/history.js';
import { throttle, type ImportRejection, type ProgressListener } from './importers/import-summary.js';
import { zonedInstant } from './importers/local-time.js';
import { csvFilesOf, parseMyFitnessPal } from './importers/myfitnesspal.js';
import { parseStrong, type WeightUnit } from './importers/strong.js';
import { extractZip, isZip } from './importers/zip.js';
import { MAX_EXERCISES, MAX_NAME, MAX_NOTES, MAX_SETS, setRow } from './workout-input.js';

export const HISTORY_FORMATS = {
  strong: { what: "Strong's workout CSV (any dialect)", input: 'FILE' },
  hevy: { what: "Hevy's workout CSV (metric or imperial)", input: 'FILE' },
  mfp: { what: "MyFitnessPal's export (the zip, its folder, or its Nutrition-/Measurement-Summary CSVs)", input: 'DIR' },
  cronometer: { what: "Cronometer's servings and biometrics CSVs", input: 'FILE' },
  'apple-health': { what: "Apple Health's export.zip or export.xml", input: 'FILE' },
} as const;
export type HistoryFormat = keyof typeof HISTORY_FORMATS;
export const HISTORY_FORMAT_IDS = Object.keys(HISTORY_FORMATS) as HistoryFormat[];

export interface HistoryImportOptions {
  dryRun?: boolean | undefined;
  /** Weight unit when the file does not say (Strong's 12-column CSV, MyFitnessPal's weights). */
  unit?: WeightUnit | undefined;
  /** Take every low-confidence exercise match as suggested (else each becomes an exercise of your own). */
  acceptSuggestions?: boolean | undefined;
  /** This import's choices, by the file's exercise name: an exercise id, or null for "my own". Saved unless a dry run. */
  mappings?: ReadonlyMap<string, string | null> | undefined;
  /** How far a zipped file may unpack (uploads); unlimited from the command line. */
  maxUnpackedBytes?: number | undefined;
}

/** What an import added (or, in a dry run, would add), what it had already, and every row it left out and why. */
export interface HistoryImportSummary {
  source: HistoryFormat;
  dryRun: boolean;
  workouts: number;
  sets: number;
  diaryEntries: number;
  bodyEntries: number;
  /** Items of the file already imported before (their source keys exist): left alone. */
  alreadyImported: number;
  /** Rows left out on purpose: rest timers, notes, metrics we do not keep, the same reading twice. */
  skipped: number;
  /** First and last day of what the file holds. */
  range: { from: string; to: string } | null;
  exercises: ExerciseMatchView[];
  /** Exercises of your own it creates (or would). */
  newExercises: string[];
  rejected: ImportRejection[];
  seconds: number;
}

/** A saved choice: how the person wants a name of another app read (null: as an exercise of their own). */
export interface ExerciseMapping {
  name: string;
  exerciseId: string | null;
}

const MAX_MAPPINGS = 500;
const MAX_KCAL = 10_000;
const MAX_MACRO_G = 1000;

/** Imports workout, diary and body histories from other apps, idempotently; every method checks the actor first. */
export function createHistoryImportService(deps: { imports: ImportRepository; settings: SettingsRepository; clock: Clock }) {
  const { imports, settings, clock } = deps;

  async function parse(format: HistoryFormat, paths: readonly string[], opts: HistoryImportOptions, onBytes: OnBytes): Promise<ParsedHistory> {
    const one = () => {
      if (paths.length !== 1) throw ValidationError.field('file', `give exactly one ${format} file`);
      return paths[0]!;
    };
    switch (format) {
      case 'strong':
        return parseStrong(one(), { unit: opts.unit, onBytes });
      case 'hevy':
        return parseHevy(one(), { onBytes });
      case 'apple-health':
        return parseAppleHealth(one(), { onBytes, maxBytes: opts.maxUnpackedBytes });
      case 'mfp':
      case 'cronometer': {
        const scratch = mkdtempSync(path.join(os.tmpdir(), 'platewise-import-'));
        try {
          const files: string[] = [];
          for (const p of csvFilesOf(paths)) {
            if (isZip(p)) files.push(...(await extractZip(p, scratch, (name) => name.toLowerCase().endsWith('.csv'), opts.maxUnpackedBytes ?? 2 ** 31)));
            else files.push(p);
          }
          return format === 'mfp' ? await parseMyFitnessPal(files, { unit: opts.unit, onBytes }) : await parseCronometer(files, { onBytes });
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      }
    }
  }

  /** `parse`, with a missing file refused by its path and a file the format cannot read named in the error. */
  async function parseNamed(format: HistoryFormat, paths: readonly string[], opts: HistoryImportOptions, onBytes: OnBytes): Promise<ParsedHistory> {
    const missing = paths.find((p) => !existsSync(p));
    if (missing !== undefined) throw ValidationError.field('file', `${missing} does not exist`);
    try {
      return await parse(format, paths, opts, onBytes);
    } catch (err) {
      const detail = err instanceof ValidationError && paths.length === 1 ? err.details[0] : undefined;
      const name = path.basename(paths[0] ?? '');
      if (detail?.field !== 'file' || detail.message.includes(name)) throw err;
      throw ValidationError.field('file', `${name} ${detail.message}`);
    }
  }

  /** Exercise names of the file with how many sets each has and which quantities they carry. */
  function namesOf(workouts: readonly ImportedWorkout[]): Map<string, NameUse> {
    const names = new Map<string, NameUse>();
    for (const w of workouts) {
      for (const e of w.exercises) {
        const use = names.get(e.name) ?? { sets: 0, seen: { load: false, reps: false, duration: false, distance: false } };
        use.sets += e.sets.length;
        for (const s of e.sets) {
          use.seen.load ||= (s.loadKg ?? 0) !== 0;
          use.seen.reps ||= (s.reps ?? 0) !== 0;
          use.seen.duration ||= (s.durationS ?? 0) !== 0;
          use.seen.distance ||= (s.distanceM ?? 0) !== 0;
        }
        names.set(e.name, use);
      }
    }
    return names;
  }

  return {
    /** The person's saved exercise choices, by the name other apps use. */
    async mappings(actor: Actor): Promise<ExerciseMapping[]> {
      const userId = requireUser(actor);
      return (await imports.mappings(userId)).map((m) => ({ name: m.name, exerciseId: m.exerciseId ?? m.customExerciseId ?? null }));
    },

    /** Saves choices (an exercise id, or null for "an exercise of my own") for names of other apps; returns them all. */
    async saveMappings(actor: Actor, list: ReadonlyArray<ExerciseMapping>): Promise<ExerciseMapping[]> {
      const userId = requireUser(actor);
      if (list.length > MAX_MAPPINGS) throw ValidationError.field('mappings', `at most ${MAX_MAPPINGS} at a time`);
      const ids = [...new Set(list.flatMap((m) => (m.exerciseId === null ? [] : [m.exerciseId])))];
      const [catalog, custom] = await Promise.all([imports.catalogByIds(ids), imports.customExercises(userId)]);
      const isCatalog = new Set(catalog.map((e) => e.id));
      const isOwn = new Set(custom.map((e) => e.id));
      const rows = list.map((m, i) => {
        const name = m.name.trim();
        if (name === '' || name.length > MAX_EXERCISE_NAME * 2) throw ValidationError.field(`mappings.${i}.name`, `must be 1–${MAX_EXERCISE_NAME * 2} characters`);
        if (m.exerciseId !== null && !isCatalog.has(m.exerciseId) && !isOwn.has(m.exerciseId)) {
          throw ValidationError.field(`mappings.${i}.exerciseId`, `no exercise ${m.exerciseId}; find one with GET /api/exercises?q=`);
        }
        return { nameKey: catalogNameKey(name), name, exerciseId: m.exerciseId !== null && isCatalog.has(m.exerciseId) ? m.exerciseId : null, customExerciseId: m.exerciseId !== null && isOwn.has(m.exerciseId) ? m.exerciseId : null };
      });
      await imports.saveMappings(userId, rows, clock.now());
      return this.mappings(actor);
    },

    /** Forgets the choice for one name. */
    async deleteMapping(actor: Actor, name: string): Promise<void> {
      const userId = requireUser(actor);
      if (!(await imports.deleteMapping(userId, catalogNameKey(name)))) throw new NotFoundError(`No saved choice for "${name}"`);
    },

    /**
     * Imports `paths` (a file, or MyFitnessPal's folder) as `format` for the actor. Nothing is written in a
     * dry run; otherwise everything is, in one transaction. Running the same file again adds nothing.
     */
    async import(actor: Actor, format: HistoryFormat, paths: readonly string[], opts: HistoryImportOptions = {}, onProgress?: ProgressListener): Promise<HistoryImportSummary> {
      const userId = requireUser(actor);
      if (!(format in HISTORY_FORMATS)) throw ValidationError.field('format', `must be one of ${HISTORY_FORMAT_IDS.join(', ')}`);
      const started = performance.now();
      const progress = throttle(onProgress);
      const label = paths.length === 1 ? path.basename(paths[0]!) : format;
      const parsed = cleanHistory(await parseNamed(format, paths, opts, (done, total) => progress({ phase: `reading ${label}`, done, total })));
      const { summary } = parsed;
      const today = clock.today();
      const tooLate = addDays(today, 1);
      const prefs = await settings.get(userId);

      // Exercises: the person's choices, their own exercises and the catalog.
      const [catalog, custom, saved] = await Promise.all([imports.catalog(), imports.customExercises(userId), imports.mappings(userId)]);
      const known: Exercise[] = [...custom.map(toExercise), ...catalog.map(toExercise)];
      const knownIds = new Set(known.map((e) => e.id));
      const choices = new Map<string, string | null>(saved.map((m) => [m.nameKey, m.exerciseId ?? m.customExerciseId ?? null]));
      const requested = new Map<string, string | null>();
      for (const [name, id] of opts.mappings ?? []) {
        if (id !== null && !knownIds.has(id)) throw ValidationError.field(`mappings.${name}`, `no exercise ${id}; find one with GET /api/exercises?q=`);
        requested.set(catalogNameKey(name), id);
        choices.set(catalogNameKey(name), id);
      }
      const resolved = resolveExerciseNames({ names: namesOf(parsed.workouts), known, choices, acceptSuggestions: opts.acceptSuggestions ?? false, newId: randomUUID });

      // Workouts, fitted to our rules set by set.
      const workoutRows: ImportedWorkoutRows[] = [];
      const dates: string[] = [];
      const seenKeys = new Set<string>();
      for (const w of parsed.workouts) {
        if (w.date > tooLate) {
          summary.reject(w.line, `the workout is dated ${w.date}, in the future`);
          continue;
        }
        if (seenKeys.has(w.key)) {
          summary.skipped++;
          continue;
        }
        seenKeys.add(w.key);
        const exercises: ImportedWorkoutRows['exercises'] = [];
        const sets: ImportedWorkoutRows['sets'] = [];
        for (const e of w.exercises) {
          if (exercises.length >= MAX_EXERCISES) {
            summary.reject(e.line, `a workout may have at most ${MAX_EXERCISES} exercises; "${e.name}" and those after it are left out`);
            break;
          }
          let exercise = resolved.byKey.get(catalogNameKey(e.name))!;
          // Added load on a bodyweight exercise (a weighted chin-up) is logged on its weighted form.
          if (exercise.loadType === 'bodyweight' && e.sets.some((s) => (s.loadKg ?? 0) > 0)) {
            exercise = resolved.weighted(exercise);
            const view = resolved.views.find((v) => v.name === e.name);
            if (view) view.weightedAs = { id: exercise.id, name: exercise.name, custom: exercise.custom };
          }
          const position = exercises.length;
          let n = 0;
          for (const s of e.sets) {
            if (n >= MAX_SETS) {
              summary.reject(s.line, `an exercise may have at most ${MAX_SETS} sets in one workout`);
              continue;
            }
            const fitted = fitSet(exercise, s);
            if ('reason' in fitted) summary.reject(s.line, fitted.reason);
            else sets.push(setRow(fitted.set, position, n++));
          }
          if (n > 0) exercises.push({ position, exerciseId: exercise.custom ? null : exercise.id, customExerciseId: exercise.custom ? exercise.id : null, supersetGroup: e.supersetGroup, notes: e.notes.slice(0, MAX_NOTES) });
        }
        // A session Apple Health recorded has no sets; a Strong or Hevy workout whose every set was refused is nothing.
        if (exercises.length === 0 && w.exercises.length > 0) continue;
        const startedAt = w.startInstant ?? (w.startLocal ? zonedInstant(w.startLocal, prefs.timeZone) : null);
        const endedAt = startedAt && w.durationS !== null && w.durationS <= 86_400 ? new Date(startedAt.getTime() + w.durationS * 1000) : null;
        workoutRows.push({
          id: randomUUID(),
          values: {
            date: w.date,
            name: w.name.slice(0, MAX_NAME),
            notes: w.notes.slice(0, MAX_NOTES),
            startedAt,
            endedAt,
            bodyWeightG: null,
            energyKcal: w.energyKcal !== null && w.energyKcal >= 0 && w.energyKcal <= MAX_KCAL ? w.energyKcal : null,
            sourceKey: w.key,
          },
          exercises,
          sets,
        });
        dates.push(w.date);
      }

      // Diary entries: within the quick-add bounds, not in the future.
      const diary = parsed.diary.flatMap((d) => {
        const n = d.nutrients;
        const over = n.energyKcal > MAX_KCAL ? `energy ${n.energyKcal} kcal is more than ${MAX_KCAL}` : [n.proteinG, n.fatG, n.carbsG].some((g) => g > MAX_MACRO_G) ? `a macro is more than ${MAX_MACRO_G} g` : null;
        if (over || d.date > tooLate) {
          summary.reject(d.line, over ?? `the entry is dated ${d.date}, in the future`, d.file);
          return [];
        }
        if (seenKeys.has(d.key)) return (summary.skipped++, []);
        seenKeys.add(d.key);
        dates.push(d.date);
        return [{ id: randomUUID(), sourceKey: d.key, date: d.date, meal: d.meal, kind: 'quick', foodId: null, name: d.name, brand: null, amount: d.amount, unit: d.unit, grams: d.grams, ...n, portions: [] }];
      });

      // Body entries: the body log's plausibility rules.
      const body = parsed.body.flatMap((b) => {
        try {
          if (b.date > tooLate) throw ValidationError.field('date', `${b.date} is in the future`);
          checkBodyEntry({ weightKg: b.weightKg, bodyFatPct: b.bodyFatPct, girthsCm: {}, time: b.time, note: null });
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          summary.reject(b.line, err.message, b.file);
          return [];
        }
        if (seenKeys.has(b.key)) return (summary.skipped++, []);
        seenKeys.add(b.key);
        dates.push(b.date);
        return [{ id: randomUUID(), sourceKey: b.key, date: b.date, time: b.time, weightG: b.weightKg === null ? null : b.weightKg * 1000, bodyFatPct: b.bodyFatPct, girthsCm: {}, note: null }];
      });

      // What was imported before stays as it is.
      const [oldWorkouts, oldDiary, oldBody] = await Promise.all([
        imports.existingKeys(userId, 'workouts', workoutRows.map((w) => w.values.sourceKey)),
        imports.existingKeys(userId, 'diary', diary.map((d) => d.sourceKey)),
        imports.existingKeys(userId, 'body', body.map((b) => b.sourceKey)),
      ]);
      const newWorkouts = workoutRows.filter((w) => !oldWorkouts.has(w.values.sourceKey));
      const newDiary = diary.filter((d) => !oldDiary.has(d.sourceKey));
      const newBody = body.filter((b) => !oldBody.has(b.sourceKey));
      const used = new Set(newWorkouts.flatMap((w) => w.exercises.map((e) => e.customExerciseId)));
      const created = resolved.created.filter((c) => used.has(c.exercise.id));
      const mappings: ExerciseMappingValues[] = [...requested].map(([nameKey, id]) => {
        const exercise = id === null ? undefined : known.find((e) => e.id === id);
        const name = resolved.views.find((v) => catalogNameKey(v.name) === nameKey)?.name ?? nameKey;
        return { nameKey, name: name.slice(0, MAX_EXERCISE_NAME * 2), exerciseId: exercise && !exercise.custom ? exercise.id : null, customExerciseId: exercise?.custom ? exercise.id : null };
      });

      let counts = { workouts: newWorkouts.length, sets: newWorkouts.reduce((n, w) => n + w.sets.length, 0), diaryEntries: newDiary.length, bodyEntries: newBody.length };
      if (!opts.dryRun) {
        try {
          counts = await imports.write(userId, { customExercises: created.map((c) => ({ ...c.values, id: c.exercise.id })), workouts: newWorkouts, diary: newDiary, body: newBody, mappings }, clock.now(), (done, total) => progress({ phase: 'writing', done, total }));
        } catch (err) {
          if (err instanceof DomainError) throw err;
          // Another import of the same file, or a new exercise of the same name, finished first.
          if ((err as { code?: string }).code === '23505') throw new ConflictError('Something else was imported at the same time; run the import again');
          throw err;
        }
      }
      const sorted = dates.sort();
      const finished = summary.finish();
      return {
        source: format,
        dryRun: opts.dryRun ?? false,
        ...counts,
        alreadyImported: workoutRows.length - newWorkouts.length + diary.length - newDiary.length + body.length - newBody.length,
        skipped: summary.skipped,
        range: sorted.length > 0 ? { from: sorted[0]!, to: sorted.at(-1)! } : null,
        exercises: resolved.views,
        newExercises: created.map((c) => c.exercise.name),
        rejected: finished.rejected,
        seconds: Math.round((performance.now() - started) / 10) / 100,
      };
    },
  };
}
export type HistoryImportService = ReturnType<typeof createHistoryImportService>;
