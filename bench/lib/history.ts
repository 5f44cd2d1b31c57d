// Deterministic user histories for the benches: years of daily food, training and weigh-ins ending on AS_OF,
// generated from a seed (one generator per day, seeded by the date, so every history length shares its recent weeks).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Actor, Services } from '../../src/app/index.js';
import { stableExerciseId } from '../../src/app/importers/exercise-rows.js';
import { addDays, dayOfWeek } from '../../src/core/dates.js';
import { createUsersRepository } from '../../src/store/index.js';
import { prng } from '../../src/core/testing/prng.js';
import { bodyEntries, diaryEntries, workoutExercises, workouts, workoutSets } from '../../src/store/schema/index.js';

/**
 * The last day of every generated history: yesterday (UTC), so views that read "the last weeks before today"
 * (learned expenditure, the home screen) see a live user. Each day's content comes from the seed and the date.
 */
export const AS_OF = addDays(new Date().toISOString().slice(0, 10), -1);
export const SEED = 0x6a1ce;

/** The seeded generator of every bench data set (mulberry32), so every run logs the same history. */
export const random = prng;

const dayGenerator = (seed: number, date: string) => random(seed + Date.parse(`${date}T00:00:00Z`) / 86_400_000);

// A push / pull / legs / upper / lower split over the starter catalog: the first exercises of each day are
// its staples, the rest are drawn at random; a few minor muscles (adductors, forearms) come and go.
const DAYS: Record<string, readonly string[]> = {
  push: ['barbell-bench-press', 'barbell-overhead-press', 'dumbbell-bench-press', 'chest-dip', 'dumbbell-lateral-raise', 'triceps-pushdown', 'skull-crusher', 'pec-deck', 'cable-lateral-raise', 'dumbbell-shoulder-press'],
  pull: ['barbell-row', 'pull-up', 'lat-pulldown', 'seated-cable-row', 'face-pull', 'barbell-curl', 'hammer-curl', 'dumbbell-row', 'pendlay-row', 'wrist-curl'],
  legs: ['barbell-back-squat', 'romanian-deadlift', 'leg-press', 'lying-leg-curl', 'leg-extension', 'standing-calf-raise', 'barbell-hip-thrust', 'hanging-leg-raise', 'hip-adduction-machine', 'bulgarian-split-squat'],
  upper: ['barbell-bench-press', 'barbell-row', 'barbell-overhead-press', 'pull-up', 'dumbbell-lateral-raise', 'face-pull', 'barbell-curl', 'triceps-pushdown', 'cable-crunch', 'farmers-walk'],
  lower: ['barbell-deadlift', 'barbell-front-squat', 'goblet-squat', 'seated-calf-raise', 'back-extension', 'leg-extension', 'lying-leg-curl', 'ab-wheel-rollout', 'russian-twist', 'hip-abduction-machine'],
};
// Monday push, Tuesday pull, Wednesday legs, Friday upper, Saturday lower.
const SPLIT: Record<number, string> = { 1: 'push', 2: 'pull', 3: 'legs', 5: 'upper', 6: 'lower' };
const EXERCISES_PER_SESSION = 8;
const STAPLES = 3;

export interface TrainingHistory {
  workouts: Array<typeof workouts.$inferInsert>;
  exercises: Array<typeof workoutExercises.$inferInsert>;
  sets: Array<typeof workoutSets.$inferInsert>;
}

export const firstDay = (years: number) => addDays(AS_OF, -Math.round(365.25 * years) + 1);

