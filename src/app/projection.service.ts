import { averageSleepHours, fatMassKg } from '../core/body/body-log.js';
import { muscleGainPlan, type GainPlan } from '../core/body/muscle-gain.js';
import { dailyMeans, TREND_WARMUP_DAYS, weightTrend } from '../core/body/trend.js';
import { addDays, ageOn, daysBetween, parseIsoDate } from '../core/dates.js';
import { activityFactor, type ActivityLevel } from '../core/energy/activity.js';
import { goalInfo, type GoalId } from '../core/energy/goal.js';
import { DEFAULT_PAL, hallRestingKcal, PAL_MAX, PAL_MIN, type HallPerson } from '../core/energy/hall.js';
import { projectionReport, type ProjectionReport, type ReportPhase } from '../core/energy/projection-report.js';
import type { Sex } from '../core/energy/resting.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import { roundTo } from '../core/rounding.js';
import { parseWeight } from '../core/units.js';
import type { BodyRepository, ProfileRepository, ProfileRow } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import { measureBody } from './body.js';
import type { BodyExpenditureService } from './body-expenditure.service.js';
import type { Clock } from './clock.js';

type Units = 'metric' | 'imperial';

/** A projection request: any body field left out comes from the profile and the body log. */
export interface ProjectionInput {
  sex?: Sex | undefined;
  age?: number | undefined;
  birthDate?: string | undefined;
  height?: number | string | undefined;
  weight?: number | string | undefined;
  bodyFatPct?: number | null | undefined;
  /** Physical activity level (total ÷ resting); or an activity level id; default the profile's. */
  pal?: number | undefined;
  activity?: ActivityLevel | undefined;
  /** Start from the expenditure learned from the logs instead of the formula, when there is enough data. */
  expenditure?: 'formula' | 'learned' | undefined;
  days: number;
  startDate?: string | undefined;
  intakeKcal?: number | undefined;
  intakeChangeKcal?: number | undefined;
  phases?: ReportPhase[] | undefined;
  targetWeight?: number | string | undefined;
  units?: Units | undefined;
}

export interface ProjectionView extends ProjectionReport {
  person: { sex: Sex; age: number; heightCm: number; weightKg: number; pal: number; bodyFatPct: number | null };
  units: Units;
  assumptions: string[];
}

/** Where muscle-group volume comes from (the balance coach): fractional hard sets per muscle in the last 7 days. */
export interface MuscleVolumeSource {
  weeklySets(actor: Actor): Promise<ReadonlyMap<string, number>>;
}

export interface GainPlanView extends GainPlan {
  goal: { id: GoalId; label: string; isGain: boolean };
  maintenanceSource: 'formula' | 'learned';
  startDate: string;
  units: Units;
}

/** Latest body fat counts for projections when read within this many days. */
const BODY_FAT_FRESH_DAYS = 60;
const SLEEP_NIGHTS = 14;

const clampPal = (pal: number) => Math.min(PAL_MAX, Math.max(PAL_MIN, pal));

