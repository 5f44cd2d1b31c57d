import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import { bodyEntries, customExercises, diaryEntries, exerciseMappings, exercises, workoutExercises, workouts, workoutSets } from '../schema/index.js';
import type { BodyEntryValues } from './body.repository.js';
import type { DiaryEntryValues } from './diary.repository.js';
import type { CatalogExerciseRow, CustomExerciseRow, CustomExerciseValues } from './exercise.repository.js';
import type { WorkoutExerciseValues, WorkoutSetValues, WorkoutValues } from './workout.repository.js';

export type ExerciseMappingRow = typeof exerciseMappings.$inferSelect;
export type ExerciseMappingValues = Omit<ExerciseMappingRow, 'userId' | 'updatedAt'>;

/** An imported workout, whole: its row (with the source key and a device's energy), exercises and sets. */
export interface ImportedWorkoutRows {
  id: string;
  values: WorkoutValues & { sourceKey: string; energyKcal: number | null };
  exercises: WorkoutExerciseValues[];
  sets: WorkoutSetValues[];
}

export interface ImportRows {
  customExercises: ReadonlyArray<CustomExerciseValues & { id: string }>;
  workouts: readonly ImportedWorkoutRows[];
  diary: ReadonlyArray<DiaryEntryValues & { id: string; sourceKey: string }>;
  body: ReadonlyArray<BodyEntryValues & { id: string; sourceKey: string }>;
  mappings: readonly ExerciseMappingValues[];
}

export interface ImportCounts {
  workouts: number;
  sets: number;
  diaryEntries: number;
  bodyEntries: number;
}

export type KeyedTable = 'workouts' | 'diary' | 'body';

