import { hackersDietTrend } from '../../src/core/body/trend.js';
import { addDays } from '../../src/core/dates.js';
import { adaptiveTdee, learnExpenditure, type IntakeDay } from '../../src/core/energy/expenditure.js';
import { hallBaseline } from '../../src/core/energy/hall.js';
import { projectionReport } from '../../src/core/energy/projection-report.js';
import { projectPlan, ruleOfThumbWeightKg, solveIntakeChange } from '../../src/core/energy/projection.js';
import { benchUser } from '../lib/bench-user.js';
import { createHistoryUser } from '../lib/history.js';
import { load, type LoadResult } from '../lib/http-load.js';
import { timeSync } from '../lib/stats.js';
import { rpsBesideHealth, type Figure } from '../lib/report.js';
import type { BenchContext, BenchSuite } from '../run.js';

const man100 = { sex: 'male', age: 40, heightCm: 180, weightKg: 100 } as const;
const TEN_YEARS = 3650;
const START = '2016-01-01';

/** Ten years of daily logs: intake around 2,400 kcal (a few days missed or half-logged) and a noisy, drifting weight. */
function tenYearsOfLogs(days: number) {
  let s = 12345;
  const rand = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
  const weighIns: Array<{ date: string; kg: number }> = [];
  const intake: IntakeDay[] = [];
  let kg = 90;
  for (let i = 0; i < days; i++) {
    const date = addDays(START, i);
    const eaten = 2400 + 600 * rand() + 300 * Math.sin(i / 60);
    kg += (eaten - 2450) / 7700;
    weighIns.push({ date, kg: kg + rand() });
    if (i % 13 !== 0) intake.push({ date, kcal: i % 29 === 0 ? 500 : eaten, complete: i % 31 !== 0 });
  }
  return { weighIns, intake, asOf: addDays(START, days - 1) };
}

