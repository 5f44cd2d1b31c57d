import { addDays } from '../core/dates.js';
import { goalInfo } from '../core/energy/goal.js';
import {
  budgetFromExpenditure,
  compareExpenditure,
  EXPENDITURE_WINDOW_DAYS,
  learnExpenditure,
  MIN_PLAUSIBLE_INTAKE_KCAL,
  type ExpenditureEstimate,
} from '../core/energy/expenditure.js';
import { macrosForGoal } from '../core/energy/macros.js';
import { NotFoundError } from '../core/errors.js';
import { roundHalfUp } from '../core/rounding.js';
import type { BodyRepository, SettingsRepository } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import { localDate, type Clock } from './clock.js';
import type { GoalView, KnownRows } from './profile.service.js';

/** Logged food energy per day; a day the person marked unfinished has `complete: false`. Days without a log are absent. */
export interface IntakeSource {
  kcalByDate(userId: string, from: string, to: string): Promise<Map<string, { kcal: number; complete: boolean }>>;
}

/** The formula goal of the actor (the profile service); throws NotFoundError without a profile. */
export interface FormulaGoalSource {
  goal(actor: Actor, known?: KnownRows): Promise<GoalView>;
}

export type BudgetSource = 'formula' | 'learned';

export interface ExpenditureView {
  asOf: string;
  estimate: ExpenditureEstimate;
  formula: { maintenanceKcal: number; goalKcal: number } | null;
  comparison: { differenceKcal: number; differencePct: number; disagree: boolean; message: string } | null;
  budget: {
    source: BudgetSource;
    formulaGoalKcal: number;
    learnedGoalKcal: number | null;
    /** The budget in force: the learned one when chosen and available, else the formula's. */
    goalKcal: number;
    usingLearned: boolean;
    floorApplied: boolean;
    message: string;
  } | null;
  /** How the estimate treats missed and partial days, in words for the page. */
  method: string[];
}

const METHOD = [
  `Expenditure = average logged intake − energy stored or lost, read from your weight trend over the last ${EXPENDITURE_WINDOW_DAYS} days (7,700 kcal per kg).`,
  'Days you did not log are left out, not counted as zero: the average is over the days you logged, and your weigh-ins carry the weight change.',
  `A day marked unfinished, or logged below ${MIN_PLAUSIBLE_INTAKE_KCAL} kcal (the ceiling of a supervised very-low-calorie diet, so almost always a half-logged day), is left out too; so is today, which is not over.`,
  'Your calorie formula is the starting guess; its weight fades as days of logs and weigh-ins accumulate, and the band shows how sure the estimate is (95 %).',
];

/** Weigh-ins read before the window, so a window whose first days lack one still starts on time. */
const WEIGHT_LOOKBACK_DAYS = 30;

const round = (x: number | null) => (x === null ? null : roundHalfUp(x));

