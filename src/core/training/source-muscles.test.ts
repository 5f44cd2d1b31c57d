import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMuscleId, type MuscleId } from './muscles.js';
import { deltoidHead, FREE_EXERCISE_DB_MUSCLES, mapSourceMuscles, WGER_MUSCLES } from './source-muscles.js';

// Real files, read from shared/data next to the repository (never copied into it).
const shared = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../../shared/data/${file}`, import.meta.url), 'utf8'));

interface FedbExercise {
  name: string;
  force: string | null;
  primaryMuscles: string[];
  secondaryMuscles: string[];
}
const fedb = shared('free-exercise-db/exercises.json') as FedbExercise[];
const fedbSchema = shared('free-exercise-db/schema.json') as { properties: { primaryMuscles: { items: Array<{ enum: string[] }> } } };
const wgerMuscles = shared('wger/muscles.json') as Array<{ pk: number; fields: { name: string; name_en: string } }>;

describe('free-exercise-db muscles', () => {
  const used = new Set(fedb.flatMap((e) => [...e.primaryMuscles, ...e.secondaryMuscles]));

  it('maps every one of its 17 muscle names, the schema enum and the names the data uses alike', () => {
    const schemaNames = fedbSchema.properties.primaryMuscles.items[0]!.enum;
    expect(schemaNames).toHaveLength(17);
    expect(used.size).toBe(17);
    expect(Object.keys(FREE_EXERCISE_DB_MUSCLES).sort()).toEqual([...schemaNames].sort());
    expect([...used].sort()).toEqual([...schemaNames].sort());
  });

  it('maps each name to one of our muscles, the deltoids, or (neck only) nothing', () => {
    for (const [name, target] of Object.entries(FREE_EXERCISE_DB_MUSCLES)) {
      if (target === null) expect(name).toBe('neck');
      else expect(target === 'deltoids' || isMuscleId(target)).toBe(true);
    }
  });

  it.each<[string, MuscleId[], MuscleId[]]>([
    ['Barbell Bench Press - Medium Grip', ['chest'], ['front-delts', 'triceps']],
    ['Barbell Squat', ['quadriceps'], ['calves', 'glutes', 'hamstrings', 'lower-back']],
    ['Pullups', ['lats'], ['biceps', 'upper-back']],
    ['Seated Cable Rows', ['upper-back'], ['biceps', 'lats', 'rear-delts']],
    ['Side Lateral Raise', ['side-delts'], []],
    ['Face Pull', ['rear-delts'], ['upper-back']],
    ['Standing Military Press', ['front-delts'], ['triceps']],
    ['Upright Barbell Row', ['side-delts'], ['upper-back']],
    ['Barbell Shrug', ['upper-back'], []],
    ['Russian Twist', ['obliques'], ['lower-back', 'abdominals']],
    ['Plank', ['abdominals'], []],
    ['Isometric Neck Exercise - Sides', [], []],
  ])('maps the real row "%s" to primary %j, secondary %j', (name, primary, secondary) => {
    const row = fedb.find((e) => e.name === name);
    expect(row, name).toBeDefined();
    const sut = mapSourceMuscles(FREE_EXERCISE_DB_MUSCLES, { primary: row!.primaryMuscles, secondary: row!.secondaryMuscles }, row!);
    expect(sut.primary).toEqual(primary);
    expect([...sut.secondary].sort()).toEqual([...secondary].sort());
    expect(sut.unknown).toEqual([]);
  });

  it('leaves no muscle in both lists for any real row', () => {
    for (const row of fedb) {
      const sut = mapSourceMuscles(FREE_EXERCISE_DB_MUSCLES, { primary: row.primaryMuscles, secondary: row.secondaryMuscles }, row);
      expect(sut.secondary.filter((m) => sut.primary.includes(m)), row.name).toEqual([]);
      expect(new Set(sut.primary).size).toBe(sut.primary.length);
    }
  });
});

describe('wger muscles', () => {
  it('maps every one of its 16 muscles by Latin name, and nothing else', () => {
    expect(wgerMuscles).toHaveLength(16);
    expect(Object.keys(WGER_MUSCLES).sort()).toEqual(wgerMuscles.map((m) => m.fields.name).sort());
  });

  it.each<[string, MuscleId | 'deltoids' | null]>([
    ['Biceps brachii', 'biceps'],
    ['Anterior deltoid', 'deltoids'],
    ['Serratus anterior', null],
    ['Pectoralis major', 'chest'],
    ['Triceps brachii', 'triceps'],
    ['Rectus abdominis', 'abdominals'],
    ['Gastrocnemius', 'calves'],
    ['Gluteus maximus', 'glutes'],
    ['Trapezius', 'upper-back'],
    ['Quadriceps femoris', 'quadriceps'],
    ['Biceps femoris', 'hamstrings'],
    ['Latissimus dorsi', 'lats'],
    ['Brachialis', 'biceps'],
    ['Obliquus externus abdominis', 'obliques'],
    ['Soleus', 'calves'],
    ['Erector spinae', 'lower-back'],
  ])('%s → %s', (name, expected) => {
    expect(WGER_MUSCLES[name as keyof typeof WGER_MUSCLES]).toBe(expected);
  });

  it('reports names it does not know instead of guessing', () => {
    const sut = mapSourceMuscles(WGER_MUSCLES, { primary: ['Pectoralis major', 'Pectoralis minor'], secondary: [] }, { name: 'Fly', force: null });
    expect(sut).toMatchObject({ primary: ['chest'], unknown: ['Pectoralis minor'] });
  });
});

describe('deltoidHead', () => {
  it.each<[string, string | null, MuscleId]>([
    ['Shoulder Press, Dumbbells', null, 'front-delts'],
    ['Front Raises', null, 'front-delts'],
    ['Lateral Raises', null, 'side-delts'],
    ['Cable Lateral Raises (Single Arm)', null, 'side-delts'],
    ['Upright Row, SZ-bar', null, 'side-delts'],
    ['Rear Delt Raise', null, 'rear-delts'],
    ['Reverse Fly Standing', null, 'rear-delts'],
    ['Butterfly Reverse', null, 'rear-delts'],
    ['Facepull', null, 'rear-delts'],
    ['Band Pull Apart', 'pull', 'rear-delts'],
    ['Bent Over Low-Pulley Side Lateral', 'pull', 'rear-delts'],
    ['Shoulder External Rotation (Cable)', null, 'rear-delts'],
    ['Shrugs, Dumbbells', null, 'upper-back'],
    ['Seated Cable Rows', 'pull', 'rear-delts'],
    ['Dips - Chest Version', 'push', 'front-delts'],
  ])('"%s" (force %s) → %s', (name, force, expected) => {
    expect(deltoidHead(name, force)).toBe(expected);
  });
});
