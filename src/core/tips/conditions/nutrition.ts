// When the nutrition tips apply: protein (Morton 2018; the adult RDA), fiber (IOM 14 g per 1,000 kcal),
// fat and carbohydrate for lifters (Iraki 2019), the size of a surplus or deficit against the trend,
// the budget floor, logging habits, and exercise energy in the budget (science.md §2, §6.2, §8).
import { roundTo } from '../../rounding.js';
import { clampScore, type Condition } from '../condition.js';
import type { TipContext, TipFood, TipPerson } from '../context.js';
import { kcal, num, pct, rate, rateRange } from '../format.js';

/** Protein plateau of lean-mass gains, g/kg/day (Morton 2018: 1.62, 95 % CI 1.03–2.20). */
export const PROTEIN_PLATEAU_G_PER_KG = 1.6;
/** Upper end of the useful protein range, g/kg/day (Morton 2018's CI). */
export const PROTEIN_UPPER_G_PER_KG = 2.2;
/** Below the plateau by more than this before the tip speaks: a day's rounding is not a shortfall. */
const PROTEIN_SLACK = 0.1;
/** The adult protein RDA, g/kg/day (IOM 2002/2005). */
export const PROTEIN_RDA_G_PER_KG = 0.8;
/** Protein per meal for lifters, g/kg (Iraki 2019: 0.40–0.55 across 3–6 meals). */
export const PROTEIN_PER_MEAL_G_PER_KG = { low: 0.4, high: 0.55 } as const;
/** Adequate Intake of total fiber, g per 1,000 kcal (IOM 2002/2005). */
export const FIBER_G_PER_1000_KCAL = 14;
/** Fat floor for lifters, g/kg/day (Iraki 2019: 0.5–1.5). */
export const FAT_MIN_G_PER_KG = 0.5;
/** Carbohydrate floor for lifters gaining, g/kg/day (Iraki 2019: ≥ 3–5). */
export const CARBS_MIN_G_PER_KG = 3;
/** Lean-gain band, share of body weight a week (Iraki 2019). */
export const LEAN_GAIN_SHARE = { min: 0.0025, max: 0.005 } as const;
/** kcal per kg of weight change (the 3,500 kcal/lb rule in metric, science.md §2.1). */
const KCAL_PER_KG = 7700;
/** Logged days the means need before a food tip speaks. */
export const MIN_FOOD_DAYS = 3;
/** Share of the energy that must carry macros before protein, fat or carbohydrate are judged (calories-only quick adds would read as 0 g). */
export const MIN_MACRO_KNOWN_SHARE = 0.8;

const foodOf = (ctx: TipContext, minDays = MIN_FOOD_DAYS): TipFood | null => (ctx.food && ctx.food.days >= minDays ? ctx.food : null);
/** Food whose macros can be judged: enough days, and most of the energy logged with its macros. */
const macroFoodOf = (ctx: TipContext): TipFood | null => {
  const f = foodOf(ctx);
  return f && f.macroKnownShare >= MIN_MACRO_KNOWN_SHARE ? f : null;
};
const perKg = (grams: number, p: TipPerson) => grams / p.weightKg;
/** People protein matters most for: a lose or gain goal, or hard sets in the last 4 weeks. */
const liftsOrChanges = (ctx: TipContext) => ctx.goal?.direction === 'lose' || ctx.goal?.direction === 'gain' || (ctx.training?.hardSets ?? 0) > 0;

function proteinNumbers(ctx: TipContext): { f: TipFood; p: TipPerson; gPerKg: number } | null {
  const f = macroFoodOf(ctx);
  const p = ctx.person;
  return f && p ? { f, p, gPerKg: perKg(f.meanProteinG, p) } : null;
}

const proteinBecause = (f: TipFood, gPerKg: number) => ({ proteinGPerKg: roundTo(gPerKg, 2), meanProteinG: Math.round(f.meanProteinG), days: f.days });

