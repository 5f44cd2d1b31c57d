import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, builtServer, serverSources } from './server-build.js';

// A package of a few server sources, a test, a test helper and a web file, built once; each case changes one
// thing, asks whether the build is still the one to run, and undoes the change.
const root = mkdtempSync(path.join(os.tmpdir(), 'platewise-build-'));
const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'platewise', type: 'module' }),
  'src/core/units.ts': "export const KG_PER_LB: number = 0.45359237;\n",
  'src/app/goal.service.ts': "import type { Clock } from './clock.js';\nimport { KG_PER_LB } from '../core/units.js';\nexport const f = (c: Clock): number => c.now() * KG_PER_LB;\n",
  'src/app/clock.ts': 'export interface Clock { now(): number }\n',
  'src/app/goal.test.ts': "import { f } from './goal.service.js';\nexport const g = f;\n",
  'src/app/testing/helpers.ts': 'export const h = 1;\n',
  'src/web/page.tsx': 'export const p = 1;\n',
};
const at = (rel: string) => path.join(root, rel);
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(at(rel)), { recursive: true });
  writeFileSync(at(rel), text);
};

/** Rewrites a file keeping its size and modification time: only its bytes tell. */
function sameSizeAndTime(rel: string, text: string) {
  const { mtime, atime } = statSync(at(rel));
  expect(Buffer.byteLength(text)).toBe(statSync(at(rel)).size);
  writeFileSync(at(rel), text);
  utimesSync(at(rel), atime, mtime);
}

let stamp = '';

/** Applies a change, reads builtServer, and restores the sources. */
function freshAfter(change: () => void, undo: () => void): string | null {
  change();
  try {
    return builtServer(root);
  } finally {
    undo();
  }
}

describe('the server build', () => {
  beforeAll(async () => {
    for (const [rel, text] of Object.entries(files)) write(rel, text);
    await buildServer(root);
    stamp = readFileSync(at('dist/node/.source-stamp'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds the server layers only: not tests, test helpers or the web app', () => {
    expect(serverSources(root)).toEqual([path.join('src', 'app', 'clock.ts'), path.join('src', 'app', 'goal.service.ts'), path.join('src', 'core', 'units.ts')]);
  });

  it('emits ES modules, type-only imports dropped, beside the stamp', async () => {
    const out = readFileSync(at('dist/node/app/goal.service.js'), 'utf8');
    expect(out).toContain("import { KG_PER_LB } from '../core/units.js';");
    expect(out).not.toContain('./clock.js');
    const { f } = (await import(at('dist/node/app/goal.service.js'))) as { f: (c: { now(): number }) => number };
    expect(f({ now: () => 2 })).toBeCloseTo(0.90718474);
  });

  it('is the one to run right after building, and stays so when a source is touched but not changed', () => {
    expect(builtServer(root)).toBe(at('dist/node'));
    const t = new Date(Date.now() + 60_000);
    utimesSync(at('src/core/units.ts'), t, t);
    expect(builtServer(root)).toBe(at('dist/node'));
  });

  it.each<[string, () => void, () => void]>([
    ['a source changes (even keeping its size and time)', () => sameSizeAndTime('src/core/units.ts', files['src/core/units.ts']!.replace('0.45359237', '0.45359238')), () => write('src/core/units.ts', files['src/core/units.ts']!)],
    ['a source is added', () => write('src/core/dates.ts', 'export const d = 1;\n'), () => unlinkSync(at('src/core/dates.ts'))],
    ['a source is deleted', () => unlinkSync(at('src/app/clock.ts')), () => write('src/app/clock.ts', files['src/app/clock.ts']!)],
    ['a source is renamed', () => (unlinkSync(at('src/app/clock.ts')), write('src/app/clocks.ts', files['src/app/clock.ts']!)), () => (unlinkSync(at('src/app/clocks.ts')), write('src/app/clock.ts', files['src/app/clock.ts']!))],
    ['the stamp is missing (a build cut short)', () => rmSync(at('dist/node/.source-stamp')), () => write('dist/node/.source-stamp', stamp)],
  ])('is stale when %s', (_, change, undo) => {
    expect(freshAfter(change, undo)).toBeNull();
    expect(builtServer(root)).toBe(at('dist/node'));
  });

  it.each<[string, () => void, () => void]>([
    ['a test changes', () => write('src/app/goal.test.ts', '// changed\n'), () => write('src/app/goal.test.ts', files['src/app/goal.test.ts']!)],
    ['a web file changes', () => write('src/web/page.tsx', '// changed\n'), () => write('src/web/page.tsx', files['src/web/page.tsx']!)],
  ])('is still the one to run when %s', (_, change, undo) => {
    expect(freshAfter(change, undo)).toBe(at('dist/node'));
  });

  it('rebuilds only when stale', async () => {
    expect((await buildServer(root)).built).toBe(false);
    write('src/core/units.ts', 'export const KG_PER_LB: number = 0.5;\n');
    expect((await buildServer(root)).built).toBe(true);
    expect(readFileSync(at('dist/node/core/units.js'), 'utf8')).toContain('0.5');
    expect(builtServer(root)).toBe(at('dist/node'));
  });

  it('refuses to stamp a build whose source does not parse, and keeps the last good one', async () => {
    write('src/core/units.ts', 'export const = ;\n');
    await expect(buildServer(root)).rejects.toThrow(/the server build failed:[\s\S]*units\.ts/);
    expect(readFileSync(at('dist/node/core/units.js'), 'utf8')).toContain('0.5');
    expect(builtServer(root)).toBeNull();
  });
});
