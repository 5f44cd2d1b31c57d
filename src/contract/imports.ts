import { z } from 'zod';
import { IsoDate } from './common.js';

/** The apps whose exports Platewise reads (our own JSON export is `platewise`). */
export const ImportFormat = z.enum(['strong', 'hevy', 'mfp', 'cronometer', 'apple-health', 'platewise']);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportParams = z.object({ format: ImportFormat });

export const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().describe('true: show what would be added, write nothing'),
  unit: z.enum(['kg', 'lb']).optional().describe("weight unit when the file has none (Strong's 12-column CSV, MyFitnessPal's weights)"),
  acceptSuggestions: z.enum(['true', 'false']).optional().describe('true: take every low-confidence exercise match as suggested'),
  filename: z.string().min(1).max(200).optional().describe('the uploaded file’s name, for messages'),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

const Rejection = z.object({ line: z.number().int(), reason: z.string(), file: z.string().optional() });

export const ExerciseMatch = z
  .object({
    name: z.string().describe('the name as the file writes it'),
    sets: z.number().int(),
    how: z.enum(['mapped', 'exact', 'alias', 'fuzzy', 'none']),
    confidence: z.number().min(0).max(1),
    exercise: z.object({ id: z.uuid(), name: z.string(), custom: z.boolean() }).nullable().describe('the matched or suggested exercise'),
    createsOwn: z.boolean().describe('true: a new exercise of your own is made under the file’s name'),
    needsConfirmation: z.boolean(),
    musclesKnown: z.boolean(),
    weightedAs: z.object({ id: z.uuid(), name: z.string(), custom: z.boolean() }).optional().describe('where sets with added load go, for a bodyweight exercise'),
    suggestions: z.array(z.object({ id: z.uuid(), name: z.string(), confidence: z.number() })),
  })
  .meta({ id: 'ExerciseMatch' });
export type ExerciseMatch = z.infer<typeof ExerciseMatch>;

export const ImportSummary = z
  .object({
    source: ImportFormat,
    dryRun: z.boolean(),
    workouts: z.number().int(),
    sets: z.number().int(),
    diaryEntries: z.number().int(),
    bodyEntries: z.number().int(),
    alreadyImported: z.number().int().describe('items imported before: left as they are'),
    skipped: z.number().int().describe('rows left out on purpose: rest timers, notes, the same reading twice'),
    range: z.object({ from: IsoDate, to: IsoDate }).nullable(),
    exercises: z.array(ExerciseMatch),
    newExercises: z.array(z.string()),
    rejected: z.array(Rejection),
    seconds: z.number(),
  })
  .meta({ id: 'ImportSummary' });
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ExerciseMapping = z
  .object({
    name: z.string().min(1).max(200).describe('an exercise name as another app writes it'),
    exerciseId: z.uuid().nullable().describe('the exercise to log it as; null: an exercise of your own under that name'),
  })
  .meta({ id: 'ExerciseMapping' });
export type ExerciseMapping = z.infer<typeof ExerciseMapping>;

export const ExerciseMappingsInput = z.object({ mappings: z.array(ExerciseMapping).min(1).max(500) });
export type ExerciseMappingsInput = z.infer<typeof ExerciseMappingsInput>;

export const ExerciseMappingQuery = z.object({ name: z.string().min(1).max(200) });

export const ExportQuery = z.object({
  format: z.enum(['json', 'csv']).optional().describe('json (default): everything, versioned (docs/export-format.md); csv: a zip of diary.csv, workouts.csv (Strong columns), body.csv, sleep.csv'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
