import { parseArgs } from 'node:util';
import { measureBody, systemClock, type Clock } from '../../app/index.js';
import { fatMassKg } from '../../core/body/body-log.js';
import { parseIsoDate } from '../../core/dates.js';
import { DEFAULT_PAL } from '../../core/energy/hall.js';
import { projectionReport, type ProjectionReport, type ReportPhase } from '../../core/energy/projection-report.js';
import { MAX_PROJECTION_DAYS } from '../../core/energy/projection.js';
import { roundTo } from '../../core/rounding.js';
import { formatWeight, parseWeight } from '../../core/units.js';
import { choiceOption, numberOption, required, UsageError, type Io } from '../io.js';

export const projectHelp = `Usage: platewise project --sex male|female (--age N | --birth-date YYYY-MM-DD)
                        --height H --weight W [plan] [options]

Projects body weight day by day with the Hall et al. 2011 model (the NIH Body Weight Planner, solved
as the bw R package does), beside the 3,500-kcal-per-pound rule.

Plan (one of):
  --intake-change KCAL    change of daily intake from the balanced start, e.g. -500
  --intake KCAL           the daily intake itself
  --phase DAY:KCAL[:PAL]  from DAY on, intake changed by KCAL (and activity level PAL); repeat for a
                          plan with phases, e.g. --phase 0:+300 --phase 84:0
  --target W              alone: the intake that reaches W on the last day, and the one that holds it;
                          with a plan: the day W is reached

Options:
  --days N          days to project (default 365, at most ${MAX_PROJECTION_DAYS})
  --pal P           physical activity level, total ÷ resting energy (default ${DEFAULT_PAL})
  --body-fat PCT    measured body fat instead of the Jackson BMI estimate
  --start DATE      first day, YYYY-MM-DD (default today)
  --height, --weight  any unit: 180cm, 5'11", 100kg, 220lb (a plain number uses --units)
  --units U         metric | imperial: how to show results and read plain numbers (default imperial)
  --json            print one JSON object: finalWeightKg, finalFatKg, finalLeanKg, days: [{ day, weightKg, … }] for every day`;

/** Options whose value may be a negative number ("--intake-change -500"), which parseArgs would take for an option. */
const SIGNED = new Set(['--intake-change', '--intake', '--phase']);

