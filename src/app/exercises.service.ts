import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.js';
import { checkCustomExercise, customExerciseMet } from '../core/training/custom-exercise.js';
import { catalogNameKey } from '../core/training/exercise-catalog.js';
import type { ExerciseEquipment, LoadType, MovementPattern, MuscleId } from '../core/training/muscles.js';
import type { CatalogExerciseRow, CustomExerciseRow, ExerciseRepository, UsersRepository } from '../store/index.js';
import { requireAdmin, requireUser, type Actor } from './actor.js';
import type { Clock } from './clock.js';
import { SummaryBuilder, type ImportSummary } from './importers/import-summary.js';
import { toCatalogRow, type CatalogEntry } from './importers/exercise-rows.js';
import { loadStarterEntries, STARTER_SOURCE } from './starter-exercises.js';

export type ExerciseSource = 'platewise' | 'free-exercise-db' | 'wger' | 'custom';

/** An exercise as every caller sees it, catalog or custom. */
export interface Exercise {
  id: string;
  name: string;
  aliases: string[];
  equipment: ExerciseEquipment;
  pattern: MovementPattern;
  loadType: LoadType;
  primaryMuscles: MuscleId[];
  secondaryMuscles: MuscleId[];
  met: { code: string; value: number };
  source: ExerciseSource;
  custom: boolean;
  /** Licence and author of an imported row (wger's CC-BY-SA asks for both to be shown). */
  attribution: { license: string; url: string | null; author: string | null } | null;
}

export interface ExerciseQuery {
  q?: string | undefined;
  muscle?: MuscleId | undefined;
  equipment?: ExerciseEquipment | undefined;
  limit?: number | undefined;
}

export interface CustomExerciseInput {
  name: string;
  equipment: ExerciseEquipment;
  pattern: MovementPattern;
  loadType: LoadType;
  primaryMuscles: MuscleId[];
  secondaryMuscles: MuscleId[];
}

/** Turns a catalog or custom row into the one Exercise shape. */
export function toExercise(row: CatalogExerciseRow | CustomExerciseRow): Exercise {
  const custom = 'userId' in row;
  const catalog = custom ? null : (row as CatalogExerciseRow);
  return {
    id: row.id,
    name: row.name,
    aliases: catalog?.aliases ?? [],
    equipment: row.equipment as ExerciseEquipment,
    pattern: row.pattern as MovementPattern,
    loadType: row.loadType as LoadType,
    primaryMuscles: row.primaryMuscles as MuscleId[],
    secondaryMuscles: row.secondaryMuscles as MuscleId[],
    met: { code: row.metCode, value: row.met },
    source: custom ? 'custom' : (catalog!.source as ExerciseSource),
    custom,
    attribution: catalog?.license ? { license: catalog.license, url: catalog.licenseUrl, author: catalog.licenseAuthor } : null,
  };
}

/** Finds exercises by id for one user: catalog rows and the user's own, in one map. */
export async function resolveExercises(repo: ExerciseRepository, userId: string, ids: readonly string[]): Promise<Map<string, Exercise>> {
  const unique = [...new Set(ids)];
  const { catalog, custom } = await repo.getMany(userId, unique);
  return new Map([...catalog, ...custom].map((row) => [row.id, toExercise(row)]));
}

const STARTER_HASH_KEY = 'starterExercisesSha256';
const MAX_LIMIT = 100;

