// Food search's reads (food.repository.ts exposes them): the catalog words a query word may mean, kept in memory per
// vocabulary token, and the one statement that gathers every candidate with what ranking and the results need.
import { sql, type SQL } from 'drizzle-orm';
import { driverClient, type Db } from '../db.js';
import { wordScore } from '../../core/nutrition/food-ranking.js';

/** Rows of an `execute` result: node-postgres and PGlite both answer `{ rows }`. */
export function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? []) as T[];
}

/** Candidates per tier: foods of the starter catalog and reference data, and branded or crowd-sourced products. */
const REFERENCE_CANDIDATES = 80;
const BRANDED_CANDIDATES = 40;
/** A group's postings are counted up to this many to pick the rarest group, the one that drives the search. */
const GROUP_SIZE_CAP = 5000;
/**
 * At most this many postings of each driving word are examined per tier: the bound on a sparse intersection. The
 * branded tier (390,000 generated products at 400,000 foods) examines fewer: its scan was most of a search whose
 * words are all common (migration 0017); the reference tier, where the everyday foods are, keeps the longer one.
 */
const SCAN_CAP = 1500;
const BRANDED_SCAN_CAP = 500;
/** The first rank of the branded tier (food.repository.ts postingRank). */
export const BRANDED_RANK = 2000;
const USER_FOOD_LIMIT = 2000;
const RECIPE_LIMIT = 100;
/** Catalog words a query word stands for: words it begins, or (a typo) the words most like it. */
const PREFIX_WORDS = 40;
const TYPO_WORDS = 12;
/** Query words remembered per process before the memory starts over (a word and its meanings: well under 1 kB). */
const MAX_CACHED_WORDS = 20_000;
/** The token food_vocabulary cannot hold: no row (a database being restored). */
const NO_TOKEN = '';

