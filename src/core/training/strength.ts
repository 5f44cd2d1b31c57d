// Strength relative to body weight (Wilks, Wilks 2020, DOTS, IPF GL; shared/reference/science.md §5.3)
// and relative to the squat (structural-balance ratios, science.md §5.2). Every mass is in kg.
import type { IsoDate } from '../dates.js';
import { addDays, parseIsoDate } from '../dates.js';
import type { Sex } from '../energy/resting.js';
import { ValidationError } from '../errors.js';

type Poly = readonly number[];

/** Σ coefficients[i] · x^i (Horner). */
function poly(coefficients: Poly, x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i]!;
  return sum;
}

const isKnown = (kg: number | null | undefined): kg is number => kg !== undefined && kg !== null;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function requireMass(value: number, field: string, positive: boolean): void {
  if (!Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    throw ValidationError.field(field, `must be a mass ${positive ? 'above' : 'of'} 0 kg${positive ? '' : ' or more'} (got ${value})`);
  }
}

interface PolyFormula {
  numerator: number;
  coefficients: Record<Sex, Poly>;
  /** Body-weight clamp per sex, kg: outside it the polynomial turns or meets an asymptote. */
  bounds: Record<Sex, readonly [number, number]>;
}

// Coefficients a…f in ascending powers, as in science.md §5.3 and OpenPowerlifting's coefficients crate.
const WILKS: PolyFormula = {
  numerator: 500,
  coefficients: {
    male: [-216.0475144, 16.2606339, -0.002388645, -0.00113732, 7.01863e-6, -1.291e-8],
    female: [594.31747775582, -27.23842536447, 0.82112226871, -0.00930733913, 4.731582e-5, -9.054e-8],
  },
  bounds: { male: [40, 201.9], female: [26.51, 154.53] },
};

const WILKS_2020: PolyFormula = {
  numerator: 600,
  coefficients: {
    male: [47.46178854, 8.472061379, 0.07369410346, -0.001395833811, 7.07665973070743e-6, -1.20804336482315e-8],
    female: [-125.4255398, 13.71219419, -0.03307250631, -0.001050400051, 9.38773881462799e-6, -2.3334613884954e-8],
  },
  bounds: { male: [40, 200.95], female: [40, 150.95] },
};

const DOTS: PolyFormula = {
  numerator: 500,
  coefficients: {
    male: [-307.75076, 24.0900756, -0.1918759221, 0.0007391293, -0.000001093],
    female: [-57.96288, 13.6175032, -0.1126655495, 0.0005158568, -0.0000010706],
  },
  bounds: { male: [40, 210], female: [40, 150] },
};

function coefficient(formula: PolyFormula, sex: Sex, bodyWeightKg: number): number {
  requireMass(bodyWeightKg, 'bodyWeightKg', true);
  const [lo, hi] = formula.bounds[sex];
  return formula.numerator / poly(formula.coefficients[sex], clamp(bodyWeightKg, lo, hi));
}

function score(formula: PolyFormula, sex: Sex, bodyWeightKg: number, totalKg: number): number {
  requireMass(totalKg, 'totalKg', false);
  return totalKg * coefficient(formula, sex, bodyWeightKg);
}

/** Wilks (original) coefficient 500 / (a + b·x + … + f·x⁵), x = body weight clamped to 40–201.9 kg (men) or 26.51–154.53 kg (women); science.md §5.3. Per kg. */
export function wilksCoefficient(sex: Sex, bodyWeightKg: number): number {
  return coefficient(WILKS, sex, bodyWeightKg);
}

/** Wilks (original) points: total × 500 / poly5(body weight), science.md §5.3 (oracle rows 43–44). Points. */
export function wilks(sex: Sex, bodyWeightKg: number, totalKg: number): number {
  return score(WILKS, sex, bodyWeightKg, totalKg);
}

/** Wilks 2020 ("Wilks2") points: total × 600 / poly5(body weight clamped 40–200.95 kg men, 40–150.95 kg women), science.md §5.3 (row 45). Points. */
export function wilks2020(sex: Sex, bodyWeightKg: number, totalKg: number): number {
  return score(WILKS_2020, sex, bodyWeightKg, totalKg);
}

/** DOTS points: total × 500 / poly4(body weight clamped 40–210 kg men, 40–150 kg women), BVDK 2019, science.md §5.3 (row 46). Points. */
export function dots(sex: Sex, bodyWeightKg: number, totalKg: number): number {
  return score(DOTS, sex, bodyWeightKg, totalKg);
}

/** IPF equipment divisions: classic (raw) and equipped (single-ply). */
export type IpfEquipment = 'classic' | 'equipped';

