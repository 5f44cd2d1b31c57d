import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExerciseCatalogFile } from './exercise-catalog.js';
import { ACCEPT_AT, buildNameIndex, isConfidentMatch, matchExerciseName, nameSimilarity, nameWords, SUGGEST_AT, trigrams, trigramSimilarity, type MatchCandidate } from './exercise-match.js';

const starter = JSON.parse(readFileSync(new URL('../../../data/exercises.json', import.meta.url), 'utf8')) as ExerciseCatalogFile;
const candidates: MatchCandidate[] = starter.exercises.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, rank: 0 }));
const sut = buildNameIndex(candidates);

describe('nameWords', () => {
  it.each([
    ['Bench Press (Barbell)', ['bench', 'press', 'barbell']],
    ['DB Shoulder Press', ['dumbbell', 'shoulder', 'press']],
    ['Pull-ups', ['pull', 'up']],
    ['Pullups', ['pull', 'up']],
    ['Tricep Pushdowns', ['triceps', 'pushdown']],
    ["Knee Raise (Captain's Chair)", ['knee', 'raise', 'captain', 'chair']],
    ['Calves on the Leg Press', ['calf', 'leg', 'press']],
    ['Bench Presses', ['bench', 'press']],
  ])('%s → %j', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('trigram similarity (pg_trgm)', () => {
  it('is 1 for the same words in any order and 0 for nothing shared', () => {
    expect(trigramSimilarity(trigrams('bench press'), trigrams('press bench'))).toBe(1);
    expect(trigramSimilarity(trigrams('abc'), trigrams('xyz'))).toBe(0);
  });
  it('matches pg_trgm for word vs words', () => {
    // select similarity('word', 'two words') = 0.36363637 in PostgreSQL 15.
    expect(trigramSimilarity(trigrams('word'), trigrams('two words'))).toBeCloseTo(0.3636, 3);
  });
});

describe('nameSimilarity', () => {
  it('ranks a respelling above a different lift, and penalises other equipment', () => {
    expect(nameSimilarity('Benchpress (Barbell)', 'Bench Press (Barbell)')).toBeGreaterThanOrEqual(ACCEPT_AT);
    expect(nameSimilarity('Bench Press (Dumbbell)', 'Bench Press (Barbell)')).toBeLessThan(nameSimilarity('Bench Press (Dumbbell)', 'Dumbbell Bench Press'));
    expect(nameSimilarity('Barbell Curl', 'Leg Press')).toBeLessThan(SUGGEST_AT);
  });
});

describe('matchExerciseName against the starter catalog', () => {
  it.each([
    ['Squat (Barbell)', 'alias', 'barbell-back-squat'],
    ['barbell back squat', 'exact', 'barbell-back-squat'],
    ['  Bench   Press (Barbell) ', 'alias', 'barbell-bench-press'],
    ['Pull-Up', 'exact', 'pull-up'],
  ])('%s is an %s match of %s', (name, how, id) => {
    const m = matchExerciseName(name, sut);
    expect([m.how, m.id, m.confidence]).toEqual([how, id, 1]);
    expect(isConfidentMatch(m)).toBe(true);
  });

  it.each([
    // Respellings other apps use: taken without asking.
    ['Barbell Bench Presses', 'barbell-bench-press'],
    ['Chinups', 'chin-up'],
    ['Cable Rope Tricep Pushdowns', 'triceps-pushdown'],
    ['Dumbell Lateral Raises', 'dumbbell-lateral-raise'],
  ])('%s is a confident fuzzy match of %s', (name, id) => {
    const m = matchExerciseName(name, sut);
    expect(m.how).toBe('fuzzy');
    expect(m.id).toBe(id);
    expect(m.confidence).toBeGreaterThanOrEqual(ACCEPT_AT);
    expect(isConfidentMatch(m)).toBe(true);
  });

  it.each([
    // Real names from the Strong export that are not in the catalog: close, but a person should say.
    ['Iso Supported Lateral Raise 7/7/7'],
    ['Flying Leg Raise'],
  ])('%s is only a suggestion', (name) => {
    const m = matchExerciseName(name, sut);
    expect(m.how).toBe('fuzzy');
    expect(m.confidence).toBeGreaterThanOrEqual(SUGGEST_AT);
    expect(m.confidence).toBeLessThan(ACCEPT_AT);
    expect(isConfidentMatch(m)).toBe(false);
    expect(m.suggestions[0]!.id).toBe(m.id);
  });

  it('finds nothing for a name that is no exercise, but still offers the closest', () => {
    const m = matchExerciseName('Intensity', sut);
    expect(m.how).toBe('none');
    expect(m.id).toBeNull();
    expect(m.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('prefers the lower rank on an exact-name clash', () => {
    const index = buildNameIndex([
      { id: 'imported', name: 'Plank', aliases: [], rank: 2 },
      { id: 'ours', name: 'plank', aliases: [], rank: 0 },
    ]);
    expect(matchExerciseName('PLANK', index).id).toBe('ours');
  });
});
