// Our authored tip library, data/tips.json, read and checked once per process.
import { readFileSync } from 'node:fs';
import { CONDITION_IDS } from '../core/tips/conditions/index.js';
import { validateTipLibrary, type TipLibrary } from '../core/tips/library.js';
import { packagePath } from '../store/index.js';

let cached: TipLibrary | null = null;

/** The tip library; throws when data/tips.json breaks a rule (a tip without a known condition or source). */
export function loadTipLibrary(): TipLibrary {
  if (cached) return cached;
  const { library, issues } = validateTipLibrary(JSON.parse(readFileSync(packagePath('data', 'tips.json'), 'utf8')), CONDITION_IDS);
  if (issues.length > 0) throw new Error(`data/tips.json is invalid: ${issues.slice(0, 3).map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  cached = library;
  return cached;
}
