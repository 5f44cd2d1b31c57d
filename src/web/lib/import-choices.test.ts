import { describe, expect, it } from 'vitest';
import type { ExerciseMatch, ImportSummary } from '../../contract/index.js';
import { countsLine, defaultChoices, mappingsOf, matchLabel, OWN } from './import-choices.js';

const match = (over: Partial<ExerciseMatch>): ExerciseMatch => ({
  name: 'X',
  sets: 3,
  how: 'exact',
  confidence: 1,
  exercise: { id: 'e1', name: 'X', custom: false },
  createsOwn: false,
  needsConfirmation: false,
  musclesKnown: true,
  suggestions: [],
  ...over,
});

const summary = (exercises: ExerciseMatch[]): ImportSummary => ({
  source: 'strong',
  dryRun: true,
  workouts: 2,
  sets: 10,
  diaryEntries: 0,
  bodyEntries: 0,
  alreadyImported: 0,
  skipped: 0,
  range: null,
  exercises,
  newExercises: [],
  rejected: [],
  seconds: 0.1,
});

describe('choices on the import page', () => {
  const sut = summary([
    match({ name: 'Squat (Barbell)', how: 'alias' }),
    match({ name: 'Flying Leg Raise', how: 'fuzzy', confidence: 0.72, needsConfirmation: true, createsOwn: true, exercise: { id: 'lyl', name: 'Lying Leg Raise', custom: false } }),
    match({ name: 'Intensity', how: 'none', confidence: 0.14, exercise: null, createsOwn: true }),
  ]);

  it('starts unsure names on their suggestion and unmatched ones as your own', () => {
    expect(defaultChoices(sut)).toEqual({ 'Flying Leg Raise': 'lyl', Intensity: OWN });
  });

  it('saves every choice made, "own" as null', () => {
    expect(mappingsOf(sut, { ...defaultChoices(sut), 'Squat (Barbell)': 'front' })).toEqual([
      { name: 'Squat (Barbell)', exerciseId: 'front' },
      { name: 'Flying Leg Raise', exerciseId: 'lyl' },
      { name: 'Intensity', exerciseId: null },
    ]);
  });

  it.each([
    [match({ how: 'alias' }), 'Known name'],
    [match({ how: 'fuzzy', confidence: 0.863 }), 'Close match · 86%'],
    [match({ how: 'fuzzy', confidence: 0.52, needsConfirmation: true }), 'Check · 52%'],
    [match({ how: 'none', exercise: null }), 'New'],
    [match({ how: 'mapped' }), 'Your choice'],
  ])('labels %#', (m, label) => {
    expect(matchLabel(m)).toBe(label);
  });

  it('says the counts in words', () => {
    expect(countsLine({ workouts: 312, sets: 4690, diaryEntries: 1, bodyEntries: 30 })).toBe('312 workouts (4,690 sets), 1 diary entry, 30 body-log entries');
    expect(countsLine({ workouts: 0, sets: 0, diaryEntries: 0, bodyEntries: 0 })).toBe('nothing new');
  });
});
