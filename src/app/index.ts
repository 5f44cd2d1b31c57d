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
export { createRoutinesService, type PlannedSet, type Routine, type RoutineExerciseInput, type RoutineInput, type RoutinesService } from './routines.service.js';

/** Every service, wired to one database and clock: what the server and the CLI run on. */
export function createServices(
  database: Database,
  clock: Clock,
  { version = '0.0.0', auth = {} }: { version?: string; auth?: Partial<AuthConfig> } = {},
) {
  const users = createUsersRepository(database.db);
  const profiles = createProfileRepository(database.db);
  const exerciseRepo = createExerciseRepository(database.db);
  const workoutRepo = createWorkoutRepository(database.db);
  const workouts = createWorkoutsService({
    workouts: workoutRepo,
    exercises: exerciseRepo,
    routines: createRoutineRepository(database.db),
    settings: createSettingsRepository(database.db),
    // The profile's weight until the body log exists.
    bodyWeightKg: async (userId) => (await profiles.get(userId))?.weightKg ?? null,
    clock,
  });
  return {
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
    profile: createProfileService({ profiles, clock }),
    settings: createSettingsService({ settings: createSettingsRepository(database.db), clock }),
    exercises: createExercisesService({ exercises: exerciseRepo, users, clock }),
    workouts,
    routines: createRoutinesService({ routines: createRoutineRepository(database.db), exercises: exerciseRepo, workouts: workoutRepo, clock }),
  };
}
export type Services = ReturnType<typeof createServices>;
