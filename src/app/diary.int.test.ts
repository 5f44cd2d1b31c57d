import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiaryRepository, createFoodRepository, createProfileRepository, createRecipeRepository, createSettingsRepository, createUsersRepository } from '../store/index.js';
import { createDayRepository } from '../store/repositories/day.repository.js';
import { testDatabases } from '../store/testing/test-databases.js';
import type { Actor } from './actor.js';
import { fixedClock } from './clock.js';
import { createDiaryService, goalTargetsFrom, type DiaryService, type ExerciseEnergySource } from './diary.service.js';
import { createFoodLookup } from './foods-lookup.service.js';
import { createProfileService } from './profile.service.js';
import { openFoodContext, type FoodTestContext } from './testing/food-data.js';

const DAY = '2026-11-21';
const clock = fixedClock('2026-11-21T12:00:00Z');
/** Exercise energy as the workout log reports it: 300 kcal on DAY, 150 the day before. */
const exerciseKcal = new Map([
  ['2026-11-20', 150],
  [DAY, 300],
]);
const exercise: ExerciseEnergySource = {
  async kcalByDate(_userId, from, to) {
    return new Map([...exerciseKcal].filter(([d]) => d >= from && d <= to));
  },
  async kcalOfDay(_userId, date) {
    return exerciseKcal.get(date) ?? 0;
  },
};

describe.each(testDatabases())('diary budget with exercise on $name', (kind) => {
  let ctx: FoodTestContext;
  let sut: DiaryService;
  let bare: DiaryService;
  let alice: Actor;
  let bob: Actor;
  let goalKcal: number;

  beforeAll(async () => {
    ctx = await openFoodContext(kind, clock);
    await ctx.services.foodImports.loadStarterCatalog();
    const db = ctx.services.database.db;
    const users = createUsersRepository(db);
    for (const name of ['alice', 'bob']) await users.insert({ id: randomUUID(), username: name, isAdmin: false, passwordHash: null, createdAt: clock.now() });
    alice = { userId: (await users.findByUsername('alice'))!.id };
    bob = { userId: (await users.findByUsername('bob'))!.id };
    const profile = createProfileService({ profiles: createProfileRepository(db), clock });
    goalKcal = (await profile.put(alice, { sex: 'male', age: 30, height: 180, weight: 80, activity: 'moderate', goal: 'maintain', units: 'metric' }), await profile.goal(alice)).goalKcal;
    const deps = {
      diary: createDiaryRepository(db),
      dayReads: createDayRepository(db),
      lookup: createFoodLookup({ foods: createFoodRepository(db), recipes: createRecipeRepository(db) }),
      settings: createSettingsRepository(db),
      goals: goalTargetsFrom(profile),
      clock,
    };
    sut = createDiaryService({ ...deps, exerciseEnergy: exercise });
    bare = createDiaryService(deps);
    const banana = (await ctx.services.foods.search(alice, 'banana', { limit: 1 }))[0]!;
    await sut.log(alice, { date: DAY, meal: 'breakfast', foodId: banana.id, amount: 1, unit: 'medium' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('adds exercise to the budget: remaining = goal − food + exercise', async () => {
    const day = await sut.day(alice, DAY);
    expect(day.balance).toMatchObject({ goalKcal, foodKcal: 105, exerciseKcal: 300, exerciseCountedKcal: 300, remainingKcal: goalKcal - 105 + 300 });
  });

  it('keeps exercise out of the budget when the user says so, but still shows it', async () => {
    await ctx.services.settings.update(alice, { exerciseEnergyInBudget: false });
    const day = await sut.day(alice, DAY);
    expect(day.exerciseInBudget).toBe(false);
    expect(day.balance).toMatchObject({ exerciseKcal: 300, exerciseCountedKcal: 0, remainingKcal: goalKcal - 105 });
    const week = await sut.week(alice, DAY);
    expect(week.budgetKcal).toBe(7 * goalKcal);
    await ctx.services.settings.update(alice, { exerciseEnergyInBudget: true });
    expect((await sut.week(alice, DAY)).budgetKcal).toBe(7 * goalKcal + 450);
  });

  it('counts exercise as zero without a workout log', async () => {
    expect((await bare.day(alice, DAY)).balance).toMatchObject({ exerciseKcal: 0, remainingKcal: goalKcal - 105 });
  });

  it('has no goal for a user without a profile, and shows nobody else’s entries', async () => {
    const day = await sut.day(bob, DAY);
    expect(day.balance.goalKcal).toBeNull();
    expect(day.meals.flatMap((m) => m.entries)).toEqual([]);
  });

  it('lets no other user edit, delete, restore or copy an entry', async () => {
    const entry = (await sut.day(alice, DAY)).meals[0]!.entries[0]!;
    await expect(sut.update(bob, entry.id, { amount: 5 })).rejects.toThrow(/No diary entry/);
    await expect(sut.remove(bob, entry.id)).rejects.toThrow(/No diary entry/);
    await sut.remove(alice, entry.id);
    await expect(sut.restore(bob, entry.id)).rejects.toThrow(/No deleted diary entry/);
    await sut.restore(alice, entry.id);
    await expect(sut.copy(bob, { fromDate: DAY, toDate: '2026-11-22' })).rejects.toThrow(/Nothing logged/);
    await expect(sut.day({ userId: '' }, DAY)).rejects.toThrow(/Sign in/);
  });
});
