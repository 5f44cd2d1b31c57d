import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { FOOD_SOURCES } from '../../core/nutrition/food-ranking.js';
import { foodPostings, foods, foodWords, userFoods, type OtherNutrientsJson, type PortionJson } from '../schema/index.js';
import { fetchWordsMeant, rowsOf, searchFoods, textArray, vocabularyCache, type FoodSearchQuery, type VocabularyCache } from './food-search.js';

export type CatalogFoodRow = typeof foods.$inferSelect;
export type UserFoodRow = typeof userFoods.$inferSelect;

/** One catalog food as an importer hands it over; `id` is used only when the row is new. */
export type CatalogFoodValues = Omit<CatalogFoodRow, 'updatedAt'>;
export type UserFoodValues = Omit<UserFoodRow, 'userId' | 'id' | 'createdAt' | 'updatedAt'>;

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export { rowsOf };

/**
 * A food's tier in candidate order: 0 the starter catalog (trusted most), 2 branded and crowd-sourced products
 * (FOOD_SOURCES priority ≤ 0.1: many near-duplicates of each other), 1 everything else (reference data).
 */
export function postingTier(source: string): 0 | 1 | 2 {
  const priority = (FOOD_SOURCES as Record<string, { priority: number }>)[source]?.priority ?? 0.5;
  return priority >= 1 ? 0 : priority <= 0.1 ? 2 : 1;
}
const BRANDED_SOURCES = Object.keys(FOOD_SOURCES).filter((s) => postingTier(s) === 2);
const STARTER_SOURCES = Object.keys(FOOD_SOURCES).filter((s) => postingTier(s) === 0);
/** POSTING_RANK of a food row `f` (migration 0009 backfilled with the same expression): tier × 1000 + search line length. */
const postingRank = (source: SQL, searchText: SQL) =>
  sql`(case when ${source} in (${sql.join(STARTER_SOURCES.map((x) => sql`${x}`), sql`, `)}) then 0 when ${source} in (${sql.join(BRANDED_SOURCES.map((x) => sql`${x}`), sql`, `)}) then 2 else 1 end) * 1000 + least(length(${searchText}), 999)`;

type ColumnKind = 'text' | 'number' | 'json' | 'array' | 'timestamp';
/** Every column of `foods` with the SQL type its array parameter is cast to; derived from the schema so a new column cannot be left out. */
const CATALOG_COLUMNS: ReadonlyArray<{ key: string; name: string; type: string; kind: ColumnKind }> = Object.entries(getTableColumns(foods)).map(([key, col]) => {
  const t = col.getSQLType();
  const kind: ColumnKind = col.columnType === 'PgArray' ? 'array' : t === 'jsonb' ? 'json' : t === 'double precision' ? 'number' : t.startsWith('timestamp') ? 'timestamp' : 'text';
  return { key, name: col.name, type: kind === 'array' ? 'text' : t, kind };
});

/** A quoted element of an array literal. */
const quoted = (s: string) => `"${s.replace(/[\\"]/g, '\\$&')}"`;

/** One column's values as a PostgreSQL array literal (nulls as NULL), the text form node-postgres and PGlite both pass through. */
function arrayLiteral(values: readonly unknown[], kind: ColumnKind): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (kind === 'number') return String(v);
    if (kind === 'json') return quoted(JSON.stringify(v));
    if (kind === 'array') return quoted(`{${(v as string[]).map(quoted).join(',')}}`);
    if (kind === 'timestamp') return quoted((v as Date).toISOString());
    return quoted(String(v));
  });
  return `{${parts.join(',')}}`;
}

/** The shared food catalog and each user's own foods; user-food methods take the user id. */
export function createFoodRepository(db: Db) {
  // One per database handle: what query words mean in this database's vocabulary (food-search.ts).
  const vocabulary = vocabularyCache();
  return {
    ...foodQueries(db, vocabulary),
    /** Runs `fn` in one transaction with a repository bound to it: all of it is written, or none. */
    async transaction<T>(fn: (tx: FoodQueries) => Promise<T>): Promise<T> {
      return db.transaction(async (tx) => fn(foodQueries(tx as unknown as Db, vocabulary)));
    },
  };
}
export type FoodRepository = ReturnType<typeof createFoodRepository>;
export type FoodQueries = ReturnType<typeof foodQueries>;

