// Shared by the exercise importers and the starter-catalog loader: stable ids, search text, and the
// line each record of a JSON array starts on (so a rejection can point into the file).
import { createHash } from 'node:crypto';
import { catalogNameKey, type CompendiumMet } from '../../core/training/exercise-catalog.js';
import type { ExerciseEquipment, LoadType, MovementPattern, MuscleId } from '../../core/training/muscles.js';
import type { CatalogExerciseValues } from '../../store/index.js';

/** An exercise in our terms, as an importer or our own catalog gives it. */
export interface CatalogEntry {
  sourceId: string;
  name: string;
  aliases: readonly string[];
  equipment: ExerciseEquipment;
  pattern: MovementPattern;
  loadType: LoadType;
  primary: readonly MuscleId[];
  secondary: readonly MuscleId[];
  met: CompendiumMet;
  license: { name: string; url: string | null; author: string | null } | null;
}

// Namespace of Platewise catalog ids (a random UUID fixed once; RFC 4122 §4.3 name-based ids hang off it).
const NAMESPACE = Buffer.from('5f0d7c2e9b8a4e6f8c1d3a2b4c6d8e0f', 'hex');

/** RFC 4122 version-5 UUID of source + source id: the same exercise has the same id on every install. */
export function stableExerciseId(source: string, sourceId: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${source}\u0000${sourceId}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Lower-cased name and aliases, one per line: what trigram search looks in. */
export function searchTextOf(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(catalogNameKey).join('\n');
}

/** The catalog row of an entry. */
export function toCatalogRow(source: string, e: CatalogEntry): CatalogExerciseValues {
  return {
    id: stableExerciseId(source, e.sourceId),
    source,
    sourceId: e.sourceId,
    name: e.name,
    aliases: [...e.aliases],
    searchText: searchTextOf(e.name, e.aliases),
    equipment: e.equipment,
    pattern: e.pattern,
    loadType: e.loadType,
    primaryMuscles: [...e.primary],
    secondaryMuscles: [...e.secondary],
    metCode: e.met.code,
    met: e.met.value,
    license: e.license?.name ?? null,
    licenseUrl: e.license?.url ?? null,
    licenseAuthor: e.license?.author ?? null,
  };
}

/**
 * The 1-based line on which each element of a top-level JSON array starts (a scan that skips strings), so
 * "line 1234" points at the record in an editor. Returns [] when the text is not an array.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (depth === 1 && expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) {
        if (c !== '[') return [];
        expectElement = true;
      }
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

/** Keeps the first row of each name (catalogNameKey); later ones are reported through `reject`. */
export function firstOfEachName<T extends { name: string; line: number }>(rows: readonly T[], reject: (line: number, reason: string) => void): T[] {
  const seen = new Map<string, number>();
  const kept: T[] = [];
  for (const row of rows) {
    const key = catalogNameKey(row.name);
    const first = seen.get(key);
    if (first !== undefined) {
      reject(row.line, `"${row.name}" has the same name as the exercise on line ${first}; only the first is kept`);
      continue;
    }
    seen.set(key, row.line);
    kept.push(row);
  }
  return kept;
}