/** The exercise catalog (search, our starter list, imports) and each person's own exercises. */
export function createExercisesService({ exercises, users, clock }: { exercises: ExerciseRepository; users: UsersRepository; clock: Clock }) {
  function specOf(input: CustomExerciseInput) {
    const spec = { ...input, name: input.name.trim(), primary: input.primaryMuscles, secondary: input.secondaryMuscles };
    const issues = checkCustomExercise(spec);
    if (issues.length > 0) throw new ValidationError(`${issues[0]!.field}: ${issues[0]!.message}`, issues);
    const met = customExerciseMet(spec);
    return {
      name: spec.name,
      nameKey: catalogNameKey(spec.name),
      equipment: input.equipment,
      pattern: input.pattern,
      loadType: input.loadType,
      primaryMuscles: [...input.primaryMuscles],
      secondaryMuscles: [...input.secondaryMuscles],
      metCode: met.code,
      met: met.value,
    };
  }

  async function ownCustom(userId: string, id: string): Promise<CustomExerciseRow> {
    const [row] = await exercises.getCustom(userId, [id]);
    if (row) return row;
    const [catalog] = await exercises.getCatalog([id]);
    if (catalog) throw new ConflictError(`"${catalog.name}" is a catalog exercise; only your own exercises can be changed`);
    throw new NotFoundError(`No exercise ${id}`);
  }

  async function ensureNameFree(userId: string, name: string, except?: string): Promise<void> {
    const existing = await exercises.findCustomByName(userId, catalogNameKey(name));
    if (existing && existing.id !== except) {
      throw new ConflictError(`You already have an exercise called "${existing.name}"`, [{ field: 'name', message: 'is taken by another of your exercises' }]);
    }
  }

  return {
    /** Your exercises that match first, then the catalog (exact name, prefix, similarity; our list before imports). */
    async search(actor: Actor, query: ExerciseQuery = {}): Promise<Exercise[]> {
      const userId = requireUser(actor);
      const limit = Math.min(Math.max(query.limit ?? 25, 1), MAX_LIMIT);
      const filter = { q: query.q, muscle: query.muscle, equipment: query.equipment, limit };
      const [own, catalog] = await Promise.all([exercises.listCustom(userId, filter), exercises.searchCatalog(filter)]);
      return [...own, ...catalog].slice(0, limit).map(toExercise);
    },

    async get(actor: Actor, id: string): Promise<Exercise> {
      const userId = requireUser(actor);
      const found = (await resolveExercises(exercises, userId, [id])).get(id);
      if (!found) throw new NotFoundError(`No exercise ${id}`);
      return found;
    },

    async createCustom(actor: Actor, input: CustomExerciseInput): Promise<Exercise> {
      const userId = requireUser(actor);
      const values = specOf(input);
      await ensureNameFree(userId, values.name);
      return toExercise(await exercises.insertCustom(userId, randomUUID(), values, clock.now()));
    },

    async updateCustom(actor: Actor, id: string, input: CustomExerciseInput): Promise<Exercise> {
      const userId = requireUser(actor);
      await ownCustom(userId, id);
      const values = specOf(input);
      await ensureNameFree(userId, values.name, id);
      const row = await exercises.updateCustom(userId, id, values, clock.now());
      if (!row) throw new NotFoundError(`No exercise ${id}`);
      return toExercise(row);
    },

    async deleteCustom(actor: Actor, id: string): Promise<void> {
      const userId = requireUser(actor);
      const row = await ownCustom(userId, id);
      if (await exercises.customInUse(userId, id)) {
        throw new ConflictError(`"${row.name}" is used by a workout or routine; remove it there first`);
      }
      await exercises.deleteCustom(userId, id);
    },

    /** Adds or updates catalog rows of one source (admin only: the catalog is shared by every user). */
    async importCatalog(actor: Actor, source: string, entries: readonly CatalogEntry[], summary = new SummaryBuilder(source)): Promise<ImportSummary> {
      requireAdmin(actor);
      const counts = await exercises.upsertCatalog(entries.map((e) => toCatalogRow(source, e)), clock.now());
      summary.added += counts.added;
      summary.updated += counts.updated;
      summary.unchanged += counts.unchanged;
      return summary.finish();
    },

    /**
     * Loads data/exercises.json into the catalog at start-up: skipped when the file's hash and row count are
     * what the last load stored, so a restart costs one lookup. Throws if our own file is invalid.
     */
    async ensureStarterCatalog(): Promise<{ loaded: boolean; added: number; updated: number }> {
      const { entries, sha256 } = loadStarterEntries();
      const stored = await users.getSetting<string>(STARTER_HASH_KEY);
      if (stored === sha256 && (await exercises.countCatalog(STARTER_SOURCE)) === entries.length) return { loaded: false, added: 0, updated: 0 };
      const counts = await exercises.upsertCatalog(entries.map((e) => toCatalogRow(STARTER_SOURCE, e)), clock.now());
      await users.setSetting(STARTER_HASH_KEY, sha256);
      return { loaded: true, added: counts.added, updated: counts.updated };
    },
  };
}
export type ExercisesService = ReturnType<typeof createExercisesService>;
