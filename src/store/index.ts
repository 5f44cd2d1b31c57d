export { createDb, ping, type Database, type Db, type DbConfig } from './db.js';
export { packagePath, packageRoot } from './package-root.js';
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
export {
  createFoodRepository,
  postingTier,
  type CatalogFoodRow,
  type CatalogFoodValues,
  type FoodSearchQuery,
  type FoodSearchRecent,
  type FoodSearchRow,
  type FoodQueries,
  type FoodRepository,
  type OtherNutrientsJson,
  type PortionJson,
  type UpsertCounts,
  type UserFoodRow,
  type UserFoodValues,
} from './repositories/food.repository.js';
export { createDiaryRepository, type DayTotalRow, type DiaryEntryRow, type DiaryEntryValues, type DiaryRepository, type RecentFoodRow } from './repositories/diary.repository.js';
export {
  createRecipeRepository,
  type IngredientValues,
  type RecipeIngredientRow,
  type RecipeRepository,
  type RecipeRow,
  type RecipeValues,
  type RecipeWithIngredients,
} from './repositories/recipe.repository.js';
export {
  createBodyRepository,
  type BodyEntryRow,
  type BodyEntryValues,
  type BodyRepository,
  type SleepRow,
  type SleepValues,
} from './repositories/body.repository.js';
export { createTipsRepository, type TipDismissalRow, type TipsRepository } from './repositories/tips.repository.js';
export {
  createImportRepository,
  type ExerciseMappingRow,
  type ExerciseMappingValues,
  type ImportCounts,
  type ImportedWorkoutRows,
  type ImportRepository,
  type ImportRows,
  type KeyedTable,
} from './repositories/import.repository.js';
export { createExportRepository, exportTables, type ExportRepository, type ExportRow, type ExportTable, type LoadRejection, type LoadResult } from './repositories/export.repository.js';
export { backupKind, backupLogical, backupPgDump, backupPglite, hasProgram, restoreLogical, restorePgDump, restorePglite, type BackupMethod, type BackupResult } from './backup.js';
