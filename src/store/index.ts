export { createDb, ping, type Database, type Db, type DbConfig } from './db.js';
export { createUsersRepository, type UsersRepository, type UserRow } from './repositories/users.repository.js';
export {
  createProfileRepository,
  type ProfileRepository,
  type ProfileRow,
  type ProfileValues,
} from './repositories/profile.repository.js';
export {
  createSettingsRepository,
  DEFAULT_SETTINGS,
  type SettingsRepository,
  type SettingsValues,
} from './repositories/settings.repository.js';
export { createAuthRepository, type AuthRepository, type ApiTokenRow, type SessionRow } from './repositories/auth.repository.js';
export { deleteUserEverywhere, userOwnedTables } from './repositories/account.repository.js';
export {
  createExerciseRepository,
  type CatalogExerciseRow,
  type CatalogExerciseValues,
  type CustomExerciseRow,
  type CustomExerciseValues,
  type ExerciseFilter,
  type ExerciseRepository,
  type ExerciseUpsertCounts,
} from './repositories/exercise.repository.js';
export {
  createWorkoutRepository,
  type ExerciseRefs,
  type HistoryRow,
  type WorkoutAggregate,
  type WorkoutExerciseRow,
  type WorkoutExerciseValues,
  type WorkoutRepository,
  type WorkoutRow,
  type WorkoutSetRow,
  type WorkoutSetValues,
  type WorkoutValues,
} from './repositories/workout.repository.js';
export {
  createRoutineRepository,
  type PlannedSetJson,
  type RoutineAggregate,
  type RoutineExerciseRow,
  type RoutineExerciseValues,
  type RoutineRepository,
  type RoutineRow,
} from './repositories/routine.repository.js';
