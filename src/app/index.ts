import type { Database } from '../store/index.js';
import {
  createAuthRepository,
  createProfileRepository,
  createSettingsRepository,
  createUsersRepository,
  deleteUserEverywhere,
} from '../store/index.js';
import { createExerciseRepository, createRoutineRepository, createWorkoutRepository } from '../store/index.js';
import { createExercisesService } from './exercises.service.js';
import { createRoutinesService } from './routines.service.js';
import { createWorkoutsService } from './workouts.service.js';
import { createAuthService, DEFAULT_AUTH_CONFIG, type AuthConfig } from './auth.service.js';
import type { Clock } from './clock.js';
import { createProfileService } from './profile.service.js';
import { createSettingsService } from './settings.service.js';
import { createUsersService } from './users.service.js';
import { createDiaryRepository, createFoodRepository, createRecipeRepository } from '../store/index.js';
import { createDayRepository } from '../store/repositories/day.repository.js';
import { createDiaryService, goalTargetsFrom, type ExerciseEnergySource } from './diary.service.js';
import { trainingEnergyKcal } from './training-energy.js';
import { createFoodLookup } from './foods-lookup.service.js';
import { createFoodsImportService } from './foods-import.service.js';
import { createFoodsService } from './foods.service.js';
import { createRecipesService } from './recipes.service.js';
import { createBodyRepository } from '../store/index.js';
import { createBodyService } from './body.service.js';
import { createBodyExpenditureService, type IntakeSource } from './body-expenditure.service.js';
import { createProjectionService } from './projection.service.js';
import { createBalanceRepository } from '../store/repositories/balance.repository.js';
import { createBalanceService } from './balance.service.js';
import { createImportRepository } from '../store/index.js';
import { createHistoryImportService } from './history-import.service.js';
import { createExportRepository } from '../store/index.js';
import { createDataExportService } from './data-export.service.js';
import { createTipsAndHome } from './tips-wiring.js';

export { type Actor, requireAdmin, requireUser } from './actor.js';
export {
  createAuthService,
  DEFAULT_AUTH_CONFIG,
  sameSecret,
  TOKEN_SCOPES,
  type AuthConfig,
  type AuthMode,
  type AuthService,
  type SignedIn,
} from './auth.service.js';
export { type Clock, systemClock, fixedClock, localDate } from './clock.js';
export { measureBody } from './body.js';
export {
  createProfileService,
  type BodyInput,
  type GoalView,
  type Profile,
  type ProfileInput,
  type ProfileService,
} from './profile.service.js';
export { createUsersService, type UsersService } from './users.service.js';
export { createSettingsService, type Settings, type SettingsService } from './settings.service.js';
export { createFoodsService, RECENT_DAYS, SEARCH_LIMIT_MAX, type CustomFoodInput, type FoodDetail, type FoodHit, type FoodsService, type RecentUse } from './foods.service.js';
export { createFoodsImportService, FOOD_IMPORT_FORMATS, type FoodImportFormat, type FoodsImportService } from './foods-import.service.js';
export { createFoodLookup, type FoodKind, type FoodLookup, type Loggable } from './foods-lookup.service.js';
export { createRecipesService, type RecipeInput, type RecipeView, type RecipesService } from './recipes.service.js';
export {
  createDiaryService,
  goalTargetsFrom,
  UNDO_WINDOW_DAYS,
  type CopyInput,
  type DayView,
  type DiaryEntry,
  type DiaryService,
  type EntryKind,
  type EntryPatch,
  type ExerciseEnergySource,
  type GoalTargetsSource,
  type LogFoodInput,
  type MealView,
  type QuickAddInput,
  type WeekView,
} from './diary.service.js';
export { createBodyService, type BodyEntry, type BodyEntryInput, type BodyService, type SleepInput, type SleepNight, type TrendView } from './body.service.js';
export { createBodyExpenditureService, type BodyExpenditureService, type ExpenditureView, type IntakeSource } from './body-expenditure.service.js';
export { createProjectionService, type GainPlanView, type MuscleVolumeSource, type ProjectionInput, type ProjectionService, type ProjectionView } from './projection.service.js';
export type { ImportProgress, ImportRejection, ImportSummary, ProgressListener } from './importers/import-summary.js';
export {
  createExercisesService,
  toExercise,
  type CustomExerciseInput,
  type Exercise,
  type ExerciseQuery,
  type ExerciseSource,
  type ExercisesService,
} from './exercises.service.js';
export {
  createWorkoutsService,
  type EnergyDay,
  type ExerciseProgress,
  type ListQuery,
  type StartWorkoutInput,
  type WorkoutsService,
} from './workouts.service.js';
export type { SetInput, WorkoutExerciseInput, WorkoutInput } from './workout-input.js';
export type { ExerciseRef, PreviousSession, WorkoutExerciseView, WorkoutSetView, WorkoutSummary, WorkoutTotals, WorkoutView } from './workout-view.js';
export { createBalanceService, MAX_REPORT_WEEKS, type BalanceQuery, type BalanceReport, type BalanceService } from './balance.service.js';
export { createRoutinesService, type PlannedSet, type Routine, type RoutineExerciseInput, type RoutineInput, type RoutinesService } from './routines.service.js';
export {
  createHistoryImportService,
  HISTORY_FORMAT_IDS,
  HISTORY_FORMATS,
  type ExerciseMapping,
  type HistoryFormat,
  type HistoryImportOptions,
  type HistoryImportService,
  type HistoryImportSummary,
} from './history-import.service.js';
export type { ExerciseMatchView } from './importers/exercise-resolution.js';
export type { WeightUnit } from './importers/strong.js';
export { createDataExportService, EXPORT_FORMAT, EXPORT_VERSION, type DataExportService, type PlatewiseExport, type PlatewiseImportSummary } from './data-export.service.js';
export { backupInstance, restoreInstance, type BackupMethod, type BackupResult } from './backup.js';
export { createTipsService, libraryTips, MAX_TIPS, type LibraryTip, type TipSource, type TipsQuery, type TipsService, type TipsView, type TipView } from './tips.service.js';
export { balanceLine, createHomeService, HOME_TREND_DAYS, type HomeService, type HomeView, type NextWorkout } from './home.service.js';

