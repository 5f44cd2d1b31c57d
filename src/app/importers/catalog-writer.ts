import { createHash, randomUUID } from 'node:crypto';
import type { Per100g, Portion } from '../../core/nutrition/food-catalog.js';
import type { FoodSource } from '../../core/nutrition/food-ranking.js';
import { searchDocument } from '../../core/nutrition/search-text.js';
import type { CatalogFoodValues, FoodQueries, FoodRepository } from '../../store/index.js';
import type { ProgressListener, SummaryBuilder } from './import-summary.js';

/** One food as a food importer produced it, with the line it came from. */
export interface ImportedFood {
  line: number;
  file?: string;
  source: FoodSource;
  sourceId: string;
  name: string;
  brand: string | null;
  barcode: string | null;
  group: string | null;
  aliases: string[];
  per100g: Per100g;
  /** Further nutrients per 100 g, keyed "Name (unit)". */
  other: Record<string, number>;
  portions: Portion[];
  dedupeKey: string | null;
}

export const BATCH_SIZE = 500;

/** The catalog row for an imported food: a fresh id (kept only if the row is new), its search line and a hash of its content. */
export function catalogValues(f: ImportedFood): CatalogFoodValues {
  const searchText = searchDocument([f.name, ...f.aliases, f.brand]);
  const content = [f.name, f.brand, f.barcode, f.group, f.aliases, f.per100g, f.other, f.portions, f.dedupeKey, searchText];
  return {
    id: randomUUID(),
    source: f.source,
    sourceId: f.sourceId,
    name: f.name,
    brand: f.brand,
    barcode: f.barcode,
    foodGroup: f.group,
    aliases: f.aliases,
    ...f.per100g,
    otherNutrients: f.other,
    portions: f.portions,
    searchText,
    dedupeKey: f.dedupeKey,
    contentHash: createHash('sha1').update(JSON.stringify(content)).digest('base64url'),
  };
}

/**
 * Writes imported foods into the shared catalog in batches, all inside one transaction (a failure
 * leaves the catalog as it was). A source id seen twice in one import is rejected at its later line.
 */
export async function writeCatalogFoods(
  repo: FoodRepository,
  items: AsyncIterable<ImportedFood> | Iterable<ImportedFood>,
  summary: SummaryBuilder,
  opts: { now: Date; total?: number | null; onProgress?: ProgressListener; batchSize?: number },
): Promise<void> {
  const size = opts.batchSize ?? BATCH_SIZE;
  const seen = new Map<string, number>();
  let done = 0;
  await repo.transaction(async (tx: FoodQueries) => {
    let batch: CatalogFoodValues[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const counts = await tx.upsertCatalog(batch, opts.now);
      await tx.addWords([...new Set(batch.flatMap((f) => f.searchText.split(' ')))].filter((w) => w !== '').sort());
      summary.added += counts.added;
      summary.updated += counts.updated;
      summary.unchanged += counts.unchanged;
      done += batch.length;
      batch = [];
      opts.onProgress?.({ phase: 'writing foods', done, total: opts.total ?? null });
    };
    for await (const item of items) {
      const key = `${item.source}:${item.sourceId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        summary.reject(item.line, `repeats id ${item.sourceId} of line ${first}`, item.file);
        continue;
      }
      seen.set(key, item.line);
      batch.push(catalogValues(item));
      if (batch.length >= size) await flush();
    }
    await flush();
  });
}