/** `years` of sessions ending on AS_OF for one user: ~15,000 sets a year, two warm-ups and 4–7 working sets per exercise. */
export function generateTraining(userId: string, years: number, seed = SEED): TrainingHistory {
  const out: TrainingHistory = { workouts: [], exercises: [], sets: [] };
  const now = new Date(`${AS_OF}T20:00:00Z`);
  for (let date = firstDay(years); date <= AS_OF; date = addDays(date, 1)) {
    const rnd = dayGenerator(seed, date);
    const day = SPLIT[dayOfWeek(date)];
    // About one session in twenty is missed.
    if (!day || rnd() < 0.05) continue;
    const workoutId = randomUUID();
    // A workout logged in the app carries the body weight of its day (the trend, else the profile's).
    out.workouts.push({ userId, id: workoutId, date, name: day, bodyWeightG: Math.round(bodyKgOn(date) * 1000), createdAt: now, updatedAt: now });
    const pool = DAYS[day]!;
    const picked = [...pool.slice(0, STAPLES)];
    const rest = pool.slice(STAPLES);
    while (picked.length < EXERCISES_PER_SESSION) picked.push(rest.splice(Math.floor(rnd() * rest.length), 1)[0]!);
    picked.forEach((sourceId, position) => {
      out.exercises.push({ userId, workoutId, position, exerciseId: stableExerciseId('platewise', sourceId) });
      const working = 4 + Math.floor(rnd() * 4);
      const loadG = Math.round((20 + rnd() * 100) / 2.5) * 2500;
      for (let s = 0; s < 2 + working; s++) {
        const warmup = s < 2;
        out.sets.push({
          userId,
          workoutId,
          exercisePosition: position,
          position: s,
          setType: warmup ? 'warmup' : rnd() < 0.1 ? 'failure' : 'normal',
          reps: warmup ? 10 : 5 + Math.floor(rnd() * 8),
          loadG: warmup ? Math.round(loadG / 2) : loadG,
          completed: rnd() > 0.02,
        });
      }
    });
  }
  return out;
}

/** A catalog food as the diary generator uses it: per 100 g. */
export interface MenuFood {
  id: string;
  name: string;
  energyKcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
}

/** The starter catalog's foods (loaded at every first start), the menu of the generated diaries. */
export async function starterMenu(services: Services): Promise<MenuFood[]> {
  const result = await services.database.db.execute(
    sql`select id, name, energy_kcal as "energyKcal", protein_g as "proteinG", fat_g as "fatG", carbs_g as "carbsG" from foods where source = 'platewise-starter' order by source_id`,
  );
  const rows = (result as unknown as { rows: MenuFood[] }).rows;
  if (rows.length < 20) throw new Error(`bench: the starter catalog holds ${rows.length} foods; the diary generator needs it loaded`);
  return rows;
}

const MEALS = [
  ['Breakfast', 2, 3],
  ['Lunch', 2, 4],
  ['Dinner', 2, 4],
  ['Snacks', 0, 2],
] as const;

