// Entries logged one at a time by many people at once are written in shared statements (write-batcher.ts).
import { randomUUID } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { diaryEntries } from '../schema/index.js';
import { testDatabases } from '../testing/test-databases.js';
import { createDiaryRepository, type DiaryEntryValues, type DiaryRepository } from './diary.repository.js';
import { createUsersRepository } from './users.repository.js';

const now = new Date('2026-11-21T12:00:00Z');
const entry = (over: Partial<DiaryEntryValues> = {}): DiaryEntryValues & { id: string } => ({
  id: randomUUID(),
  date: '2026-11-21',
  meal: 'lunch',
  kind: 'catalog',
  foodId: randomUUID(),
  name: 'Oats, rolled',
  brand: null,
  amount: 2,
  unit: 'cup',
  grams: 162,
  energyKcal: 614.3,
  proteinG: 21.4,
  fatG: 10.6,
  saturatedFatG: 1.8,
  carbsG: 109.5,
  fiberG: 16.5,
  sugarsG: null,
  sodiumMg: 3.2,
  portions: [{ amount: 1, unit: 'cup', label: '1 cup', grams: 81 }],
  ...over,
});

describe.each(testDatabases())('diary entries written together on $name', (kind) => {
  let database: Database;
  let sut: DiaryRepository;
  const alice = randomUUID();
  const bob = randomUUID();

  beforeAll(async () => {
    database = await kind.open();
    const users = createUsersRepository(database.db);
    for (const [id, username] of [[alice, 'alice'], [bob, 'bob']] as const) await users.insert({ id, username, isAdmin: false, passwordHash: null, createdAt: now });
    sut = createDiaryRepository(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('gives each of many callers at once its own row, stored under its own user, as written', async () => {
    const asked = Array.from({ length: 40 }, (_, i) => ({ userId: i % 2 ? alice : bob, values: entry({ name: `food ${i}`, energyKcal: 100 + i, sugarsG: i % 3 ? null : i }) }));
    const answers = await Promise.all(asked.map((a) => sut.insert(a.userId, [a.values], now)));
    for (const [i, [row]] of answers.entries()) {
      expect(row).toMatchObject({ ...asked[i]!.values, userId: asked[i]!.userId, createdAt: now, updatedAt: now, deletedAt: null, sourceKey: null });
      expect(row!.seq).toBeGreaterThan(0);
      // What the answer says is what the database holds, for that user only.
      expect(await sut.get(asked[i]!.userId, row!.id)).toEqual(row);
      expect(await sut.get(asked[i]!.userId === alice ? bob : alice, row!.id)).toBeNull();
    }
    expect(new Set(answers.map(([r]) => r!.seq)).size).toBe(40);
    // Written in the order asked: the day lists them in that order.
    const aliceDay = (await sut.listDay(alice, '2026-11-21')).filter((r) => r.name.startsWith('food '));
    expect(aliceDay.map((r) => r.name)).toEqual(asked.filter((a) => a.userId === alice).map((a) => a.values.name));
  });

  it.each([100, 100, 3])('writes %i at once, in one statement whatever the size', async (n) => {
    const asked = Array.from({ length: n }, (_, i) => entry({ date: '2026-11-20', name: `batch ${n} ${i}` }));
    const rows = await Promise.all(asked.map((values) => sut.insert(bob, [values], now)));
    expect(rows.map(([r]) => r!.name)).toEqual(asked.map((a) => a.name));
    const stored = await sut.listDay(bob, '2026-11-20');
    expect(stored.filter((r) => r.name.startsWith(`batch ${n} `)).length).toBeGreaterThanOrEqual(n);
  });

  it('keeps every value as written, whatever its characters, through the arrays the batch sends', async () => {
    const odd = ['he said "hi", {ok}', 'back\\slash \\"', "it's", 'NULL', '', ' spaced ', 'é 日本 🍎', 'a,b}{c'];
    const asked = odd.map((name, i) =>
      entry({
        name,
        brand: i % 2 ? null : `{${name}}`,
        energyKcal: [0.1 + 0.2, 1e-7, 123456789.123, 5e-324][i % 4]!,
        portions: [{ amount: 1, unit: `"${name}"`, label: name, grams: 0.1 + 0.2 }],
      }),
    );
    const rows = await Promise.all(asked.map((values) => sut.insert(alice, [values], now)));
    for (const [i, [row]] of rows.entries()) {
      expect(row).toMatchObject(asked[i]!);
      expect(await sut.get(alice, row!.id)).toEqual(row);
    }
  });

  it('has the batch write every column a new entry has, but the three left to their defaults', async () => {
    const result = await database.db.execute(sql`select unnest(proargnames) as name from pg_proc where proname = 'diary_entries_insert'`);
    const parameters = (result as unknown as { rows: Array<{ name: string }> }).rows.map((r) => r.name).filter((n) => n.startsWith('p_'));
    const columns = Object.values(getTableColumns(diaryEntries)).map((c) => c.name);
    expect(parameters.map((n) => n.slice(2))).toEqual(columns.filter((c) => !['seq', 'deleted_at', 'source_key'].includes(c)));
  });

  it('stores an entry under the user it is written for, whatever else the values carry', async () => {
    const carrying = { ...entry({ name: 'carried' }), userId: bob, seq: 1, createdAt: new Date(0), deletedAt: new Date(0), sourceKey: 'x' } as DiaryEntryValues & { id: string };
    const [row] = await sut.insert(alice, [carrying], now);
    expect(row).toMatchObject({ userId: alice, createdAt: now, deletedAt: null, sourceKey: null });
    expect(row!.seq).toBeGreaterThan(1);
    expect(await sut.get(alice, row!.id)).toEqual(row);
    expect(await sut.get(bob, row!.id)).toBeNull();
  });

  it('fails only the write that cannot be made when others share its statement', async () => {
    const ghost = randomUUID(); // no such user: the foreign key refuses the row
    const results = await Promise.allSettled([sut.insert(alice, [entry({ name: 'kept 1' })], now), sut.insert(ghost, [entry({ name: 'refused' })], now), sut.insert(bob, [entry({ name: 'kept 2' })], now)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await sut.listDay(alice, '2026-11-21')).some((r) => r.name === 'kept 1')).toBe(true);
    expect((await sut.listDay(bob, '2026-11-21')).some((r) => r.name === 'kept 2')).toBe(true);
    expect(await sut.listDay(ghost, '2026-11-21')).toEqual([]);
  });

  it('lists the live entries of a span of days by day, each day as listDay gives it, the person’s own only', async () => {
    const carol = randomUUID();
    await createUsersRepository(database.db).insert({ id: carol, username: 'carol', isAdmin: false, passwordHash: null, createdAt: now });
    // Logged out of date order, one deleted, one the day after the span, one of another person inside it.
    for (const [date, name] of [['2026-10-03', 'c'], ['2026-10-01', 'a'], ['2026-10-03', 'd'], ['2026-10-02', 'b'], ['2026-10-04', 'after'], ['2026-10-02', 'gone']] as const) {
      await sut.insert(carol, [entry({ date, name })], now);
    }
    await sut.insert(bob, [entry({ date: '2026-10-02', name: 'bob' })], now);
    const gone = (await sut.listDay(carol, '2026-10-02')).find((r) => r.name === 'gone')!;
    await sut.softDelete(carol, gone.id, now);
    const span = await sut.listBetween(carol, '2026-10-01', '2026-10-03');
    expect(span.map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(span).toEqual([...(await sut.listDay(carol, '2026-10-01')), ...(await sut.listDay(carol, '2026-10-02')), ...(await sut.listDay(carol, '2026-10-03'))]);
  });
});
