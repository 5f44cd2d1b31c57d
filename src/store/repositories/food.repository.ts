import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.js';
import { diaryEntries, foods, foodWords, userFoods, type OtherNutrientsJson, type PortionJson } from '../schema/index.js';

export type CatalogFoodRow = typeof foods.$inferSelect;
export type UserFoodRow = typeof userFoods.$inferSelect;

/** One catalog food as an importer hands it over; `id` is used only when the row is new. */
export type CatalogFoodValues = Omit<CatalogFoodRow, 'updatedAt'>;
export type UserFoodValues = Omit<UserFoodRow, 'userId' | 'id' | 'createdAt' | 'updatedAt'>;

/** A food that matched the query words, with what ranking needs and the user's history with it. */
export interface FoodCandidateRow {
  kind: 'catalog' | 'custom';
  id: string;
  source: string;
  sourceId: string;
  name: string;
  brand: string | null;
  barcode: string | null;
  aliases: string[];
  dedupeKey: string | null;
  energyKcal: number;
  proteinG: number;
  uses: number;
  lastUsed: string | null;
}

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Rows of an `execute` result: node-postgres and PGlite both answer `{ rows }`. */
export function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? []) as T[];
}

const CANDIDATE_LIMIT = 100;
const USER_FOOD_LIMIT = 2000;
/** Catalog words a query word stands for: words it begins, or (a typo) the words most like it. */
const PREFIX_WORDS = 40;
const TYPO_WORDS = 12;

/** A text[] literal for a parameter (node-postgres and PGlite both take the text form). */
function textArray(words: readonly string[]): SQL {
  const literal = `{${words.map((w) => `"${w.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, '\\$&');
}

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
  return {
    ...foodQueries(db),
    /** Runs `fn` in one transaction with a repository bound to it: all of it is written, or none. */
    async transaction<T>(fn: (tx: FoodQueries) => Promise<T>): Promise<T> {
      return db.transaction(async (tx) => fn(foodQueries(tx as unknown as Db)));
    },
  };
}
export type FoodRepository = ReturnType<typeof createFoodRepository>;
export type FoodQueries = ReturnType<typeof foodQueries>;

function foodQueries(db: Db) {
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
      const res = await db.execute(sql`
        insert into ${foods} (${names})
        select ${selected} from unnest(${sql.join(arrays, sql`, `)}) as t(${names})
        on conflict (source, source_id) do update set ${updates}
        where ${foods.contentHash} is distinct from excluded.content_hash
        returning (xmax = 0) as inserted`);
      // xmax is 0 on a freshly inserted row version and non-zero on one an update wrote.
      const out = rowsOf<{ inserted: boolean | string }>(res);
      const added = out.filter((r) => r.inserted === true || r.inserted === 't').length;
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

    /** Adds the words of search lines to the vocabulary (words already there are left alone). */
    async addWords(words: readonly string[]): Promise<void> {
      if (words.length === 0) return;
      await db.execute(sql`insert into ${foodWords} (word) select unnest(${textArray(words)}) on conflict do nothing`);
    },

    /**
     * Catalog foods that have a word the query words may mean, or the barcode, best candidates first, in one
     * statement. A query word that is a catalog word stands for itself and the words it begins ("egg":
     * egg, eggnog); one that is not (a typo) for the catalog words most like it (pg_trgm similarity ≥ 0.3:
     * "chiken": chicken). Order: foods the user logged since `since`, then more query words matched, the
     * starter catalog, shorter search lines. Ranking proper happens in core (rankFoods).
     */
    async searchCatalog(userId: string, words: readonly string[], barcodeKey: string | null, since: string): Promise<FoodCandidateRow[]> {
      if (words.length === 0 && barcodeKey === null) return [];
      const fw = sql`string_to_array(f.search_text, ' ')`;
      const barcodeMatch = barcodeKey === null ? null : sql`ltrim(f.barcode, '0') = ${barcodeKey}`;
      const res = await db.execute(sql`
        with qw as (
          select t.w, t.p, t.i, exists (select 1 from ${foodWords} k where k.word = t.w) as known
          from unnest(${textArray(words)}, ${textArray(words.map((w) => `${escapeLike(w)}%`))}) with ordinality as t(w, p, i)
        ),
        exp as (
          select qw.i, x.word from qw cross join lateral (
            (select word from ${foodWords} where qw.known and word like qw.p order by length(word), word limit ${PREFIX_WORDS})
            union all
            (select word from ${foodWords} where not qw.known and word % qw.w order by similarity(word, qw.w) desc, word limit ${TYPO_WORDS})
          ) x
        ),
        groups as (select i, array_agg(word) as words from exp group by i),
        usage as (
          select food_id, count(*)::int as n, max(date)::text as last
          from ${diaryEntries}
          where user_id = ${userId} and deleted_at is null and kind = 'catalog' and date >= ${since}
          group by food_id
        )
        select 'catalog' as kind, f.id, f.source, f.source_id, f.name, f.brand, f.barcode, f.aliases, f.dedupe_key,
               f.energy_kcal, f.protein_g, coalesce(u.n, 0) as uses, u.last as last_used
        from foods f left join usage u on u.food_id = f.id
        where ${fw} && (select coalesce(array_agg(word), '{}') from exp) ${barcodeMatch ? sql`or ${barcodeMatch}` : sql``}
        order by ${barcodeMatch ? sql`${barcodeMatch} desc,` : sql``} (u.n is not null) desc,
                 (select count(*) from groups g where ${fw} && g.words) desc,
                 (f.source = 'platewise-starter') desc, length(f.search_text), f.name
        limit ${CANDIDATE_LIMIT}`);
      return rowsOf<RawCandidate>(res).map(toCandidate);
    },

    /** All of the user's own foods (a person has tens or hundreds; ranking filters them). */
    async userFoodCandidates(userId: string): Promise<FoodCandidateRow[]> {
      const res = await db.execute(sql`
        select 'custom' as kind, f.id, 'custom' as source, f.id::text as source_id, f.name, f.brand, f.barcode, '{}'::text[] as aliases,
               null as dedupe_key, f.energy_kcal, f.protein_g, 0 as uses, null as last_used
        from user_foods f where f.user_id = ${userId}
        order by f.updated_at desc
        limit ${USER_FOOD_LIMIT}`);
      return rowsOf<RawCandidate>(res).map(toCandidate);
    },

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

interface RawCandidate {
  kind: 'catalog' | 'custom';
  id: string;
  source: string;
  source_id: string;
  name: string;
  brand: string | null;
  barcode: string | null;
  aliases: string[] | string;
  dedupe_key: string | null;
  energy_kcal: number | string;
  protein_g: number | string;
  uses: number | string;
  last_used: string | null;
}

function toCandidate(r: RawCandidate): FoodCandidateRow {
  return {
    kind: r.kind,
    id: r.id,
    source: r.source,
    sourceId: r.source_id,
    name: r.name,
    brand: r.brand,
    barcode: r.barcode,
    aliases: parseTextArray(r.aliases),
    dedupeKey: r.dedupe_key,
    energyKcal: Number(r.energy_kcal),
    proteinG: Number(r.protein_g),
    uses: Number(r.uses),
    lastUsed: r.last_used,
  };
}

/** A text[] from a raw query: node-postgres parses it, PGlite may hand back the literal `{a,"b c"}`. */
function parseTextArray(v: string[] | string | null): string[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string' || v === '{}' || v === '') return [];
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|([^,{}]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(v.slice(1, -1)))) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!);
  return out;
}
