import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../core/nutrition/search-text.js';
import { prng } from '../../core/testing/prng.js';
import type { Database } from '../db.js';
import { planRecorder, readsOf, type PlanRecorder } from '../testing/kept-plans.js';
import { testDatabases } from '../testing/test-databases.js';
import { createDiaryRepository } from './diary.repository.js';
import { createFoodRepository, postingTier, type CatalogFoodValues, type FoodRepository } from './food.repository.js';
import { createUsersRepository } from './users.repository.js';
import { BRANDED_RANK, readsRowsAsJson, rowsOf, searchFoods, textArray, vocabularyCache } from './food-search.js';

/** A food as an importer would write it (by default a reference food). */
function catalogFood(name: string, source = 'usda-sr28'): CatalogFoodValues {
  const searchText = searchDocument([name]);
  return {
    id: randomUUID(),
    source,
    sourceId: `t-${name}`,
    name,
    brand: null,
    barcode: null,
    foodGroup: null,
    aliases: [],
    energyKcal: 100,
    proteinG: 1,
    fatG: 1,
    saturatedFatG: null,
    carbsG: 20,
    fiberG: null,
    sugarsG: null,
    sodiumMg: null,
    otherNutrients: {},
    portions: [{ amount: 1, unit: 'cup', label: '1 cup', grams: 240 }],
    searchText,
    dedupeKey: null,
    contentHash: name,
  };
}

/** Writes a food with its words added to the vocabulary, as the catalog writer does. */
async function addFood(repo: FoodRepository, name: string): Promise<void> {
  const food = catalogFood(name);
  await repo.transaction(async (tx) => {
    await tx.upsertCatalog([food], new Date());
    await tx.addWords(food.searchText.split(' '));
  });
}

