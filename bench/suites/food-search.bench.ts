import { randomUUID } from 'node:crypto';
import { createFoodRepository, createUsersRepository } from '../../src/store/index.js';
import { SEARCH_QUALITY_QUERIES, topKHitRate } from '../../src/core/nutrition/search-quality.js';
import type { Actor } from '../../src/app/index.js';
import { brandedVariants, FULL_CATALOG_FOODS, OFF_SAMPLE, readRealFoods, SR28_DIR, variantBases, writeVariants, type RealFoods } from '../lib/food-catalog.js';
import { createHistoryUser } from '../lib/history.js';
import { load } from '../lib/http-load.js';
import type { Figure } from '../lib/report.js';
import { median, percentile } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

/** The seed of the generated branded products: the same catalog on every run and machine. */
const SEED = 20_261_121;
/** --quick: a catalog the whole quick run (every suite, both databases) can build within its 2 minutes. */
const QUICK_CATALOG_FOODS = 20_000;
/** Issue 10's targets for search p95 in process over 400,000 foods. */
const P95_TARGET_MS = { postgres: 10, pglite: 20 } as const;

// The real files are parsed once per process (both databases' runs derive their products from them).
let realFoods: Promise<{ foods: RealFoods; sr28ParseSeconds: number }> | null = null;
function real() {
  realFoods ??= (async () => {
    const t0 = performance.now();
    const foods = await readRealFoods();
    return { foods, sr28ParseSeconds: (performance.now() - t0) / 1000 };
  })();
  return realFoods;
}

interface Latency {
  foods: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time of this process per search: on PGlite it includes the database's own work. */
  cpuMsPerSearch: number;
  slowest: string;
}

const QUERIES = SEARCH_QUALITY_QUERIES.map((q) => q.query);

