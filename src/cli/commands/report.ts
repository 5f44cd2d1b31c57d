import { parseArgs } from 'node:util';
import type { BalanceReport } from '../../app/index.js';
import { MAX_REPORT_WEEKS } from '../../app/index.js';
import { isIsoDate } from '../../core/dates.js';
import { MAJOR_MUSCLES, MUSCLES, muscleById, type MuscleId } from '../../core/training/muscles.js';
import { numberOption, UsageError, type Io } from '../io.js';
import { withLocalUser } from './exercises.js';

export const reportHelp = `Usage: platewise report balance [--weeks N] [--as-of YYYY-MM-DD] [--json] [--data-dir DIR]

The balance coach: hard sets per muscle and region a week (primary muscles count 1, secondary 0.5),
the lower-body share, push vs pull, days since legs, strength ratios to the squat, and what to change.

  --weeks N     weeks to judge, ending on --as-of (1 to ${MAX_REPORT_WEEKS}; default 4)
  --as-of DATE  the window's last day (default today)
  --json        print one JSON object: windowStart, windowEnd, setsByMuscle (sets a week), regionSets,
                lowerShare, pushPullRatio, daysSinceLowerBody, flags, suggestions and more (as
                GET /api/reports/balance gives it)

Works on the embedded database (stop the server first: it opens in one process at a time) as its
one local user. For a multi-user server, use 'platewise api GET /api/reports/balance' with a token.`;

const fmt = (x: number): string => String(Math.round(x * 10) / 10);
const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);
const since = (days: number | null): string => (days === null ? 'never' : days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);
/** The report in words: the verdict first, then the numbers behind it. */
export function balanceInWords(r: BalanceReport): string[] {
  const lines: string[] = [];
  lines.push(`Training balance ${r.windowStart} to ${r.windowEnd} (${r.windowDays} days, ${r.hardSets} hard sets; goal: ${r.goal})`);
  lines.push('');
  if (r.hardSets === 0 && r.firstTrainedOn === null) lines.push('No training logged yet: log a workout and the coach will weigh it.');
  else if (r.flags.length === 0) lines.push('Balanced: nothing to flag.');
  for (const f of r.flags) lines.push(`${f.severity === 'warning' ? '!' : '·'} ${f.message}`);
  if (r.suggestions.length > 0) {
    lines.push('', 'What to change:');
    for (const s of r.suggestions) lines.push(`  - ${s.message}`);
  }
  lines.push('', 'Hard sets a week:');
  lines.push(`  upper ${fmt(r.regionSets.upper)}  ·  lower ${fmt(r.regionSets.lower)}  ·  core ${fmt(r.regionSets.core)}  ·  lower-body share ${pct(r.lowerShare)}`);
  lines.push(`  push ${fmt(r.pushSets)}  ·  pull ${fmt(r.pullSets)}  ·  push/pull ${r.pushPullRatio === null ? '—' : fmt(r.pushPullRatio)}`);
  lines.push(`  legs last trained ${since(r.daysSinceLowerBody)}`);
  lines.push('', 'Per muscle (sets a week, days a week, last trained):');
  const width = Math.max(...MUSCLES.map((m) => m.label.length));
  for (const m of MUSCLES) {
    const id = m.id as MuscleId;
    const major = MAJOR_MUSCLES.includes(id) ? ' ' : '*';
    lines.push(`  ${major}${muscleById(id).label.padEnd(width)}  ${fmt(r.setsByMuscle[id]).padStart(5)}  ${fmt(r.frequency[id]).padStart(4)}  ${since(r.daysSince.muscles[id])}`);
  }
  lines.push('  (* not a volume target of its own)');
  const s = r.strength;
  const logged = Object.entries(s.e1rmKg).filter((e): e is [string, number] => e[1] !== null);
  if (logged.length > 0) {
    lines.push('', `Strength (best estimated 1RM of the last ${s.weeks} weeks):`);
    lines.push(`  ${logged.map(([lift, kg]) => `${lift} ${fmt(kg)} kg`).join('  ·  ')}`);
    if (s.squatKg === null) lines.push('  log a back squat to compare the other lifts with it');
    for (const l of s.ratios) {
      const tag = l.lagging ? '  behind' : l.ahead ? '  ahead' : '';
      lines.push(`  ${l.lift} ${fmt(l.e1rmKg)} kg = ${l.ratio.toFixed(2)} × squat (balanced ${l.expectedRatio}; ${l.percentOff > 0 ? '+' : ''}${fmt(l.percentOff)}%)${tag}`);
    }
    if (s.scores && s.bodyWeight) {
      const sc = s.scores;
      lines.push(`  total ${fmt(sc.totalKg)} kg at ${fmt(s.bodyWeight.kg)} kg body weight: DOTS ${fmt(sc.dots)}, Wilks ${fmt(sc.wilks)}, Wilks 2020 ${fmt(sc.wilks2020)}, IPF GL ${sc.ipfGl === null ? '—' : fmt(sc.ipfGl)}`);
    }
  }
  return lines;
}

/** `platewise report balance`. */
export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      weeks: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(reportHelp);
    return 0;
  }
  if (positionals[0] !== 'balance' || positionals.length > 1) throw new UsageError(`report: say 'balance'\n\n${reportHelp}`);
  const weeks = numberOption('weeks', values.weeks);
  if (weeks !== undefined && (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_REPORT_WEEKS)) {
    throw new UsageError(`--weeks: '${values.weeks}' is not a whole number from 1 to ${MAX_REPORT_WEEKS}`);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of: '${asOf}' is not a date as YYYY-MM-DD`);
  const report = await withLocalUser(values['data-dir'], (services, actor) => services.balance.report(actor, { weeks, asOf }));
  if (values.json) io.out(JSON.stringify(report));
  else io.out(balanceInWords(report).join('\n'));
  return 0;
}
