import { parseArgs } from 'node:util';
import { isIsoDate } from '../../core/dates.js';
import { roundHalfUp } from '../../core/rounding.js';
import { numberOption, UsageError, type Io } from '../io.js';
import { withLocalUser } from './exercises.js';

export const workoutsHelp = `Usage: platewise workouts list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json] [--data-dir DIR]

Lists logged workouts, newest first: exercises, working sets, volume (kg), net exercise energy (kcal)
and the personal records each one set.

  --json   print a JSON array of the workouts as GET /api/workouts gives them

Works on the embedded database (stop the server first: it opens in one process at a time) as its
one local user. For a multi-user server, use 'platewise api' with a token.`;

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `platewise workouts list`. */
export async function workoutsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(workoutsHelp);
    return 0;
  }
  if (positionals[0] !== 'list' || positionals.length > 1) throw new UsageError(`workouts: say 'list'\n\n${workoutsHelp}`);
  for (const key of ['from', 'to'] as const) {
    if (values[key] !== undefined && !isIsoDate(values[key])) throw new UsageError(`--${key}: '${values[key]}' is not a date as YYYY-MM-DD`);
  }
  const limit = numberOption('limit', values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 500)) throw new UsageError(`--limit: '${values.limit}' is not a whole number from 1 to 500`);
  const list = await withLocalUser(values['data-dir'], (services, actor) => services.workouts.list(actor, { from: values.from, to: values.to, limit }));
  if (values.json) {
    io.out(JSON.stringify(list));
    return 0;
  }
  if (list.length === 0) io.out('No workouts logged yet.');
  for (const w of list) {
    const parts = [
      w.date,
      w.name || 'Workout',
      w.durationS === null ? null : `${Math.round(w.durationS / 60)} min`,
      w.exerciseNames.join(', ') || 'no exercises',
      `${w.totals.workingSets} sets`,
      w.totals.volumeKg > 0 ? `${group(roundHalfUp(w.totals.volumeKg))} kg` : null,
      w.totals.energyKcal === null ? null : `${group(roundHalfUp(w.totals.energyKcal))} kcal`,
      w.totals.records > 0 ? `${w.totals.records} PR${w.totals.records === 1 ? '' : 's'}` : null,
    ];
    io.out(parts.filter(Boolean).join('  ·  '));
  }
  return 0;
}