/** Every labeled query, `rounds` times after one warm-up round, in process (the service a route calls). */
async function searchLatency(ctx: BenchContext, actor: Actor, foods: number, rounds: number): Promise<Latency> {
  const { services } = ctx.server;
  for (const q of QUERIES) await services.foods.search(actor, q, { limit: 20 });
  const ms: number[] = [];
  const worst = new Map<string, number>();
  const cpu0 = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const t0 = process.hrtime.bigint();
      await services.foods.search(actor, q, { limit: 20 });
      const t = Number(process.hrtime.bigint() - t0) / 1e6;
      ms.push(t);
      worst.set(q, Math.max(worst.get(q) ?? 0, t));
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const slowest = [...worst.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return {
    foods,
    runs: ms.length,
    p50Ms: median(ms),
    p95Ms: percentile(ms, 95),
    maxMs: Math.max(...ms),
    cpuMsPerSearch: (cpu.user + cpu.system) / 1000 / ms.length,
    slowest: slowest.map(([q, t]) => `${q} ${t.toFixed(1)} ms`).join(', '),
  };
}

/**
 * Food search over a catalog of 400,000 foods (--quick: 20,000): the real files imported the way a person
 * imports them (every USDA SR28 food, timed; the Open Food Facts sample; the starter catalog), then generated
 * branded products written by the same catalog writer. Figures: search p95 in process beside the same queries
 * over the real foods alone, the top-3 hit rate of the labeled everyday queries, the SR28 import beside parsing
 * its files, and search over HTTP beside GET /api/health of the same server.
 */
export const foodSearchSuite: BenchSuite = {
  name: 'food-search',
  async run(ctx: BenchContext) {
    const { services, url } = ctx.server;
    // One-person mode answers loopback as its local user; a PostgreSQL server wants an account and a token.
    let actor: Actor;
    let headers: Record<string, string> = {};
    if (services.auth.config.mode === 'multi') {
      const user = await services.auth.addUser({ username: 'food-bench', password: 'a long bench password', admin: true });
      actor = { userId: user.id, via: 'session', isAdmin: true };
      const { token } = await services.auth.createToken(actor, { name: 'food bench', scopes: ['read', 'write'] });
      headers = { authorization: `Bearer ${token}` };
    } else {
      actor = { userId: (await services.users.ensureLocalUser()).id, via: 'local', isAdmin: true };
    }
    // In process, search asks as a new person on both databases: the local user of one-person mode already has
    // the year of logs the projection suite gave it (a full run measured PGlite for a person with history and
    // PostgreSQL for one without). A person with a year of logs is its own figure below.
    const searcher: Actor = { userId: randomUUID() };
    await createUsersRepository(services.database.db).insert({ id: searcher.userId, username: `food-search-${searcher.userId.slice(0, 8)}`, isAdmin: false, createdAt: new Date(), passwordHash: null });
    const repo = createFoodRepository(services.database.db);
    const count = async () => Object.values(await repo.countBySource()).reduce((a, b) => a + b, 0);
    const timed = async <T>(fn: () => Promise<T>) => {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const result = await fn();
      const cpu = process.cpuUsage(cpu0);
      return { result, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    };

    // The real catalog, imported as a person would.
    const sr = await timed(() => services.foodImports.import(actor, 'usda-sr', SR28_DIR));
    const off = await timed(() => services.foodImports.import(actor, 'off', OFF_SAMPLE));
    await services.foodImports.loadStarterCatalog();
    const { foods: realData, sr28ParseSeconds } = await real();
    const realCount = await count();
    // --quick: every labeled query once at each size (65 searches), to stay inside the quick run's 2 minutes.
    const rounds = ctx.quick ? 1 : 5;
    const scaling: Latency[] = [await searchLatency(ctx, searcher, realCount, rounds)];

    // Generated branded products up to the catalog size, measured on the way (full run: 100,000 and 400,000).
    const target = ctx.quick ? QUICK_CATALOG_FOODS : FULL_CATALOG_FOODS;
    const steps = ctx.quick ? [target] : [100_000, target];
    const bases = variantBases(realData);
    const generated: Array<{ foods: number; seconds: number; added: number }> = [];
    let made = 0;
    for (const size of steps) {
      const n = Math.max(0, size - realCount - made);
      const w = await timed(() => writeVariants(repo, brandedVariants(bases, n, SEED, { startAt: made })));
      made += n;
      generated.push({ foods: realCount + made, seconds: w.seconds, added: w.result.added });
      await repo.analyzeCatalog();
      scaling.push(await searchLatency(ctx, searcher, await count(), rounds));
    }
    const big = scaling[scaling.length - 1]!;
    const realOnly = scaling[0]!;
    const catalog = await repo.countBySource();

    // Quality over the big catalog: the labeled queries, top 3.
    const judged = [];
    for (const query of SEARCH_QUALITY_QUERIES) judged.push({ query, results: await services.foods.search(searcher, query.query, { limit: 3 }) });
    const quality = topKHitRate(judged);

    // A person with a year of daily logs (the history suite's generator: ~850 entries of ~170 foods in search's
    // 90 recent days), whose searches also gather their history with each food. The full run only: --quick has
    // no time for the year of entries and the searches.
    const logger = ctx.quick ? null : await createHistoryUser(services, 1, { training: false, body: false });
    const withHistory = logger ? await searchLatency(ctx, logger.actor, big.foods, rounds) : null;

    // Over HTTP: the same queries in turn, against /api/health of the same server.
    const seconds = ctx.quick ? 1 : 5;
    const health = await load(url, () => ({ path: '/api/health' }), { connections: 4, seconds });
    const httpSearch = await load(url, (i) => ({ path: `/api/foods?q=${encodeURIComponent(QUERIES[i % QUERIES.length]!)}&limit=20`, headers }), { connections: 4, seconds });

    const size = `${Math.round(big.foods / 1000)}k foods`;
    const historyFigure: Figure[] = withHistory
      ? [
          {
            key: 'search.p95.history',
            what: `food search p95 in process, ${size}, a person with a year of logs`,
            value: withHistory.p95Ms,
            unit: 'ms',
            reference: { what: 'a new person', value: big.p95Ms, unit: 'ms' },
          },
        ]
      : [];
    const figures: Figure[] = [
      {
        key: 'search.p95',
        what: `food search p95 in process, ${size}`,
        value: big.p95Ms,
        unit: 'ms',
        reference: { what: `same queries, ${Math.round(realOnly.foods / 1000)}k real foods`, value: realOnly.p95Ms, unit: 'ms' },
        target: { max: P95_TARGET_MS[ctx.database] },
      },
      ...historyFigure,
      {
        key: 'search.top3',
        what: `top-3 hit rate, ${quality.queries} everyday queries, ${size}`,
        value: quality.hitRate * 100,
        unit: '%',
        target: { min: 95 },
      },
      {
        key: 'import.sr28',
        what: `full USDA SR28 import (${sr.result.added + sr.result.updated + sr.result.unchanged} foods)`,
        value: sr.seconds,
        unit: 's',
        reference: { what: 'parsing its files alone', value: sr28ParseSeconds, unit: 's' },
        ...(ctx.database === 'pglite' ? { target: { max: 20 } } : {}),
      },
      {
        key: 'http.p50',
        what: `GET /api/foods?q= p50, 4 connections, ${size}`,
        value: httpSearch.p50Ms,
        unit: 'ms',
        reference: { what: 'GET /api/health p50', value: health.p50Ms, unit: 'ms' },
      },
    ];
    return {
      figures,
      details: {
        catalog: { foods: big.foods, realFoods: realCount, bySource: catalog, generated, seed: SEED },
        import: {
          sr28Seconds: sr.seconds,
          sr28CpuSeconds: sr.cpuSeconds,
          sr28Added: sr.result.added,
          sr28ParseSeconds,
          offSeconds: off.seconds,
          offAdded: off.result.added,
          offRejected: off.result.rejected.length,
        },
        quality: { queries: quality.queries, top3Hits: quality.hits, top3HitRate: quality.hitRate, misses: quality.misses.map((m) => `${m.query}: ${m.top.join(' | ')}`) },
        'search in process by catalog size': scaling,
        ...(withHistory && logger ? { 'search in process, a person with a year of logs': { ...withHistory, diaryEntries: logger.counts.diaryEntries } } : {}),
        'GET /api/foods?q= (4 connections)': httpSearch,
        'GET /api/health (4 connections)': health,
      },
    };
  },
};
