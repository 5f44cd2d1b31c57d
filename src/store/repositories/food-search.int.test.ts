import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../core/nutrition/search-text.js';
import type { Database } from '../db.js';
import { testDatabases } from '../testing/test-databases.js';
import { createFoodRepository, type CatalogFoodValues, type FoodRepository } from './food.repository.js';
import { rowsOf, searchFoods, vocabularyCache } from './food-search.js';

/** A reference food as an importer would write it. */
function catalogFood(name: string): CatalogFoodValues {
  const searchText = searchDocument([name]);
  return {
    id: randomUUID(),
    source: 'usda-sr28',
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

  it('returns what a result shows: nutrients per 100 g and the portions as JSON', async () => {
    const [row] = await sut.searchFoods(user, { words: ['jambalaya'], barcodeKey: null, since: '2026-01-01', recentLimit: 500 });
    expect(row).toMatchObject({ kind: 'catalog', name: 'Jambalaya', energyKcal: 100, fatG: 1, carbsG: 20, recent: null });
    expect(JSON.parse(row!.portionsJson!)).toEqual([{ amount: 1, unit: 'cup', label: '1 cup', grams: 240 }]);
  });
});
