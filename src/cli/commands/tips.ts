import { parseArgs } from 'node:util';
import type { LibraryTip, TipSource, TipView } from '../../app/index.js';
import { libraryTips, MAX_TIPS } from '../../app/index.js';
import { isIsoDate } from '../../core/dates.js';
import { EVIDENCE_MEANING } from '../../core/tips/library.js';
import { numberOption, UsageError, type Io } from '../io.js';
import { withLocalUser } from './exercises.js';

export const tipsHelp = `Usage: platewise tips [--as-of YYYY-MM-DD] [--limit N] [--json] [--data-dir DIR]
       platewise tips --all [--json]

The tips that apply to you on a day, best first: each says why it fits (your numbers), how strong
the evidence is (strong, moderate, weak, expert opinion) and where it comes from.

  --as-of DATE  the day (default today)
  --limit N     how many (default 3, the daily limit; at most ${MAX_TIPS})
  --all         the whole tip library instead, with each tip's condition
  --json        print JSON: an array of { id, message, evidence, sources, because }, best first
                (with --all: { id, category, title, message, evidence, condition, sources })

Dismissed tips are not shown. Works on the embedded database (stop the server first) as its one local
user; for a multi-user server use 'platewise api GET /api/tips?asOf=DATE' with a token.`;

const cite = (s: TipSource) => `${s.short}: ${s.authors.replace(/\.$/, '')}${s.year !== null && !s.citation.includes(String(s.year)) ? ` ${s.year}` : ''}. ${s.citation}`;
const evidence = (grade: TipView['evidence']) => `${grade === 'expert-opinion' ? 'expert opinion' : grade} (${EVIDENCE_MEANING[grade]})`;
const because = (b: TipView['because']) =>
  Object.entries(b)
    .map(([k, v]) => `${k} ${v === null ? '—' : String(v)}`)
    .join(', ');

/** A day's tips in words. */
export function tipsInWords(asOf: string, tips: readonly TipView[]): string[] {
  if (tips.length === 0) return [`No tips for ${asOf}: log food, workouts, weigh-ins or sleep and tips will follow your numbers.`];
  const lines = [`Tips for ${asOf}`];
  tips.forEach((t, i) => {
    lines.push('', `${i + 1}. ${t.title}`, `   ${t.message}`, `   Evidence: ${evidence(t.evidence)}`, `   Because: ${because(t.because)}`, '   Sources:');
    for (const s of t.sources) lines.push(`     - ${cite(s)}`);
  });
  return lines;
}

function libraryInWords(tips: readonly LibraryTip[]): string[] {
  const lines = [`The tip library: ${tips.length} tips`];
  for (const category of ['training', 'nutrition', 'body', 'recovery'] as const) {
    lines.push('', `${category[0]!.toUpperCase()}${category.slice(1)}:`);
    for (const t of tips.filter((x) => x.category === category)) {
      lines.push(`  ${t.id} [${t.evidence}] when ${t.condition}: ${t.title}`, `    sources: ${t.sources.map((s) => s.short).join('; ')}`);
    }
  }
  return lines;
}

/** `platewise tips`. */
export async function tipsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(tipsHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`tips: unexpected '${positionals[0]}'\n\n${tipsHelp}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of: '${asOf}' is not a date as YYYY-MM-DD`);
  const limit = numberOption('limit', values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > MAX_TIPS)) throw new UsageError(`--limit: '${values.limit}' is not a whole number from 1 to ${MAX_TIPS}`);

  if (values.all) {
    if (asOf !== undefined || limit !== undefined) throw new UsageError('--all lists the whole library: leave out --as-of and --limit');
    // The library is ours, not the user's: no database to open.
    const all = libraryTips();
    if (values.json) io.out(JSON.stringify(all.map(({ id, category, title, message, evidence: grade, condition, sources }) => ({ id, category, title, message, evidence: grade, condition, sources }))));
    else io.out(libraryInWords(all).join('\n'));
    return 0;
  }
  const day = await withLocalUser(values['data-dir'], (services, actor) => services.tips.forDay(actor, { asOf, limit }));
  if (values.json) io.out(JSON.stringify(day.tips.map(({ id, message, evidence: grade, sources, because: b }) => ({ id, message, evidence: grade, sources, because: b }))));
  else io.out(tipsInWords(day.asOf, day.tips).join('\n'));
  return 0;
}
