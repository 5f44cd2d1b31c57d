import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../app/index.js';
import { projectCommand } from './commands/project.js';
import { run } from './main.js';
import type { Io } from './io.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
}

const clock = fixedClock('2026-11-21T12:00:00Z');
/** The example: science.md oracle row 25. */
const example = ['--sex', 'male', '--age', '40', '--height', '180cm', '--weight', '100kg', '--intake-change', '-500', '--days', '365'];
const body = example.slice(0, 8);

function json(argv: string[]) {
  const { io, out } = capture();
  expect(projectCommand([...argv, '--json'], io, clock)).toBe(0);
  expect(out).toHaveLength(1);
  return JSON.parse(out[0]!);
}

describe('platewise project', () => {
  it('prints one JSON object with the final masses and every day 0…days (oracle row 25)', () => {
    const sut = json(example);
    expect(Math.abs(sut.finalWeightKg - 86.39)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sut.finalFatKg - (29.62 - 9.3))).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sut.finalLeanKg - (43.61 - 3.92))).toBeLessThanOrEqual(0.05);
    expect(sut.days).toHaveLength(366);
    sut.days.forEach((d: { day: number; weightKg: number }, i: number) => {
      expect(d.day).toBe(i);
      expect(typeof d.weightKg).toBe('number');
    });
    expect(sut.days[0].weightKg).toBe(100);
    expect(sut.finalRuleWeightKg).toBeLessThan(77);
  });

  it('--pal sets the activity level (default 1.5): more activity, more intake at balance', () => {
    const usual = json(example);
    const active = json([...example, '--pal', '1.8']);
    expect(usual.baseline.pal).toBe(1.5);
    expect(active.baseline.pal).toBe(1.8);
    expect(active.baseline.intakeKcal).toBeGreaterThan(usual.baseline.intakeKcal);
  });

  it('--intake is the daily intake itself', () => {
    const sut = json([...body, '--days', '365', '--intake', '2398.3']);
    expect(sut.finalWeightKg).toBeCloseTo(json(example).finalWeightKg, 2);
  });

  it('runs a plan with phases (bulk, then maintain at a higher activity level)', () => {
    const sut = json(['--sex', 'male', '--age', '30', '--height', '180cm', '--weight', '80kg', '--days', '168', '--phase', '0:+350', '--phase', '84:0:1.6']);
    expect(sut.days[84].weightKg).toBeGreaterThan(82);
    expect(sut.days[100].intakeKcal).toBe(sut.baseline.intakeKcal);
  });

  it('solves for a target: eat Y, then Z to hold it', () => {
    const sut = json([...body, '--days', '365', '--target', '90kg']);
    expect(sut.target).toMatchObject({ weightKg: 90, feasible: true });
    expect(Math.abs(sut.finalWeightKg - 90)).toBeLessThan(0.01);
    expect(sut.statements[0]).toMatch(/^To reach 198\.4 lb by 2027-11-21, eat 2,529 kcal a day, then 2,699 kcal a day to hold it\.$/);
  });

  it('prints the projection in words beside the 3,500-kcal line', () => {
    const { io, out } = capture();
    projectCommand([...example, '--units', 'metric'], io, clock);
    const text = out.join('\n');
    expect(text).toMatch(/the model says 86\.4 kg .*the 3,500-kcal rule says 76\.3 kg/);
    expect(text).toMatch(/settles near 76\.2 kg: half of the way by day 300/);
    expect(text).toMatch(/ {3}365 {2}2027-11-21 {2}86\.4 kg/);
  });

  it.each([
    [['--sex', 'male'], /--age or --birth-date is required/],
    [[...body], /give a plan/],
    [[...body, '--intake', '2000', '--intake-change', '-100'], /give one of/],
    [[...example.slice(0, -2), '--days', '4000'], /--days: '4000' must be a whole number from 1 to 3650/],
    [[...example, '--pal', '3'], /pal: must be a physical activity level between 1.2 and 2.5/],
    [[...body, '--phase', 'soon'], /--phase: 'soon' is not DAY:KCAL/],
    [[...example.slice(0, -4), '--intake-change', '-9000', '--days', '30'], /intakeChangeKcal: cuts intake below zero/],
    [[...example, '--height', '9ft'], /height/],
    [[...example, '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 on bad arguments %j', async (argv, message) => {
    const { io, err } = capture();
    const sut = await run(['project', ...argv], io);
    expect(sut).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it('runs as `platewise project` through the bin entry', () => {
    const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
    const ok = spawnSync(process.execPath, [bin, 'project', ...example, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(ok.stdout).days).toHaveLength(366);
  });
});
