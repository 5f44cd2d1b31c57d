import { describe, expect, it } from 'vitest';
import type { Per100g } from './food-catalog.js';
import { addNutrients, kjToKcal, multiplyNutrients, nutrientProblems, scaleNutrients, sodiumMgFromSaltG, sumNutrients, ZERO_NUTRIENTS } from './nutrients.js';

// USDA SR28 01123 Egg, whole, raw, fresh.
const egg: Per100g = { energyKcal: 143, proteinG: 12.56, fatG: 9.51, saturatedFatG: 3.126, carbsG: 0.72, fiberG: 0, sugarsG: 0.37, sodiumMg: 142 };
const build = (over: Partial<Per100g> = {}): Per100g => ({ ...egg, ...over });

describe('scaleNutrients', () => {
  it('gives the nutrients of 50 g as half of the per-100 g values', () => {
    const sut = scaleNutrients(egg, 50);
    expect(sut.energyKcal).toBeCloseTo(71.5, 10);
    expect(sut.proteinG).toBeCloseTo(6.28, 10);
    expect(sut.sodiumMg).toBeCloseTo(71, 10);
  });
  it('keeps unknown nutrients unknown', () => {
    expect(scaleNutrients(build({ fiberG: null }), 200).fiberG).toBeNull();
  });
});

describe('sums', () => {
  it('adds fields and counts an unknown as zero only when the other side knows it', () => {
    const sut = addNutrients(build({ fiberG: null, sugarsG: null }), build({ fiberG: 2, sugarsG: null }));
    expect(sut.energyKcal).toBe(286);
    expect(sut.fiberG).toBe(2);
    expect(sut.sugarsG).toBeNull();
  });
  it('sums an empty list to zero energy', () => {
    expect(sumNutrients([])).toEqual(ZERO_NUTRIENTS);
  });
  it('multiplies every field', () => {
    expect(multiplyNutrients(egg, 2).fatG).toBeCloseTo(19.02, 10);
  });
});

describe('conversions', () => {
  it.each([
    [4.184, 1],
    [1000, 239.0057],
  ])('%d kJ = %d kcal', (kj, kcal) => {
    expect(kjToKcal(kj)).toBeCloseTo(kcal, 4);
  });
  it('turns 2.5 g salt into 1000 mg sodium', () => {
    expect(sodiumMgFromSaltG(2.5)).toBeCloseTo(1000, 9);
  });
});

describe('nutrientProblems', () => {
  it('accepts real foods', () => {
    expect(nutrientProblems(egg)).toEqual([]);
    // Open Food Facts Skyr (Danone): 57 kcal, 10 g protein, 3.9 g carbohydrate, 0.2 g fat.
    expect(nutrientProblems({ energyKcal: 57, proteinG: 10, fatG: 0.2, saturatedFatG: 0.1, carbsG: 3.9, fiberG: null, sugarsG: 3.9, sodiumMg: 36 })).toEqual([]);
  });
  it('accepts an EU label whose carbohydrate leaves fibre out (fibre 2 kcal/g)', () => {
    // 40 g fibre and energy counted the EU way: 4·5 + 4·20 + 9·2 + 2·40 = 198 kcal.
    expect(nutrientProblems({ energyKcal: 198, proteinG: 5, fatG: 2, saturatedFatG: 0.5, carbsG: 20, fiberG: 40, sugarsG: 1, sodiumMg: 10 })).toEqual([]);
  });
  it('accepts alcohol energy when the alcohol is given', () => {
    const beer = { energyKcal: 43, proteinG: 0.5, fatG: 0, saturatedFatG: 0, carbsG: 3.6, fiberG: 0, sugarsG: 0, sodiumMg: 4 };
    expect(nutrientProblems(beer, { alcoholG: 3.9 })).toEqual([]);
    expect(nutrientProblems(beer).map((p) => p.field)).toEqual(['energyKcal']);
  });
  it.each<[Partial<Per100g>, string]>([
    [{ energyKcal: 874.9, proteinG: 15.7, fatG: 15.1, carbsG: 2.6, saturatedFatG: 6.1, sugarsG: 1 }, 'energyKcal'],
    [{ saturatedFatG: 12 }, 'saturatedFatG'],
    [{ sugarsG: 3 }, 'sugarsG'],
    [{ proteinG: 120 }, 'proteinG'],
    [{ energyKcal: 1200 }, 'energyKcal'],
    [{ proteinG: 60, fatG: 30, carbsG: 30, energyKcal: 630 }, 'carbsG'],
    [{ sodiumMg: -1 }, 'sodiumMg'],
  ])('reports %j as a problem of %s', (over, field) => {
    expect(nutrientProblems(build(over)).map((p) => p.field)).toContain(field);
  });
  it('skips the energy rule when told to', () => {
    expect(nutrientProblems(build({ energyKcal: 500 }), { checkEnergy: false })).toEqual([]);
  });
});
