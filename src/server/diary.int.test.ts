import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/testing/test-databases.js';
import { openTestServer, type TestServer } from './testing/test-server.js';

// Expected numbers come from the catalog's per-100 g values × grams ÷ 100, not from the app.
interface StarterFood {
  name: string;
  per100g: { energyKcal: number; proteinG: number; fatG: number; carbsG: number };
}
const starter = (JSON.parse(readFileSync(new URL('../../data/foods.json', import.meta.url), 'utf8')) as { foods: StarterFood[] }).foods;
const per100 = (name: string) => starter.find((f) => f.name === name)!.per100g;
const kcal = (name: string, grams: number) => (per100(name).energyKcal * grams) / 100;

const DAY = '2026-11-21';
const NEXT = '2026-11-22';

describe.each(testDatabases())('food diary API on $name', (kind) => {
  let sut: TestServer;
  const call = async (opts: InjectOptions) => sut.app.inject(opts);
  const ok = async (opts: InjectOptions, status = 200) => {
    const res = await call(opts);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const idOf = async (q: string, name: string): Promise<string> => {
    const { foods } = await ok({ method: 'GET', url: `/api/foods?q=${encodeURIComponent(q)}` });
    const hit = foods.find((f: { name: string }) => f.name === name);
    if (!hit) throw new Error(`"${q}" did not find ${name}: ${foods.map((f: { name: string }) => f.name).join(', ')}`);
    return hit.id;
  };
  const day = (date = DAY) => ok({ method: 'GET', url: `/api/diary/days/${date}` });
  const log = (payload: object, status = 201) => ok({ method: 'POST', url: '/api/diary/entries', payload }, status);

  beforeAll(async () => {
    sut = await openTestServer(await kind.open());
    await sut.services.foodImports.loadStarterCatalog();
    await ok({ method: 'PUT', url: '/api/profile', payload: { sex: 'female', age: 35, height: '165 cm', weight: '70 kg', activity: 'light', goal: 'lose-0.5kg', units: 'metric' } });
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('logs a breakfast in portions and grams, and the day adds up: goal − food + exercise = remaining', async () => {
    const egg = await idOf('eggs', 'Egg, whole, raw');
    const bread = await idOf('wholemeal bread', 'Bread, whole-wheat');
    const milk = await idOf('whole milk', 'Milk, whole');
    const a = await log({ date: DAY, meal: 'Breakfast', foodId: egg, amount: 2, unit: 'large' });
    expect(a).toMatchObject({ meal: 'breakfast', kind: 'catalog', name: 'Egg, whole, raw', amount: 2, unit: 'large', grams: 100 });
    expect(a.nutrients.energyKcal).toBeCloseTo(kcal('Egg, whole, raw', 100), 2);
    await log({ date: DAY, meal: 'breakfast', foodId: bread, amount: 1, unit: '1 slice' });
    const c = await log({ date: DAY, meal: 'breakfast', foodId: milk, amount: 8, unit: 'oz' });
    expect(c.grams).toBeCloseTo(8 * 28.349523125, 2);

    const sutDay = await day();
    const expectedKcal = kcal('Egg, whole, raw', 100) + kcal('Bread, whole-wheat', 32) + kcal('Milk, whole', 8 * 28.349523125);
    const breakfast = sutDay.meals.find((m: { name: string }) => m.name === 'breakfast');
    expect(sutDay.meals.map((m: { name: string }) => m.name)).toEqual(['breakfast', 'lunch', 'dinner', 'snacks']);
    expect(breakfast.entries).toHaveLength(3);
    expect(breakfast.totals.energyKcal).toBeCloseTo(expectedKcal, 1);
    const goal = (await ok({ method: 'GET', url: '/api/goal' })).goalKcal;
    expect(sutDay.balance).toMatchObject({ goalKcal: goal, foodKcal: Math.round(expectedKcal), exerciseKcal: 0, remainingKcal: goal - Math.round(expectedKcal) });
    const protein = per100('Egg, whole, raw').proteinG + (per100('Bread, whole-wheat').proteinG * 32) / 100 + (per100('Milk, whole').proteinG * 8 * 28.349523125) / 100;
    expect(sutDay.balance.protein.eatenG).toBeCloseTo(protein, 1);
    expect(sutDay.balance.protein.targetG).toBe((await ok({ method: 'GET', url: '/api/goal' })).macros.proteinG);
  });

  it('offers recent foods with the last amount, so a second breakfast is two taps', async () => {
    const { foods } = await ok({ method: 'GET', url: '/api/foods/recent' });
    expect(foods.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Egg, whole, raw', 'Bread, whole-wheat', 'Milk, whole']));
    const egg = foods.find((f: { name: string }) => f.name === 'Egg, whole, raw');
    expect(egg.recent).toMatchObject({ uses: 1, lastDate: DAY, lastAmount: 2, lastUnit: 'large', lastMeal: 'breakfast' });
    const again = await log({ date: NEXT, meal: egg.recent.lastMeal, foodId: egg.id, amount: egg.recent.lastAmount, unit: egg.recent.lastUnit });
    expect(again.grams).toBe(100);
    await ok({ method: 'DELETE', url: `/api/diary/entries/${again.id}` });
  });

  it('edits an amount from the entry’s own snapshot, answers with the previous entry, and undoes by sending it back', async () => {
    const entry = (await day()).meals[0].entries[0];
    const res = await ok({ method: 'PATCH', url: `/api/diary/entries/${entry.id}`, payload: { amount: 3 } });
    expect(res.previous).toEqual(entry);
    expect(res.entry.grams).toBe(150);
    expect(res.entry.nutrients.energyKcal).toBeCloseTo(entry.nutrients.energyKcal * 1.5, 2);
    const undo = await ok({ method: 'PATCH', url: `/api/diary/entries/${entry.id}`, payload: { amount: res.previous.amount, unit: res.previous.unit } });
    expect(undo.entry.nutrients).toEqual(entry.nutrients);
    const moved = await ok({ method: 'PATCH', url: `/api/diary/entries/${entry.id}`, payload: { meal: 'Second breakfast' } });
    expect((await day()).meals.map((m: { name: string }) => m.name)).toEqual(['breakfast', 'lunch', 'dinner', 'snacks', 'Second breakfast']);
    await ok({ method: 'PATCH', url: `/api/diary/entries/${entry.id}`, payload: { meal: moved.previous.meal } });
  });

  it('deletes with undo: the entry leaves the day, comes back on restore, and cannot be restored twice', async () => {
    const before = await day();
    const entry = before.meals[0].entries[1];
    const deleted = await ok({ method: 'DELETE', url: `/api/diary/entries/${entry.id}` });
    expect(deleted.id).toBe(entry.id);
    expect((await day()).totals.energyKcal).toBeCloseTo(before.totals.energyKcal - entry.nutrients.energyKcal, 0);
    expect((await call({ method: 'DELETE', url: `/api/diary/entries/${entry.id}` })).statusCode).toBe(404);
    await ok({ method: 'POST', url: `/api/diary/entries/${entry.id}/restore` });
    expect((await day()).totals).toEqual(before.totals);
    expect((await call({ method: 'POST', url: `/api/diary/entries/${entry.id}/restore` })).statusCode).toBe(404);
  });

  it('keeps the snapshot when the food it came from changes', async () => {
    const food = await ok({ method: 'POST', url: '/api/foods', payload: { name: 'Grandma’s rye bread', perGrams: 50, energyKcal: 120, proteinG: 4, fatG: 1, carbsG: 23, portions: [{ unit: 'slice', grams: 50 }] } }, 201);
    expect(food.per100g.energyKcal).toBe(240);
    const entry = await log({ date: DAY, meal: 'lunch', foodId: food.id, amount: 2, unit: 'slice' });
    expect(entry.nutrients.energyKcal).toBe(240);
    await ok({ method: 'PUT', url: `/api/foods/${food.id}`, payload: { name: 'Grandma’s rye bread', energyKcal: 300, proteinG: 8, fatG: 3, carbsG: 60 } });
    const lunch = (await day()).meals.find((m: { name: string }) => m.name === 'lunch');
    expect(lunch.entries[0].nutrients.energyKcal).toBe(240);
    expect((await ok({ method: 'GET', url: `/api/foods/${food.id}` })).per100g.energyKcal).toBe(300);
  });

  it('quick-adds calories, copies a meal and a whole day', async () => {
    await log({ date: DAY, meal: 'snacks', name: 'Office cake', energyKcal: 350, carbsG: 40 });
    const snacks = (await day()).meals.find((m: { name: string }) => m.name === 'snacks');
    expect(snacks.entries[0]).toMatchObject({ kind: 'quick', name: 'Office cake', grams: null, foodId: null });
    expect(snacks.totals).toMatchObject({ energyKcal: 350, carbsG: 40, proteinG: 0 });

    const copied = await ok({ method: 'POST', url: '/api/diary/copy', payload: { fromDate: DAY, toDate: NEXT, fromMeal: 'breakfast' } }, 201);
    expect(copied.entries).toHaveLength(3);
    const next = await day(NEXT);
    expect(next.meals[0].totals).toEqual((await day()).meals[0].totals);
    const wholeDay = await ok({ method: 'POST', url: '/api/diary/copy', payload: { fromDate: DAY, toDate: '2026-11-23' } }, 201);
    expect((await day('2026-11-23')).totals).toEqual((await day()).totals);
    expect(wholeDay.entries.length).toBe((await day()).meals.flatMap((m: { entries: unknown[] }) => m.entries).length);
    const bad = await call({ method: 'POST', url: '/api/diary/copy', payload: { fromDate: DAY, toDate: DAY } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('toDate');
  });

  it('shows the week against the goal, starting on the user’s first day of the week', async () => {
    const week = await ok({ method: 'GET', url: `/api/diary/weeks/${DAY}` });
    expect(week).toMatchObject({ from: '2026-11-16', to: '2026-11-22', weekStartsOn: 1 });
    const saturday = week.days.find((d: { date: string }) => d.date === DAY);
    expect(saturday.foodKcal).toBe(Math.round((await day()).totals.energyKcal));
    expect(saturday.remainingKcal).toBe(week.goalKcal - saturday.foodKcal);
    expect(week.daysLogged).toBe(2);
    await ok({ method: 'PATCH', url: '/api/settings', payload: { weekStartsOn: 7 } });
    expect(await ok({ method: 'GET', url: `/api/diary/weeks/${DAY}` })).toMatchObject({ from: '2026-11-15', to: '2026-11-21' });
    await ok({ method: 'PATCH', url: '/api/settings', payload: { weekStartsOn: 1 } });
  });

  it('computes recipes per serving, logs servings, and refuses to delete a food a recipe uses', async () => {
    const oats = await idOf('oats rolled', 'Oats, rolled, dry');
    const banana = await idOf('banana', 'Banana');
    const milk = await idOf('whole milk', 'Milk, whole');
    const porridge = await ok(
      {
        method: 'POST',
        url: '/api/recipes',
        payload: {
          name: 'Banana porridge',
          servings: 2,
          ingredients: [
            { foodId: oats, amount: 80, unit: 'g' },
            { foodId: milk, amount: 1, unit: 'cup' },
            { foodId: banana, amount: 1, unit: 'medium' },
          ],
        },
      },
      201,
    );
    const total = kcal('Oats, rolled, dry', 80) + kcal('Milk, whole', 244) + kcal('Banana', 118);
    expect(porridge.totalGrams).toBe(442);
    expect(porridge.perServing.energyKcal).toBeCloseTo(total / 2, 1);
    const hit = (await ok({ method: 'GET', url: '/api/foods?q=banana%20porridge' })).foods[0];
    expect(hit).toMatchObject({ id: porridge.id, kind: 'recipe', source: 'recipe' });
    expect((await ok({ method: 'GET', url: '/api/foods?q=porridge' })).foods.slice(0, 3).map((f: { id: string }) => f.id)).toContain(porridge.id);
    const entry = await log({ date: DAY, meal: 'dinner', foodId: porridge.id, amount: 1, unit: 'serving' });
    expect(entry).toMatchObject({ kind: 'recipe', grams: 221 });
    expect(entry.nutrients.energyKcal).toBeCloseTo(total / 2, 1);

    const own = await ok({ method: 'POST', url: '/api/foods', payload: { name: 'Homemade granola', energyKcal: 450, proteinG: 10, fatG: 20, carbsG: 58 } }, 201);
    await ok({ method: 'PUT', url: `/api/recipes/${porridge.id}`, payload: { name: 'Banana porridge', servings: 2, ingredients: [{ foodId: own.id, amount: 50, unit: 'g' }, { foodId: banana, amount: 1, unit: 'medium' }] } });
    const conflict = await call({ method: 'DELETE', url: `/api/foods/${own.id}` });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.message).toMatch(/Banana porridge/);
    const dinner = (await day()).meals.find((m: { name: string }) => m.name === 'dinner');
    expect(dinner.entries[0].nutrients.energyKcal).toBeCloseTo(total / 2, 1);
    await ok({ method: 'DELETE', url: `/api/recipes/${porridge.id}` });
    await ok({ method: 'DELETE', url: `/api/foods/${own.id}` });
    expect((await call({ method: 'GET', url: `/api/recipes/${porridge.id}` })).statusCode).toBe(404);
  });

  it('puts a food the user logs often first in search', async () => {
    const custom = await ok({ method: 'POST', url: '/api/foods', payload: { name: 'Oat drink', brand: 'Oatly', energyKcal: 46, proteinG: 1, fatG: 1.5, carbsG: 6.7 } }, 201);
    const first = async () => (await ok({ method: 'GET', url: '/api/foods?q=milk' })).foods[0].name;
    expect(await first()).not.toBe('Oat drink');
    const withAlias = async () => (await ok({ method: 'GET', url: '/api/foods?q=oat' })).foods.map((f: { name: string }) => f.name);
    expect((await withAlias()).indexOf('Oat drink')).toBeGreaterThan(0);
    for (const date of ['2026-11-18', '2026-11-19', '2026-11-20']) await log({ date, meal: 'breakfast', foodId: custom.id, amount: 250, unit: 'g' });
    expect((await withAlias())[0]).toBe('Oat drink');
  });

  it.each<[string, object, string]>([
    ['an unknown unit', { amount: 1, unit: 'bucket' }, 'unit'],
    ['a zero amount', { amount: 0, unit: 'g' }, 'amount'],
    ['a negative amount', { amount: -5, unit: 'g' }, 'amount'],
    ['an empty meal', { meal: ' ', amount: 1, unit: 'g' }, 'meal'],
    ['a non-date', { date: '2026-02-30', amount: 1, unit: 'g' }, 'date'],
    ['an unknown food', { foodId: '00000000-0000-4000-8000-000000000000', amount: 1, unit: 'g' }, 'foodId'],
  ])('rejects %s with a 400 naming the field, and stores nothing', async (_what, change, field) => {
    const egg = await idOf('egg', 'Egg, whole, raw');
    const before = await day();
    const res = await call({ method: 'POST', url: '/api/diary/entries', payload: { date: DAY, meal: 'lunch', foodId: egg, ...change } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field).join(' ')).toContain(field);
    expect(await day()).toEqual(before);
  });

  it.each<[string, InjectOptions, number, string]>([
    ['an empty search', { method: 'GET', url: '/api/foods?q=' }, 400, 'q'],
    ['a bad day', { method: 'GET', url: '/api/diary/days/21-11-2026' }, 400, 'date'],
    ['an unknown entry', { method: 'PATCH', url: '/api/diary/entries/00000000-0000-4000-8000-000000000000', payload: { amount: 1 } }, 404, ''],
    ['an empty patch', { method: 'PATCH', url: '/api/diary/entries/00000000-0000-4000-8000-000000000000', payload: {} }, 400, 'date'],
    ['a recipe without ingredients', { method: 'POST', url: '/api/recipes', payload: { name: 'Air', servings: 1, ingredients: [] } }, 400, 'ingredients'],
    ['a food whose saturated fat exceeds its fat', { method: 'POST', url: '/api/foods', payload: { name: 'X', energyKcal: 100, proteinG: 1, fatG: 2, saturatedFatG: 5, carbsG: 20 } }, 400, 'saturatedFatG'],
  ])('answers %s with %d', async (_what, req, status, field) => {
    const res = await call(req);
    expect(res.statusCode).toBe(status);
    if (field) expect(res.json().error.details.map((d: { field: string }) => d.field).join(' ')).toContain(field);
  });

  it('documents every food, recipe and diary route in the OpenAPI document', async () => {
    const doc = await ok({ method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/foods', '/api/foods/recent', '/api/foods/{id}', '/api/recipes', '/api/recipes/{id}', '/api/diary/days/{date}', '/api/diary/weeks/{date}', '/api/diary/entries', '/api/diary/entries/{id}', '/api/diary/entries/{id}/restore', '/api/diary/copy']),
    );
  });

  it('finds a product by its barcode', async () => {
    const own = await ok({ method: 'POST', url: '/api/foods', payload: { name: 'Protein bar', barcode: '0012345678905', energyKcal: 380, proteinG: 30, fatG: 12, carbsG: 38 } }, 201);
    expect((await ok({ method: 'GET', url: '/api/foods?q=12345678905' })).foods[0].id).toBe(own.id);
  });
});
