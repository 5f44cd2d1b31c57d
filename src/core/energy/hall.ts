import { ValidationError } from '../errors.js';
import { assertBodyMeasures, type Sex } from './resting.js';

// The Hall adult body-weight model (Chow & Hall 2008; Hall 2010; Hall et al. 2011, Lancet 378:826) as the
// R package `bw` implements it (INSP-RH/bw, src/adult_weight.cpp, MIT): five states (lean L, fat F,
// glycogen G, extracellular fluid ECF, adaptive thermogenesis AT), parameters in kcal, classic RK4 with a
// one-day step. Baseline assumptions, all from `bw` (science.md §3.3):
// - resting energy RMR₀ = 9.99·BW + 625·H − 4.92·A + 5 (men) or − 161 (women): Mifflin–St Jeor with H in m;
// - energy balance at baseline: intake EI₀ = PAL·RMR₀ (PAL 1.5 unless given);
// - baseline fat from the Jackson et al. 2002 BMI equation, unless a measured fat mass is given;
// - baseline ECF from Silva's equation, glycogen 0.5 kg carrying 2.7 kg of water per kg;
// - Forbes partition: F = F₀·exp((L − L₀)/10.4).
// `bw` passes dG/dt, not ρ_G·dG/dt, to the lean equation (an apparent unit slip, ~0.015–0.03 kg at one
// year). We reproduce `bw` as written so its published outputs are our oracle; `correctGlycogenFlux`
// switches to the paper's ρ_G·dG/dt.

/** Hall model parameters in kcal, kg and days, as in `bw` (Hall 2011 web appendix values × 0.239006 kcal/kJ). */
export const HALL_PARAMS = {
  rhoF: 9440.727,
  rhoL: 1816.444,
  rhoG: 4206.501,
  gammaF: 3.107075,
  gammaL: 21.98853,
  etaF: 179.2543,
  etaL: 229.4455,
  betaTEF: 0.1,
  betaAT: 0.14,
  tauAT: 14,
  sodium: 3220,
  zetaNa: 3000,
  zetaCI: 4000,
  glycogen0: 0.5,
  /** Each kg of glycogen is stored with 2.7 kg of water. */
  glycogenWithWater: 3.7,
  /** Forbes constant in kg of fat (C = 10.4·ρ_L/ρ_F in energy units). */
  forbesKg: 10.4,
} as const;

const P = HALL_PARAMS;
const C = P.forbesKg * (P.rhoL / P.rhoF);
const ALPHA1 = -(1 + P.etaL / P.rhoL) * C;
const ALPHA2 = -(1 + P.etaF / P.rhoF);

/** PAL bounds accepted by the model (δ must stay positive: PAL > 1/(1 − β_TEF) ≈ 1.11). */
export const PAL_MIN = 1.2;
export const PAL_MAX = 2.5;
/** The default physical activity level of `bw` and the NIH Body Weight Planner. */
export const DEFAULT_PAL = 1.5;

export interface HallPerson {
  sex: Sex;
  age: number;
  heightCm: number;
  weightKg: number;
  /** Baseline physical activity level, total expenditure ÷ resting; default 1.5. */
  pal?: number | undefined;
  /** Measured fat mass, kg; default from the Jackson BMI equation. */
  fatKg?: number | null | undefined;
  /** Share of energy from carbohydrate at baseline; default 0.5. */
  carbShare?: number | undefined;
}

/** The person at day 0 and the constants the dynamics need. */
export interface HallBaseline {
  sex: Sex;
  age: number;
  heightM: number;
  weightKg: number;
  pal: number;
  rmrKcal: number;
  intakeKcal: number;
  fatKg: number;
  leanKg: number;
  ecfKg: number;
  glycogenKg: number;
  /** Physical-activity cost, kcal/kg/day. */
  delta: number;
  /** The constant that closes the baseline energy balance, kcal/day. */
  k: number;
  carbShare: number;
  /** Baseline carbohydrate intake, kcal/day, and the glycogen rate constant. */
  carbIntakeKcal: number;
  kG: number;
}

