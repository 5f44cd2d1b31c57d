import { randomUUID } from 'node:crypto';
import { checkBodyEntry, checkSleep, GIRTH_SITES, isGirthSite, type Girths } from '../core/body/body-log.js';
import { dailyMeans, dailyTrendSeries, rateAgainstGoal, TREND_WARMUP_DAYS, weeklyTrendRateKg, weightTrend, type RateStatus } from '../core/body/trend.js';
import { addDays, daysBetween, parseIsoDate } from '../core/dates.js';
import { goalInfo, type GoalId } from '../core/energy/goal.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import { parseHeight, parseWeight } from '../core/units.js';
import type { BodyEntryRow, BodyRepository, ProfileRepository, SleepRow } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';

type Units = 'metric' | 'imperial';

/** A body-log entry as a request gives it: weight as kg or text in any unit ("180 lb", "12 st 8 lb"), girths as cm or text ("32 in"). */
export interface BodyEntryInput {
  date: string;
  time?: string | null | undefined;
  weight?: number | string | null | undefined;
  bodyFatPct?: number | null | undefined;
  girths?: Record<string, number | string> | null | undefined;
  note?: string | null | undefined;
  /** How to read a bare number ("80"): kg/cm or lb/in; default metric. */
  units?: Units | undefined;
}