/** Joins "--opt -500" into "--opt=-500" for the signed options. */
function joinSignedValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (SIGNED.has(a) && next !== undefined && /^[-−]\d/.test(next)) {
      out.push(`${a}=${next.replace('−', '-')}`);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

function parsePhase(text: string): ReportPhase {
  const m = /^(\d+):([-+−]?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$/.exec(text.trim());
  if (!m) throw new UsageError(`--phase: '${text}' is not DAY:KCAL or DAY:KCAL:PAL (e.g. 0:+300 or 84:0:1.6)`);
  return { fromDay: Number(m[1]), intakeChangeKcal: Number(m[2]!.replace('−', '-')), ...(m[3] !== undefined ? { pal: Number(m[3]) } : {}) };
}

/** `platewise project …`: the Hall model's daily projection in words, or one JSON object with --json. */
export function projectCommand(argv: string[], io: Io, clock: Clock = systemClock): number {
  const { values } = parseArgs({
    args: joinSignedValues(argv),
    strict: true,
    options: {
      sex: { type: 'string' },
      age: { type: 'string' },
      'birth-date': { type: 'string' },
      height: { type: 'string' },
      weight: { type: 'string' },
      'intake-change': { type: 'string' },
      intake: { type: 'string' },
      phase: { type: 'string', multiple: true },
      target: { type: 'string' },
      days: { type: 'string' },
      pal: { type: 'string' },
      'body-fat': { type: 'string' },
      start: { type: 'string' },
      units: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(projectHelp);
    return 0;
  }
  const sex = required('sex', choiceOption('sex', values.sex, ['male', 'female'] as const));
  const units = choiceOption('units', values.units, ['metric', 'imperial'] as const) ?? 'imperial';
  const age = numberOption('age', values.age);
  if (age === undefined && values['birth-date'] === undefined) throw new UsageError('--age or --birth-date is required');
  if (age !== undefined && !Number.isInteger(age)) throw new UsageError(`--age: '${values.age}' is not a whole number of years`);
  const days = numberOption('days', values.days) ?? 365;
  if (!Number.isInteger(days) || days < 1 || days > MAX_PROJECTION_DAYS) throw new UsageError(`--days: '${values.days}' must be a whole number from 1 to ${MAX_PROJECTION_DAYS}`);
  const plans = [values['intake-change'], values.intake, values.phase].filter((v) => v !== undefined).length;
  if (plans > 1) throw new UsageError('give one of --intake-change, --intake or --phase');
  if (plans === 0 && values.target === undefined) throw new UsageError('give a plan (--intake-change, --intake or --phase) or a --target weight');

  const body = measureBody({ height: required('height', values.height), weight: required('weight', values.weight), age, birthDate: values['birth-date'] }, clock.today(), units);
  const bodyFat = numberOption('body-fat', values['body-fat']);
  let phases: ReportPhase[] | undefined;
  if (values['intake-change'] !== undefined) phases = [{ fromDay: 0, intakeChangeKcal: numberOption('intake-change', values['intake-change']) }];
  if (values.intake !== undefined) phases = [{ fromDay: 0, intakeKcal: numberOption('intake', values.intake) }];
  if (values.phase !== undefined) phases = values.phase.map(parsePhase);
  const report = projectionReport({
    person: {
      sex,
      age: body.age,
      heightCm: body.heightCm,
      weightKg: body.weightKg,
      pal: numberOption('pal', values.pal) ?? DEFAULT_PAL,
      fatKg: bodyFat === undefined ? null : fatMassKg(body.weightKg, bodyFat),
    },
    days,
    startDate: values.start === undefined ? clock.today() : parseIsoDate(values.start, 'start'),
    phases,
    targetKg: values.target === undefined ? undefined : parseWeight(values.target, { field: 'target', defaultUnit: units === 'imperial' ? 'lb' : 'kg' }),
    units,
  });
  io.out(values.json ? JSON.stringify(toJson(report)) : describe(report, units));
  return 0;
}

function toJson(r: ProjectionReport) {
  return {
    finalWeightKg: r.final.weightKg,
    finalFatKg: r.final.fatKg,
    finalLeanKg: r.final.leanKg,
    finalRuleWeightKg: r.final.ruleWeightKg,
    eventualWeightKg: r.eventualWeightKg,
    halfDays: r.halfDays,
    startDate: r.startDate,
    baseline: r.baseline,
    target: r.target,
    statements: r.statements,
    days: r.series.map((d) => ({ day: d.day, date: d.date, weightKg: d.weightKg, fatKg: d.fatKg, leanKg: d.leanKg, ruleWeightKg: d.ruleWeightKg, intakeKcal: d.intakeKcal })),
  };
}

function describe(r: ProjectionReport, units: 'metric' | 'imperial'): string {
  const w = (kg: number) => formatWeight(kg, units);
  const step = r.days <= 120 ? 7 : r.days <= 730 ? 30 : 365;
  const rows = r.series.filter((d) => d.day % step === 0 || d.day === r.days);
  const lines = [
    ...r.statements,
    '',
    `Start: ${w(r.baseline.weightKg)}, fat ${w(r.baseline.fatKg)}, eating ${r.baseline.intakeKcal.toLocaleString('en-US')} kcal a day in balance (activity level ${roundTo(r.baseline.pal, 2)}).`,
    '',
    '  day  date        model      3,500-kcal rule',
    ...rows.map((d) => `  ${String(d.day).padStart(4)}  ${d.date}  ${w(d.weightKg).padEnd(9)}  ${w(d.ruleWeightKg)}`),
  ];
  return lines.join('\n');
}