/** A text[] literal for a parameter (node-postgres and PGlite both take the text form). */
export function textArray(words: readonly string[]): SQL {
  const literal = `{${words.map((w) => `"${w.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

function intArray(values: readonly number[]): SQL {
  return sql`${`{${values.map((v) => Math.trunc(v)).join(',')}}`}::int[]`;
}

/** What a query word means in the catalog: its catalog words, and how many postings they have (up to GROUP_SIZE_CAP; null until a search counted them). */
export interface MeantWord {
  words: string[];
  size: number | null;
}

/**
 * The catalog words each query word means and their postings count, as of one token of food_vocabulary (which
 * changes with every write to food_words or food_postings). Both change only when a catalog import writes, while
 * every search needs them: kept in memory, the meanings cost no statement and the counts (which pick the driving
 * word) no index scans; the search statement returns the token it read, so anything older is dropped and fetched again.
 */
export interface VocabularyCache {
  version: string | null;
  meant: Map<string, MeantWord>;
  /** Query words kept before the memory starts over. */
  max: number;
}

export function vocabularyCache(max = MAX_CACHED_WORDS): VocabularyCache {
  return { version: null, meant: new Map(), max };
}

/** The user's history with a food: entries since the search's `since`, and the latest one. */
export interface FoodSearchRecent {
  uses: number;
  lastDate: string;
  lastAmount: number;
  lastUnit: string;
  lastMeal: string;
}

/** A food that may answer the query: a catalog candidate, one of the user's own foods, or one of their recipes. */
export interface FoodSearchRow {
  kind: 'catalog' | 'custom' | 'recipe';
  id: string;
  source: string;
  sourceId: string;
  name: string;
  brand: string | null;
  barcode: string | null;
  aliases: string[];
  dedupeKey: string | null;
  /** Per 100 g (0 for recipes, whose nutrition comes from their ingredients). */
  energyKcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
  /** The portions as JSON text (null for recipes): parsed only for the foods a search returns. */
  portionsJson: string | null;
  recent: FoodSearchRecent | null;
}

export interface FoodSearchQuery {
  /** The query's distinct search words (searchWords). */
  words: readonly string[];
  /** The query as a barcode (barcodeKey), or null. */
  barcodeKey: string | null;
  /** The first day of "recent" (YYYY-MM-DD). */
  since: string;
  /** How many of the latest-logged foods carry the user's history. */
  recentLimit: number;
}

interface RawMeant {
  version: string | null;
  i: number | string | null;
  known: boolean | string | null;
  word: string | null;
}

/**
 * The catalog words each query word may mean, in one statement with the vocabulary's token: a catalog word means
 * itself and the words it begins (shortest first); any other word (a typo) the catalog words most like it (pg_trgm),
 * of which only those the ranking would count as the same word (core wordScore) are kept, so that "brest" does not
 * bring every food with "best" or "rest". The words come from the function food_words_meant (migrations 0009, 0010).
 */
export async function fetchWordsMeant(db: Db, words: readonly string[]): Promise<{ version: string; meant: Map<string, string[]> }> {
  const res = await db.execute(sql`
    select v.version, m.i, m.known, m.word
    from (select (select version::text from food_vocabulary where id = 1) as version) v
    left join lateral food_words_meant(${textArray(words)}, ${PREFIX_WORDS}::int, ${TYPO_WORDS}::int) m on true`);
  const rows = rowsOf<RawMeant>(res);
  const meant = new Map<string, string[]>(words.map((w) => [w, []]));
  for (const r of rows) {
    if (r.i === null || r.word === null) continue;
    const q = words[Number(r.i) - 1]!;
    if (r.known === true || r.known === 't' || wordScore(q, r.word) > 0) meant.get(q)!.push(r.word);
  }
  return { version: rows[0]?.version ?? NO_TOKEN, meant };
}

/** Fills the cache with the meanings of `words` that it lacks, all of one vocabulary token. */
async function ensureMeant(db: Db, cache: VocabularyCache, words: readonly string[]): Promise<void> {
  let missing = words.filter((w) => !cache.meant.has(w));
  if (missing.length === 0) return;
  // Full: start over (before fetching, so that every word of this query is fetched at one token).
  if (cache.meant.size + missing.length > cache.max) {
    cache.meant.clear();
    cache.version = null;
    missing = [...words];
  }
  let got = await fetchWordsMeant(db, missing);
  // The vocabulary changed since the cached words were fetched: fetch the query's other words at this token too.
  if (got.version !== cache.version && missing.length < words.length) got = await fetchWordsMeant(db, words);
  if (got.version !== cache.version) {
    cache.meant.clear();
    cache.version = got.version;
  }
  for (const [w, m] of got.meant) cache.meant.set(w, { words: m, size: null });
}

/**
 * Whether a search reads its rows as one JSON text: on PGlite, which copies every field of a result out of its
 * buffer into a new array, so the ~2,600 fields of a search's candidates cost it more than building and parsing
 * one JSON text of them (interleaved over the labelled queries at 400,000 foods: mean 8.2 -> 6.7 ms). Not on
 * PostgreSQL, where node-postgres reads fields in place and building the JSON costs the server more (5.4 ->
 * 6.1 ms). Inside a transaction there is no driver client to tell: rows.
 */
export function readsRowsAsJson(db: Db): boolean {
  const driver = driverClient(db);
  return driver !== null && !driver.pool;
}

/** The group (1-based query word) with the fewest postings, ties to the first, as food_search picks it; null while a count is unknown. */
export function driverOf(entries: ReadonlyArray<MeantWord | undefined>): number | null {
  let driver: number | null = null;
  let min = Infinity;
  for (const [i, e] of entries.entries()) {
    if (!e || e.words.length === 0) continue;
    if (e.size === null) return null;
    if (e.size < min) [driver, min] = [i + 1, e.size];
  }
  return driver;
}

interface RawSearchRow {
  kind: FoodSearchRow['kind'] | 'vocabulary';
  id: string;
  source: string;
  source_id: string;
  name: string;
  brand: string | null;
  barcode: string | null;
  aliases: string[] | string | null;
  dedupe_key: string | null;
  energy_kcal: number | string;
  protein_g: number | string;
  fat_g: number | string;
  carbs_g: number | string;
  portions: string | null;
  uses: number | string | null;
  last_date: string | null;
  last_amount: number | string | null;
  last_unit: string | null;
  last_meal: string | null;
  group_sizes: Array<number | null> | string | null;
}

/**
 * Every food that may answer a query, in one statement (the function food_search, migrations 0010, 0012): the catalog
 * candidates (the barcode's foods; foods the user logged since `since` that have a word the query words may mean;
 * then per tier the first foods in posting order with a word of every query word, or when too few, of some), the
 * user's own foods, their recipes whose search line has a query word (pg_trgm), each with the user's history.
 * The words each query word means come from the cache (a statement only for words it lacks); when the statement
 * read another vocabulary token than the cache's, the meanings are fetched again and the search repeated. Once the
 * postings counts of all its words are known, the statement is told the driving word instead of counting again.
 * `asJson`: the rows come as one JSON text (by default on PGlite only, see readsRowsAsJson).
 */
export async function searchFoods(db: Db, cache: VocabularyCache, userId: string, q: FoodSearchQuery, asJson = readsRowsAsJson(db)): Promise<FoodSearchRow[]> {
  if (q.words.length === 0 && q.barcodeKey === null) return [];
  let rows: FoodSearchRow[] = [];
  // Twice at most: an import adding words between the two statements costs one more round; imports in a row, the last.
  for (let attempt = 0; attempt < 2; attempt++) {
    await ensureMeant(db, cache, q.words);
    const entries = q.words.map((w) => cache.meant.get(w));
    const meant = entries.flatMap((e, i) => (e?.words ?? []).map((word) => ({ group: i + 1, word })));
    const driver = driverOf(entries);
    const call = sql`food_search(${userId}::uuid, ${textArray(meant.map((m) => m.word))}, ${intArray(meant.map((m) => m.group))}, ${driver}::int,
      ${textArray(q.words)}, ${q.barcodeKey}::text, ${q.since}::date, ${GROUP_SIZE_CAP}::int, ${SCAN_CAP}::int,
      ${BRANDED_SCAN_CAP}::int, ${BRANDED_RANK}::int,
      ${REFERENCE_CANDIDATES}::int, ${BRANDED_CANDIDATES}::int, ${USER_FOOD_LIMIT}::int, ${RECIPE_LIMIT}::int, ${q.recentLimit}::int)`;
    const raw = asJson
      ? (JSON.parse(rowsOf<{ rows: string | null }>(await db.execute(sql`select json_agg(s order by s.ordinality)::text as rows from ${call} with ordinality s`))[0]?.rows ?? '[]') as RawSearchRow[])
      : rowsOf<RawSearchRow>(await db.execute(sql`select * from ${call}`));
    const vocabulary = raw.find((r) => r.kind === 'vocabulary');
    const version = vocabulary?.source ?? NO_TOKEN;
    rows = raw.filter((r) => r.kind !== 'vocabulary').map((r) => toSearchRow(r as RawSearchRow & { kind: FoodSearchRow['kind'] }));
    if (version === cache.version || q.words.length === 0) {
      // Counted this time (no driver was named): kept for the next searches with these words.
      parseIntArray(vocabulary?.group_sizes ?? null).forEach((n, i) => {
        const e = entries[i];
        if (e && n !== null) e.size = n;
      });
      break;
    }
    cache.meant.clear();
    cache.version = null;
  }
  return rows;
}

function toSearchRow(r: RawSearchRow & { kind: FoodSearchRow['kind'] }): FoodSearchRow {
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
    fatG: Number(r.fat_g),
    carbsG: Number(r.carbs_g),
    portionsJson: r.portions,
    recent:
      r.uses === null || r.last_date === null
        ? null
        : { uses: Number(r.uses), lastDate: r.last_date, lastAmount: Number(r.last_amount), lastUnit: r.last_unit ?? '', lastMeal: r.last_meal ?? '' },
  };
}

/** An int[] from a raw query (nulls kept): node-postgres parses it, PGlite may hand back the literal `{2,NULL,1}`. */
function parseIntArray(v: Array<number | null> | string | null): Array<number | null> {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string' || v === '{}' || v === '') return [];
  return v.slice(1, -1).split(',').map((x) => (x === 'NULL' ? null : Number(x)));
}

/** A text[] from a raw query: node-postgres parses it, PGlite may hand back the literal `{a,"b c"}`. */
export function parseTextArray(v: string[] | string | null): string[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string' || v === '{}' || v === '') return [];
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|([^,{}]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(v.slice(1, -1)))) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!);
  return out;
}
