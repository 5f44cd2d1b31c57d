// Our authored starter catalog, data/exercises.json, read once per process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { validateExerciseCatalog } from '../core/training/exercise-catalog.js';
import { packagePath } from '../store/index.js';
import type { CatalogEntry } from './importers/exercise-rows.js';

export const STARTER_SOURCE = 'platewise';

let cached: { entries: CatalogEntry[]; sha256: string } | null = null;

/** The starter exercises as catalog entries, and the file's SHA-256; throws when the file breaks a catalog rule. */
export function loadStarterEntries(): { entries: CatalogEntry[]; sha256: string } {
  if (cached) return cached;
  const text = readFileSync(packagePath('data', 'exercises.json'), 'utf8');
  const { exercises, issues } = validateExerciseCatalog(JSON.parse(text));
  if (issues.length > 0) throw new Error(`data/exercises.json is invalid: ${issues.slice(0, 3).map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  const entries = exercises.map(
    (e): CatalogEntry => ({
      sourceId: e.id,
      name: e.name,
      aliases: e.aliases,
      equipment: e.equipment,
      pattern: e.pattern,
      loadType: e.loadType,
      primary: e.primary,
      secondary: e.secondary,
      met: e.met,
      license: null,
    }),
  );
  cached = { entries, sha256: createHash('sha256').update(text).digest('hex') };
  return cached;
}
