// What the import page shows and sends: the sources it offers, how a match reads, and the person's
// choices for names that need one (a suggestion to confirm, or a name nothing matched).
import type { ExerciseMapping, ExerciseMatch, ImportFormat, ImportSummary } from '../../contract/index.js';

export interface SourceInfo {
  value: ImportFormat;
  label: string;
  description: string;
  accept: string;
  /** Whether the file may leave the weight unit unsaid (Strong's 12-column CSV, MyFitnessPal's weights). */
  asksUnit: boolean;
}

export const SOURCES: readonly SourceInfo[] = [
  { value: 'strong', label: 'Strong', description: 'Settings → Export data: a CSV of every set', accept: '.csv,text/csv', asksUnit: true },
  { value: 'hevy', label: 'Hevy', description: 'Settings → Export & import data → Export workouts (CSV)', accept: '.csv,text/csv', asksUnit: false },
  { value: 'mfp', label: 'MyFitnessPal', description: 'The export zip, or its Nutrition- and Measurement-Summary CSVs one at a time', accept: '.zip,.csv', asksUnit: true },
  { value: 'cronometer', label: 'Cronometer', description: 'Food & Recipe Entries (servings) or Biometrics, as CSV', accept: '.csv,text/csv', asksUnit: false },
  { value: 'apple-health', label: 'Apple Health', description: 'export.zip (or export.xml) up to 50 MB; bigger ones with the command line', accept: '.zip,.xml', asksUnit: false },
  { value: 'platewise', label: 'Platewise', description: 'A JSON export from this or another Platewise', accept: '.json,application/json', asksUnit: false },
];

/** A person's choice for one name: an exercise id, or "own" for an exercise of their own under the file's name. */
export type Choice = string;
export const OWN = 'own';

/** Names the person decides on: a suggestion below the confident level, or a name nothing matched. */
export function needsChoice(m: ExerciseMatch): boolean {
  return m.needsConfirmation || m.how === 'none';
}

/** The choice each such name starts with: the suggestion to confirm, else an exercise of one's own. */
export function defaultChoices(summary: ImportSummary): Record<string, Choice> {
  return Object.fromEntries(summary.exercises.filter(needsChoice).map((m) => [m.name, m.needsConfirmation && m.exercise ? m.exercise.id : OWN]));
}

/** The choices to save before the import: every name that needed one (confirming counts as choosing). */
export function mappingsOf(summary: ImportSummary, choices: Readonly<Record<string, Choice>>): ExerciseMapping[] {
  return summary.exercises.filter((m) => needsChoice(m) || choices[m.name] !== undefined).flatMap((m) => {
    const choice = choices[m.name];
    if (choice === undefined) return [];
    return [{ name: m.name, exerciseId: choice === OWN ? null : choice }];
  });
}

/** How a match reads in the table: "Exact name", "Alias", "Close match · 86%", "Check · 72%", "New". */
export function matchLabel(m: ExerciseMatch): string {
  switch (m.how) {
    case 'mapped':
      return 'Your choice';
    case 'exact':
      return 'Exact name';
    case 'alias':
      return 'Known name';
    case 'fuzzy':
      return `${m.needsConfirmation ? 'Check' : 'Close match'} · ${Math.round(m.confidence * 100)}%`;
    default:
      return 'New';
  }
}

/** "312 workouts (4,690 sets)", "872 diary entries", … for the counts that are not zero. */
export function countsLine(s: Pick<ImportSummary, 'workouts' | 'sets' | 'diaryEntries' | 'bodyEntries'>): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const parts = [
    s.workouts > 0 ? `${n(s.workouts)} workout${s.workouts === 1 ? '' : 's'} (${n(s.sets)} sets)` : null,
    s.diaryEntries > 0 ? `${n(s.diaryEntries)} diary entr${s.diaryEntries === 1 ? 'y' : 'ies'}` : null,
    s.bodyEntries > 0 ? `${n(s.bodyEntries)} body-log entr${s.bodyEntries === 1 ? 'y' : 'ies'}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'nothing new';
}