/** `years` of daily food ending on AS_OF: 6–13 entries a day over four meals, about one day in 25 not logged. */
export function generateDiary(userId: string, years: number, menu: MenuFood[], seed = SEED): Array<typeof diaryEntries.$inferInsert> {
  const out: Array<typeof diaryEntries.$inferInsert> = [];
  for (let date = firstDay(years); date <= AS_OF; date = addDays(date, 1)) {
    const rnd = dayGenerator(seed ^ 0x5eed, date);
    if (rnd() < 0.04) continue;
    const at = new Date(`${date}T12:00:00Z`);
    for (const [meal, least, most] of MEALS) {
      const n = least + Math.floor(rnd() * (most - least + 1));
      for (let i = 0; i < n; i++) {
        const food = menu[Math.floor(rnd() * menu.length)]!;
        const grams = Math.round(40 + rnd() * 260);
        const f = grams / 100;
        out.push({
          userId,
          id: randomUUID(),
          date,
          meal,
          kind: 'catalog',
          foodId: food.id,
          name: food.name,
          amount: grams,
          unit: 'g',
          grams,
          energyKcal: food.energyKcal * f,
          proteinG: food.proteinG * f,
          fatG: food.fatG * f,
          carbsG: food.carbsG * f,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }
  return out;
}

/** The generated body weight's slow drift around 85 kg, without the day-to-day noise. */
function bodyKgOn(date: string): number {
  return 85 + 3 * Math.sin(Date.parse(`${date}T00:00:00Z`) / 86_400_000 / 200);
}

/** A morning weigh-in on most days: a slow drift around 85 kg with day-to-day water noise. */
export function generateBody(userId: string, years: number, seed = SEED): Array<typeof bodyEntries.$inferInsert> {
  const out: Array<typeof bodyEntries.$inferInsert> = [];
  for (let date = firstDay(years); date <= AS_OF; date = addDays(date, 1)) {
    const rnd = dayGenerator(seed ^ 0xb0d7, date);
    if (rnd() < 0.15) continue;
    const kg = bodyKgOn(date) + (rnd() - 0.5) * 1.5;
    const at = new Date(`${date}T07:00:00Z`);
    out.push({ userId, id: randomUUID(), date, time: '07:00', weightG: Math.round(kg * 1000), createdAt: at, updatedAt: at });
  }
  return out;
}

export interface HistoryUser {
  actor: Actor;
  years: number;
  counts: { workouts: number; sets: number; diaryEntries: number; bodyEntries: number };
  insertSeconds: number;
}

/**
 * Inserts rows with one array parameter per column (`insert … select … from unnest($1::text[], …)`): the
 * statement stays small however many rows it carries, which is several times faster than multi-row VALUES
 * on both databases. Columns are the keys of the first row; values go as text and are cast to the column's type.
 */
export async function insertUnnest(tx: Pick<Services['database']['db'], 'execute'>, table: PgTable, rows: object[], batch = 20_000): Promise<void> {
  if (rows.length === 0) return;
  const { name, columns } = getTableConfig(table);
  const byKey = new Map(Object.entries(table as unknown as Record<string, unknown>).filter(([, c]) => columns.includes(c as never)) as Array<[string, (typeof columns)[number]]>);
  const keys = Object.keys(rows[0]!).filter((k) => byKey.has(k));
  const text = (v: unknown): string | null =>
    v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch) as Array<Record<string, unknown>>;
    const arrays = keys.map((k) => sql`${sql.param(slice.map((r) => text(r[k])))}::text[]`);
    const names = keys.map((k) => sql.identifier(byKey.get(k)!.name));
    const casts = keys.map((k, j) => sql.raw(`c${j}::${byKey.get(k)!.getSQLType()}`));
    const aliases = sql.raw(keys.map((_, j) => `c${j}`).join(', '));
    await tx.execute(
      sql`insert into ${sql.identifier(name)} (${sql.join(names, sql`, `)}) select ${sql.join(casts, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`,
    );
  }
}

/** A user (new, or `what.userId`) with a profile and `years` of generated food, training and weigh-ins, written straight into the tables. */
export async function createHistoryUser(
  services: Services,
  years: number,
  what: { training?: boolean; diary?: boolean; body?: boolean; userId?: string } = {},
): Promise<HistoryUser> {
  const { training = true, diary = true, body = true } = what;
  // A new user, unless the caller brings one (the one-person mode's local user, or one with a token).
  const userId = what.userId ?? randomUUID();
  if (!what.userId) {
    await createUsersRepository(services.database.db).insert({ id: userId, username: `history-${years}y-${userId.slice(0, 8)}`, isAdmin: false, createdAt: new Date(), passwordHash: null });
  }
  const actor: Actor = { userId };
  await services.profile.put(actor, { sex: 'male', age: 35, height: 180, weight: 85, activity: 'very', goal: 'gain-0.25kg', units: 'metric' });
  const t = training ? generateTraining(userId, years) : { workouts: [], exercises: [], sets: [] };
  const d = diary ? generateDiary(userId, years, await starterMenu(services)) : [];
  const b = body ? generateBody(userId, years) : [];
  const t0 = performance.now();
  await services.database.db.transaction(async (tx) => {
    await insertUnnest(tx, workouts, t.workouts);
    await insertUnnest(tx, workoutExercises, t.exercises);
    await insertUnnest(tx, workoutSets, t.sets);
    await insertUnnest(tx, diaryEntries, d);
    await insertUnnest(tx, bodyEntries, b);
  });
  return {
    actor,
    years,
    counts: { workouts: t.workouts.length, sets: t.sets.length, diaryEntries: d.length, bodyEntries: b.length },
    insertSeconds: (performance.now() - t0) / 1000,
  };
}
