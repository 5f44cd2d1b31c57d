import { createFoodRepository } from '../../src/store/index.js';
import { SEARCH_QUALITY_QUERIES, topKHitRate } from '../../src/core/nutrition/search-quality.js';
import { load } from '../lib/http-load.js';
import { median, percentile } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const SR28 = new URL('../../../shared/data/usda-sr28', import.meta.url).pathname;
const OFF = new URL('../../../shared/data/openfoodfacts/openfoodfacts-sample.tsv', import.meta.url).pathname;

/**
 * Food search over the full imported catalog (all SR28 foods, the Open Food Facts sample and the starter
 * catalog): import times, the top-3 hit rate of the labeled everyday queries, and p50/p95 latency of
 * search in process and over HTTP (GET /api/foods?q=, beside GET /api/health of the same server).
 */
export const foodSearchSuite: BenchSuite = {
  name: 'food-search',
  async run(ctx: BenchContext) {
    const { services, url } = ctx.server;
    // One-person mode answers loopback as its local user; a PostgreSQL server wants an account and a token.
    let actor: { userId: string; isAdmin: boolean };
    let headers: Record<string, string> = {};
    if (services.auth.config.mode === 'multi') {
      const user = await services.auth.addUser({ username: 'food-bench', password: 'a long bench password', admin: true });
      actor = { userId: user.id, isAdmin: true };
      const { token } = await services.auth.createToken({ ...actor, via: 'session' }, { name: 'food bench', scopes: ['read', 'write'] });
      headers = { authorization: `Bearer ${token}` };
    } else {
      actor = { userId: (await services.users.ensureLocalUser()).id, isAdmin: true };
    }

    const timed = async <T>(fn: () => Promise<T>) => {
      const t0 = performance.now();
      const result = await fn();
      return { result, seconds: (performance.now() - t0) / 1000 };
    };
    const sr = await timed(() => services.foodImports.import(actor, 'usda-sr', SR28));
    const srAgain = await timed(() => services.foodImports.import(actor, 'usda-sr', SR28));
    const off = await timed(() => services.foodImports.import(actor, 'off', OFF));
    const starterRecheck = await timed(() => services.foodImports.loadStarterCatalog());
    const catalog = await createFoodRepository(services.database.db).countBySource();

    // Quality: the labeled queries, top 3.
    const judged = [];
    for (const query of SEARCH_QUALITY_QUERIES) judged.push({ query, results: await services.foods.search(actor, query.query, { limit: 3 }) });
    const quality = topKHitRate(judged);

    // Latency in process: every labeled query, several rounds, after one warm-up round.
    const queries = SEARCH_QUALITY_QUERIES.map((q) => q.query);
    for (const q of queries) await services.foods.search(actor, q, { limit: 20 });
    const ms: number[] = [];
    // CPU time of this process per search: on PGlite it includes the database's work, and unlike wall time it
    // does not grow when other processes load the machine.
    const cpu0 = process.cpuUsage();
    for (let round = 0; round < (ctx.quick ? 2 : 5); round++) {
      for (const q of queries) {
        const t0 = process.hrtime.bigint();
        await services.foods.search(actor, q, { limit: 20 });
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }

    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerSearch = (cpu.user + cpu.system) / 1000 / ms.length;

    // Latency over HTTP: the same queries in turn, against /api/health of the same server.
    const seconds = ctx.quick ? 2 : 5;
    const health = await load(url, () => ({ path: '/api/health' }), { connections: 4, seconds });
    const http = await load(url, (i) => ({ path: `/api/foods?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=20`, headers }), { connections: 4, seconds });
    const http1 = await load(url, (i) => ({ path: `/api/foods?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=20`, headers }), { connections: 1, seconds });

    return {
      catalog: { foods: Object.values(catalog).reduce((a, b) => a + b, 0), bySource: catalog },
      import: {
        sr28Seconds: sr.seconds,
        sr28Added: sr.result.added,
        sr28AgainSeconds: srAgain.seconds,
        sr28AgainAdded: srAgain.result.added,
        offSeconds: off.seconds,
        offAdded: off.result.added,
        offRejected: off.result.rejected.length,
        starterRecheckMs: starterRecheck.seconds * 1000,
      },
      quality: { queries: quality.queries, top3Hits: quality.hits, top3HitRate: quality.hitRate, misses: quality.misses.map((m) => m.query).join(', ') || 'none' },
      'search in process': { runs: ms.length, p50Ms: median(ms), p95Ms: percentile(ms, 95), cpuMsPerSearch },
      'GET /api/foods?q= (1 connection)': http1,
      'GET /api/foods?q= (4 connections)': http,
      'GET /api/health (4 connections)': health,
      ratios: { searchP50OverHealthP50: http.p50Ms / health.p50Ms, searchRpsOverHealthRps: http.rps / health.rps },
    };
  },
};
