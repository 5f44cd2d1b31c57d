// Where the history importers' tests find their files: the real exports in ../shared/data (never copied
// here) and our small fixtures in the exact layouts of the apps we have no real file of.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** ../shared/data/exports, resolved from the repository root. */
export const EXPORTS = path.resolve(repoRoot, '../shared/data/exports');
/** The real Strong export: 4,690 sets, comma-separated, no weight unit (its owner lifted in lb). */
export const STRONG_CSV = path.join(EXPORTS, 'strong/strong.csv');
/** The real MyFitnessPal export folder: Nutrition-Summary.csv (872 meal rows) and Measurement-Summary.csv (30 weights). */
export const MFP_DIR = path.join(EXPORTS, 'myfitnesspal');

/** A fixture of ours: `fixture('strong', 's1-comma.csv')`. */
export function fixture(...parts: string[]): string {
  return path.join(repoRoot, 'src/app/importers/fixtures', ...parts);
}