export interface BodyEntry {
  id: string;
  date: string;
  time: string | null;
  weightKg: number | null;
  bodyFatPct: number | null;
  girthsCm: Girths;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SleepInput {
  hours: number;
  quality?: number | null | undefined;
  note?: string | null | undefined;
}

export interface SleepNight {
  date: string;
  hours: number;
  quality: number | null;
  note: string | null;
}

export interface RangeQuery {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

export interface TrendView {
  from: string;
  to: string;
  days: Array<{ date: string; scaleKg: number | null; trendKg: number }>;
  latest: { date: string; scaleKg: number; trendKg: number } | null;
  /** Least-squares slope of the trend over the last 14 days, kg/week. */
  weeklyRateKg: number | null;
  goal: { id: GoalId; label: string; weeklyChangeKg: number } | null;
  rateStatus: RateStatus | null;
  units: Units;
}

/** Longest range one request may ask for, days (ten years). */
export const MAX_RANGE_DAYS = 3660;
/** Default chart range, days. */
export const TREND_DEFAULT_DAYS = 90;

const toEntry = (r: BodyEntryRow): BodyEntry => ({
  id: r.id,
  date: r.date,
  time: r.time,
  weightKg: r.weightG === null ? null : r.weightG / 1000,
  bodyFatPct: r.bodyFatPct,
  girthsCm: r.girthsCm,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const toNight = (r: SleepRow): SleepNight => ({ date: r.date, hours: r.durationS / 3600, quality: r.quality, note: r.note });

/** Checks an optional from/to pair (YYYY-MM-DD, from ≤ to, at most ten years apart). */
export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined) parseIsoDate(from, 'from');
  if (to !== undefined) parseIsoDate(to, 'to');
  if (from !== undefined && to !== undefined) {
    if (from > to) throw ValidationError.field('from', `${from} is after ${to}`);
    if (daysBetween(from, to) > MAX_RANGE_DAYS) throw ValidationError.field('from', `the range may span at most ${MAX_RANGE_DAYS} days`);
  }
}

/** The body log: weigh-ins in any unit (stored in grams), body fat, girths, sleep, and the weight trend against the goal. */
export function createBodyService({ body, profiles, clock }: { body: BodyRepository; profiles: ProfileRepository; clock: Clock }) {
  const checkDate = (date: string, field = 'date') => {
    parseIsoDate(date, field);
    // One day of slack: a person ahead of the server's time zone may already be on tomorrow.
    if (date > addDays(clock.today(), 1)) throw ValidationError.field(field, `${date} is in the future`);
  };

  function valuesOf(input: BodyEntryInput) {
    checkDate(input.date);
    const units = input.units ?? 'metric';
    let weightKg: number | null = null;
    if (input.weight !== undefined && input.weight !== null) {
      weightKg = typeof input.weight === 'number' ? input.weight : parseWeight(input.weight, { field: 'weight', defaultUnit: units === 'imperial' ? 'lb' : 'kg' });
    }
    const girthsCm: Girths = {};
    for (const [site, value] of Object.entries(input.girths ?? {})) {
      if (!isGirthSite(site)) throw ValidationError.field(`girths.${site}`, `is not a girth site; use ${GIRTH_SITES.map((g) => g.id).join(', ')}`);
      girthsCm[site] =
        typeof value === 'number' ? value : parseHeight(value, { field: `girths.${site}`, defaultUnit: units === 'imperial' ? 'in' : 'cm', plausibility: false });
    }
    const values = { weightKg, bodyFatPct: input.bodyFatPct ?? null, girthsCm, time: input.time ?? null, note: input.note?.trim() || null };
    checkBodyEntry(values);
    return {
      date: input.date,
      time: values.time,
      weightG: weightKg === null ? null : weightKg * 1000,
      bodyFatPct: values.bodyFatPct,
      girthsCm,
      note: values.note,
    };
  }

  async function trendOf(userId: string, from: string, to: string): Promise<TrendView> {
    const [weights, profile] = await Promise.all([body.weights(userId, to, addDays(from, -TREND_WARMUP_DAYS)), profiles.get(userId)]);
    const days = dailyMeans(weights.map((w) => ({ date: w.date, kg: w.weightG / 1000 })));
    const series = dailyTrendSeries(days, from, to);
    const lastWeighed = [...series].reverse().find((d) => d.scaleKg !== null);
    const rate = weeklyTrendRateKg(days, to);
    const goal = profile ? goalInfo(profile.goal as GoalId) : null;
    return {
      from,
      to,
      days: series,
      latest: lastWeighed ? { date: lastWeighed.date, scaleKg: lastWeighed.scaleKg!, trendKg: lastWeighed.trendKg } : null,
      weeklyRateKg: rate,
      goal: goal ? { id: goal.id, label: goal.label, weeklyChangeKg: goal.weeklyChangeKg } : null,
      rateStatus: rate !== null && goal ? rateAgainstGoal(rate, goal.weeklyChangeKg).status : null,
      units: (profile?.units as Units | undefined) ?? 'metric',
    };
  }

  return {
    async list(actor: Actor, q: RangeQuery = {}): Promise<BodyEntry[]> {
      const userId = requireUser(actor);
      checkRange(q.from, q.to);
      return (await body.list(userId, q.from, q.to, Math.min(Math.max(q.limit ?? 200, 1), 1000))).map(toEntry);
    },

    async get(actor: Actor, id: string): Promise<BodyEntry> {
      const userId = requireUser(actor);
      const row = await body.get(userId, id);
      if (!row) throw new NotFoundError(`No body-log entry ${id}`);
      return toEntry(row);
    },

    async create(actor: Actor, input: BodyEntryInput): Promise<BodyEntry> {
      const userId = requireUser(actor);
      return toEntry(await body.insert(userId, randomUUID(), valuesOf(input), clock.now()));
    },

    async update(actor: Actor, id: string, input: BodyEntryInput): Promise<BodyEntry> {
      const userId = requireUser(actor);
      const row = await body.update(userId, id, valuesOf(input), clock.now());
      if (!row) throw new NotFoundError(`No body-log entry ${id}`);
      return toEntry(row);
    },

    async delete(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      if (!(await body.delete(userId, id))) throw new NotFoundError(`No body-log entry ${id}`);
    },

    /** Records (or replaces) the night that ended on `date`. */
    async putSleep(actor: Actor, date: string, input: SleepInput): Promise<SleepNight> {
      const userId = requireUser(actor);
      checkDate(date);
      checkSleep(input.hours, input.quality ?? null);
      const note = input.note?.trim() || null;
      if (note !== null && note.length > 500) throw ValidationError.field('note', 'must be at most 500 characters');
      return toNight(await body.putSleep(userId, date, { durationS: Math.round(input.hours * 3600), quality: input.quality ?? null, note }, clock.now()));
    },

    async listSleep(actor: Actor, q: RangeQuery = {}): Promise<SleepNight[]> {
      const userId = requireUser(actor);
      checkRange(q.from, q.to);
      return (await body.listSleep(userId, q.from, q.to, Math.min(Math.max(q.limit ?? 60, 1), 1000))).map(toNight);
    },

    async deleteSleep(actor: Actor, date: string): Promise<void> {
      const userId = requireUser(actor);
      parseIsoDate(date, 'date');
      if (!(await body.deleteSleep(userId, date))) throw new NotFoundError(`No sleep logged for ${date}`);
    },

    /** The trend weight on `date` (for other services: workouts' body weight), or null without weigh-ins; kg. */
    async trendWeightKg(userId: string, date: string): Promise<number | null> {
      const days = dailyMeans((await body.weights(userId, date, addDays(date, -TREND_WARMUP_DAYS))).map((w) => ({ date: w.date, kg: w.weightG / 1000 })));
      const trend = weightTrend(days);
      return trend.length > 0 ? trend[trend.length - 1]!.trendKg : null;
    },

    /** Scale weight and trend for every day of the range (default the last 90 days), the weekly rate and the goal's rate. */
    async trend(actor: Actor, q: { from?: string | undefined; to?: string | undefined } = {}): Promise<TrendView> {
      const userId = requireUser(actor);
      checkRange(q.from, q.to);
      const to = q.to ?? clock.today();
      const from = q.from ?? addDays(to, -(TREND_DEFAULT_DAYS - 1));
      checkRange(from, to);
      return trendOf(userId, from, to);
    },
  };
}
export type BodyService = ReturnType<typeof createBodyService>;