/** Resting energy of `bw`: 9.99·BW + 625·H − 4.92·A + 5 (men) / − 161 (women) (Mifflin 1990, H in m); kcal/day. */
export function hallRestingKcal(sex: Sex, weightKg: number, heightM: number, age: number): number {
  return 9.99 * weightKg + 625 * heightM - 4.92 * age + (sex === 'male' ? 5 : -161);
}

/** Fat mass by the Jackson et al. 2002 BMI equation: BW·(0.14·A + 37.31·ln BMI − 103.94)/100 (men), (… + 39.96·ln BMI − 102.01) (women); kg. */
export function jacksonFatKg(sex: Sex, weightKg: number, heightM: number, age: number): number {
  const lnBmi = Math.log(weightKg / (heightM * heightM));
  return sex === 'male' ? (weightKg * (0.14 * age + 37.31 * lnBmi - 103.94)) / 100 : (weightKg * (0.14 * age + 39.96 * lnBmi - 102.01)) / 100;
}

/** Extracellular fluid by Silva's equation: 0.025·A + 9.57·H + 0.191·BW − 12.4 (men), −4.0 + 5.98·H + 0.167·BW (women); kg, H in m. */
export function silvaEcfKg(sex: Sex, weightKg: number, heightM: number, age: number): number {
  return sex === 'male' ? 0.025 * age + 9.57 * heightM + 0.191 * weightKg - 12.4 : -4.0 + 5.98 * heightM + 0.167 * weightKg;
}

/** Physical-activity cost δ = ((1 − β_TEF)·PAL − 1)·RMR₀/BW₀ (Hall 2011); kcal/kg/day. */
export function hallDelta(pal: number, rmrKcal: number, weightKg: number): number {
  return ((1 - P.betaTEF) * pal - 1) * (rmrKcal / weightKg);
}

/** Checks a physical activity level against 1.2–2.5; throws ValidationError on `field`. */
export function assertPal(pal: number, field = 'pal'): void {
  if (!Number.isFinite(pal) || pal < PAL_MIN || pal > PAL_MAX) {
    throw ValidationError.field(field, `must be a physical activity level between ${PAL_MIN} and ${PAL_MAX} (got ${pal})`);
  }
}

/** Initial state of the Hall model (science.md §3.3): Mifflin RMR₀ (H in m), EI₀ = PAL·RMR₀, Jackson fat, Silva ECF, G₀ = 0.5 kg; kg and kcal/day. */
export function hallBaseline(person: HallPerson): HallBaseline {
  assertBodyMeasures(person);
  const pal = person.pal ?? DEFAULT_PAL;
  assertPal(pal);
  const carbShare = person.carbShare ?? 0.5;
  if (!Number.isFinite(carbShare) || carbShare <= 0 || carbShare > 1) throw ValidationError.field('carbShare', 'must be a share between 0 and 1');
  const { sex, age, weightKg } = person;
  const heightM = person.heightCm / 100;
  const rmrKcal = hallRestingKcal(sex, weightKg, heightM, age);
  const intakeKcal = pal * rmrKcal;
  const ecfKg = silvaEcfKg(sex, weightKg, heightM, age);
  const fatKg = person.fatKg ?? jacksonFatKg(sex, weightKg, heightM, age);
  const leanKg = weightKg - (ecfKg + fatKg + P.glycogenWithWater * P.glycogen0);
  if (!(fatKg > 0) || !(leanKg > 0)) {
    throw ValidationError.field(person.fatKg != null ? 'bodyFatPct' : 'weight', 'gives no plausible split into fat and lean mass for this model');
  }
  const delta = hallDelta(pal, rmrKcal, weightKg);
  const k = pal * rmrKcal - P.gammaL * leanKg - P.gammaF * fatKg - delta * weightKg;
  const carbIntakeKcal = carbShare * intakeKcal;
  return {
    sex,
    age,
    heightM,
    weightKg,
    pal,
    rmrKcal,
    intakeKcal,
    fatKg,
    leanKg,
    ecfKg,
    glycogenKg: P.glycogen0,
    delta,
    k,
    carbShare,
    carbIntakeKcal,
    kG: carbIntakeKcal / (P.glycogen0 * P.glycogen0),
  };
}

