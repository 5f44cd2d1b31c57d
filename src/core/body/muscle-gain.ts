import { leanGainRangeKg } from '../energy/goal.js';
import { hallBaseline, type HallPerson } from '../energy/hall.js';
import { proteinTargetG } from '../energy/macros.js';
import { runPlan, solveIntakeChange } from '../energy/projection.js';
import { MAJOR_MUSCLES, muscleById, type MuscleId } from '../training/muscles.js';

// One page that joins what the MyPlate articles promise with what the evidence supports (science.md §6):
// a surplus sized to a lean gain rate, protein, weekly sets per muscle, sleep, and the Hall model's
// projection of weight and its fat/lean split. The Hall model partitions by the Forbes curve, which does
// not know about training, so its "lean" is all fat-free mass (water, glycogen, organs), not muscle.

/** Lean-gain rate band, % of body weight per week (Iraki et al. 2019, Sports 7:154). */
export const LEAN_GAIN_PCT = { min: 0.25, max: 0.5 } as const;
/** Protein, g/kg/day: Morton 2018 plateau 1.62 (95 % CI 1.03–2.20); the app's default 1.6 and upper end 2.2. */
export const GAIN_PROTEIN_G_PER_KG = { target: 1.6, upper: 2.2, ciLow: 1.03, ciHigh: 2.2 } as const;
/** Weekly hard sets per major muscle (Schoenfeld 2017 ≥ 10; Baz-Valle 2022 12–20; science.md §6.1). */
export const WEEKLY_SETS = { min: 10, max: 20 } as const;
/** Adults should sleep at least 7 hours a night (AASM/SRS consensus, Watson 2015). */
export const SLEEP_MIN_HOURS = 7;
export const GAIN_PLAN_WEEKS = 12;

export const FORBES_CAVEAT =
  'The weight model splits a gain into fat and fat-free mass by body fat alone (the Forbes curve); it does not know you lift. ' +
  'Its "lean" includes water and glycogen, so read it as weight, not muscle: how much of the gain is muscle depends on training, protein and sleep.';

export type SetsStatus = 'below' | 'in-range' | 'above' | 'unknown';

export interface GainPlanInput {
  person: HallPerson;
  /** Maintenance intake the plan adds to (formula or learned), kcal/day. */
  maintenanceKcal: number;
  proteinGPerKg?: number | null | undefined;
  /** Mean sleep over the recent nights logged, hours, and how many nights. */
  sleep: { averageHours: number | null; nights: number };
  /** Fractional sets per muscle in the last 7 days, when the workout log provides them. */
  weeklySets: ReadonlyMap<string, number> | null;
}

export interface GainPlan {
  weightKg: number;
  rate: { minPct: number; maxPct: number; minKgPerWeek: number; maxKgPerWeek: number };
  surplus: {
    /** Model-sized surpluses (Hall) for the two ends of the band, and the middle one the plan uses, kcal/day. */
    minKcal: number;
    maxKcal: number;
    planKcal: number;
    /** The same rates by the 3,500-kcal rule (7700 kcal/kg ÷ 7), kcal/day. */
    ruleMinKcal: number;
    ruleMaxKcal: number;
    /** The plan surplus as a share of maintenance (Iraki 2019 suggests 10–20 %). */
    planShare: number;
  };
  intakeKcal: { maintenance: number; min: number; max: number; plan: number };
  protein: { gPerKg: number; grams: number; upperGrams: number; ciLowGrams: number; ciHighGrams: number };
  sets: { min: number; max: number; muscles: Array<{ id: MuscleId; label: string; sets: number | null; status: SetsStatus }> };
  sleep: { minHours: number; averageHours: number | null; nights: number; meets: boolean | null };
  projection: { days: number; weightKg: number[]; fatKg: number[]; leanKg: number[]; ruleWeightKg: number[] };
  caveat: string;
}

function setsStatus(sets: number | null): SetsStatus {
  if (sets === null) return 'unknown';
  if (sets < WEEKLY_SETS.min) return 'below';
  return sets > WEEKLY_SETS.max ? 'above' : 'in-range';
}

/** Muscle-gain plan: rate 0.25–0.5 % BW/week (Iraki 2019), surplus sized with the Hall model over 12 weeks, protein 1.6 g/kg (Morton 2018), 10–20 sets/muscle/week (Schoenfeld 2017), sleep ≥ 7 h (Watson 2015); kg, kcal/day, g/day. */
export function muscleGainPlan(input: GainPlanInput): GainPlan {
  const baseline = hallBaseline(input.person);
  const w = baseline.weightKg;
  const { minKg, maxKg } = leanGainRangeKg(w);
  const days = GAIN_PLAN_WEEKS * 7;
  const minKcal = solveIntakeChange(baseline, w + minKg * GAIN_PLAN_WEEKS, days).intakeChangeKcal;
  const maxKcal = solveIntakeChange(baseline, w + maxKg * GAIN_PLAN_WEEKS, days).intakeChangeKcal;
  const planKcal = (minKcal + maxKcal) / 2;
  const run = runPlan(baseline, [{ fromDay: 0, intakeChangeKcal: planKcal }], days);
  const gPerKg = input.proteinGPerKg ?? GAIN_PROTEIN_G_PER_KG.target;
  const averageHours = input.sleep.averageHours;
  return {
    weightKg: w,
    rate: { minPct: LEAN_GAIN_PCT.min, maxPct: LEAN_GAIN_PCT.max, minKgPerWeek: minKg, maxKgPerWeek: maxKg },
    surplus: {
      minKcal,
      maxKcal,
      planKcal,
      ruleMinKcal: (minKg * 7700) / 7,
      ruleMaxKcal: (maxKg * 7700) / 7,
      planShare: planKcal / input.maintenanceKcal,
    },
    intakeKcal: {
      maintenance: input.maintenanceKcal,
      min: input.maintenanceKcal + minKcal,
      max: input.maintenanceKcal + maxKcal,
      plan: input.maintenanceKcal + planKcal,
    },
    protein: {
      gPerKg,
      grams: proteinTargetG(w, gPerKg),
      upperGrams: proteinTargetG(w, GAIN_PROTEIN_G_PER_KG.upper),
      ciLowGrams: proteinTargetG(w, GAIN_PROTEIN_G_PER_KG.ciLow),
      ciHighGrams: proteinTargetG(w, GAIN_PROTEIN_G_PER_KG.ciHigh),
    },
    sets: {
      min: WEEKLY_SETS.min,
      max: WEEKLY_SETS.max,
      muscles: MAJOR_MUSCLES.map((id) => {
        const sets = input.weeklySets ? (input.weeklySets.get(id) ?? 0) : null;
        return { id, label: muscleById(id).label, sets, status: setsStatus(sets) };
      }),
    },
    sleep: { minHours: SLEEP_MIN_HOURS, averageHours, nights: input.sleep.nights, meets: averageHours === null ? null : averageHours >= SLEEP_MIN_HOURS },
    projection: {
      days,
      weightKg: [...run.trajectory.weightKg],
      fatKg: [...run.trajectory.fatKg],
      leanKg: [...run.trajectory.leanKg],
      ruleWeightKg: [...run.ruleWeightKg],
    },
    caveat: FORBES_CAVEAT,
  };
}
