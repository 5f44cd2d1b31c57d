import { computeGoal } from '../../src/core/energy/index.js';
import { load } from '../lib/http-load.js';
import { timeSync } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const person = { sex: 'male', age: 30, heightCm: 177.8, weightKg: 81.65, activity: 'moderate', goal: 'gain-0.5', formula: 'mifflin' } as const;

/** The goal calculation in process, and GET /api/goal against GET /api/health of the same server. */
export const goalSuite: BenchSuite = {
  name: 'goal',
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
    await fetch(`${ctx.server.url}/api/profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sex: 'male', age: 30, height: '5\'10"', weight: '180 lb', activity: 'moderate', goal: 'gain-0.5', units: 'imperial' }),
    });
    const seconds = ctx.quick ? 2 : 5;
    const health = await load(ctx.server.url, () => ({ path: '/api/health' }), { connections: 10, seconds });
    const goal = await load(ctx.server.url, () => ({ path: '/api/goal' }), { connections: 10, seconds });
    return {
      'goal calculation (in process)': { nsPerOp: calc.nsPerOp, p95NsPerOp: calc.p95NsPerOp, bareFormulaNsPerOp: bare.nsPerOp },
      'GET /api/health': health,
      'GET /api/goal': goal,
      ratios: {
        goalRpsOverHealthRps: goal.rps / health.rps,
        goalP50OverHealthP50: goal.p50Ms / health.p50Ms,
        goalP95OverHealthP95: goal.p95Ms / health.p95Ms,
      },
    };
  },
};
