import { ageOn } from '../core/dates.js';
import { computeGoal, type ActivityLevel, type GoalId, type GoalResult, type RestingFormula, type Sex } from '../core/energy/index.js';
import { NotFoundError } from '../core/errors.js';
import type { ProfileRepository, ProfileRow, SettingsValues } from '../store/index.js';
import { requireUser, type Actor } from './actor.js';
import { measureBody } from './body.js';
import type { Clock } from './clock.js';

type Units = 'metric' | 'imperial';

/** A body as a request gives it: height and weight as numbers (cm, kg) or text in any unit; age or birth date. */
export interface BodyInput {
  sex: Sex;
  age?: number | undefined;
  birthDate?: string | undefined;
  height: number | string;
  weight: number | string;
  activity: ActivityLevel;
  goal: GoalId;
  formula?: RestingFormula | undefined;
  bodyFatPct?: number | null | undefined;
  proteinGPerKg?: number | null | undefined;
}

export interface ProfileInput extends BodyInput {
  units: Units;
}

export interface Profile {
  sex: Sex;
  birthDate: string;
  age: number;
  heightCm: number;
  weightKg: number;
  activity: ActivityLevel;
  goal: GoalId;
  units: Units;
  formula: RestingFormula;
  bodyFatPct: number | null;
  proteinGPerKg: number | null;
  updatedAt: string;
}

/** The computed goal and the body it was computed for. */
export interface GoalView extends GoalResult {
  input: { sex: Sex; age: number; heightCm: number; weightKg: number; activity: ActivityLevel; goal: GoalId; bodyFatPct: number | null };
}

interface GoalSubject {
  sex: Sex;
  age: number;
  heightCm: number;
  weightKg: number;
  activity: ActivityLevel;
  goal: GoalId;
  formula: RestingFormula;
  bodyFatPct: number | null;
  proteinGPerKg: number | null;
}

const NO_PROFILE = 'No profile yet: set one with PUT /api/profile';

/** Rows a caller read already, so a goal needs no second read of them (null: the user has none; absent: not read). */
export interface KnownRows {
  profile?: ProfileRow | null;
  settings?: SettingsValues;
}

/** A person's profile and the calorie goal computed from it. */
export function createProfileService({ profiles, clock }: { profiles: ProfileRepository; clock: Clock }) {
  const toProfile = (row: ProfileRow): Profile => ({
    sex: row.sex as Sex,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, clock.today()),
    heightCm: row.heightCm,
    weightKg: row.weightKg,
    activity: row.activity as ActivityLevel,
    goal: row.goal as GoalId,
    units: row.units as Units,
    formula: row.formula as RestingFormula,
    bodyFatPct: row.bodyFatPct,
    proteinGPerKg: row.proteinGPerKg,
    updatedAt: row.updatedAt.toISOString(),
  });

  const goalFor = (s: GoalSubject): GoalView => ({
    ...computeGoal(s),
    input: {
      sex: s.sex,
      age: s.age,
      heightCm: s.heightCm,
      weightKg: s.weightKg,
      activity: s.activity,
      goal: s.goal,
      bodyFatPct: s.bodyFatPct,
    },
  });

  const subjectOf = (input: BodyInput, units: Units): GoalSubject & { birthDate: string } => {
    const body = measureBody(input, clock.today(), units);
    return {
      sex: input.sex,
      age: body.age,
      birthDate: body.birthDate,
      heightCm: body.heightCm,
      weightKg: body.weightKg,
      activity: input.activity,
      goal: input.goal,
      formula: input.formula ?? 'mifflin',
      bodyFatPct: input.bodyFatPct ?? null,
      proteinGPerKg: input.proteinGPerKg ?? null,
    };
  };

  async function load(userId: string): Promise<ProfileRow> {
    const row = await profiles.get(userId);
    if (!row) throw new NotFoundError(NO_PROFILE);
    return row;
  }

  return {
    async get(actor: Actor): Promise<Profile> {
      const userId = requireUser(actor);
      return toProfile(await load(userId));
    },

    async put(actor: Actor, input: ProfileInput): Promise<Profile> {
      const userId = requireUser(actor);
      const s = subjectOf(input, input.units);
      // Computing the goal first rejects a profile the goal cannot be computed for (Katch–McArdle without body fat).
      computeGoal(s);
      const row = await profiles.upsert(
        userId,
        {
          sex: s.sex,
          birthDate: s.birthDate,
          heightCm: s.heightCm,
          weightKg: s.weightKg,
          activity: s.activity,
          goal: s.goal,
          units: input.units,
          formula: s.formula,
          bodyFatPct: s.bodyFatPct,
          proteinGPerKg: s.proteinGPerKg,
        },
        clock.now(),
      );
      return toProfile(row);
    },

    /** The goal from the stored profile; `known.profile` is that row when the caller already read it (the diary's day view). */
    async goal(actor: Actor, known?: KnownRows): Promise<GoalView> {
      const userId = requireUser(actor);
      const row = known?.profile !== undefined ? known.profile : await profiles.get(userId);
      if (!row) throw new NotFoundError(NO_PROFILE);
      const p = toProfile(row);
      return goalFor({ ...p, formula: p.formula });
    },

    /** Computes a goal from a body without saving anything. */
    preview(actor: Actor, input: BodyInput): GoalView {
      requireUser(actor);
      return goalFor(subjectOf(input, 'metric'));
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
