// Plate-friendly loads: what a person can actually put on a bar, a dumbbell rack or a stack.
import { kgToLb, lbToKg } from '../units.js';
import type { ExerciseEquipment } from './muscles.js';

/** The unit a person loads in. */
export type LoadUnit = 'kg' | 'lb';

/** Standard Olympic bar: 20 kg, or 45 lb in pound gyms (IWF/USA Weightlifting men's bar). */
export const BAR_WEIGHT = { kg: 20, lb: 45 } as const satisfies Record<LoadUnit, number>;

/** Plates commonly stocked, heaviest first (IWF calibrated kg plates; US pound plates). */
export const PLATES = {
  kg: [25, 20, 15, 10, 5, 2.5, 1.25],
  lb: [45, 35, 25, 10, 5, 2.5],
} as const satisfies Record<LoadUnit, readonly number[]>;

/**
 * Smallest usual load step for the equipment, in `unit`: a pair of the smallest plates on a bar
 * (2 × 1.25 kg, 2 × 2.5 lb), 2 kg / 5 lb dumbbells, 4 kg kettlebells, 2.5 kg / 5 lb stacks.
 */
export function loadStep(equipment: ExerciseEquipment | null, unit: LoadUnit): number {
  switch (equipment) {
    case 'dumbbell':
      return unit === 'kg' ? 2 : 5;
    case 'kettlebell':
      return unit === 'kg' ? 4 : 5;
    case 'bodyweight':
      // Added load on a dip belt: one small plate.
      return unit === 'kg' ? 1.25 : 2.5;
    default:
      return unit === 'kg' ? 2.5 : 5;
  }
}

/** Rounds to the nearest multiple of `step` (half up), cleaning binary noise: 101.3 by 2.5 → 102.5. Same unit in and out. */
export function roundToStep(value: number, step: number): number {
  if (!(step > 0)) return value;
  const n = Math.floor(value / step + 0.5 + 1e-9);
  return Number((n * step).toFixed(6));
}

/** Kilograms shown as a plate-friendly load in `unit` (1 lb = 0.45359237 kg), rounded to the equipment's step. */
export function plateFriendlyLoad(kg: number, unit: LoadUnit, equipment: ExerciseEquipment | null): number {
  const inUnit = unit === 'kg' ? kg : kgToLb(kg);
  return roundToStep(inUnit, loadStep(equipment, unit));
}

/** A load typed in `unit`, as kilograms for storage (1 lb = 0.45359237 kg). */
export function loadToKg(value: number, unit: LoadUnit): number {
  return unit === 'kg' ? value : lbToKg(value);
}

/** Kilograms shown in `unit`, to one decimal without a trailing ".0" for display (1 lb = 0.45359237 kg). */
export function displayLoad(kg: number, unit: LoadUnit): number {
  const v = unit === 'kg' ? kg : kgToLb(kg);
  return Math.round(v * 10) / 10;
}

/** Plates for one side of a bar, heaviest first (greedy over PLATES); `remainder` is what they cannot make. */
export function platesPerSide(total: number, unit: LoadUnit, bar: number = BAR_WEIGHT[unit]): { plates: number[]; remainder: number } {
  let side = (total - bar) / 2;
  const plates: number[] = [];
  if (side <= 0) return { plates, remainder: Math.max(0, Number(side.toFixed(6))) };
  for (const plate of PLATES[unit]) {
    while (side + 1e-9 >= plate) {
      plates.push(plate);
      side -= plate;
    }
  }
  return { plates, remainder: Number((side * 2).toFixed(6)) };
}