/** Weight projections (Hall model) and the muscle-gain plan, for a body given in the request or taken from the profile and body log. */
export function createProjectionService(deps: {
  profiles: ProfileRepository;
  body: BodyRepository;
  expenditure: BodyExpenditureService;
  clock: Clock;
  muscleVolume?: MuscleVolumeSource | undefined;
}) {
  const { profiles, body, expenditure, clock, muscleVolume } = deps;

  /** The trend weight on `today` from the body log, if there are weigh-ins. */
  async function trendWeightKg(userId: string, today: string): Promise<number | null> {
    const days = dailyMeans((await body.weights(userId, today, addDays(today, -TREND_WARMUP_DAYS))).map((w) => ({ date: w.date, kg: w.weightG / 1000 })));
    const t = weightTrend(days);
    return t.length > 0 ? t[t.length - 1]!.trendKg : null;
  }

  async function bodyFatPct(userId: string, today: string): Promise<number | null> {
    const bf = await body.latestBodyFat(userId, today);
    return bf && daysBetween(bf.date, today) <= BODY_FAT_FRESH_DAYS ? bf.bodyFatPct : null;
  }

  async function personFor(actor: Actor, userId: string, input: Omit<ProjectionInput, 'days'>, today: string) {
    const profile: ProfileRow | null = await profiles.get(userId);
    const need = (field: string): never => {
      throw ValidationError.field(field, 'is required when there is no saved profile (PUT /api/profile)');
    };
    const sex = input.sex ?? (profile?.sex as Sex | undefined) ?? need('sex');
    const units: Units = input.units ?? (profile?.units as Units | undefined) ?? 'metric';
    const logged = input.weight === undefined ? await trendWeightKg(userId, today) : null;
    const measured = measureBody(
      {
        height: input.height ?? profile?.heightCm ?? need('height'),
        weight: input.weight ?? logged ?? profile?.weightKg ?? need('weight'),
        age: input.age,
        birthDate: input.age === undefined ? (input.birthDate ?? profile?.birthDate ?? need('age')) : input.birthDate,
      },
      today,
      units,
    );
    const bf = input.bodyFatPct !== undefined ? input.bodyFatPct : ((await bodyFatPct(userId, today)) ?? profile?.bodyFatPct ?? null);
    const assumptions: string[] = [];
    let pal = input.pal ?? (input.activity ? activityFactor(input.activity) : profile ? activityFactor(profile.activity as ActivityLevel) : DEFAULT_PAL);
    if (input.expenditure === 'learned') {
      const learned = await expenditure.learnedKcal(actor);
      if (learned !== null && input.pal === undefined) {
        const rmr = hallRestingKcal(sex, measured.weightKg, measured.heightCm / 100, measured.age);
        pal = clampPal(learned / rmr);
        assumptions.push(`Activity level ${roundTo(pal, 2)} from your learned expenditure (${learned.toLocaleString('en-US')} kcal a day).`);
      } else if (learned === null) {
        assumptions.push('Not enough logs yet for a learned expenditure; the activity level comes from your profile.');
      }
    }
    const person: HallPerson = {
      sex,
      age: measured.age,
      heightCm: measured.heightCm,
      weightKg: measured.weightKg,
      pal,
      fatKg: bf === null ? null : fatMassKg(measured.weightKg, bf),
    };
    assumptions.push(
      'Resting energy by Mifflin–St Jeor; at the start, intake equals resting energy × activity level (energy balance).',
      bf === null ? 'Body fat from the Jackson et al. BMI equation.' : `Body fat ${roundTo(bf, 1)} % from ${input.bodyFatPct !== undefined ? 'the request' : 'your body log or profile'}.`,
      logged !== null ? `Start weight ${roundTo(logged, 1)} kg: your trend weight.` : 'Start weight as given (or from your profile).',
      'Hall et al. 2011 model (NIH Body Weight Planner), solved as the bw R package does.',
    );
    return { person, units, bf, assumptions, profile };
  }

  return {
    /** "At this intake you reach X on D" / "to reach X by D eat Y, then Z": the Hall model beside the 3,500-kcal line. */
    async project(actor: Actor, input: ProjectionInput): Promise<ProjectionView> {
      const userId = requireUser(actor);
      const today = clock.today();
      const startDate = input.startDate === undefined ? today : parseIsoDate(input.startDate, 'startDate');
      const { person, units, bf, assumptions, profile } = await personFor(actor, userId, input, today);
      const targetKg =
        input.targetWeight === undefined
          ? undefined
          : typeof input.targetWeight === 'number'
            ? input.targetWeight
            : parseWeight(input.targetWeight, { field: 'targetWeight', defaultUnit: units === 'imperial' ? 'lb' : 'kg' });
      let phases = input.phases;
      if (!phases || phases.length === 0) {
        if (input.intakeKcal !== undefined || input.intakeChangeKcal !== undefined) {
          phases = [{ fromDay: 0, intakeKcal: input.intakeKcal, intakeChangeKcal: input.intakeChangeKcal }];
        } else if (targetKg === undefined) {
          if (!profile) throw ValidationError.field('intakeKcal', 'give an intake, phases or a target weight (or save a profile to project your budget)');
          const budget = await expenditure.budgetedGoal(actor);
          phases = [{ fromDay: 0, intakeKcal: budget.goalKcal }];
          assumptions.unshift(`Intake: your daily budget, ${budget.goalKcal.toLocaleString('en-US')} kcal.`);
        }
      }
      const report = projectionReport({ person, days: input.days, startDate, phases, targetKg, units });
      return {
        ...report,
        person: { sex: person.sex, age: person.age, heightCm: person.heightCm, weightKg: person.weightKg, pal: person.pal ?? DEFAULT_PAL, bodyFatPct: bf },
        units,
        assumptions,
      };
    },

    /** The muscle-gain page: surplus for 0.25–0.5 % BW/week, protein, weekly sets, sleep, and 12 weeks of the model. */
    async gainPlan(actor: Actor): Promise<GainPlanView> {
      const userId = requireUser(actor);
      const profile = await profiles.get(userId);
      if (!profile) throw new NotFoundError('No profile yet: set one with PUT /api/profile');
      const today = clock.today();
      const weightKg = (await trendWeightKg(userId, today)) ?? profile.weightKg;
      const bf = (await bodyFatPct(userId, today)) ?? profile.bodyFatPct;
      const age = ageOn(profile.birthDate, today);
      const sex = profile.sex as Sex;
      const learned = await expenditure.learnedKcal(actor);
      const rmr = hallRestingKcal(sex, weightKg, profile.heightCm / 100, age);
      const pal = learned !== null ? clampPal(learned / rmr) : activityFactor(profile.activity as ActivityLevel);
      const nights = await body.listSleep(userId, addDays(today, -SLEEP_NIGHTS), today, SLEEP_NIGHTS + 1);
      const weeklySets = muscleVolume ? await muscleVolume.weeklySets(actor) : null;
      const plan = muscleGainPlan({
        person: { sex, age, heightCm: profile.heightCm, weightKg, pal, fatKg: bf === null ? null : fatMassKg(weightKg, bf) },
        maintenanceKcal: pal * rmr,
        proteinGPerKg: profile.proteinGPerKg,
        sleep: { averageHours: averageSleepHours(nights.map((n) => ({ hours: n.durationS / 3600 }))), nights: nights.length },
        weeklySets,
      });
      const goal = goalInfo(profile.goal as GoalId);
      return {
        ...plan,
        goal: { id: goal.id, label: goal.label, isGain: goal.direction === 'gain' },
        maintenanceSource: learned !== null ? 'learned' : 'formula',
        startDate: today,
        units: profile.units as Units,
      };
    },
  };
}
export type ProjectionService = ReturnType<typeof createProjectionService>;