/** Learned expenditure from the diary and the body log, compared with the formula, and the calorie budget the user chose to follow. */
export function createBodyExpenditureService(deps: { body: BodyRepository; intake: IntakeSource; goals: FormulaGoalSource; settings: SettingsRepository; clock: Clock }) {
  const { body, intake, goals, settings, clock } = deps;

  const formulaGoal = async (actor: Actor): Promise<GoalView | null> => {
    try {
      return await goals.goal(actor);
    } catch (e) {
      if (e instanceof NotFoundError) return null;
      throw e;
    }
  };

  async function view(actor: Actor, userId: string): Promise<{ view: ExpenditureView; goal: GoalView | null }> {
    const prefs = await settings.get(userId);
    const today = prefs.timeZone ? localDate(clock.now(), prefs.timeZone) : clock.today();
    // Today is not over: the window ends yesterday.
    const asOf = addDays(today, -1);
    const from = addDays(asOf, -(EXPENDITURE_WINDOW_DAYS - 1));
    const [goal, weights, days] = await Promise.all([formulaGoal(actor), body.weights(userId, asOf, addDays(from, -WEIGHT_LOOKBACK_DAYS)), intake.kcalByDate(userId, from, asOf)]);
    const raw = learnExpenditure({
      asOf,
      weighIns: weights.map((w) => ({ date: w.date, kg: w.weightG / 1000 })),
      intake: [...days.entries()].map(([date, d]) => ({ date, kcal: d.kcal, complete: d.complete })),
      priorKcal: goal ? goal.maintenanceKcal : null,
    });
    const estimate: ExpenditureEstimate = {
      ...raw,
      kcal: round(raw.kcal),
      lowKcal: round(raw.lowKcal),
      highKcal: round(raw.highKcal),
      observedKcal: round(raw.observedKcal),
      meanIntakeKcal: round(raw.meanIntakeKcal),
      excluded: raw.excluded.map((e) => ({ ...e, kcal: roundHalfUp(e.kcal) })),
    };
    let comparison: ExpenditureView['comparison'] = null;
    let budget: ExpenditureView['budget'] = null;
    if (goal) {
      if (estimate.kcal !== null) {
        const c = compareExpenditure(estimate.kcal, goal.maintenanceKcal);
        const pct = Math.round(c.differenceShare * 100);
        comparison = {
          differenceKcal: roundHalfUp(c.differenceKcal),
          differencePct: pct,
          disagree: c.disagree,
          message: c.disagree
            ? `Your logs say you burn ${estimate.kcal.toLocaleString('en-US')} kcal a day, ${Math.abs(pct)} % ${pct > 0 ? 'more' : 'less'} than the formula's ${goal.maintenanceKcal.toLocaleString('en-US')}. ` +
              'Formulas are averages; if your logging is complete, the learned figure fits you better.'
            : `Your logs and the formula agree within 10 % (${estimate.kcal.toLocaleString('en-US')} vs ${goal.maintenanceKcal.toLocaleString('en-US')} kcal a day).`,
        };
      }
      const learned = estimate.kcal === null ? null : budgetFromExpenditure(estimate.kcal, goal.input.goal, goal.input.sex);
      const usingLearned = prefs.budgetSource === 'learned' && learned !== null;
      budget = {
        source: prefs.budgetSource,
        formulaGoalKcal: goal.goalKcal,
        learnedGoalKcal: learned?.goalKcal ?? null,
        goalKcal: usingLearned ? learned.goalKcal : goal.goalKcal,
        usingLearned,
        floorApplied: usingLearned ? learned.floorApplied : goal.floorApplied,
        message:
          prefs.budgetSource === 'learned' && !usingLearned
            ? 'You chose to follow your learned expenditure, but there is not enough data yet, so the budget follows the formula for now.'
            : usingLearned
              ? `Your budget follows your learned expenditure: ${learned.goalKcal.toLocaleString('en-US')} kcal a day for ${goalInfo(goal.input.goal).label.toLowerCase()}.`
              : `Your budget follows the formula: ${goal.goalKcal.toLocaleString('en-US')} kcal a day.`,
      };
    }
    return { view: { asOf, estimate, formula: goal ? { maintenanceKcal: goal.maintenanceKcal, goalKcal: goal.goalKcal } : null, comparison, budget, method: METHOD }, goal };
  }

  return {
    /** Learned expenditure with its band, beside the formula, and the budget in force. */
    async expenditure(actor: Actor): Promise<ExpenditureView> {
      const userId = requireUser(actor);
      return (await view(actor, userId)).view;
    },

    /** The formula goal with the budget (and macros) the user chose to follow; for the diary's day and week. */
    /** The goal the budget follows; `known` are the user's settings and profile when the caller read them already. */
    async budgetedGoal(actor: Actor, known?: KnownRows): Promise<GoalView> {
      const userId = requireUser(actor);
      // The common case costs one settings read (none with `known`): only a learned budget needs the logs.
      if ((known?.settings ?? (await settings.get(userId))).budgetSource !== 'learned') return goals.goal(actor, known);
      const { view: v, goal } = await view(actor, userId);
      if (!goal) throw new NotFoundError('No profile yet: set one with PUT /api/profile');
      if (!v.budget?.usingLearned) return goal;
      const { exceedsBudget: _ignored, ...macros } = macrosForGoal({
        goalKcal: v.budget.goalKcal,
        weightKg: goal.input.weightKg,
        direction: goalInfo(goal.input.goal).direction,
        proteinGPerKg: goal.macros.proteinGPerKg,
      });
      return { ...goal, goalKcal: v.budget.goalKcal, floorApplied: v.budget.floorApplied, macros };
    },

    /** Learned expenditure in kcal/day, or null without enough data (for projections and the gain plan). */
    async learnedKcal(actor: Actor): Promise<number | null> {
      const userId = requireUser(actor);
      return (await view(actor, userId)).view.estimate.kcal;
    },
  };
}
export type BodyExpenditureService = ReturnType<typeof createBodyExpenditureService>;
