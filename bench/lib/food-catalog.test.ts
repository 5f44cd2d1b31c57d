import { describe, expect, it } from 'vitest';
import { nutrientProblems } from '../../src/core/nutrition/nutrients.js';
import type { ImportedFood } from '../../src/app/importers/catalog-writer.js';
import { prng } from '../../src/core/testing/prng.js';
import { brandedVariants, nameParts, upcA } from './food-catalog.js';

const base = (name: string, source: ImportedFood['source'] = 'usda-sr28'): ImportedFood => ({
  line: 1,
  source,
  sourceId: name,
  name,
  brand: null,
  barcode: null,
  group: 'Poultry Products',
  aliases: [],
  per100g: { energyKcal: 165, proteinG: 31, fatG: 3.6, saturatedFatG: 1, carbsG: 0, fiberG: 0, sugarsG: 0, sodiumMg: 74 },
  other: { 'Calcium, Ca (mg)': 15, 'Vitamin B-12 (µg)': 0.3 },
  portions: [{ amount: 1, unit: 'cup', label: '1 cup', grams: 140 }],
  dedupeKey: null,
});
const BASES = [base('Chicken, broilers or fryers, breast, meat only, cooked, roasted'), base('Bananas, raw'), base('Nutella', 'off')];

describe('generated food catalog', () => {
  it('gives the same sequence for a seed, and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, prng(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('makes the same products on every run, the i-th depending only on the seed and i', () => {
    const all = [...brandedVariants(BASES, 50, 42)];
    expect([...brandedVariants(BASES, 50, 42)]).toEqual(all);
    expect([...brandedVariants(BASES, 10, 42, { startAt: 40 })]).toEqual(all.slice(40));
    expect([...brandedVariants(BASES, 50, 43)].map((f) => f.name)).not.toEqual(all.map((f) => f.name));
  });

  it('makes branded products an import would accept: distinct ids and UPCs, a brand, a serving, plausible nutrients near the real food', () => {
    const sut = [...brandedVariants(BASES, 2000, 42)];
    expect(new Set(sut.map((f) => f.sourceId)).size).toBe(2000);
    expect(new Set(sut.map((f) => f.barcode)).size).toBe(2000);
    for (const f of sut) {
      expect(f.source).toBe('usda-fdc-branded');
      expect(f.brand).toBeTruthy();
      expect(f.dedupeKey).toBe(`gtin:${f.barcode!.replace(/^0+/, '')}`);
      expect(nutrientProblems(f.per100g)).toEqual([]);
      expect(f.portions).toHaveLength(1);
      expect(Object.keys(f.other)).toEqual(['Calcium, Ca (mg)']);
    }
    const chicken = sut.filter((f) => /Chicken/.test(f.name));
    expect(chicken.length).toBeGreaterThan(500);
    for (const f of chicken) expect(f.per100g.proteinG).toBeGreaterThanOrEqual(31 * 0.85 - 0.01);
    expect(chicken.some((f) => /Cooked Chicken Breast/.test(f.name))).toBe(true);
    expect(sut.every((f) => !/broilers|meat only/i.test(f.name))).toBe(true);
  });

  it('takes the head and the label-worthy qualifiers of a USDA name, and an Open Food Facts name whole', () => {
    expect(nameParts(BASES[0]!)).toEqual({ head: 'Chicken', qualifiers: ['breast', 'cooked'] });
    expect(nameParts(BASES[1]!)).toEqual({ head: 'Bananas', qualifiers: [] });
    expect(nameParts(BASES[2]!)).toEqual({ head: 'Nutella', qualifiers: [] });
  });

  it.each([
    [0, '000000000000'],
    [3600029145, '036000291452'],
    [1234567890, '012345678905'],
  ])('computes UPC-A check digits (%d → %s)', (n, upc) => {
    expect(upcA(n)).toBe(upc);
  });
});