function foodQueries(db: Db, vocabulary: VocabularyCache) {
  return {
    /**
     * Inserts new (source, source id) rows and updates known ones whose content hash changed; one statement.
     * The rows travel as one array per column (`unnest`): a few parameters instead of one per value, which
     * spared most of the time a large import spent building and parsing the statement.
     */
    async upsertCatalog(rows: readonly CatalogFoodValues[], now: Date): Promise<UpsertCounts> {
      if (rows.length === 0) return { added: 0, updated: 0, unchanged: 0 };
      const values = rows.map((r) => ({ ...r, updatedAt: now }) as Record<string, unknown>);
      const arrays = CATALOG_COLUMNS.map((c) => sql`${arrayLiteral(values.map((v) => v[c.key]), c.kind)}::${sql.raw(c.type)}[]`);
      const names = sql.raw(CATALOG_COLUMNS.map((c) => `"${c.name}"`).join(', '));
      // The aliases travel as one text[] literal per row ("{a,b}"): unnest would flatten a two-dimensional array.
      const selected = sql.raw(CATALOG_COLUMNS.map((c) => (c.kind === 'array' ? `"${c.name}"::text[]` : `"${c.name}"`)).join(', '));
      const updates = sql.raw(
        CATALOG_COLUMNS.filter((c) => !['id', 'source', 'source_id'].includes(c.name))
          .map((c) => `"${c.name}" = excluded."${c.name}"`)
          .join(', '),
      );
      const keys = sql`unnest(${arrayLiteral(rows.map((r) => r.source), 'text')}::text[], ${arrayLiteral(rows.map((r) => r.sourceId), 'text')}::text[])`;
      // `old` reads the rows as they were before this statement (one snapshot for the whole statement).
      const res = await db.execute(sql`
        with old as (
          select f.id, f.search_text from ${foods} f join ${keys} as k(source, source_id) on f.source = k.source and f.source_id = k.source_id
        ),
        up as (
          insert into ${foods} (${names})
          select ${selected} from unnest(${sql.join(arrays, sql`, `)}) as t(${names})
          on conflict (source, source_id) do update set ${updates}
          where ${foods.contentHash} is distinct from excluded.content_hash
          returning id, source, search_text, (xmax = 0) as inserted
        )
        select up.id, up.source, up.search_text, up.inserted, old.search_text as old_text from up left join old on old.id = up.id`);
      // xmax is 0 on a freshly inserted row version and non-zero on one an update wrote.
      const out = rowsOf<{ id: string; source: string; search_text: string; inserted: boolean | string; old_text: string | null }>(res).map((r) => ({
        ...r,
        inserted: r.inserted === true || r.inserted === 't',
      }));
      const added = out.filter((r) => r.inserted).length;
      // The postings follow the search lines: an updated row whose line changed loses its old words first.
      const retexted = out.filter((r) => !r.inserted && r.old_text !== null && r.old_text !== r.search_text);
      if (retexted.length > 0) {
        const t = sql`unnest(${arrayLiteral(retexted.map((r) => r.id), 'text')}::uuid[], ${arrayLiteral(retexted.map((r) => r.old_text), 'text')}::text[], ${arrayLiteral(retexted.map((r) => r.source), 'text')}::text[]) as t(id, txt, src)`;
        await db.execute(sql`
          delete from ${foodPostings} p
          using (select distinct w, ${postingRank(sql`t.src`, sql`t.txt`)} as rank, t.id from ${t}, unnest(string_to_array(t.txt, ' ')) as w) o
          where p.word = o.w and p.rank = o.rank and p.food_id = o.id`);
      }
      const written = out.filter((r) => r.inserted || retexted.includes(r));
      if (written.length > 0) {
        await db.execute(sql`
          insert into ${foodPostings} (word, rank, food_id)
          select distinct w, ${postingRank(sql`f.source`, sql`f.search_text`)}, f.id
          from ${foods} f, unnest(string_to_array(f.search_text, ' ')) as w
          where f.id = any(${arrayLiteral(written.map((r) => r.id), 'text')}::uuid[]) and w <> ''
          on conflict do nothing`);
      }
      return { added, updated: out.length - added, unchanged: rows.length - out.length };
    },

    async getCatalogFood(id: string): Promise<CatalogFoodRow | null> {
      const [row] = await db.select().from(foods).where(eq(foods.id, id)).limit(1);
      return row ?? null;
    },
    async getCatalogFoods(ids: readonly string[]): Promise<CatalogFoodRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(foods).where(inArray(foods.id, [...ids]));
    },
    async findBySource(source: string, sourceId: string): Promise<CatalogFoodRow | null> {
      const [row] = await db.select().from(foods).where(and(eq(foods.source, source), eq(foods.sourceId, sourceId))).limit(1);
      return row ?? null;
    },
    async countBySource(): Promise<Record<string, number>> {
      const rows = await db.select({ source: foods.source, n: sql<number>`count(*)::int` }).from(foods).groupBy(foods.source);
      return Object.fromEntries(rows.map((r) => [r.source, Number(r.n)]));
    },

    /**
     * After an import (outside its transaction): vacuums and analyzes the search tables, analyzes the catalog.
     * PGlite never does either by itself (no autovacuum), and PostgreSQL's autovacuum may come minutes after a
     * large import. Vacuum because search reads food_postings by index only, which skips the table only for
     * pages the visibility map marks all-visible, and because new words wait in food_words_trgm's pending list,
     * which every typo lookup scans in full until a vacuum merges it (33 ms → 0.1 ms for 10,000 words);
     * statistics because the planner otherwise guesses row counts from page counts alone.
     */
    async analyzeCatalog(): Promise<void> {
      await db.execute(sql`analyze ${foods}`);
      await db.execute(sql`vacuum (analyze) ${foodWords}`);
      await db.execute(sql`vacuum (analyze) ${foodPostings}`);
    },

    /** Adds the words of search lines to the vocabulary (words already there are left alone). */
    async addWords(words: readonly string[]): Promise<void> {
      if (words.length === 0) return;
      await db.execute(sql`insert into ${foodWords} (word) select unnest(${textArray(words)}) on conflict do nothing`);
    },

    /**
     * Every food that may answer a query, with what ranking and the results need, in one statement: catalog
     * candidates (a query word stands for itself and the catalog words it begins, or for a typo the catalog words
     * most like it; the barcode's foods; foods the user logged lately; per tier the first foods in posting order
     * with a word of every query word, or when too few, of some), the user's own foods, their recipes that match,
     * each with the user's history since `since`. Ranking proper happens in core (rankFoods). See food-search.ts.
     */
    searchFoods: (userId: string, query: FoodSearchQuery) => searchFoods(db, vocabulary, userId, query),

    /** The catalog words each query word may mean, fetched now (not from the cache), with the vocabulary's token. */
    wordsMeant: (words: readonly string[]) => fetchWordsMeant(db, words),

    async insertUserFood(userId: string, id: string, values: UserFoodValues, now: Date): Promise<UserFoodRow> {
      const row = { ...values, userId, id, createdAt: now, updatedAt: now };
      await db.insert(userFoods).values(row);
      return row;
    },
    async updateUserFood(userId: string, id: string, values: UserFoodValues, now: Date): Promise<UserFoodRow | null> {
      const [row] = await db
        .update(userFoods)
        .set({ ...values, updatedAt: now })
        .where(and(eq(userFoods.userId, userId), eq(userFoods.id, id)))
        .returning();
      return row ?? null;
    },
    async deleteUserFood(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(userFoods).where(and(eq(userFoods.userId, userId), eq(userFoods.id, id))).returning({ id: userFoods.id });
      return gone.length > 0;
    },
    async getUserFood(userId: string, id: string): Promise<UserFoodRow | null> {
      const [row] = await db.select().from(userFoods).where(and(eq(userFoods.userId, userId), eq(userFoods.id, id))).limit(1);
      return row ?? null;
    },
    async getUserFoods(userId: string, ids: readonly string[]): Promise<UserFoodRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(userFoods).where(and(eq(userFoods.userId, userId), inArray(userFoods.id, [...ids])));
    },
    async listUserFoods(userId: string): Promise<UserFoodRow[]> {
      return db.select().from(userFoods).where(eq(userFoods.userId, userId)).orderBy(asc(userFoods.name));
    },
  };
}
export type { OtherNutrientsJson, PortionJson };
export type { FoodSearchQuery, FoodSearchRecent, FoodSearchRow } from './food-search.js';
