// Energy of physical activity from Compendium METs (Ainsworth et al. 2011; shared/reference/science.md §8).
// 1 MET ≈ 1 kcal/kg/h. What is added to a food budget is the *net* cost, (MET − 1) × kg × h: the budget
// already pays for resting energy, so the gross figure would count that hour of rest twice (§8.3).
import { ValidationError } from '../errors.js';

const SECONDS_PER_HOUR = 3600;

function check(met: number, kg: number, hours: number): void {
  if (!Number.isFinite(met) || met <= 0) throw ValidationError.field('met', `must be a MET above 0 (got ${met})`);
  if (!Number.isFinite(kg) || kg <= 0) throw ValidationError.field('bodyWeight', `must be a body weight above 0 kg (got ${kg})`);
  if (!Number.isFinite(hours) || hours < 0) throw ValidationError.field('duration', `must be 0 hours or more (got ${hours})`);
}

/** Gross energy: MET × kg × h (Compendium 2011, 1 MET ≈ 1 kcal/kg/h, science.md §8.3); kcal. */
export function grossMetKcal(met: number, kg: number, hours: number): number {
  check(met, kg, hours);
  return met * kg * hours;
}

/** ACSM oxygen form: MET × 3.5 mL/kg/min × kg × min × 5 kcal/L ÷ 1000 = 1.05 × MET × kg × h (science.md §8.3); kcal. */
export function oxygenMetKcal(met: number, kg: number, hours: number): number {
  check(met, kg, hours);
  return (met * 3.5 * kg * hours * 60 * 5) / 1000;
}

/** Net energy above rest: (MET − 1) × kg × h, never below 0 (science.md §8.3); kcal. */
export function netMetKcal(met: number, kg: number, hours: number): number {
  check(met, kg, hours);
  return Math.max(0, met - 1) * kg * hours;
}

/**
 * Corrected MET: MET × 3.5 ÷ RMR in mL O₂/kg/min, with RMR_mL = kcal/day ÷ 1440 ÷ 5 × 1000 ÷ kg
 * (Compendium 2011 method, science.md §8.3): the intensity as a multiple of this person's own RMR; unitless.
 */
export function correctedMet(met: number, restingKcalPerDay: number, kg: number): number {
  check(met, kg, 0);
  if (!Number.isFinite(restingKcalPerDay) || restingKcalPerDay <= 0) {
    throw ValidationError.field('restingKcal', `must be above 0 kcal/day (got ${restingKcalPerDay})`);
  }
  const rmrMl = ((restingKcalPerDay / 1440 / 5) * 1000) / kg;
  return (met * 3.5) / rmrMl;
}

/** One activity of a session: its MET and how it was logged. */
export interface SessionActivity {
  met: number;
  /** Cardio is timed by its own sets; everything else shares the session's remaining time. */
  cardio: boolean;
  /** Completed working sets (warm-ups left out); weights the strength MET. */
  workingSets: number;
  /** Seconds logged on cardio sets; ignored for strength. */
  seconds: number;
}

/** What sessionEnergy found: net kcal and how the time was split. */
export interface SessionEnergy {
  kcal: number;
  cardioSeconds: number;
  strengthSeconds: number;
  /** Set-weighted MET of the strength part; null when there was none. */
  strengthMet: number | null;
}

/**
 * Net energy of one workout (science.md §8.3, (MET − 1) × kg × h): cardio by its logged seconds at its own
 * MET; the rest of the session (end − start minus cardio time) at the strength exercises' MET, weighted by
 * working sets (resistance training is 3.5–6.0 MET, Compendium 02054/02052/02050). A session without a
 * duration gets strength energy 0: we do not guess how long someone trained. kcal.
 */
export function sessionEnergy(activities: readonly SessionActivity[], bodyWeightKg: number, sessionSeconds: number | null): SessionEnergy {
  let kcal = 0;
  let cardioSeconds = 0;
  let metSets = 0;
  let sets = 0;
  for (const a of activities) {
    if (a.cardio) {
      cardioSeconds += a.seconds;
      kcal += netMetKcal(a.met, bodyWeightKg, a.seconds / SECONDS_PER_HOUR);
    } else if (a.workingSets > 0) {
      metSets += a.met * a.workingSets;
      sets += a.workingSets;
    }
  }
  const strengthMet = sets > 0 ? metSets / sets : null;
  const strengthSeconds = strengthMet !== null && sessionSeconds !== null ? Math.max(0, sessionSeconds - cardioSeconds) : 0;
  if (strengthMet !== null) kcal += netMetKcal(strengthMet, bodyWeightKg, strengthSeconds / SECONDS_PER_HOUR);
  return { kcal, cardioSeconds, strengthSeconds, strengthMet };
}