const MAPPING_UPSERT = {
  target: [exerciseMappings.userId, exerciseMappings.nameKey],
  set: {
    name: sql`excluded.name`,
    exerciseId: sql`excluded.exercise_id`,
    customExerciseId: sql`excluded.custom_exercise_id`,
    updatedAt: sql`excluded.updated_at`,
  },
};
const KEYED = { workouts, diary: diaryEntries, body: bodyEntries } as const;
/** The predicate of the tables' (user_id, source_key) unique indexes, which only keyed rows enter (migration 0026). */
const keyed = (t: (typeof KEYED)[KeyedTable]) => sql`${t.sourceKey} is not null`;
// Rows per INSERT: the widest (diary entries, 24 columns) stays far below PostgreSQL's 65,535 parameters.
const BATCH = 500;

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** What the history importers read and write: the catalog to match names on, source keys, mappings, and one transaction per import. */
export function createImportRepository(db: Db) {
  return {
    /** Every catalog exercise (a few thousand at most), for matching names. */
    async catalog(): Promise<CatalogExerciseRow[]> {
      return db.select().from(exercises).orderBy(asc(exercises.name));
    },

    async catalogByIds(ids: readonly string[]): Promise<CatalogExerciseRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(exercises).where(inArray(exercises.id, [...ids]));
    },

    async customExercises(userId: string): Promise<CustomExerciseRow[]> {
      return db.select().from(customExercises).where(eq(customExercises.userId, userId)).orderBy(asc(customExercises.name));
    },

    async mappings(userId: string): Promise<ExerciseMappingRow[]> {
      return db.select().from(exerciseMappings).where(eq(exerciseMappings.userId, userId)).orderBy(asc(exerciseMappings.nameKey));
    },

    async saveMappings(userId: string, rows: readonly ExerciseMappingValues[], now: Date): Promise<void> {
      if (rows.length === 0) return;
      await db.transaction(async (tx) => {
        for (const batch of chunks(rows)) {
          await tx
            .insert(exerciseMappings)
            .values(batch.map((r) => ({ ...r, userId, updatedAt: now })))
            .onConflictDoUpdate(MAPPING_UPSERT);
        }
      });
    },

    async deleteMapping(userId: string, nameKey: string): Promise<boolean> {
      const rows = await db
        .delete(exerciseMappings)
        .where(and(eq(exerciseMappings.userId, userId), eq(exerciseMappings.nameKey, nameKey)))
        .returning({ nameKey: exerciseMappings.nameKey });
      return rows.length > 0;
    },

    /** Which of `keys` the user already has in a table (imported before). */
    async existingKeys(userId: string, table: KeyedTable, keys: readonly string[]): Promise<Set<string>> {
      const t = KEYED[table];
      const found = new Set<string>();
      for (const batch of chunks([...new Set(keys)], 1000)) {
        const rows = await db
          .select({ key: t.sourceKey })
          .from(t)
          .where(and(eq(t.userId, userId), inArray(t.sourceKey, batch)));
        for (const r of rows) if (r.key !== null) found.add(r.key);
      }
      return found;
    },

    /**
     * Writes an import in one transaction, in batches: new custom exercises, then workouts (a workout whose
     * source key exists is left alone, with its children), diary and body entries (likewise), then mappings.
     * Returns what was added.
     */
    async write(userId: string, rows: ImportRows, now: Date, onProgress?: (done: number, total: number) => void): Promise<ImportCounts> {
      const counts: ImportCounts = { workouts: 0, sets: 0, diaryEntries: 0, bodyEntries: 0 };
      const total = rows.workouts.length + rows.diary.length + rows.body.length;
      let done = 0;
      const step = (n: number) => onProgress?.((done += n), total);
      await db.transaction(async (tx) => {
        for (const batch of chunks(rows.customExercises)) {
          await tx.insert(customExercises).values(batch.map((c) => ({ ...c, userId, createdAt: now, updatedAt: now })));
        }
        for (const batch of chunks(rows.workouts, 200)) {
          const inserted = await tx
            .insert(workouts)
            .values(batch.map((w) => ({ ...w.values, userId, id: w.id, createdAt: now, updatedAt: now })))
            .onConflictDoNothing({ target: [workouts.userId, workouts.sourceKey], where: keyed(workouts) })
            .returning({ id: workouts.id });
          const added = new Set(inserted.map((r) => r.id));
          const fresh = batch.filter((w) => added.has(w.id));
          for (const ex of chunks(fresh.flatMap((w) => w.exercises.map((e) => ({ ...e, userId, workoutId: w.id }))))) await tx.insert(workoutExercises).values(ex);
          const sets = fresh.flatMap((w) => w.sets.map((s) => ({ ...s, userId, workoutId: w.id })));
          for (const s of chunks(sets)) await tx.insert(workoutSets).values(s);
          counts.workouts += fresh.length;
          counts.sets += sets.length;
          step(batch.length);
        }
        for (const batch of chunks(rows.diary)) {
          const inserted = await tx
            .insert(diaryEntries)
            .values(batch.map((d) => ({ ...d, userId, createdAt: now, updatedAt: now, deletedAt: null })))
            .onConflictDoNothing({ target: [diaryEntries.userId, diaryEntries.sourceKey], where: keyed(diaryEntries) })
            .returning({ id: diaryEntries.id });
          counts.diaryEntries += inserted.length;
          step(batch.length);
        }
        for (const batch of chunks(rows.body)) {
          const inserted = await tx
            .insert(bodyEntries)
            .values(batch.map((b) => ({ ...b, userId, createdAt: now, updatedAt: now })))
            .onConflictDoNothing({ target: [bodyEntries.userId, bodyEntries.sourceKey], where: keyed(bodyEntries) })
            .returning({ id: bodyEntries.id });
          counts.bodyEntries += inserted.length;
          step(batch.length);
        }
        for (const batch of chunks(rows.mappings)) {
          await tx
            .insert(exerciseMappings)
            .values(batch.map((m) => ({ ...m, userId, updatedAt: now })))
            .onConflictDoUpdate(MAPPING_UPSERT);
        }
      });
      return counts;
    },
  };
}
export type ImportRepository = ReturnType<typeof createImportRepository>;