/** IPF events with GL coefficients: the three-lift total and bench press alone. */
export type IpfEvent = 'sbd' | 'bench';

/** IPF GL (GoodLift 2020) parameters A, B, C by sex, equipment and event (science.md §5.3). */
export const IPF_GL_PARAMETERS: Readonly<Record<Sex, Record<IpfEquipment, Record<IpfEvent, readonly [number, number, number]>>>> = {
  male: {
    classic: { sbd: [1199.72839, 1025.18162, 0.00921], bench: [320.98041, 281.40258, 0.01008] },
    equipped: { sbd: [1236.25115, 1449.21864, 0.01644], bench: [381.22073, 733.79378, 0.02398] },
  },
  female: {
    classic: { sbd: [610.32796, 1045.59282, 0.03048], bench: [142.40398, 442.52671, 0.04724] },
    equipped: { sbd: [758.63878, 949.31382, 0.02435], bench: [221.82209, 357.00377, 0.02937] },
  },
};

/** The IPF GL formula is not defined below this body weight, kg (science.md §5.3). */
export const IPF_GL_MIN_BODY_WEIGHT_KG = 35;

/** IPF GL points: total × 100 / (A − B·e^(−C·body weight)), IPF 2020 via OpenPowerlifting (science.md §5.3, rows 40–42); null below 35 kg. Points. */
export function ipfGlPoints(sex: Sex, equipment: IpfEquipment, event: IpfEvent, bodyWeightKg: number, totalKg: number): number | null {
  requireMass(bodyWeightKg, 'bodyWeightKg', true);
  requireMass(totalKg, 'totalKg', false);
  if (bodyWeightKg < IPF_GL_MIN_BODY_WEIGHT_KG) return null;
  const [a, b, c] = IPF_GL_PARAMETERS[sex][equipment][event];
  return (totalKg * 100) / (a - b * Math.exp(-c * bodyWeightKg));
}

/** The five lifts the strength-balance report reads, plus the front squat when it is logged. */
export const BALANCE_LIFTS = ['squat', 'bench-press', 'deadlift', 'overhead-press', 'barbell-row', 'front-squat'] as const;

/** One entry of BALANCE_LIFTS. */
export type BalanceLift = (typeof BALANCE_LIFTS)[number];

/** A lift compared with the squat. */
export type RatioLift = Exclude<BalanceLift, 'squat'>;

/** Catalog exercises (data/exercises.json ids) whose e1RM stands for each lift; conventional deadlift only, as the ratio assumes. */
export const LIFT_EXERCISE_IDS: Readonly<Record<BalanceLift, readonly string[]>> = {
  squat: ['barbell-back-squat'],
  'bench-press': ['barbell-bench-press'],
  deadlift: ['barbell-deadlift'],
  'overhead-press': ['barbell-overhead-press'],
  'barbell-row': ['barbell-row', 'pendlay-row'],
  'front-squat': ['barbell-front-squat'],
};

/** Balanced 1RM of a lift as a fraction of the back squat's, and where the number comes from. */
export interface BalancedRatio {
  ratio: number;
  source: string;
}

const POLIQUIN = 'Poliquin structural balance via Thibaudeau, "Know Your Ratios, Destroy Weaknesses" (science.md §5.2)';

/** Conventional balanced ratios to the back squat (science.md §5.2); the row is our convention, see its source. */
export const BALANCED_RATIOS: Readonly<Record<RatioLift, BalancedRatio>> = {
  'bench-press': { ratio: 0.75, source: POLIQUIN },
  deadlift: { ratio: 1.2, source: POLIQUIN },
  'overhead-press': { ratio: 0.45, source: POLIQUIN },
  'front-squat': { ratio: 0.85, source: POLIQUIN },
  // No published squat-based ratio for the row reached us; a row of ~80% of the bench is a common coaching
  // rule, and Strength Level's standards put men's rows 12–21% under their bench (0.79–0.88).
  'barbell-row': { ratio: 0.6, source: 'Platewise convention: 0.80 × the bench ratio 0.75 (row ≈ 80% of bench)' },
};

/** A lift is lagging (or ahead) when its 1RM is more than this share below (above) its balanced ratio (science.md §5.2). */
export const RATIO_TOLERANCE = 0.15;

/** One lift against the squat. */
export interface LiftRatio {
  lift: RatioLift;
  e1rmKg: number;
  /** e1RM ÷ squat e1RM. */
  ratio: number;
  expectedRatio: number;
  /** expectedRatio × squat e1RM, kg. */
  expectedKg: number;
  /** (e1RM ÷ expectedKg − 1) × 100: negative when the lift is behind. */
  percentOff: number;
  /** More than 15% below its expected value. */
  lagging: boolean;
  /** More than 15% above it: the squat, not this lift, is likely the one behind. */
  ahead: boolean;
}

