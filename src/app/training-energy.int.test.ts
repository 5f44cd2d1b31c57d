// The day view costs a day's workouts from its one-statement read (training-energy.ts); the workout log's
// own per-day energy (kcalByDate) is the reference it must agree with, in every case that takes a branch.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/testing/test-databases.js';
import { fixedClock } from './clock.js';
import { createServices, type Actor, type Services } from './index.js';

const DAY = '2026-11-18';

describe.each(testDatabases())('exercise energy in the day view on $name', (kind) => {
  let sut: Services;
  let alice: Actor;
  const dayKcal = async () => (await sut.diary.day(alice, DAY)).balance.exerciseKcal;
  const logKcal = async () => (await sut.workouts.kcalByDate(alice.userId, DAY, DAY)).get(DAY) ?? 0;

  beforeAll(async () => {
    sut = createServices(await kind.open(), fixedClock('2026-11-21T12:00:00Z'));
    await sut.exercises.ensureStarterCatalog();
    alice = { userId: (await sut.users.ensureLocalUser()).id };
    await sut.profile.put(alice, { sex: 'female', age: 34, height: 168, weight: 62, activity: 'moderate', goal: 'maintain', units: 'metric' });
    const find = async (q: string) => (await sut.exercises.search(alice, { q, limit: 1 }))[0]!.id;
    const sled = await sut.exercises.createCustom(alice, { name: 'Sled push', equipment: 'other', pattern: 'carry', loadType: 'weight', primaryMuscles: ['quadriceps'], secondaryMuscles: ['glutes'] });
    await sut.workouts.create(alice, {
      date: DAY,
      startedAt: '2026-11-18T07:00:00Z',
      endedAt: '2026-11-18T08:10:00Z',
      exercises: [
        { exerciseId: await find('back squat'), sets: [{ type: 'warmup', reps: 5, load: 40 }, { reps: 5, load: 80 }, { reps: 5, load: 80 }] },
        { exerciseId: sled.id, sets: [{ reps: 1, load: 60 }, { reps: 1, load: 60, completed: false }] },
      ],
    });
    // A second session the same day, with no start and end: only its cardio's own time counts.
    await sut.workouts.create(alice, { date: DAY, exercises: [{ exerciseId: await find('running'), sets: [{ duration: '25 min', distance: '4 km' }] }] });
  });
  afterAll(async () => {
    await sut?.database.close();
  });

  it('adds up every workout of the day, catalog and own exercises, as the workout log does', async () => {
    const kcal = await logKcal();
    expect(kcal).toBeGreaterThan(100);
    expect(await dayKcal()).toBe(Math.round(kcal));
  });

  it("costs a workout without its own body weight at today's weight, as the workout log does", async () => {
    const before = await dayKcal();
    await sut.database.db.execute(sql`update workouts set body_weight_g = null where user_id = ${alice.userId} and date = ${DAY}`);
    await sut.database.db.execute(sql`update profiles set weight_kg = 124 where user_id = ${alice.userId}`);
    const kcal = await logKcal();
    expect(await dayKcal()).toBe(Math.round(kcal));
    expect(Math.round(kcal)).toBeGreaterThan(before * 1.9);
  });

  it('is zero on a day without training', async () => {
    expect((await sut.diary.day(alice, '2026-11-17')).balance.exerciseKcal).toBe(0);
  });
});