/** What drives the model day by day; arrays are indexed by day 0…days (a step input, as in `bw`). */
export interface HallDrivers {
  /** Change of intake from baseline, kcal/day, for each day index. */
  intakeChangeKcal: ArrayLike<number>;
  /** Physical activity level for each day index; default the baseline PAL throughout. */
  pal?: ArrayLike<number> | undefined;
  /** Share of energy from carbohydrate after the change; default the baseline share. */
  carbShare?: number | undefined;
  /** Use ρ_G·dG/dt in the lean equation (the paper) instead of dG/dt (`bw` as written). */
  correctGlycogenFlux?: boolean | undefined;
}

/** Daily states of one run, index = day (0…days); masses in kg, intake in kcal/day. */
export interface HallTrajectory {
  days: number;
  weightKg: Float64Array;
  fatKg: Float64Array;
  leanKg: Float64Array;
  glycogenKg: Float64Array;
  ecfKg: Float64Array;
  adaptiveKcal: Float64Array;
  intakeKcal: Float64Array;
}

/** Fat mass from lean mass along the Forbes curve F = F₀·exp((L − L₀)/10.4) (Hall 2011; `bw` fatMass); kg. */
export function forbesFatKg(b: HallBaseline, leanKg: number): number {
  return b.fatKg * Math.exp((P.rhoL * (leanKg - b.leanKg)) / (P.rhoF * C));
}

/** Runs the Hall model for `days` one-day RK4 steps exactly as `bw` does (AT, ECF, G first; L with midpoint G/AT/ECF; F from L); kg per day. */
export function simulateHall(b: HallBaseline, days: number, drivers: HallDrivers): HallTrajectory {
  if (!Number.isInteger(days) || days < 0) throw ValidationError.field('days', `must be a whole number of days ≥ 0 (got ${days})`);
  const dEI = drivers.intakeChangeKcal;
  const palOf = drivers.pal;
  if (dEI.length < days + 1 || (palOf && palOf.length < days + 1)) throw new RangeError('drivers must cover day 0…days');
  const carbShare = drivers.carbShare ?? b.carbShare;
  const glyFactor = drivers.correctGlycogenFlux ? P.rhoG : 1;
  const ecf0 = b.ecfKg;
  const deltaPerPal = (1 - P.betaTEF) * (b.rmrKcal / b.weightKg);

  const n = days + 1;
  const W = new Float64Array(n);
  const F = new Float64Array(n);
  const L = new Float64Array(n);
  const G = new Float64Array(n);
  const E = new Float64Array(n);
  const A = new Float64Array(n);
  const I = new Float64Array(n);
  L[0] = b.leanKg;
  F[0] = b.fatKg;
  G[0] = b.glycogenKg;
  E[0] = ecf0;
  A[0] = 0;
  W[0] = b.weightKg;
  I[0] = b.intakeKcal;

  // Per-day inputs at index j: ΔEI, total intake, carbohydrate intake, δ.
  const carbAt = (j: number) => carbShare * (b.intakeKcal + dEI[j]!);
  const deltaAt = (j: number) => (palOf ? deltaPerPal * palOf[j]! - b.rmrKcal / b.weightKg : b.delta);
  const dAT = (j: number, at: number) => (P.betaAT * dEI[j]! - at) / P.tauAT;
  const dECF = (j: number, ecf: number) => (-P.zetaNa * (ecf - ecf0) - P.zetaCI * (1 - carbAt(j) / b.carbIntakeKcal)) / P.sodium;
  const dG = (j: number, g: number) => (carbAt(j) - b.kG * g * g) / P.rhoG;
  const dL = (j: number, l: number, g: number, at: number, ecf: number) => {
    const f = forbesFatKg(b, l);
    const weight = l + f + ecf + P.glycogenWithWater * g;
    const r3 = b.k + deltaAt(j) * weight + P.betaTEF * dEI[j]! + at - (b.intakeKcal + dEI[j]!) + glyFactor * dG(j, g);
    return ((r3 + P.gammaL * l + P.gammaF * f) / (ALPHA1 + ALPHA2 * f)) * (C / P.rhoL);
  };

  for (let i = 1; i < n; i++) {
    // Stages at t = i−1 and t = i−½ read day i−1's inputs; the last stage (t = i) reads day i's, like bw's floor(t/dt).
    const j0 = i - 1;
    const j1 = i;
    const at0 = A[j0]!;
    let k1 = dAT(j0, at0);
    let k2 = dAT(j0, at0 + 0.5 * k1);
    let k3 = dAT(j0, at0 + 0.5 * k2);
    let k4 = dAT(j1, at0 + k3);
    const at1 = at0 + (k1 + 2 * k2 + 2 * k3 + k4) / 6;

    const e0 = E[j0]!;
    k1 = dECF(j0, e0);
    k2 = dECF(j0, e0 + 0.5 * k1);
    k3 = dECF(j0, e0 + 0.5 * k2);
    k4 = dECF(j1, e0 + k3);
    const e1 = e0 + (k1 + 2 * k2 + 2 * k3 + k4) / 6;

    const g0 = G[j0]!;
    k1 = dG(j0, g0);
    k2 = dG(j0, g0 + 0.5 * k1);
    k3 = dG(j0, g0 + 0.5 * k2);
    k4 = dG(j1, g0 + k3);
    const g1 = g0 + (k1 + 2 * k2 + 2 * k3 + k4) / 6;

    const l0 = L[j0]!;
    const gm = 0.5 * (g0 + g1);
    const am = 0.5 * (at0 + at1);
    const em = 0.5 * (e0 + e1);
    k1 = dL(j0, l0, g0, at0, e0);
    k2 = dL(j0, l0 + 0.5 * k1, gm, am, em);
    k3 = dL(j0, l0 + 0.5 * k2, gm, am, em);
    k4 = dL(j1, l0 + k3, g1, at1, e1);
    const l1 = l0 + (k1 + 2 * k2 + 2 * k3 + k4) / 6;
    const f1 = forbesFatKg(b, l1);

    A[i] = at1;
    E[i] = e1;
    G[i] = g1;
    L[i] = l1;
    F[i] = f1;
    W[i] = f1 + l1 + e1 + P.glycogenWithWater * g1;
    I[i] = b.intakeKcal + dEI[i]!;
  }
  return { days, weightKg: W, fatKg: F, leanKg: L, glycogenKg: G, ecfKg: E, adaptiveKcal: A, intakeKcal: I };
}

