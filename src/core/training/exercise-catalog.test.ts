import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogNameKey, muscleWeights, validateExerciseCatalog } from './exercise-catalog.js';
import type { CatalogExercise } from './exercise-catalog.js';
import { MAJOR_MUSCLES, MUSCLES, muscleById } from './muscles.js';
import type { MuscleId, Region } from './muscles.js';

const catalogFile: unknown = JSON.parse(readFileSync(new URL('../../../data/exercises.json', import.meta.url), 'utf8'));
const catalog = validateExerciseCatalog(catalogFile).exercises;

/** The exercise whose name or alias matches `query` case-insensitively, as an importer would find it. */
function find(query: string): CatalogExercise {
  const key = catalogNameKey(query);
  const hit = catalog.find((ex) => [ex.name, ...ex.aliases].some((n) => catalogNameKey(n) === key));
  if (!hit) throw new Error(`no exercise is named or aliased "${query}"`);
  return hit;
}

const regionsOf = (muscles: readonly MuscleId[]): Set<Region> => new Set(muscles.map((m) => muscleById(m).region));

describe('data/exercises.json', () => {
  it('validates with no issues and keeps every row', () => {
    const sut = validateExerciseCatalog(catalogFile);
    expect(sut.issues).toEqual([]);
    expect(sut.exercises).toHaveLength((catalogFile as { exercises: unknown[] }).exercises.length);
  });

  it('has at least 130 exercises', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(130);
  });

  // A coach's list of movements every gym-goer logs, with the prime mover the balance report must credit.
  it.each<[string, MuscleId | MuscleId[]]>([
    ['Squat (Barbell)', 'quadriceps'],
    ['back squat', 'glutes'],
    ['front squat', 'quadriceps'],
    ['goblet squat', 'quadriceps'],
    ['hack squat', 'quadriceps'],
    ['leg press', 'quadriceps'],
    ['Bulgarian split squat', 'quadriceps'],
    ['split squat', 'quadriceps'],
    ['walking lunge', 'quadriceps'],
    ['reverse lunge', 'glutes'],
    ['step-up', 'quadriceps'],
    ['pistol squat', 'quadriceps'],
    ['box jump', 'quadriceps'],
    ['wall sit', 'quadriceps'],
    ['Deadlift (Barbell)', 'glutes'],
    ['conventional deadlift', 'hamstrings'],
    ['sumo deadlift', 'glutes'],
    ['Romanian deadlift', 'hamstrings'],
    ['Romanian Deadlift (Dumbbell)', 'hamstrings'],
    ['stiff-leg deadlift', 'hamstrings'],
    ['trap bar deadlift', 'glutes'],
    ['good morning', 'hamstrings'],
    ['hip thrust', 'glutes'],
    ['glute bridge', 'glutes'],
    ['lying leg curl', 'hamstrings'],
    ['seated leg curl', 'hamstrings'],
    ['nordic curl', 'hamstrings'],
    ['leg extension', 'quadriceps'],
    ['standing calf raise', 'calves'],
    ['seated calf raise', 'calves'],
    ['calf raise', 'calves'],
    ['hip adduction', 'adductors'],
    ['hip abduction', 'abductors'],
    ['Bench Press (Barbell)', 'chest'],
    ['incline bench press', 'chest'],
    ['decline bench press', 'chest'],
    ['dumbbell press', 'chest'],
    ['push-up', 'chest'],
    ['dips', 'chest'],
    ['cable fly', 'chest'],
    ['overhead press', 'front-delts'],
    ['Overhead Press (Barbell)', 'front-delts'],
    ['Shoulder Press (Dumbbell)', 'front-delts'],
    ['push press', 'front-delts'],
    ['lateral raise', 'side-delts'],
    ['face pull', 'rear-delts'],
    ['rear delt fly', 'rear-delts'],
    ['shrug', 'upper-back'],
    ['Bent Over Row (Barbell)', ['upper-back', 'lats']],
    ['dumbbell row', ['upper-back', 'lats']],
    ['Seated Row (Cable)', ['upper-back', 'lats']],
    ['Seated Row (Machine)', ['upper-back', 'lats']],
    ['pull-up', 'lats'],
    ['chin-up', 'lats'],
    ['Lat Pulldown (Cable)', 'lats'],
    ['barbell curl', 'biceps'],
    ['hammer curl', 'biceps'],
    ['triceps pushdown', 'triceps'],
    ['skull crusher', 'triceps'],
    ['plank', 'abdominals'],
    ['side plank', 'obliques'],
    ['crunch', 'abdominals'],
    ['hanging leg raise', 'abdominals'],
    ['ab wheel', 'abdominals'],
    ['Pallof press', 'obliques'],
    ['back extension', 'lower-back'],
    ["farmer's walk", 'forearms'],
  ])('finds "%s" with prime mover %s', (query, expected) => {
    const sut = find(query);
    const anyOf = Array.isArray(expected) ? expected : [expected];
    expect(sut.primary.some((m) => anyOf.includes(m))).toBe(true);
  });

  // Rows spelled out in the brief and science.md oracle 53: the whole muscle assignment must match.
  it.each<[string, MuscleId[], MuscleId[]]>([
    ['bench press', ['chest'], ['triceps', 'front-delts']],
    ['back squat', ['quadriceps', 'glutes'], ['adductors', 'lower-back']],
    ['pull-up', ['lats'], ['biceps', 'upper-back', 'rear-delts']],
    ['overhead press', ['front-delts'], ['triceps', 'side-delts']],
    ['leg extension', ['quadriceps'], []],
    ['standing calf raise', ['calves'], []],
    ['seated calf raise', ['calves'], []],
    ['wall sit', ['quadriceps'], []],
    ['lateral raise', ['side-delts'], []],
    ['hip adduction', ['adductors'], []],
  ])('"%s" is primary %j, secondary %j', (query, primary, secondary) => {
    const sut = find(query);
    expect([...sut.primary].sort()).toEqual([...primary].sort());
    expect([...sut.secondary].sort()).toEqual([...secondary].sort());
  });

  it('credits 4 sets of bench press as chest 4, triceps 2, front delts 2 (science.md oracle 53)', () => {
    const sut = muscleWeights(find('Bench Press (Barbell)')).map(({ muscle, weight }) => [muscle, weight * 4]);
    expect(Object.fromEntries(sut)).toEqual({ chest: 4, triceps: 2, 'front-delts': 2 });
  });

  it('has Romanian deadlift on hamstrings + glutes with the lower back as a synergist', () => {
    const sut = find('Romanian deadlift');
    expect([...sut.primary].sort()).toEqual(['glutes', 'hamstrings']);
    expect(sut.secondary).toContain('lower-back');
  });

  it.each<[string, string]>([
    ['wall sit', 'duration'],
    ['plank', 'duration'],
    ['side plank', 'duration'],
    ['pull-up', 'bodyweight'],
    ['Pull Up (Weighted)', 'weighted-bodyweight'],
    ['Pull Up (Assisted)', 'assisted'],
    ['back squat', 'weight'],
    ['running', 'cardio'],
  ])('"%s" is logged as %s', (query, loadType) => {
    expect(find(query).loadType).toBe(loadType);
  });

  it.each<[string, string, number]>([
    ['running', '12050', 9.8],
    ['jogging', '12020', 7.0],
    ['cycling', '01030', 8.0],
    ['Cycling (Indoor)', '02010', 7.0],
    ['Rowing (Machine)', '02071', 4.8],
    ['elliptical', '02048', 5.0],
    ['walking', '17200', 4.3],
    ['stair climber', '02065', 9.0],
    ['jump rope', '02068', 11.0],
    ['swimming', '18240', 5.8],
  ])('cardio "%s" is Compendium %s at %f MET and trains no counted muscle', (query, code, value) => {
    const sut = find(query);
    expect(sut.pattern).toBe('cardio');
    expect(sut.met).toEqual({ code, value });
    expect(muscleWeights(sut)).toEqual([]);
  });

  // Names taken from a real Strong export (shared/data/exports/strong/strong.csv): imports match on them.
  it.each([
    'Arnold Press (Dumbbell)', 'Back Extension', 'Bench Dip', 'Bench Press (Dumbbell)',
    'Bench Press - Close Grip (Barbell)', 'Bent Over One Arm Row (Dumbbell)', 'Bicep Curl (Barbell)',
    'Bicep Curl (Cable)', 'Bicycle Crunch', 'Birddog', 'Bulgarian Split Squat', 'Cable Crossover',
    'Cable Kickback', 'Chest Dip', 'Chin Up', 'Cross Body Curl', 'Cycling (Indoor)', 'Decline Crunch',
    'Face Pull (Cable)', 'Front Squat (Barbell)', 'Glute Ham Raise', 'Hammer Curl (Cable)', 'Hanging Leg Raise',
    'Hip Thrust (Barbell)', 'Incline Bench Press (Barbell)', 'Incline Bench Press (Dumbbell)',
    'Incline Curl (Dumbbell)', 'Incline Row (Dumbbell)', "Knee Raise (Captain's Chair)", 'Lat Pulldown (Machine)',
    'Lat Pulldown - Underhand (Cable)', 'Lateral Raise (Cable)', 'Lateral Squat', 'Leg Extension (Machine)',
    'Leg Press', 'Overhead Press (Barbell)', 'Pendlay Row (Barbell)', 'Pistol Squat', 'Preacher Curl (Barbell)',
    'Pull Up', 'Push Press', 'Reverse Curl (Barbell)', 'Romanian Deadlift (Barbell)', 'Russian Twist',
    'Seated Calf Raise (Plate Loaded)', 'Seated Leg Curl (Machine)', 'Skullcrusher (Barbell)',
    'Standing Calf Raise (Dumbbell)', 'Standing Calf Raise (Machine)', 'T Bar Row', 'Triceps Extension (Cable)',
    'Triceps Pushdown (Cable - Straight Bar)', 'Assault Bike', 'Power Clean', 'Clean and Jerk (Barbell)',
  ])('matches the Strong name "%s"', (name) => {
    expect(() => find(name)).not.toThrow();
  });

  it.each<[Region, number]>([
    ['upper', 60],
    ['lower', 45],
    ['core', 15],
  ])('covers the %s region with at least %i exercises whose prime movers sit there', (region, atLeast) => {
    const sut = catalog.filter((ex) => regionsOf(ex.primary).has(region));
    expect(sut.length).toBeGreaterThanOrEqual(atLeast);
  });

  it('does not skip leg day: lower-body exercises are at least half as many as upper-body ones', () => {
    const upper = catalog.filter((ex) => regionsOf(ex.primary).has('upper')).length;
    const lower = catalog.filter((ex) => regionsOf(ex.primary).has('lower')).length;
    expect(lower * 2).toBeGreaterThanOrEqual(upper);
  });

  it.each(MUSCLES.map((m) => m.id))('has an exercise with %s as a prime mover', (muscle) => {
    expect(catalog.some((ex) => ex.primary.includes(muscle))).toBe(true);
  });

  it.each([...MAJOR_MUSCLES])('offers at least three exercises for the major muscle %s', (muscle) => {
    expect(catalog.filter((ex) => ex.primary.includes(muscle)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(['barbell', 'dumbbell', 'machine', 'cable', 'bodyweight'] as const)('has at least 15 %s exercises', (equipment) => {
    expect(catalog.filter((ex) => ex.equipment === equipment).length).toBeGreaterThanOrEqual(15);
  });

  it('lists muscles only on non-cardio rows, and a MET from the 2011 Compendium table (science.md §8.2) on every row', () => {
    const compendium2011: Record<string, number> = {
      '02050': 6.0, '02052': 5.0, '02054': 3.5, '02035': 4.3, '02040': 8.0, '02020': 8.0, '02022': 3.8,
      '02024': 2.8, '02048': 5.0, '02065': 9.0, '02068': 11.0, '02010': 7.0, '02011': 3.5, '02017': 4.8,
      '02012': 6.8, '02013': 8.8, '02014': 11.0, '02015': 14.0, '02070': 6.0, '02071': 4.8, '02072': 7.0,
      '01020': 6.8, '01030': 8.0, '01040': 10.0, '01060': 15.8, '17170': 3.0, '17190': 3.5, '17200': 4.3,
      '17220': 5.0, '17230': 7.0, '12020': 7.0, '12050': 9.8, '18240': 5.8,
    };
    const wrongMet = catalog.filter((ex) => compendium2011[ex.met.code] !== ex.met.value).map((ex) => ex.id);
    const cardioWithMuscles = catalog
      .filter((ex) => ex.pattern === 'cardio' && ex.primary.length + ex.secondary.length > 0)
      .map((ex) => ex.id);
    expect(wrongMet).toEqual([]);
    expect(cardioWithMuscles).toEqual([]);
  });
});

/** A valid non-cardio row; tests break one thing at a time. */
function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-squat',
    name: 'Test Squat',
    aliases: ['test squat (barbell)'],
    equipment: 'barbell',
    pattern: 'squat',
    loadType: 'weight',
    primary: ['quadriceps', 'glutes'],
    secondary: ['adductors'],
    met: { code: '02052', value: 5.0 },
    ...overrides,
  };
}

const fileOf = (...rows: unknown[]): Record<string, unknown> => ({
  version: 1,
  source: 'test',
  license: 'CC0-1.0',
  exercises: rows,
});

const other = (overrides: Record<string, unknown> = {}): Record<string, unknown> =>
  row({ id: 'other-lift', name: 'Other Lift', aliases: [], ...overrides });

describe('validateExerciseCatalog', () => {
  it('accepts a valid row and returns it unchanged', () => {
    const sut = validateExerciseCatalog(fileOf(row()));
    expect(sut.issues).toEqual([]);
    expect(sut.exercises).toEqual([row()]);
  });

  it('accepts a cardio row without muscles', () => {
    const cardio = row({ pattern: 'cardio', loadType: 'cardio', equipment: 'none', primary: [], secondary: [], met: { code: '12050', value: 9.8 } });
    const sut = validateExerciseCatalog(fileOf(cardio));
    expect(sut.issues).toEqual([]);
    expect(sut.exercises).toHaveLength(1);
  });

  it.each<[string, unknown[], string, string[]]>([
    ['a row that is not an object', [42], 'exercises[0]', []],
    ['a missing id', [row({ id: undefined })], 'exercises[0].id', []],
    ['an id that is not kebab-case', [row({ id: 'Test_Squat' })], 'exercises[0] (Test_Squat).id', []],
    ['a duplicate id', [row(), other({ id: 'test-squat' })], 'exercises[1] (test-squat).id', ['test-squat']],
    ['a name with outer spaces', [row({ name: ' Test Squat' })], 'exercises[0] (test-squat).name', []],
    ['a duplicate name differing in case', [row(), other({ name: 'TEST SQUAT' })], 'exercises[1] (other-lift).name', ['test-squat']],
    ['an alias equal to another exercise name', [row(), other({ aliases: ['test  squat'] })], 'exercises[1] (other-lift).aliases[0]', ['test-squat']],
    ['an alias equal to another exercise alias', [row(), other({ aliases: ['Test Squat (Barbell)'] })], 'exercises[1] (other-lift).aliases[0]', ['test-squat']],
    ['an alias repeating its own name', [row({ aliases: ['test squat'] })], 'exercises[0] (test-squat).aliases[0]', []],
    ['aliases that are not an array', [row({ aliases: 'squat' })], 'exercises[0] (test-squat).aliases', []],
    ['an empty alias', [row({ aliases: [''] })], 'exercises[0] (test-squat).aliases[0]', []],
    ['unknown equipment', [row({ equipment: 'kettlebells' })], 'exercises[0] (test-squat).equipment', []],
    ['an unknown pattern', [row({ pattern: 'legs' })], 'exercises[0] (test-squat).pattern', []],
    ['an unknown load type', [row({ loadType: 'reps' })], 'exercises[0] (test-squat).loadType', []],
    ['a cardio pattern with a weight load', [row({ pattern: 'cardio' })], 'exercises[0] (test-squat).loadType', []],
    ['a cardio load on a squat', [row({ loadType: 'cardio' })], 'exercises[0] (test-squat).loadType', []],
    ['an unknown primary muscle', [row({ primary: ['quadriceps', 'shoulders'] })], 'exercises[0] (test-squat).primary[1]', []],
    ['an unknown secondary muscle', [row({ secondary: ['traps'] })], 'exercises[0] (test-squat).secondary[0]', []],
    ['a muscle listed twice', [row({ primary: ['quadriceps', 'quadriceps'] })], 'exercises[0] (test-squat).primary[1]', []],
    ['a muscle both primary and secondary', [row({ secondary: ['adductors', 'glutes'] })], 'exercises[0] (test-squat).secondary[1]', []],
    ['no primary muscle on a non-cardio row', [row({ primary: [] })], 'exercises[0] (test-squat).primary', []],
    ['muscles that are not an array', [row({ secondary: 'adductors' })], 'exercises[0] (test-squat).secondary', []],
    ['a missing met', [row({ met: undefined })], 'exercises[0] (test-squat).met', []],
    ['a met code that is not five digits', [row({ met: { code: '2052', value: 5 } })], 'exercises[0] (test-squat).met.code', []],
    ['a met value of zero', [row({ met: { code: '02052', value: 0 } })], 'exercises[0] (test-squat).met.value', []],
    ['a met value given as text', [row({ met: { code: '02052', value: '5.0' } })], 'exercises[0] (test-squat).met.value', []],
    ['an unknown met field', [row({ met: { code: '02052', value: 5, edition: 2011 } })], 'exercises[0] (test-squat).met.edition', []],
    ['an unknown field', [row({ secundary: ['adductors'] })], 'exercises[0] (test-squat).secundary', []],
  ])('reports %s at %s and drops the row', (_kind, rows, field, keptIds) => {
    const sut = validateExerciseCatalog(fileOf(...rows));
    expect(sut.issues.map((i) => i.field)).toContain(field);
    expect(sut.issues.every((i) => i.message.length > 0)).toBe(true);
    expect(sut.exercises.map((ex) => ex.id)).toEqual(keptIds);
  });

  it.each<[string, unknown, string]>([
    ['a file that is not an object', [], 'catalog'],
    ['a wrong version', { ...fileOf(row()), version: 2 }, 'version'],
    ['an empty source', { ...fileOf(row()), source: '' }, 'source'],
    ['a missing license', { ...fileOf(row()), license: undefined }, 'license'],
    ['exercises that are not an array', { ...fileOf(), exercises: {} }, 'exercises'],
    ['an unknown top-level field', { ...fileOf(row()), muscles: [] }, 'muscles'],
  ])('reports %s at %s', (_kind, data, field) => {
    const sut = validateExerciseCatalog(data);
    expect(sut.issues.map((i) => i.field)).toContain(field);
  });

  it('reports every bad row, not just the first', () => {
    const sut = validateExerciseCatalog(fileOf(row({ equipment: 'rock' }), other({ primary: ['neck'] }), row({ id: 'fine', name: 'Fine', aliases: [] })));
    expect(sut.issues.map((i) => i.field)).toEqual(['exercises[0] (test-squat).equipment', 'exercises[1] (other-lift).primary[0]']);
    expect(sut.exercises.map((ex) => ex.id)).toEqual(['fine']);
  });
});

describe('muscleWeights', () => {
  it.each<[string, Pick<CatalogExercise, 'primary' | 'secondary'>, Array<[MuscleId, number]>]>([
    ['bench press', { primary: ['chest'], secondary: ['triceps', 'front-delts'] }, [['chest', 1], ['triceps', 0.5], ['front-delts', 0.5]]],
    ['squat', { primary: ['quadriceps', 'glutes'], secondary: ['adductors'] }, [['quadriceps', 1], ['glutes', 1], ['adductors', 0.5]]],
    ['leg extension', { primary: ['quadriceps'], secondary: [] }, [['quadriceps', 1]]],
    ['cardio', { primary: [], secondary: [] }, []],
  ])('%s', (_name, exercise, expected) => {
    const sut = muscleWeights(exercise);
    expect(sut).toEqual(expected.map(([muscle, weight]) => ({ muscle, weight })));
  });
});

describe('catalogNameKey', () => {
  it.each([
    ['Squat (Barbell)', 'squat (barbell)'],
    ['  Bench   Press ', 'bench press'],
    ["Farmer's Walk", "farmer's walk"],
  ])('%j → %j', (name, key) => {
    const sut = catalogNameKey;
    expect(sut(name)).toBe(key);
  });
});
