import os from 'node:os';
import { addDays } from '../../src/core/dates.js';
import { AS_OF, createHistoryUser, random, SEED, type HistoryUser } from '../lib/history.js';
import { ratioOf, type Figure } from '../lib/report.js';
import { median, percentile } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const YEARS = [1, 5, 10] as const;

/**
 * Times each call after a warm-up: wall-clock p50/p95, and the p50 of this process's CPU time per call, which
 * on PGlite (in-process) is the work itself and moves less than the wall clock on a busy machine. ms.
 */
export async function timeCalls(fn: (i: number) => Promise<unknown>, { warmup, runs }: { warmup: number; runs: number }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn(i);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { p50Ms: median(wall), p95Ms: percentile(wall, 95), cpuP50Ms: median(cpu), runs };
}

type Timing = Awaited<ReturnType<typeof timeCalls>>;

/**
 * Every everyday view over 1, 5 and 10 years of generated daily food, training and weigh-ins (one user each,
 * in process through the services): the day and week of the diary, the home screen, the balance report, the
 * body trend and learned expenditure, the workout list. How each grows with the history behind it is the
 * point: the 1-year time is each view's reference.
 */
export const historySuite: BenchSuite = {
  name: 'history',
  quickOnce: true,
  async run(ctx: BenchContext) {
    const { services } = ctx.server;
    const runs = ctx.quick ? 20 : 150;
    const warmup = ctx.quick ? 5 : 15;
    const details: Record<string, unknown> = { 'machine load (1-min average) at start': os.loadavg()[0] };
    const timings: Record<number, Record<string, Timing>> = {};
    for (const years of YEARS) {
      // --quick judges the day view at 5 years and the balance report at 10: its 10-year user logs only training.
      const trainingOnly = ctx.quick && years === 10;
      const user: HistoryUser = await createHistoryUser(services, years, trainingOnly ? { diary: false, body: false } : {});
      const { actor } = user;
      // Days spread over the last year, the same for every history length.
      const rnd = random(SEED);
      const days = Array.from({ length: 64 }, () => addDays(AS_OF, -Math.floor(rnd() * 365)));
      const day = (i: number) => days[i % days.length]!;
      const t: Record<string, Timing> = {};
      if (!trainingOnly) t['day view'] = await timeCalls((i) => services.diary.day(actor, day(i)), { warmup, runs });
      t['balance report (4 weeks)'] = await timeCalls(() => services.balance.report(actor, { weeks: 4, asOf: AS_OF }), { warmup, runs });
      // --quick measures the two views with targets; the full run every everyday view.
      if (!ctx.quick) {
        t['week view'] = await timeCalls((i) => services.diary.week(actor, day(i)), { warmup, runs: Math.ceil(runs / 2) });
        t.home = await timeCalls(() => services.home.home(actor, { date: AS_OF }), { warmup: 1, runs: 20 });
        t['balance report (52 weeks)'] = await timeCalls(() => services.balance.report(actor, { weeks: 52, asOf: AS_OF }), { warmup: 1, runs: 20 });
        t['body trend (90 days)'] = await timeCalls(() => services.body.trend(actor, { from: addDays(AS_OF, -89), to: AS_OF }), { warmup, runs });
        t['learned expenditure'] = await timeCalls(() => services.bodyExpenditure.expenditure(actor), { warmup, runs: Math.ceil(runs / 2) });
        // Counts the records each workout set, judged against the whole history of its exercises.
        t['workout list (latest 20)'] = await timeCalls(() => services.workouts.list(actor, { limit: 20 }), { warmup: 1, runs: 10 });
      }
      timings[years] = t;
      details[`${years} year${years === 1 ? '' : 's'}`] = { history: { ...user.counts, insertSeconds: user.insertSeconds }, ...t };
    }

    const oneYear = timings[1]!;
    const growth = (view: string, years: 5 | 10, stat: 'p50Ms' | 'p95Ms'): Figure => ({
      key: `${view}.${years}y.${stat}`,
      what: `${view}, ${years} years of history, ${stat === 'p95Ms' ? 'p95' : 'p50'}`,
      value: timings[years]![view]![stat],
      unit: 'ms',
      reference: { what: `1 year, ${stat === 'p95Ms' ? 'p95' : 'p50'}`, value: oneYear[view]![stat], unit: 'ms' },
    });
    const balance: Figure = { ...growth('balance report (4 weeks)', 10, 'p50Ms'), target: { max: 100 } };
    const figures: Figure[] = [{ ...growth('day view', 5, 'p95Ms'), target: { max: 5 } }, ...(ctx.quick ? [] : [growth('day view', 10, 'p95Ms')]), balance];
    // The growth target is on the ratio: a figure of its own, in ×, so the table can judge it.
    figures.push({
      key: 'balance.10y-over-1y',
      what: 'balance report, 10 years over 1 year (p50 ratio)',
      value: ratioOf(balance)!,
      unit: '×',
      target: { max: 1.5 },
    });
    if (!ctx.quick) {
      figures.push(
        growth('week view', 10, 'p95Ms'),
        growth('home', 10, 'p50Ms'),
        growth('balance report (52 weeks)', 10, 'p50Ms'),
        growth('body trend (90 days)', 10, 'p95Ms'),
        growth('learned expenditure', 10, 'p50Ms'),
        growth('workout list (latest 20)', 10, 'p95Ms'),
      );
    }
    return { figures, details };
  },
};
