// The home screen in one request: today's budget (goal − food + exercise = remaining) and macros, the week
// from the user's first day, today's or the next workout, the balance verdict in a line with the sets per
// muscle for its body map, the weight trend of the last 30 days, and the day's tips.
import { addDays, daysBetween, parseIsoDate, type IsoDate } from '../core/dates.js';
import type { DayBalance } from '../core/nutrition/day-balance.js';
import { MUSCLES, type MuscleId } from '../core/training/muscles.js';
import { MIN_HISTORY_DAYS } from '../core/training/verdict.js';
import type { UnitSystem } from '../core/units.js';
import type { ProfileRepository, SettingsRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import type { BalanceReport } from './balance-view.js';
import type { BodyService } from './body.service.js';
import { localDate, type Clock } from './clock.js';
import type { DiaryService } from './diary.service.js';
import type { RoutinesService } from './routines.service.js';
import type { TipsService, TipView } from './tips.service.js';
import type { WorkoutsService } from './workouts.service.js';

/** Days of weight trend the home screen draws. */
export const HOME_TREND_DAYS = 30;
/** How far back a workout may be to be offered as the next one to repeat. */
export const REPEAT_WITHIN_DAYS = 56;

export type BalanceStatus = 'none' | 'balanced' | 'info' | 'warning';

export interface HomeWorkout {
  id: string;
  name: string;
  date: IsoDate;
  exerciseNames: string[];
  workingSets: number;
  energyKcal: number | null;
}

export interface NextWorkout {
  kind: 'routine' | 'repeat';
  /** The routine's id, or the workout's to repeat. */
  id: string;
  name: string;
  exerciseNames: string[];
  /** Why this one: "Your legs are due", "Your latest routine", "last done 2026-11-20". */
  reason: string;
}

export interface HomeView {
  date: IsoDate;
  hasProfile: boolean;
  units: UnitSystem;
  weekStartsOn: number;
  budget: DayBalance & { exerciseInBudget: boolean; entries: number };
  workout: { today: HomeWorkout[]; next: NextWorkout | null };
  /** The week that holds the day, from the user's first day of the week: food against budget, training days. */
  week: {
    from: IsoDate;
    to: IsoDate;
    days: Array<{ date: IsoDate; foodKcal: number; budgetKcal: number | null; entries: number; trained: boolean }>;
    daysLogged: number;
    daysOverBudget: number;
    averageFoodKcal: number | null;
  };
  balance: { status: BalanceStatus; line: string; hardSets: number; windowStart: IsoDate; windowEnd: IsoDate; setsByMuscle: Record<MuscleId, number> };
  trend: {
    days: Array<{ date: IsoDate; scaleKg: number | null; trendKg: number }>;
    latest: { date: IsoDate; scaleKg: number; trendKg: number } | null;
    weeklyRateKg: number | null;
    goalWeeklyKg: number | null;
    rateStatus: string | null;
  };
  /** The day's first tip, and all of the day's tips (a few). */
  tip: TipView | null;
  tips: TipView[];
}

const LOWER = new Set<string>(MUSCLES.filter((m) => m.region === 'lower').map((m) => m.id));
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The balance verdict in one line: the most serious flag, or what is in balance. */
export function balanceLine(r: BalanceReport): { status: BalanceStatus; line: string } {
  if (r.firstTrainedOn === null) return { status: 'none', line: 'No training logged yet: log a workout and the coach will weigh it.' };
  const flag = r.flags.find((f) => f.severity === 'warning') ?? r.flags[0];
  if (flag) return { status: flag.severity, line: flag.message };
  if (r.hardSets === 0) return { status: 'none', line: `No hard sets in the last ${Math.round(r.windowDays / 7)} weeks.` };
  // As the verdict, volume is judged only after a week of history: one session is not a week.
  if (daysBetween(r.firstTrainedOn, r.asOf) + 1 < MIN_HISTORY_DAYS) {
    return { status: 'none', line: `Too early to judge: the coach weighs your balance after a week of training (${r.hardSets} hard set${r.hardSets === 1 ? '' : 's'} so far).` };
  }
  const parts = [r.lowerShare !== null ? `legs ${pct(r.lowerShare)} of your hard sets` : null, r.pushPullRatio !== null ? `push/pull ${r.pushPullRatio.toFixed(1)}` : null].filter(Boolean);
  return { status: 'balanced', line: `Balanced${parts.length ? `: ${parts.join(', ')}` : ''}.` };
}

/** The home screen's numbers for one day. */
export function createHomeService(deps: {
  diary: DiaryService;
  workouts: WorkoutsService;
  routines: RoutinesService;
  /** Days with a logged workout in [from, to]; the caller has authorized the user. */
  workoutDates: (userId: string, from: IsoDate, to: IsoDate) => Promise<Set<IsoDate>>;
  balance: (actor: Actor, asOf: IsoDate) => Promise<BalanceReport>;
  body: BodyService;
  tips: TipsService;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  clock: Clock;
}) {
  /** The next workout after `date` (today's already done when `trainedToday`): a routine, else the last workout before it again. */
  async function nextWorkout(actor: Actor, date: IsoDate, report: BalanceReport, trainedToday: boolean): Promise<NextWorkout | null> {
    const routines = await deps.routines.list(actor);
    const legsDue = report.flags.some((f) => f.code === 'lower-body-gap' || f.code === 'lower-share-low');
    const legRoutine = legsDue ? routines.find((r) => r.exercises.some((e) => e.exercise.primaryMuscles.some((m) => LOWER.has(m)))) : undefined;
    const latest = [...routines].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    const routine = legRoutine ?? latest;
    if (routine) {
      return { kind: 'routine', id: routine.id, name: routine.name, exerciseNames: routine.exercises.map((e) => e.exercise.name), reason: legRoutine ? 'Your legs are due' : 'Your latest routine' };
    }
    // A workout to repeat is one of the last 8 weeks: after a long break, an old session is no plan.
    const [last] = await deps.workouts.list(actor, { from: addDays(date, -REPEAT_WITHIN_DAYS), to: trainedToday ? addDays(date, -1) : date, limit: 1, records: false });
    return last ? { kind: 'repeat', id: last.id, name: last.name || 'Your last workout', exerciseNames: last.exerciseNames, reason: `last done ${last.date}` } : null;
  }

  return {
    async home(actor: Actor, q: { date?: string | undefined } = {}): Promise<HomeView> {
      const userId = requireUser(actor);
      const [profile, prefs] = await Promise.all([deps.profiles.get(userId), deps.settings.get(userId)]);
      const date = q.date === undefined ? (prefs.timeZone ? localDate(deps.clock.now(), prefs.timeZone) : deps.clock.today()) : parseIsoDate(q.date, 'date');
      const [week, day, todayNewestLast, report, trend] = await Promise.all([
        deps.diary.week(actor, date),
        deps.diary.day(actor, date),
        deps.workouts.list(actor, { from: date, to: date, records: false }),
        deps.balance(actor, date),
        deps.body.trend(actor, { from: addDays(date, 1 - HOME_TREND_DAYS), to: date }),
      ]);
      const [tips, trained, next] = await Promise.all([
        deps.tips.forDay(actor, { asOf: date }, { balance: report }),
        deps.workoutDates(userId, week.from, week.to),
        nextWorkout(actor, date, report, todayNewestLast.length > 0),
      ]);
      const today = [...todayNewestLast].reverse();
      return {
        date,
        hasProfile: profile !== null,
        units: (profile?.units as UnitSystem | undefined) ?? 'metric',
        weekStartsOn: prefs.weekStartsOn,
        budget: { ...day.balance, exerciseInBudget: day.exerciseInBudget, entries: day.meals.reduce((s, m) => s + m.entries.length, 0) },
        workout: {
          today: today.map((w) => ({ id: w.id, name: w.name, date: w.date, exerciseNames: w.exerciseNames, workingSets: w.totals.workingSets, energyKcal: w.totals.energyKcal })),
          next,
        },
        week: {
          from: week.from,
          to: week.to,
          days: week.days.map((d) => ({ date: d.date, foodKcal: d.foodKcal, budgetKcal: d.budgetKcal, entries: d.entries, trained: trained.has(d.date) })),
          daysLogged: week.daysLogged,
          daysOverBudget: week.daysOverBudget,
          averageFoodKcal: week.averageFoodKcal,
        },
        balance: { ...balanceLine(report), hardSets: report.hardSets, windowStart: report.windowStart, windowEnd: report.windowEnd, setsByMuscle: report.setsByMuscle },
        trend: { days: trend.days, latest: trend.latest, weeklyRateKg: trend.weeklyRateKg, goalWeeklyKg: trend.goal?.weeklyChangeKg ?? null, rateStatus: trend.rateStatus },
        tip: tips.tips[0] ?? null,
        tips: tips.tips,
      };
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
