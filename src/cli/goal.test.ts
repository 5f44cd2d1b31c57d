import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../app/index.js';
import { goalCommand } from './commands/goal.js';
import { run } from './main.js';
import type { Io } from './io.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
}

const clock = fixedClock('2026-11-21T12:00:00Z');
const base = ['--sex', 'male', '--age', '30', '--height', '5ft10in', '--weight', '180lb', '--activity', 'moderate', '--goal', 'gain-0.5'];

describe('platewise goal', () => {
  it('prints exactly one JSON object with the documented fields', () => {
    const { io, out } = capture();
    const sut = goalCommand([...base, '--json'], io, clock);
    expect(sut).toBe(0);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]!);
    const bmr = 10 * 180 * 0.45359237 + 6.25 * 70 * 2.54 - 5 * 30 + 5;
    expect(json).toMatchObject({
      bmrKcal: Math.floor(bmr + 0.5),
      maintenanceKcal: Math.floor(bmr * 1.55 + 0.5),
      goalKcal: Math.floor(bmr * 1.55 + 250 + 0.5),
      floorApplied: false,
      formula: 'mifflin',
    });
    expect(json.weeklyChangeKg).toBeCloseTo(0.5 * 0.45359237, 4);
    for (const k of ['proteinG', 'fatG', 'carbsG']) expect(Number.isInteger(json.macros[k])).toBe(true);
  });

  it('prints the budget in words', () => {
    const { io, out } = capture();
    goalCommand(base, io, clock);
    const text = out.join('\n');
    expect(text).toMatch(/Daily budget: 3,013 kcal/);
    expect(text).toMatch(/2,763 kcal to maintain/);
    expect(text).toMatch(/\+ 250 kcal for 0\.5 lb\/week/);
  });

  it.each([
    [['--formula', 'katch-mcardle', '--body-fat', '15'], 'katch-mcardle'],
    [['--formula', 'cunningham', '--body-fat', '15'], 'cunningham'],
    [['--formula', 'harris-benedict'], 'harris-benedict'],
  ])('honours %j', (extra, formula) => {
    const { io, out } = capture();
    expect(goalCommand([...base, ...extra, '--json'], io, clock)).toBe(0);
    expect(JSON.parse(out[0]!).formula).toBe(formula);
  });

  it('reads plain numbers in the chosen units', () => {
    const { io, out } = capture();
    goalCommand(['--sex', 'male', '--age', '30', '--height', '180', '--weight', '80', '--activity', 'moderate', '--goal', 'maintain', '--units', 'metric', '--json'], io, clock);
    expect(JSON.parse(out[0]!)).toMatchObject({ bmrKcal: 1780, maintenanceKcal: 2759, goalKcal: 2759 });
  });

  it.each([
    [['--sex', 'male'], /--activity is required|--age or --birth-date is required/],
    [[...base.slice(0, -2), '--goal', 'gain-9'], /--goal: 'gain-9' is not one of/],
    [[...base, '--height', '270cm'], /height: 270 cm is not a plausible adult height/],
    [[...base, '--weight', '20kg'], /weight: .*plausible/],
    [[...base, '--age', 'old'], /--age: 'old' is not a number/],
    [[...base, '--formula', 'katch-mcardle'], /bodyFatPct/],
    [[...base, '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 on bad arguments %j', async (argv, message) => {
    const { io, err } = capture();
    const sut = await run(['goal', ...argv], io);
    expect(sut).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it('runs as `platewise` through the bin entry and exits 2 on a bad argument', { timeout: 60_000 }, () => {
    const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
    const ok = spawnSync(process.execPath, [bin, 'goal', ...base, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).goalKcal).toBeGreaterThan(2500);
    const bad = spawnSync(process.execPath, [bin, 'goal', ...base, '--goal', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--goal/);
  });
});