describe.each(testDatabases())('food search statement and its vocabulary cache on $name', (kind) => {
  let database: Database;
  let sut: FoodRepository;
  let writer: FoodRepository;
  const user = randomUUID();
  const names = async (repo: FoodRepository, words: string[]) =>
    (await repo.searchFoods(user, { words, barcodeKey: null, since: '2026-01-01', recentLimit: 500 })).map((r) => r.name).sort();
  const token = async () => rowsOf<{ version: string }>(await database.db.execute(sql`select version::text as version from food_vocabulary`))[0]?.version;

  beforeAll(async () => {
    database = await kind.open();
    sut = createFoodRepository(database.db);
    // Another repository on the same database: another server process, whose imports this one's cache never sees.
    writer = createFoodRepository(database.db);
    await addFood(writer, 'Strawberry jam');
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('finds the words a query word begins that the catalog gained after the meaning was cached', async () => {
    expect(await names(sut, ['jam'])).toEqual(['Strawberry jam']);
    await addFood(writer, 'Jambalaya');
    expect(await names(sut, ['jam'])).toEqual(['Jambalaya', 'Strawberry jam']);
  });

  it('finds a word that was a typo (no catalog word) until an import brought it', async () => {
    expect(await names(sut, ['kiwano'])).toEqual([]);
    await addFood(writer, 'Kiwano melon');
    expect(await names(sut, ['kiwano'])).toEqual(['Kiwano melon']);
  });

  it('answers from the cache as a repository that has never searched does', async () => {
    await names(sut, ['melon', 'jam']);
    await addFood(writer, 'Melonade jam');
    const fresh = createFoodRepository(database.db);
    for (const words of [['melon', 'jam'], ['jam'], ['melon'], ['strawbery']]) expect(await names(sut, words)).toEqual(await names(fresh, words));
  });

  it('names the rarest word as the driving one from the counts of its first search, and answers the same', async () => {
    await addFood(writer, 'Strawberry melon jam');
    await addFood(writer, 'Apricot jam');
    // What food_search is called with: its fourth parameter is the driving group (null: the statement counts).
    const drivers: unknown[] = [];
    const db = new Proxy(database.db, {
      get(target, key, receiver) {
        if (key !== 'execute') return Reflect.get(target, key, receiver);
        return (query: SQL) => {
          const { sql: text, params } = (target as unknown as { dialect: PgDialect }).dialect.sqlToQuery(query);
          if (text.includes('food_search(')) drivers.push(params[3]);
          return target.execute(query);
        };
      },
    });
    const spied = createFoodRepository(db);
    const words = ['jam', 'strawberry'];
    const first = await names(spied, words);
    expect(await names(spied, words)).toEqual(first);
    expect(await names(createFoodRepository(database.db), words)).toEqual(first);
    // "strawberry" has fewer postings than "jam": group 2.
    expect(drivers).toEqual([null, 2]);
  });

  it("changes the vocabulary's token with every write to food_words or food_postings, and not on reads", async () => {
    const before = await token();
    await names(sut, ['jam']);
    expect(await token()).toBe(before);
    await writer.addWords(['zucchini']);
    const afterWords = await token();
    expect(afterWords).not.toBe(before);
    await writer.upsertCatalog([catalogFood('Zucchini')], new Date());
    expect(await token()).not.toBe(afterWords);
  });

  it('keeps every word of a query when its memory is full and starts over', async () => {
    const cache = vocabularyCache(2);
    const search = async (words: string[]) =>
      (await searchFoods(database.db, cache, user, { words, barcodeKey: null, since: '2026-01-01', recentLimit: 500 })).map((r) => r.name).sort();
    await search(['apricot', 'melon']);
    expect(await search(['strawberry', 'melon', 'jam'])).toEqual(await names(createFoodRepository(database.db), ['strawberry', 'melon', 'jam']));
    expect(cache.meant.size).toBe(3);
  });

  it('reads the same rows as one JSON text (on PGlite by default) as it does row by row', async () => {
    const aliases = ['say "cheese"', 'a,b', '{braces}', 'back\\slash', 'NULL', 'crème brûlée 🍰', ''];
    const portions = [{ amount: 0.5, unit: 'slice "thick"', label: '½ slice, 5" × 3"', grams: 1e-7 }];
    const food = { ...catalogFood('Quince jam'), aliases, portions, energyKcal: 123.456789012345, brand: 'Mère & Fils' };
    await writer.transaction(async (tx) => {
      await tx.upsertCatalog([food], new Date());
      await tx.addWords(food.searchText.split(' '));
    });
    const query = { words: ['jam', 'quince'], barcodeKey: null, since: '2026-01-01', recentLimit: 500 };
    const asJson = await searchFoods(database.db, vocabularyCache(), user, query, true);
    expect(await searchFoods(database.db, vocabularyCache(), user, query, false)).toEqual(asJson);
    const quince = asJson.find((r) => r.id === food.id);
    expect(quince).toMatchObject({ aliases, brand: 'Mère & Fils', energyKcal: 123.456789012345, barcode: null, recent: null });
    expect(JSON.parse(quince!.portionsJson!)).toEqual(portions);
    expect(readsRowsAsJson(database.db)).toBe(kind.name === 'pglite');
  });

  it("carries the person's history with a food: live entries since `since`, and the latest live one of that food (the same day: the one logged later)", async () => {
    const person = randomUUID();
    await createUsersRepository(database.db).insert({ id: person, username: `p-${person.slice(0, 8)}`, isAdmin: false, createdAt: new Date(), passwordHash: null });
    const find = async (word: string) => (await sut.searchFoods(person, { words: [word], barcodeKey: null, since: '2026-01-01', recentLimit: 500 }))[0]!;
    await addFood(writer, 'Jambalaya');
    await addFood(writer, 'Okra gumbo');
    const food = await find('jambalaya');
    const other = await find('okra');
    const entry = (date: string, meal: string, amount: number, unit: string, of = food) => ({
      id: randomUUID(),
      date,
      meal,
      kind: 'catalog',
      foodId: of.id,
      name: of.name,
      brand: null,
      amount,
      unit,
      grams: 100,
      energyKcal: 100,
      proteinG: 1,
      fatG: 1,
      saturatedFatG: null,
      carbsG: 20,
      fiberG: null,
      sugarsG: null,
      sodiumMg: null,
      portions: [],
    });
    const diary = createDiaryRepository(database.db);
    const now = new Date();
    const removed = [entry('2026-03-05', 'snacks', 4, 'cup'), entry('2026-03-02', 'snacks', 5, 'oz')];
    // Before `since`, then three live ones (two on one day), then one deleted on a later day and one logged later on
    // the latest day and deleted, and another food logged last on that day.
    await diary.insert(
      person,
      [
        entry('2025-12-31', 'dinner', 9, 'cup'),
        entry('2026-03-01', 'lunch', 1, 'cup'),
        entry('2026-03-02', 'breakfast', 2, 'cup'),
        entry('2026-03-02', 'dinner', 3, 'g'),
        ...removed,
        entry('2026-03-02', 'snacks', 6, 'cup', other),
      ],
      now,
    );
    for (const r of removed) await diary.softDelete(person, r.id, now);
    for (const asJson of [true, false]) {
      const [row] = await searchFoods(database.db, vocabularyCache(), person, { words: ['jambalaya'], barcodeKey: null, since: '2026-01-01', recentLimit: 500 }, asJson);
      expect(row).toMatchObject({ id: food.id, recent: { uses: 3, lastDate: '2026-03-02', lastAmount: 3, lastUnit: 'g', lastMeal: 'dinner' } });
    }
  });

  it('returns what a result shows: nutrients per 100 g and the portions as JSON', async () => {
    const [row] = await sut.searchFoods(user, { words: ['jambalaya'], barcodeKey: null, since: '2026-01-01', recentLimit: 500 });
    expect(row).toMatchObject({ kind: 'catalog', name: 'Jambalaya', energyKcal: 100, fatG: 1, carbsG: 20, recent: null });
    expect(JSON.parse(row!.portionsJson!)).toEqual([{ amount: 1, unit: 'cup', label: '1 cup', grams: 240 }]);
  });
});

/** A food of the generated catalog below: its id, search words and posting rank (tier × 1000 + search line length). */
interface Posted {
  id: string;
  words: string[];
  rank: number;
}

/** In posting order: rank, then id (uuids compare as their lower-case text does). */
const byPosting = (a: Posted, b: Posted) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The full matches of one tier computed over the foods directly: the first `cap` foods of each word of the driving
 * group (the first) in posting order, then in posting order those with a word of every other group, up to `limit`.
 */
function fullMatches(foods: Posted[], groups: string[][], cap: number, limit: number): string[] {
  const driven = new Map<string, Posted>();
  for (const word of groups[0]!) for (const f of foods.filter((f) => f.words.includes(word)).sort(byPosting).slice(0, cap)) driven.set(f.id, f);
  return [...driven.values()]
    .sort(byPosting)
    .filter((f) => groups.slice(1).every((g) => g.some((w) => f.words.includes(w))))
    .slice(0, limit)
    .map((f) => f.id);
}

describe.each(testDatabases())('food_search full matches on $name', (kind) => {
  let database: Database;
  const reference: Posted[] = [];
  const branded: Posted[] = [];
  // Driving words, the words of two more groups, and words that only vary a search line's length (its rank).
  const [a, b, c] = [['kelp', 'kelpie', 'kelpish'], ['mung', 'mungo'], ['yam', 'yamato', 'yamyam']];
  const filler = ['dish', 'raw', 'boiled', 'fresh', 'frozen', 'sliced', 'whole', 'diced'];

  beforeAll(async () => {
    database = await kind.open();
    const repo = createFoodRepository(database.db);
    // A fixed pseudo-random catalog: the same foods on every run.
    const random = prng(20_261_121);
    const pick = (words: string[]) => words[Math.floor(random() * words.length)]!;
    // Short names with a word of two groups only (a and c, or b and c: never a full match, and first in posting
    // order), and longer ones with a word of every group. Partial matches (migration 0010's some_reference) read
    // each word's first postings, the short names, so an answer made of them would not be the full matches.
    const foods: CatalogFoodValues[] = [];
    for (let i = 0; i < 320; i++) {
      const r = random();
      const words = r < 0.5 ? [pick(a), pick(c)] : r < 0.7 ? [pick(b), pick(c)] : [pick(a), pick(b), pick(c)];
      if (words.length === 3) for (let n = 1 + Math.floor(random() * 3); n > 0; n--) words.push(pick(filler));
      // Names repeat: the source id is the food's number.
      const food = { ...catalogFood(words.join(' '), i < 200 ? 'usda-sr28' : 'usda-fdc-branded'), sourceId: `t-${i}` };
      foods.push(food);
      const posted = { id: food.id, words: food.searchText.split(' '), rank: postingTier(food.source) * 1000 + Math.min(food.searchText.length, 999) };
      (posted.rank < BRANDED_RANK ? reference : branded).push(posted);
    }
    await repo.transaction(async (tx) => {
      await tx.upsertCatalog(foods, new Date());
      await tx.addWords([...new Set(foods.flatMap((f) => f.searchText.split(' ')))]);
    });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  /** The catalog foods food_search answers with the first group driving, a scan cap and a limit per tier. */
  const search = async (groups: string[][], caps: { reference: number; branded: number }, limits: { reference: number; branded: number }) => {
    const words = groups.flat();
    const numbers = groups.flatMap((g, i) => g.map(() => i + 1));
    const res = await database.db.execute(sql`
      select kind, id::text as id from food_search(${randomUUID()}::uuid, ${textArray(words)}, ${`{${numbers.join(',')}}`}::int[], 1,
        ${textArray(groups.map((g) => g[0]!))}, null, '2026-01-01'::date, 5000, ${caps.reference}::int, ${caps.branded}::int, ${BRANDED_RANK}::int,
        ${limits.reference}::int, ${limits.branded}::int, 2000, 100, 500)`);
    return rowsOf<{ kind: string; id: string }>(res)
      .filter((r) => r.kind === 'catalog')
      .map((r) => r.id);
  };

  it.each([
    // Other groups with 2 words in all: each is probed in the postings.
    { what: 'probing the other words', groups: [a, b] },
    // 5 words: the food's own search line is read instead.
    { what: "reading the food's search line", groups: [a, b, c] },
    // No other group: every posting is a match.
    { what: 'one group', groups: [a] },
  ])('keeps per tier the first foods of the driving words in posting order with a word of every group ($what)', async ({ groups }) => {
    const caps = { reference: 40, branded: 25 };
    const limits = { reference: 10, branded: 6 };
    const expected = [...fullMatches(reference, groups, caps.reference, limits.reference), ...fullMatches(branded, groups, caps.branded, limits.branded)];
    // Some driving word has more postings than the cap in each tier, so the cap decides what is read.
    for (const [tier, cap] of [[reference, caps.reference], [branded, caps.branded]] as const)
      expect(Math.max(...a.map((w) => tier.filter((f) => f.words.includes(w)).length))).toBeGreaterThan(cap);
    // Both tiers reach their limit, so no partial matches follow: the answer is the full matches alone.
    expect(expected).toHaveLength(limits.reference + limits.branded);
    expect(await search(groups, caps, limits)).toEqual(expected);
  });
});

/**
 * The indexes a function's kept plan reads diary_entries (and workouts) through, when the plan was made while the
 * tables were empty: on a new database the first search and the first day view come before any logging, and a
 * plan is kept for the session (on PGlite, the server's life). auto_explain, which shows a function's own plans, is
 * PostgreSQL's: PGlite has no such module.
 */
describe.each(testDatabases().filter((k) => k.name === 'postgres'))('plans made while the diary is empty, on $name', (kind) => {
  let database: Database;
  let recorder: PlanRecorder;

  beforeAll(async () => {
    database = await kind.open();
    recorder = await planRecorder(database);
  }, 60_000);
  afterAll(async () => {
    recorder?.release();
    await database?.close();
  });

  it("reads a person's entries (and a day's workouts) through the (user_id, date) indexes", async () => {
    const food = catalogFood('Jambalaya');
    await createFoodRepository(database.db).transaction(async (tx) => {
      await tx.upsertCatalog([food], new Date());
      await tx.addWords(food.searchText.split(' '));
    });
    const foodId = rowsOf<{ id: string }>(await database.db.execute(sql`select id::text as id from foods where source_id = ${food.sourceId}`))[0]!.id;
    const [fresh, logger] = [randomUUID(), randomUUID()];
    for (const id of [fresh, logger]) await createUsersRepository(database.db).insert({ id, username: `p-${id.slice(0, 8)}`, isAdmin: false, createdAt: new Date(), passwordHash: null });
    const { client } = recorder;
    const search = (user: string) =>
      client.query(`select * from food_search($1, '{jambalaya}', '{1}', null, '{jambalaya}', null, '2026-01-01', 5000, 1500, 500, 2000, 80, 40, 2000, 100, 500)`, [user]);
    // The generic plan, as the server ends up with after five calls, made now, while the diary is empty.
    await client.query('SET plan_cache_mode = force_generic_plan');
    await search(fresh);
    await client.query(`select * from diary_day_read($1, '2026-03-01')`, [fresh]);
    // Two years of five entries a day (the food once a day) and a workout a day.
    await client.query(
      `insert into diary_entries (user_id, id, date, meal, kind, food_id, name, amount, unit, energy_kcal, protein_g, fat_g, carbs_g, created_at, updated_at)
       select $1, gen_random_uuid(), date '2025-03-01' + i / 5, 'lunch', 'catalog', case when i % 5 = 0 then $2::uuid else gen_random_uuid() end, 'x', 1, 'g', 1, 1, 1, 1, now(), now()
       from generate_series(0, 3649) i`,
      [logger, foodId],
    );
    await client.query(
      `insert into workouts (user_id, id, date, name, created_at, updated_at) select $1, gen_random_uuid(), date '2025-03-01' + i, 'w', now(), now() from generate_series(0, 729) i`,
      [logger],
    );
    let found: { id: string | null; uses: number | null; last_amount: number | null } | undefined;
    const plans = await recorder.record(async () => {
      found = ((await search(logger)).rows as Array<NonNullable<typeof found>>).find((r) => r.id === foodId);
      await client.query(`select * from diary_day_read($1, '2026-03-01')`, [logger]);
    });
    // The search did read the history (the lateral for the food shown ran), and the day view its day.
    expect(found).toMatchObject({ id: foodId, uses: expect.any(Number), last_amount: 1 });
    expect(readsOf(plans, 'diary_entries')).toEqual(new Set(['diary_entries_user_date']));
    expect(readsOf(plans, 'workouts')).toEqual(new Set(['workouts_user_date']));
  });
});
