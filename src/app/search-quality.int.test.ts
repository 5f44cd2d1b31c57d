import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_QUALITY_QUERIES, topKHitRate } from '../core/nutrition/search-quality.js';
import { testDatabases } from '../store/testing/test-databases.js';
import { OFF_SAMPLE, openFoodContext, SR28_DIR, type FoodTestContext } from './testing/food-data.js';

/** The share of labeled queries whose food must be in the top 3 over the full catalog. */
const REQUIRED_HIT_RATE = 0.9;

describe.each(testDatabases())('search quality over the full catalog on $name', (kind) => {
  let ctx: FoodTestContext;
  beforeAll(async () => {
    ctx = await openFoodContext(kind);
    await ctx.services.foodImports.loadStarterCatalog();
    await ctx.services.foodImports.import(ctx.admin, 'usda-sr', SR28_DIR);
    await ctx.services.foodImports.import(ctx.admin, 'off', OFF_SAMPLE);
  }, 600_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it(`finds the food a person means in the top 3 for at least ${REQUIRED_HIT_RATE * 100} % of ${SEARCH_QUALITY_QUERIES.length} everyday queries`, async () => {
    const results = [];
    for (const query of SEARCH_QUALITY_QUERIES) results.push({ query, results: await ctx.services.foods.search(ctx.admin, query.query, { limit: 3 }) });
    const sut = topKHitRate(results);
    console.log(`search top-3 hit rate on ${kind.name}: ${sut.hits}/${sut.queries} = ${(sut.hitRate * 100).toFixed(1)} %`);
    for (const m of sut.misses) console.log(`  miss "${m.query}": ${m.top.join(' | ')}`);
    expect(sut.hitRate).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
  }, 300_000);
});