/** The ratios of every logged lift to the squat. */
export interface StrengthBalance {
  squatKg: number | null;
  /** Lifts that have an e1RM, in BALANCE_LIFTS order; empty without a squat to compare with. */
  lifts: LiftRatio[];
}

/** Best e1RM per lift, kg; a missing or null lift is left out of the comparison. */
export type LiftBests = Partial<Record<BalanceLift, number | null>>;

// Ratios are compared after snapping binary noise, so 63.75 against a 100 kg squat is exactly 15% off.
const snap = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Each lift's e1RM ÷ the squat's vs its balanced ratio (Poliquin/Thibaudeau, science.md §5.2); lagging or ahead beyond ±15%. kg, ratios, %. */
export function strengthBalance(bests: LiftBests): StrengthBalance {
  for (const lift of BALANCE_LIFTS) {
    const kg = bests[lift];
    if (isKnown(kg)) requireMass(kg, lift, false);
  }
  const squatKg = bests.squat ?? null;
  if (squatKg === null || squatKg === 0) return { squatKg, lifts: [] };
  const lifts: LiftRatio[] = [];
  for (const lift of BALANCE_LIFTS) {
    if (lift === 'squat') continue;
    const e1rmKg = bests[lift];
    if (!isKnown(e1rmKg)) continue;
    const expectedRatio = BALANCED_RATIOS[lift].ratio;
    const expectedKg = expectedRatio * squatKg;
    const percentOff = snap((e1rmKg / expectedKg - 1) * 100);
    lifts.push({
      lift,
      e1rmKg,
      ratio: e1rmKg / squatKg,
      expectedRatio,
      expectedKg,
      percentOff,
      lagging: percentOff < -RATIO_TOLERANCE * 100,
      ahead: percentOff > RATIO_TOLERANCE * 100,
    });
  }
  return { squatKg, lifts };
}

/** One session's best e1RM of one exercise (a progress point). */
export interface ExerciseBest {
  exerciseId: string;
  date: IsoDate;
  e1rmKg: number | null;
}

/** Weeks of history a lift's e1RM is taken from (issue 6: best of the last 8 weeks). */
export const STRENGTH_WEEKS = 8;

/** Best e1RM of each lift (LIFT_EXERCISE_IDS) over the `weeks` × 7 days ending on `asOf` (science.md §5.1 estimates). kg. */
export function bestLiftE1rms(points: readonly ExerciseBest[], asOf: IsoDate, weeks = STRENGTH_WEEKS): LiftBests {
  if (!Number.isInteger(weeks) || weeks < 1) throw ValidationError.field('weeks', `must be a whole number of 1 or more (got ${weeks})`);
  parseIsoDate(asOf, 'asOf');
  const from = addDays(asOf, 1 - 7 * weeks);
  const liftOf = new Map<string, BalanceLift>();
  for (const lift of BALANCE_LIFTS) for (const id of LIFT_EXERCISE_IDS[lift]) liftOf.set(id, lift);
  const bests: LiftBests = {};
  for (const { exerciseId, date, e1rmKg } of points) {
    const lift = liftOf.get(exerciseId);
    if (lift === undefined || e1rmKg === null || date < from || date > asOf) continue;
    const current = bests[lift];
    if (!isKnown(current) || e1rmKg > current) bests[lift] = e1rmKg;
  }
  return bests;
}

/** The body-weight scores of a squat + bench + deadlift total. */
export interface PowerliftingScores {
  totalKg: number;
  wilks: number;
  wilks2020: number;
  dots: number;
  /** IPF GL, classic (raw) three-lift total; null below 35 kg body weight. */
  ipfGl: number | null;
}

/** Wilks, Wilks 2020, DOTS and IPF GL classic of squat + bench + deadlift (science.md §5.3); null unless all three are known. Points. */
export function powerliftingScores(sex: Sex, bodyWeightKg: number, bests: LiftBests): PowerliftingScores | null {
  const { squat, 'bench-press': bench, deadlift } = bests;
  if (!isKnown(squat) || !isKnown(bench) || !isKnown(deadlift)) return null;
  const totalKg = squat + bench + deadlift;
  return {
    totalKg,
    wilks: wilks(sex, bodyWeightKg, totalKg),
    wilks2020: wilks2020(sex, bodyWeightKg, totalKg),
    dots: dots(sex, bodyWeightKg, totalKg),
    ipfGl: ipfGlPoints(sex, 'classic', 'sbd', bodyWeightKg, totalKg),
  };
}