/** The Hall model and learned expenditure in process (each beside a plain baseline), and their routes against GET /api/health. */
export const projectionSuite: BenchSuite = {
  name: 'projection',
  quickOnce: true,
  async run(ctx: BenchContext) {
    const rounds = ctx.quick ? 5 : 15;
    const plan = [{ fromDay: 0, intakeChangeKcal: -500 }];
    const hall = timeSync(() => projectPlan(man100, plan, TEN_YEARS), { rounds, perRound: 20 });
    const rule = timeSync(() => ruleOfThumbWeightKg(100, new Float64Array(TEN_YEARS).fill(-500), TEN_YEARS), { rounds, perRound: 200 });
    const report = timeSync(() => projectionReport({ person: man100, days: TEN_YEARS, startDate: START, phases: plan }), { rounds, perRound: 10 });
    const baseline = hallBaseline(man100);
    const solve = timeSync(() => solveIntakeChange(baseline, 85, TEN_YEARS), { rounds: ctx.quick ? 3 : 7, perRound: 2 });

    const logs = tenYearsOfLogs(TEN_YEARS);
    const learned = timeSync(() => learnExpenditure({ ...logs, priorKcal: 2500 }), { rounds, perRound: 20 });
    // The plain baseline: the Hacker's Diet trend over all ten years, the window's mean intake, the endpoint formula.
    const plain = timeSync(
      () => {
        const trend = hackersDietTrend(logs.weighIns.map((w) => w.kg));
        const window = logs.intake.slice(-28);
        const mean = window.reduce((a, d) => a + d.kcal, 0) / window.length;
        return adaptiveTdee(mean, trend[trend.length - 28]!, trend[trend.length - 1]!, 27);
      },
      { rounds, perRound: 20 },
    );
    // An estimate for every day of the ten years (a chart of learned expenditure over time).
    const everyDayRuns = ctx.quick ? 365 : TEN_YEARS;
    const t0 = performance.now();
    for (let i = 0; i < everyDayRuns; i++) learnExpenditure({ ...logs, asOf: addDays(START, TEN_YEARS - everyDayRuns + i), priorKcal: 2500 });
    const everyDayMs = performance.now() - t0;

    // HTTP, on a year of logs. One-person mode answers loopback as its local user; a PostgreSQL server wants an account and a token.
    const { services } = ctx.server;
    const { userId, headers } = await benchUser(ctx.server, 'projection-bench');
    // A year of daily food and weigh-ins ending yesterday (the generated history ends on AS_OF).
    await createHistoryUser(services, 1, { userId, training: false });
    const seconds = ctx.quick ? 1 : 5;
    const health = await load(ctx.server.url, () => ({ path: '/api/health' }), { connections: 10, seconds });
    const expenditure = await load(ctx.server.url, () => ({ path: '/api/body/expenditure', headers }), { connections: 10, seconds });
    const trend = await load(ctx.server.url, () => ({ path: '/api/body/trend', headers }), { connections: 10, seconds });
    const project = await load(ctx.server.url, () => ({ method: 'POST', path: '/api/projections', body: { days: 365, intakeChangeKcal: -300 }, headers }), { connections: 10, seconds });
    if (trend.errors > 0) throw new Error(`bench: ${trend.errors} of ${trend.requests} GET /api/body/trend failed`);
    const details = {
      'Hall model, 10 years daily (in process)': { msPerRun: hall.nsPerOp / 1e6, nsPerDay: hall.nsPerOp / TEN_YEARS, p95MsPerRun: hall.p95NsPerOp / 1e6 },
      '3,500-kcal line, 10 years (plain baseline)': { msPerRun: rule.nsPerOp / 1e6, hallOverRule: hall.nsPerOp / rule.nsPerOp },
      'projection report, 10 years (series, steady state, words)': { msPerRun: report.nsPerOp / 1e6 },
      'solve intake for a 10-year target (bisection)': { msPerRun: solve.nsPerOp / 1e6 },
      'learned expenditure, 10 years of daily logs (in process)': { msPerEstimate: learned.nsPerOp / 1e6, overPlainTrendFormula: learned.nsPerOp / plain.nsPerOp },
      'plain trend + endpoint formula over 10 years (baseline)': { msPerEstimate: plain.nsPerOp / 1e6 },
      [`learned expenditure for each of ${everyDayRuns} days`]: { totalMs: everyDayMs, msPerDay: everyDayMs / everyDayRuns },
      'GET /api/health': health,
      'GET /api/body/expenditure (a year of logs)': expenditure,
      'GET /api/body/trend (90 days)': trend,
      'POST /api/projections (365 days)': project,
    };
    const overHealth = (key: string, what: string, r: LoadResult) => rpsBesideHealth(key, what, r, { rps: health.rps, connections: 10 });
    const figures: Figure[] = [
      {
        key: 'hall.10y',
        what: 'Hall model, 10-year daily projection, in process',
        value: hall.nsPerOp / 1e6,
        unit: 'ms',
        reference: { what: 'the 3,500-kcal line over the same days', value: rule.nsPerOp / 1e6, unit: 'ms' },
        target: { max: 5 },
      },
      {
        key: 'expenditure.10y',
        what: 'learned expenditure over 10 years of daily logs, in process',
        value: learned.nsPerOp / 1e6,
        unit: 'ms',
        reference: { what: 'plain trend + endpoint formula over the same logs', value: plain.nsPerOp / 1e6, unit: 'ms' },
        target: { max: 20 },
      },
      { key: 'solve.10y', what: 'solve the intake for a 10-year target (bisection over the Hall model)', value: solve.nsPerOp / 1e6, unit: 'ms' },
      overHealth('http.expenditure', 'GET /api/body/expenditure (a year of logs), 10 connections', expenditure),
      overHealth('http.projections', 'POST /api/projections (365 days), 10 connections', project),
    ];
    return { figures, details };
  },
};