export const nutritionConditions: Record<string, Condition> = {
  /** Protein under the adult RDA of 0.8 g/kg, whatever the goal. */
  'protein-below-rda': (ctx) => {
    const n = proteinNumbers(ctx);
    if (!n || n.gPerKg >= PROTEIN_RDA_G_PER_KG) return null;
    return {
      score: clampScore(70 + 30 * (1 - n.gPerKg / PROTEIN_RDA_G_PER_KG)),
      because: proteinBecause(n.f, n.gPerKg),
      fill: { gPerKg: num(n.gPerKg, 2), grams: Math.round(n.f.meanProteinG), days: n.f.days, rdaGrams: Math.round(PROTEIN_RDA_G_PER_KG * n.p.weightKg) },
    };
  },

  /** Lifting or changing weight, protein between the RDA and Morton's 1.6 g/kg plateau. */
  'protein-below-target': (ctx) => {
    const n = proteinNumbers(ctx);
    if (!n || !liftsOrChanges(ctx) || n.gPerKg < PROTEIN_RDA_G_PER_KG || n.gPerKg >= PROTEIN_PLATEAU_G_PER_KG - PROTEIN_SLACK) return null;
    return {
      score: clampScore(40 + 40 * ((PROTEIN_PLATEAU_G_PER_KG - n.gPerKg) / PROTEIN_PLATEAU_G_PER_KG) * 2),
      because: { ...proteinBecause(n.f, n.gPerKg), targetGPerKg: PROTEIN_PLATEAU_G_PER_KG },
      fill: { gPerKg: num(n.gPerKg, 2), grams: Math.round(n.f.meanProteinG), days: n.f.days, targetGrams: Math.round(PROTEIN_PLATEAU_G_PER_KG * n.p.weightKg) },
    };
  },

  /** Lifting or changing weight, protein within 1.5–2.2 g/kg: encouragement. */
  'protein-on-target': (ctx) => {
    const n = proteinNumbers(ctx);
    if (!n || !liftsOrChanges(ctx) || n.gPerKg < PROTEIN_PLATEAU_G_PER_KG - PROTEIN_SLACK || n.gPerKg > PROTEIN_UPPER_G_PER_KG) return null;
    return { score: 6, because: proteinBecause(n.f, n.gPerKg), fill: { gPerKg: num(n.gPerKg, 2) } };
  },

  /** Protein above 2.2 g/kg. */
  'protein-high': (ctx) => {
    const n = proteinNumbers(ctx);
    if (!n || n.gPerKg <= PROTEIN_UPPER_G_PER_KG) return null;
    return { score: 15, because: proteinBecause(n.f, n.gPerKg), fill: { gPerKg: num(n.gPerKg, 2) } };
  },

  /** Enough protein a day but in fewer than two meals of ≥ 0.4 g/kg. */
  'protein-spread': (ctx) => {
    const n = proteinNumbers(ctx);
    if (!n || n.f.proteinMealsPerDay === null || n.gPerKg < 1.2 || n.f.proteinMealsPerDay >= 2) return null;
    return {
      score: 22,
      because: { proteinMealsPerDay: roundTo(n.f.proteinMealsPerDay, 1), proteinGPerKg: roundTo(n.gPerKg, 2) },
      fill: {
        meals: num(n.f.proteinMealsPerDay),
        perMealLow: Math.round(PROTEIN_PER_MEAL_G_PER_KG.low * n.p.weightKg),
        perMealHigh: Math.round(PROTEIN_PER_MEAL_G_PER_KG.high * n.p.weightKg),
      },
    };
  },

  /** Gaining faster than 0.5 % of body weight a week (Iraki 2019's lean band). */
  'gain-rate-fast': (ctx) => {
    const r = ctx.body?.weeklyRateKg;
    const p = ctx.person;
    if (ctx.goal?.direction !== 'gain' || r === null || r === undefined || !p || r <= LEAN_GAIN_SHARE.max * p.weightKg) return null;
    const over = r - LEAN_GAIN_SHARE.max * p.weightKg;
    return {
      score: clampScore(50 + 100 * (r / p.weightKg - LEAN_GAIN_SHARE.max) * 40),
      because: { weeklyRateKg: roundTo(r, 2), shareOfWeight: roundTo(r / p.weightKg, 4), leanMaxKg: roundTo(LEAN_GAIN_SHARE.max * p.weightKg, 2) },
      fill: {
        rate: rate(r, ctx.units),
        percent: num((100 * r) / p.weightKg, 2),
        band: rateRange(LEAN_GAIN_SHARE.min * p.weightKg, LEAN_GAIN_SHARE.max * p.weightKg, ctx.units),
        kcal: Math.round((over * KCAL_PER_KG) / 7 / 10) * 10,
      },
    };
  },

  /** The goal itself asks for more than a lean gain (the goal's gain-above-lean flag). */
  'goal-above-lean': (ctx) => {
    const g = ctx.goal;
    const p = ctx.person;
    if (!g || !p || !g.flags.includes('gain-above-lean')) return null;
    return {
      score: 38,
      because: { goalWeeklyKg: roundTo(g.weeklyChangeKg, 2), leanMaxKg: roundTo(LEAN_GAIN_SHARE.max * p.weightKg, 2) },
      fill: { goalRate: rate(g.weeklyChangeKg, ctx.units), band: rateRange(LEAN_GAIN_SHARE.min * p.weightKg, LEAN_GAIN_SHARE.max * p.weightKg, ctx.units) },
    };
  },

  /** A gain goal, logging most days, yet the trend rises slower than planned or falls. */
  'gain-too-slow': (ctx) => {
    const b = ctx.body;
    if (ctx.goal?.direction !== 'gain' || !b || b.weeklyRateKg === null || (b.rateStatus !== 'slower' && b.rateStatus !== 'wrong-way')) return null;
    if ((ctx.food?.loggedDaysLast14 ?? 0) < 10) return null;
    return {
      score: 40,
      because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2), goalWeeklyKg: roundTo(ctx.goal.weeklyChangeKg, 2), loggedDaysLast14: ctx.food!.loggedDaysLast14 },
      fill: { rate: `${b.weeklyRateKg < 0 ? '−' : '+'}${rate(b.weeklyRateKg, ctx.units)}`, goalRate: rate(ctx.goal.weeklyChangeKg, ctx.units) },
    };
  },

  /** A lose goal whose trend falls slower than planned: the 3,500-kcal rule overstates losses. */
  'loss-slower': (ctx) => {
    const b = ctx.body;
    if (ctx.goal?.direction !== 'lose' || !b || b.weeklyRateKg === null || b.rateStatus !== 'slower') return null;
    return {
      score: 45,
      because: { weeklyRateKg: roundTo(b.weeklyRateKg, 2), goalWeeklyKg: roundTo(ctx.goal.weeklyChangeKg, 2) },
      fill: { rate: rate(b.weeklyRateKg, ctx.units), goalRate: rate(ctx.goal.weeklyChangeKg, ctx.units) },
    };
  },

  /** The budget sits on the 1,200 / 1,500 kcal floor. */
  'floor-applied': (ctx) => {
    const g = ctx.goal;
    if (!g || !g.floorApplied || g.floorKcal === null) return null;
    return {
      score: 45,
      because: { floorKcal: g.floorKcal, goalKcal: g.goalKcal, goalWeeklyKg: roundTo(g.weeklyChangeKg, 2) },
      fill: { floor: kcal(g.floorKcal), goalRate: rate(g.weeklyChangeKg, ctx.units) },
    };
  },

  /** Over the day's budget by > 100 kcal on at least 3 of 5+ logged days, half of them or more. */
  'over-budget': (ctx) => {
    const f = foodOf(ctx, 5);
    if (!f || f.meanBudgetKcal === null || f.daysOverBudget < 3 || f.daysOverBudget < f.days / 2) return null;
    const excess = f.meanKcal - f.meanBudgetKcal;
    return {
      score: clampScore(35 + 5 * f.daysOverBudget),
      because: { daysOverBudget: f.daysOverBudget, days: f.days, meanKcal: Math.round(f.meanKcal), meanBudgetKcal: Math.round(f.meanBudgetKcal) },
      fill: { over: f.daysOverBudget, days: f.days, mean: kcal(f.meanKcal), budget: kcal(f.meanBudgetKcal), excess: excess > 0 ? kcal(excess) : '0' },
    };
  },

  /** A lose goal and an average intake more than 500 kcal under the budget. */
  'far-under-budget': (ctx) => {
    const f = foodOf(ctx, 5);
    if (ctx.goal?.direction !== 'lose' || !f || f.meanBudgetKcal === null || f.meanKcal >= f.meanBudgetKcal - 500) return null;
    return {
      score: 40,
      because: { meanKcal: Math.round(f.meanKcal), meanBudgetKcal: Math.round(f.meanBudgetKcal), days: f.days },
      fill: { mean: kcal(f.meanKcal), budget: kcal(f.meanBudgetKcal), gap: kcal(f.meanBudgetKcal - f.meanKcal), days: f.days },
    };
  },

  /** Food logged on 1–7 of the last 14 days. */
  'logging-gaps': (ctx) => {
    const f = ctx.food;
    if (!ctx.goal || !f || f.loggedDaysLast14 < 1 || f.loggedDaysLast14 > 7) return null;
    return { score: 30, because: { loggedDaysLast14: f.loggedDaysLast14 }, fill: { days: f.loggedDaysLast14 } };
  },

  /** A goal, but no food logged in the last 14 days. */
  'no-food-logged': (ctx) => {
    if (!ctx.goal || (ctx.food !== null && ctx.food.loggedDaysLast14 > 0)) return null;
    return { score: 25, because: { loggedDaysLast14: 0 }, fill: { budget: kcal(ctx.goal.goalKcal) } };
  },

  /** Fiber under the IOM's 14 g per 1,000 kcal. */
  'fiber-low': (ctx) => {
    const f = foodOf(ctx);
    if (!f || f.fiberGPer1000Kcal === null || f.meanFiberG === null || f.fiberGPer1000Kcal >= FIBER_G_PER_1000_KCAL) return null;
    return {
      score: clampScore(30 + 30 * (1 - f.fiberGPer1000Kcal / FIBER_G_PER_1000_KCAL)),
      because: { fiberGPer1000Kcal: roundTo(f.fiberGPer1000Kcal, 1), meanFiberG: roundTo(f.meanFiberG, 1), meanKcal: Math.round(f.meanKcal) },
      fill: { fiber: num(f.fiberGPer1000Kcal), daily: Math.round(f.meanFiberG), target: Math.round((FIBER_G_PER_1000_KCAL * f.meanKcal) / 1000) },
    };
  },

  /** Fiber at or above 14 g per 1,000 kcal: encouragement. */
  'fiber-ok': (ctx) => {
    const f = foodOf(ctx);
    if (!f || f.fiberGPer1000Kcal === null || f.fiberGPer1000Kcal < FIBER_G_PER_1000_KCAL) return null;
    return { score: 6, because: { fiberGPer1000Kcal: roundTo(f.fiberGPer1000Kcal, 1) }, fill: { fiber: num(f.fiberGPer1000Kcal) } };
  },

  /** More than half the energy logged without nutrient detail (quick adds): fiber cannot be judged. */
  'fiber-unknown': (ctx) => {
    const f = foodOf(ctx);
    if (!f || f.unknownFiberShare <= 0.5) return null;
    return { score: 14, because: { unknownShare: roundTo(f.unknownFiberShare, 2) }, fill: { share: pct(f.unknownFiberShare) } };
  },

  /** Lifting or changing weight with fat under 0.5 g/kg. */
  'fat-low': (ctx) => {
    const f = macroFoodOf(ctx);
    const p = ctx.person;
    if (!f || !p || !liftsOrChanges(ctx) || perKg(f.meanFatG, p) >= FAT_MIN_G_PER_KG) return null;
    return {
      score: 30,
      because: { fatGPerKg: roundTo(perKg(f.meanFatG, p), 2), meanFatG: Math.round(f.meanFatG) },
      fill: { gPerKg: num(perKg(f.meanFatG, p), 2), grams: Math.round(f.meanFatG), minGrams: Math.round(FAT_MIN_G_PER_KG * p.weightKg) },
    };
  },

  /** A gain goal, lifting, with carbohydrate under 3 g/kg. */
  'carbs-low-gain': (ctx) => {
    const f = macroFoodOf(ctx);
    const p = ctx.person;
    if (ctx.goal?.direction !== 'gain' || !f || !p || (ctx.training?.hardSets ?? 0) === 0 || perKg(f.meanCarbsG, p) >= CARBS_MIN_G_PER_KG) return null;
    return {
      score: 28,
      because: { carbsGPerKg: roundTo(perKg(f.meanCarbsG, p), 2), meanCarbsG: Math.round(f.meanCarbsG) },
      fill: { gPerKg: num(perKg(f.meanCarbsG, p), 1), minGrams: Math.round(CARBS_MIN_G_PER_KG * p.weightKg) },
    };
  },

  /** A lose goal that eats exercise energy back: the figures are estimates (more so when loss lags). */
  'exercise-energy-estimate': (ctx) => {
    const e = ctx.exercise;
    if (ctx.goal?.direction !== 'lose' || !e || !e.inBudget || e.kcalLast7 < 300) return null;
    const lagging = ctx.body?.rateStatus === 'slower' || ctx.body?.rateStatus === 'wrong-way';
    return { score: lagging ? 40 : 20, because: { exerciseKcalLast7: Math.round(e.kcalLast7), inBudget: true, rateStatus: ctx.body?.rateStatus ?? null }, fill: { kcal: kcal(e.kcalLast7) } };
  },

  /** A gain goal whose budget leaves exercise out while training burns energy. */
  'exercise-not-in-budget-gain': (ctx) => {
    const e = ctx.exercise;
    if (ctx.goal?.direction !== 'gain' || !e || e.inBudget || e.kcalLast7 < 300) return null;
    return { score: 30, because: { exerciseKcalLast7: Math.round(e.kcalLast7), inBudget: false }, fill: { kcal: kcal(e.kcalLast7), perDay: kcal(e.kcalLast7 / 7) } };
  },
};
