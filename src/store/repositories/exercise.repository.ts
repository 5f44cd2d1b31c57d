import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { customExercises, exercises, routineExercises, workoutExercises } from '../schema/index.js';
import { rowsFromJson } from './json-rows.js';

export type CatalogExerciseRow = typeof exercises.$inferSelect;
/** A catalog row as an importer gives it; `id` is stable per source + source id. */
export type CatalogExerciseValues = Omit<CatalogExerciseRow, 'updatedAt'>;
export type CustomExerciseRow = typeof customExercises.$inferSelect;
export type CustomExerciseValues = Omit<CustomExerciseRow, 'userId' | 'id' | 'createdAt' | 'updatedAt'>;

export interface ExerciseFilter {
  /** Words to find in the name or aliases (each one, in any order), or close to it (trigram word similarity). */
  q?: string | undefined;
  /** A muscle id the exercise trains (primary or secondary). */
  muscle?: string | undefined;
  equipment?: string | undefined;
  limit: number;
}

export interface ExerciseUpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

const BATCH = 400;
// Our own list first, then the sources by how much we trust their muscle data.
const SOURCE_RANK = sql`case ${exercises.source} when 'platewise' then 0 when 'free-exercise-db' then 1 else 2 end`;

/** `%word%` patterns for ILIKE with the wildcards of the word escaped. */
function likePatterns(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? []) as T[];
}