/** The state the model settles at for a constant intake change and PAL (dL = dG = dECF = dAT = 0), by bisection on L; kg. */
export function hallSteadyState(
  b: HallBaseline,
  intakeChangeKcal: number,
  { pal = b.pal, carbShare = b.carbShare }: { pal?: number; carbShare?: number } = {},
): { weightKg: number; fatKg: number; leanKg: number; glycogenKg: number; ecfKg: number } {
  const intake = b.intakeKcal + intakeChangeKcal;
  const carb = carbShare * Math.max(0, intake);
  const glycogenKg = Math.sqrt(carb / b.kG);
  const ecfKg = b.ecfKg - (P.zetaCI / P.zetaNa) * (1 - carb / b.carbIntakeKcal);
  const delta = hallDelta(pal, b.rmrKcal, b.weightKg);
  const at = P.betaAT * intakeChangeKcal;
  // Expenditure minus intake at lean mass l: increasing in l, zero at the steady state.
  const gap = (l: number) => {
    const f = forbesFatKg(b, l);
    const weight = l + f + ecfKg + P.glycogenWithWater * glycogenKg;
    return b.k + delta * weight + P.betaTEF * intakeChangeKcal + at - intake + P.gammaL * l + P.gammaF * f;
  };
  let lo = 0;
  let hi = b.leanKg + 200;
  for (let i = 0; i < 200 && hi - lo > 1e-9; i++) {
    const mid = 0.5 * (lo + hi);
    if (gap(mid) > 0) hi = mid;
    else lo = mid;
  }
  const leanKg = 0.5 * (lo + hi);
  const fatKg = forbesFatKg(b, leanKg);
  return { weightKg: leanKg + fatKg + ecfKg + P.glycogenWithWater * glycogenKg, fatKg, leanKg, glycogenKg, ecfKg };
}
