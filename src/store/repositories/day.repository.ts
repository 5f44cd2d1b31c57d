import { sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { customExercises, diaryEntries, exercises, profiles, userSettings, workoutExercises, workouts, workoutSets } from '../schema/index.js';
import type { DiaryEntryRow } from './diary.repository.js';
import type { CatalogExerciseRow, CustomExerciseRow } from './exercise.repository.js';
import { rowFromJson, rowsFromJson } from './json-rows.js';
import type { ProfileRow } from './profile.repository.js';
import type { SettingsRow } from './settings.repository.js';
import type { WorkoutAggregate } from './workout.repository.js';

/** Everything the diary's day view reads, as the rows the other repositories return. */
export interface DayRows {
  /** The day's live entries in the order they were logged. */
  entries: DiaryEntryRow[];
  /** Null when the user never saved settings (the defaults apply). */
  settings: SettingsRow | null;
  profile: ProfileRow | null;
  /** The day's workouts with their exercises and sets, and the exercises they name (catalog and the user's own). */
  training: { workouts: WorkoutAggregate[]; catalog: CatalogExerciseRow[]; custom: CustomExerciseRow[] };
}

type Raw = Record<'entries' | 'settings' | 'profile' | 'workouts' | 'exercises' | 'sets' | 'catalog' | 'custom', unknown>;

/**
 * The day view in one statement, the function diary_day_read (migration 0014, planned once per session). It
 * is the most frequent read there is, and on PGlite each statement costs far more in the engine's protocol
 * round trip and planning than in the engine itself: the nine small selects it took before cost ~2.5× the
 * one statement, and the function halves that again (docs/performance.md). Each table's rows come back as
 * JSON and are mapped by the table's own columns (json-rows.ts).
 */
export function createDayRepository(db: Db) {
  return {
    async read(userId: string, date: string): Promise<DayRows> {
      const res = await db.execute(sql`select * from diary_day_read(${userId}::uuid, ${date}::date)`);
      const raw = (res as unknown as { rows: Raw[] }).rows[0]!;
      const exerciseRows = rowsFromJson(workoutExercises, raw.exercises);
      const setRows = rowsFromJson(workoutSets, raw.sets);
      return {
        entries: rowsFromJson(diaryEntries, raw.entries),
        settings: rowFromJson(userSettings, raw.settings),
        profile: rowFromJson(profiles, raw.profile),
        training: {
          workouts: rowsFromJson(workouts, raw.workouts).map((workout) => ({
            workout,
            exercises: exerciseRows.filter((e) => e.workoutId === workout.id),
            sets: setRows.filter((s) => s.workoutId === workout.id),
          })),
          catalog: rowsFromJson(exercises, raw.catalog),
          custom: rowsFromJson(customExercises, raw.custom),
        },
      };
    },
  };
}
export type DayRepository = ReturnType<typeof createDayRepository>;