/** Every service, wired to one database and clock: what the server and the CLI run on. */
export function createServices(
  database: Database,
  clock: Clock,
  { version = '0.0.0', auth = {} }: { version?: string; auth?: Partial<AuthConfig> } = {},
) {
  const users = createUsersRepository(database.db);
  const profiles = createProfileRepository(database.db);
  const profile = createProfileService({ profiles, clock });
  const foodRepo = createFoodRepository(database.db);
  const recipeRepo = createRecipeRepository(database.db);
  const diaryRepo = createDiaryRepository(database.db);
  const foodLookup = createFoodLookup({ foods: foodRepo, recipes: recipeRepo });
  const exerciseRepo = createExerciseRepository(database.db);
  const workoutRepo = createWorkoutRepository(database.db);
  const bodyRepo = createBodyRepository(database.db);
  const body = createBodyService({ body: bodyRepo, profiles, clock });
  // The diary has no "day finished" mark yet, so every logged day counts as complete; the estimator
  // still drops days under 800 kcal as partial.
  const intake: IntakeSource = {
    kcalByDate: async (userId, from, to) => new Map((await diaryRepo.dayTotals(userId, from, to)).map((d) => [d.date, { kcal: d.energyKcal, complete: true }])),
  };
  const bodyExpenditure = createBodyExpenditureService({ body: bodyRepo, intake, goals: profile, settings: createSettingsRepository(database.db), clock });
  // The body log's trend weight, else the profile's weight.
  const bodyWeightKg = async (userId: string) => (await body.trendWeightKg(userId, clock.today())) ?? (await profiles.get(userId))?.weightKg ?? null;
  const workouts = createWorkoutsService({
    workouts: workoutRepo,
    exercises: exerciseRepo,
    routines: createRoutineRepository(database.db),
    settings: createSettingsRepository(database.db),
    bodyWeightKg,
    clock,
  });
  const exerciseEnergy: ExerciseEnergySource = {
    kcalByDate: (userId, from, to) => workouts.kcalByDate(userId, from, to),
    kcalOfDay: (userId, _date, training) => trainingEnergyKcal(training, () => bodyWeightKg(userId)),
  };
  const services = {
    database,
    clock,
    version,
    users: createUsersService({ users, clock }),
    auth: createAuthService({
      users,
      auth: createAuthRepository(database.db),
      clock,
      config: { ...DEFAULT_AUTH_CONFIG, ...auth, limits: { ...DEFAULT_AUTH_CONFIG.limits, ...auth.limits } },
      deleteEverything: (userId) => deleteUserEverywhere(database.db, userId),
    }),
    profile,
    foods: createFoodsService({ foods: foodRepo, recipes: recipeRepo, diary: diaryRepo, lookup: foodLookup, clock }),
    foodImports: createFoodsImportService({ foods: foodRepo, users, clock }),
    recipes: createRecipesService({ recipes: recipeRepo, lookup: foodLookup, clock }),
    // Net kcal of logged workouts per day (MET-based); the budget adds it only when exerciseEnergyInBudget is on.
    diary: createDiaryService({
      diary: diaryRepo,
      dayReads: createDayRepository(database.db),
      lookup: foodLookup,
      settings: createSettingsRepository(database.db),
      goals: goalTargetsFrom({ goal: (actor, known) => bodyExpenditure.budgetedGoal(actor, known) }),
      clock,
      exerciseEnergy,
    }),
    settings: createSettingsService({ settings: createSettingsRepository(database.db), clock }),
    exercises: createExercisesService({ exercises: exerciseRepo, users, clock }),
    workouts,
    body,
    bodyExpenditure,
    // The balance coach; strength scores use the body log's trend weight, else the profile's weight.
    balance: createBalanceService({
      balance: createBalanceRepository(database.db),
      profiles,
      settings: createSettingsRepository(database.db),
      trendWeightKg: (userId, date) => body.trendWeightKg(userId, date),
      clock,
    }),
    routines: createRoutinesService({ routines: createRoutineRepository(database.db), exercises: exerciseRepo, workouts: workoutRepo, clock }),
    // Histories from other apps (Strong, Hevy, MyFitnessPal, Cronometer, Apple Health).
    historyImports: createHistoryImportService({ imports: createImportRepository(database.db), settings: createSettingsRepository(database.db), clock }),
    // Everything of a person as JSON or CSV, and our JSON read back.
    dataExport: createDataExportService({ exports: createExportRepository(database.db), imports: createImportRepository(database.db), users, clock, version }),
  };
  // Tips and the home screen read most of the services above.
  // Projections and the muscle-gain plan; the plan's sets per muscle come from the balance coach's last week.
  const projections = createProjectionService({
    profiles,
    body: bodyRepo,
    expenditure: bodyExpenditure,
    clock,
    muscleVolume: { weeklySets: async (actor) => new Map(Object.entries((await services.balance.report(actor, { weeks: 1 })).setsByMuscle)) },
  });
  return { ...services, projections, ...createTipsAndHome(database, clock, services) };
}
export type Services = ReturnType<typeof createServices>;
