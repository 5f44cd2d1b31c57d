import { computeGoal } from '../../src/core/energy/index.js';
import { load } from '../lib/http-load.js';
import { benchUser } from '../lib/bench-user.js';
import { rpsBesideHealth, type Figure } from '../lib/report.js';
import { timeSync } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const person = { sex: 'male', age: 30, heightCm: 177.8, weightKg: 81.65, activity: 'moderate', goal: 'gain-0.5', formula: 'mifflin' } as const;

/** The goal calculation in process, and GET /api/goal against GET /api/health of the same server. */
export const goalSuite: BenchSuite = {
  name: 'goal',
  quickOnce: true,
  async run(ctx: BenchContext) {
    const calc = timeSync(() => computeGoal(person), { rounds: ctx.quick ? 5 : 15, perRound: 5000 });
    // The same arithmetic with no validation, flags or explanation: what the goal costs above the bare formula.
    const bare = timeSync(
      () => {
        const bmr = 10 * person.weightKg + 6.25 * person.heightCm - 5 * person.age + 5;
        return Math.floor(bmr * 1.55 + 250 + 0.5);
      },
      { rounds: ctx.quick ? 5 : 15, perRound: 5000 },
    );
    const { headers } = await benchUser(ctx.server, 'goal-bench');
    const put = await fetch(`${ctx.server.url}/api/profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ sex: 'male', age: 30, height: '5\'10"', weight: '180 lb', activity: 'moderate', goal: 'gain-0.5', units: 'imperial' }),
    });
    if (!put.ok) throw new Error(`bench: PUT /api/profile answered ${put.status}`);
    const seconds = ctx.quick ? 1 : 5;
    const health = await load(ctx.server.url, () => ({ path: '/api/health' }), { connections: 10, seconds });
    const goal = await load(ctx.server.url, () => ({ path: '/api/goal', headers }), { connections: 10, seconds });
    const figures: Figure[] = [
      {
        key: 'goal.calc',
        what: 'goal calculation in process (validation, flags, macros, explanation)',
        value: calc.nsPerOp / 1e6,
        unit: 'ms',
        reference: { what: 'the bare Mifflin arithmetic', value: bare.nsPerOp / 1e6, unit: 'ms' },
      },
      rpsBesideHealth('goal.http', 'GET /api/goal, 10 connections', goal, { rps: health.rps, connections: 10 }),
    ];
    return {
      figures,
      details: {
        'goal calculation (in process)': { nsPerOp: calc.nsPerOp, p95NsPerOp: calc.p95NsPerOp, bareFormulaNsPerOp: bare.nsPerOp },
        'GET /api/health': health,
        'GET /api/goal': goal,
      },
    };
  },
};
