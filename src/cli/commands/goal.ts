import { parseArgs } from 'node:util';
import { measureBody, systemClock, type Clock } from '../../app/index.js';
import { ACTIVITY_LEVELS, GOALS, RESTING_FORMULAS, computeGoal, goalInfo, groupThousands, type GoalId, type GoalResult } from '../../core/energy/index.js';
import { formatHeight, formatWeight } from '../../core/units.js';
import { choiceOption, numberOption, required, UsageError, type Io } from '../io.js';

export const goalHelp = `Usage: platewise goal --sex male|female (--age N | --birth-date YYYY-MM-DD)
                     --height H --weight W --activity LEVEL --goal GOAL [options]

Prints the daily calorie and macro budget for a weight goal.

  --height H        5'10", 5ft10in, 70in, 178cm, 1.78m (a plain number uses --units)
  --weight W        180lb, 81.6kg, 12st8lb (a plain number uses --units)
  --activity LEVEL  ${ACTIVITY_LEVELS.map((a) => a.id).join(' | ')}
  --goal GOAL       ${GOALS.map((g) => g.id).join(' | ')}
  --formula F       ${RESTING_FORMULAS.map((f) => f.id).join(' | ')} (default mifflin)
  --body-fat PCT    body fat %, needed by katch-mcardle and cunningham
  --protein G       protein in g per kg of body weight (default 1.6 to gain or lose, 0.8 to maintain)
  --units U         metric | imperial: how to show results and read plain numbers (default imperial)
  --json            print one JSON object`;

/** `platewise goal …`: the budget in words, or one JSON object with --json. */
export function goalCommand(argv: string[], io: Io, clock: Clock = systemClock): number {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sex: { type: 'string' },
      age: { type: 'string' },
      'birth-date': { type: 'string' },
      height: { type: 'string' },
      weight: { type: 'string' },
      activity: { type: 'string' },
      goal: { type: 'string' },
      formula: { type: 'string' },
      'body-fat': { type: 'string' },
      protein: { type: 'string' },
      units: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(goalHelp);
    return 0;
  }
  const sex = required('sex', choiceOption('sex', values.sex, ['male', 'female'] as const));
  const units = choiceOption('units', values.units, ['metric', 'imperial'] as const) ?? 'imperial';
  const activity = required('activity', choiceOption('activity', values.activity, ACTIVITY_LEVELS.map((a) => a.id)));
  const goal = required('goal', choiceOption('goal', values.goal, GOALS.map((g) => g.id)));
  const formula = choiceOption('formula', values.formula, RESTING_FORMULAS.map((f) => f.id)) ?? 'mifflin';
  const age = numberOption('age', values.age);
  if (age === undefined && values['birth-date'] === undefined) throw new UsageError('--age or --birth-date is required');
  if (age !== undefined && !Number.isInteger(age)) throw new UsageError(`--age: '${values.age}' is not a whole number of years`);
  const body = measureBody(
    {
      height: required('height', values.height),
      weight: required('weight', values.weight),
      age,
      birthDate: values['birth-date'],
    },
    clock.today(),
    units,
  );
  const result = computeGoal({
    sex,
    age: body.age,
    heightCm: body.heightCm,
    weightKg: body.weightKg,
    activity,
    goal,
    formula,
    bodyFatPct: numberOption('body-fat', values['body-fat']) ?? null,
    proteinGPerKg: numberOption('protein', values.protein) ?? null,
  });
  if (values.json) {
    io.out(JSON.stringify({ ...result, input: { sex, age: body.age, heightCm: body.heightCm, weightKg: body.weightKg, activity, goal } }));
  } else {
    io.out(describe(result, goal, { heightCm: body.heightCm, weightKg: body.weightKg, age: body.age, sex, units }));
  }
  return 0;
}

function describe(r: GoalResult, goalId: GoalId, p: { heightCm: number; weightKg: number; age: number; sex: string; units: 'metric' | 'imperial' }): string {
  const lines = [
    `Daily budget: ${groupThousands(r.goalKcal)} kcal to ${goalInfo(goalId).label.toLowerCase()}`,
    `For a ${p.age}-year-old ${p.sex}, ${formatHeight(p.heightCm, p.units)}, ${formatWeight(p.weightKg, p.units)}.`,
    '',
    ...r.explanation.map((l) => `  ${l}`),
    '',
    `Macros: protein ${r.macros.proteinG} g, fat ${r.macros.fatG} g, carbohydrate ${r.macros.carbsG} g`,
  ];
  for (const f of r.flags) lines.push(`${f.severity === 'warning' ? 'Warning' : 'Note'}: ${f.message}`);
  return lines.join('\n');
}