/** The exercise catalog (shared) and each user's own exercises (every custom method takes the user id). */
export function createExerciseRepository(db: Db) {
  return {
    /**
     * Inserts new rows and updates changed ones by (source, source_id), in batches, in one transaction;
     * rows that did not change are left alone (so running an import twice writes nothing).
     */
    async upsertCatalog(rows: readonly CatalogExerciseValues[], now: Date): Promise<ExerciseUpsertCounts> {
      const counts: ExerciseUpsertCounts = { added: 0, updated: 0, unchanged: 0 };
      if (rows.length === 0) return counts;
      await db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = rows.slice(i, i + BATCH).map((r) => ({ ...r, updatedAt: now }));
          const changed = await tx
            .insert(exercises)
            .values(batch)
            .onConflictDoUpdate({
              target: [exercises.source, exercises.sourceId],
              set: {
                name: sql`excluded.name`,
                aliases: sql`excluded.aliases`,
                searchText: sql`excluded.search_text`,
                equipment: sql`excluded.equipment`,
                pattern: sql`excluded.pattern`,
                loadType: sql`excluded.load_type`,
                primaryMuscles: sql`excluded.primary_muscles`,
                secondaryMuscles: sql`excluded.secondary_muscles`,
                metCode: sql`excluded.met_code`,
                met: sql`excluded.met`,
                license: sql`excluded.license`,
                licenseUrl: sql`excluded.license_url`,
                licenseAuthor: sql`excluded.license_author`,
                updatedAt: sql`excluded.updated_at`,
              },
              setWhere: sql`(${exercises.name}, ${exercises.aliases}, ${exercises.searchText}, ${exercises.equipment}, ${exercises.pattern},
                ${exercises.loadType}, ${exercises.primaryMuscles}, ${exercises.secondaryMuscles}, ${exercises.metCode}, ${exercises.met},
                ${exercises.license}, ${exercises.licenseUrl}, ${exercises.licenseAuthor})
                is distinct from (excluded.name, excluded.aliases, excluded.search_text, excluded.equipment, excluded.pattern,
                excluded.load_type, excluded.primary_muscles, excluded.secondary_muscles, excluded.met_code, excluded.met,
                excluded.license, excluded.license_url, excluded.license_author)`,
            })
            // xmax is 0 on a freshly inserted row version and set on an updated one.
            .returning({ inserted: sql<boolean>`(xmax = 0)` });
          const added = changed.filter((r) => r.inserted).length;
          counts.added += added;
          counts.updated += changed.length - added;
          counts.unchanged += batch.length - changed.length;
        }
      });
      return counts;
    },

    async countCatalog(source?: string): Promise<number> {
      const res = await db.execute<{ n: number }>(
        source === undefined ? sql`select count(*)::int as n from ${exercises}` : sql`select count(*)::int as n from ${exercises} where ${exercises.source} = ${source}`,
      );
      return Number(rowsOf<{ n: number }>(res)[0]?.n ?? 0);
    },

    /**
     * Catalog and own exercises by id in one statement (each table's rows as JSON, mapped as a select maps them:
     * json-rows.ts) instead of two: every workout read and write resolves the exercises it names.
     */
    async getMany(userId: string, ids: readonly string[]): Promise<{ catalog: CatalogExerciseRow[]; custom: CustomExerciseRow[] }> {
      if (ids.length === 0) return { catalog: [], custom: [] };
      const list = sql`any(${sql.param([...ids])}::uuid[])`;
      const res = await db.execute(sql`
        select (select json_agg(row_to_json(e)) from ${exercises} e where e.id = ${list}) as "catalog",
          (select json_agg(row_to_json(c)) from ${customExercises} c where c.user_id = ${userId} and c.id = ${list}) as "custom"`);
      const raw = (res as unknown as { rows: Array<{ catalog: unknown; custom: unknown }> }).rows[0]!;
      return { catalog: rowsFromJson(exercises, raw.catalog), custom: rowsFromJson(customExercises, raw.custom) };
    },

    async getCatalog(ids: readonly string[]): Promise<CatalogExerciseRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(exercises).where(inArray(exercises.id, [...ids]));
    },

    /** Catalog rows matching the filter, best first: exact name, then prefix, then word similarity; our list before imports. */
    async searchCatalog(f: ExerciseFilter): Promise<CatalogExerciseRow[]> {
      const where: SQL[] = [];
      const q = f.q?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
      const words = likePatterns(q).map((p) => sql`${exercises.searchText} ilike ${p}`);
      const allWords = words.length > 0 ? sql`(${sql.join(words, sql` and `)})` : sql`true`;
      if (q) where.push(sql`(${allWords} or ${q} <% ${exercises.searchText})`);
      if (f.muscle) where.push(sql`(${f.muscle} = any(${exercises.primaryMuscles}) or ${f.muscle} = any(${exercises.secondaryMuscles}))`);
      if (f.equipment) where.push(eq(exercises.equipment, f.equipment));
      if (!q) {
        return db
          .select()
          .from(exercises)
          .where(where.length ? and(...where) : undefined)
          .orderBy(sql`${SOURCE_RANK}`, asc(exercises.name))
          .limit(f.limit);
      }
      // How close the closest name or alias is, computed once per matching row (as two ORDER BY subqueries it was twice).
      const near = db
        .select({ closest: sql<number>`max(similarity(${q}, line))`.as('closest') })
        .from(sql`unnest(string_to_array(${exercises.searchText}, E'\n')) as line`)
        .as('near');
      const search = (tx: Db) =>
        tx
          .select(getTableColumns(exercises))
          .from(exercises)
          .crossJoinLateral(near)
          .where(and(...where))
          .orderBy(
            // An exact name or alias, then every word found, then our curated list before imports, then how
            // close the closest name or alias is (coarse steps first, so the curated list wins near-ties).
            sql`(${q} = any(string_to_array(${exercises.searchText}, E'\n'))) desc`,
            sql`${allWords} desc`,
            sql`${SOURCE_RANK}`,
            sql`round(${near.closest}::numeric, 1) desc`,
            sql`${near.closest} desc`,
            sql`length(${exercises.name})`,
            asc(exercises.name),
          )
          .limit(f.limit);
      // The planner cannot tell that word similarity (<%) costs ~10 µs a row, so it scanned the whole catalog
      // computing it (924 rows: ~10 ms on PGlite, with or without statistics); the trigram index finds the rows
      // that can match and the same conditions are rechecked on those, so the answer is the same.
      return db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return search(tx as unknown as Db);
      });
    },

    async listCustom(userId: string, f: Omit<ExerciseFilter, 'limit'> & { limit?: number } = {}): Promise<CustomExerciseRow[]> {
      const where: SQL[] = [eq(customExercises.userId, userId)];
      for (const p of likePatterns(f.q ?? '')) where.push(sql`${customExercises.nameKey} ilike ${p}`);
      if (f.muscle) where.push(sql`(${f.muscle} = any(${customExercises.primaryMuscles}) or ${f.muscle} = any(${customExercises.secondaryMuscles}))`);
      if (f.equipment) where.push(eq(customExercises.equipment, f.equipment));
      const query = db.select().from(customExercises).where(and(...where)).orderBy(asc(customExercises.name));
      return f.limit === undefined ? query : query.limit(f.limit);
    },

    async getCustom(userId: string, ids: readonly string[]): Promise<CustomExerciseRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(customExercises)
        .where(and(eq(customExercises.userId, userId), inArray(customExercises.id, [...ids])));
    },

    async findCustomByName(userId: string, nameKey: string): Promise<CustomExerciseRow | null> {
      const [row] = await db
        .select()
        .from(customExercises)
        .where(and(eq(customExercises.userId, userId), eq(customExercises.nameKey, nameKey)))
        .limit(1);
      return row ?? null;
    },

    async insertCustom(userId: string, id: string, values: CustomExerciseValues, now: Date): Promise<CustomExerciseRow> {
      const row = { ...values, userId, id, createdAt: now, updatedAt: now };
      await db.insert(customExercises).values(row);
      return row;
    },

    async updateCustom(userId: string, id: string, values: CustomExerciseValues, now: Date): Promise<CustomExerciseRow | null> {
      const [row] = await db
        .update(customExercises)
        .set({ ...values, updatedAt: now })
        .where(and(eq(customExercises.userId, userId), eq(customExercises.id, id)))
        .returning();
      return row ?? null;
    },

    /** True when a workout or routine of the user still uses the custom exercise. */
    async customInUse(userId: string, id: string): Promise<boolean> {
      const [w] = await db
        .select({ one: sql`1` })
        .from(workoutExercises)
        .where(and(eq(workoutExercises.userId, userId), eq(workoutExercises.customExerciseId, id)))
        .limit(1);
      if (w) return true;
      const [r] = await db
        .select({ one: sql`1` })
        .from(routineExercises)
        .where(and(eq(routineExercises.userId, userId), eq(routineExercises.customExerciseId, id)))
        .limit(1);
      return Boolean(r);
    },

    async deleteCustom(userId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(customExercises)
        .where(and(eq(customExercises.userId, userId), eq(customExercises.id, id)))
        .returning({ id: customExercises.id });
      return rows.length > 0;
    },
  };
}
export type ExerciseRepository = ReturnType<typeof createExerciseRepository>;
