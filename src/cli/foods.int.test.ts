// The food import and search commands through the real bin entry: a progress bar on stderr, the summary or
// exactly one JSON value on stdout, status 2 naming what is wrong.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fdcDownload, OFF_SAMPLE } from '../app/testing/food-data.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-foods-'));
const env = { ...process.env, DATABASE_URL: '' };

function platewise(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data-dir', dir], { encoding: 'utf8', env });
}

describe('platewise import usda-fdc|off and platewise foods', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports with progress on stderr and a summary naming rejected lines, then adds nothing the second time', () => {
    const sut = platewise(['import', 'usda-fdc', fdcDownload('mixed')]);
    expect(sut.status).toBe(0);
    expect(sut.stderr).toMatch(/reading food_nutrient\.csv/);
    expect(sut.stderr).toMatch(/writing foods/);
    expect(sut.stdout).toMatch(/^usda-fdc: 4 added, 0 updated, 0 unchanged, \d+ skipped, 8 rejected/);
    expect(sut.stdout).toMatch(/food\.csv line 6: fdc_id 2000002: sugars 80 g are more than carbohydrate 70 g/);
    const again = platewise(['import', 'usda-fdc', fdcDownload('mixed'), '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ source: 'usda-fdc', added: 0, updated: 0, unchanged: 4 });
    expect(platewise(['import', 'off', OFF_SAMPLE, '--json']).status).toBe(0);
  }, 240_000);

  it('prints an array of { id, name, brand, source, kcalPer100g, proteinPer100g }, best first', () => {
    const sut = platewise(['foods', 'search', 'chiken', 'brest', '--json', '--limit', '3']);
    expect(sut.status).toBe(0);
    const hits = JSON.parse(sut.stdout) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(3);
    expect(Object.keys(hits[0]!).sort()).toEqual(['brand', 'id', 'kcalPer100g', 'name', 'proteinPer100g', 'source']);
    expect(hits[0]).toMatchObject({ name: 'Chicken breast, raw, skinless', source: 'platewise-starter', brand: null, kcalPer100g: 120 });
    const skyr = JSON.parse(platewise(['foods', 'search', 'skyr', '--json']).stdout) as Array<{ name: string; brand: string | null; source: string; id: string }>;
    expect(skyr[0]).toMatchObject({ name: 'Skyr', brand: 'Danone', source: 'off' });
    const shown = platewise(['foods', 'show', skyr[0]!.id]);
    expect(shown.stdout).toMatch(/^Skyr \(Danone\)/);
    expect(shown.stdout).toMatch(/Per 100 g: 57\.0 kcal, protein 10\.0 g/);
  }, 240_000);

  it.each([
    [['import', 'usda-sr'], /import usda-sr: give exactly one DIR/],
    [['import', 'usda-sr', '/nonexistent'], /path: \/nonexistent is not a folder with the USDA SR28 ASCII files/],
    [['import', 'nope', 'x'], /unknown source 'nope'/],
    [['foods', 'search'], /give a QUERY/],
    [['foods', 'search', 'egg', '--limit', '0'], /--limit: '0' is not a whole number from 1 to 50/],
    [['foods', 'frobnicate'], /say 'search' or 'show'/],
  ])(
    'exits 2 on %j',
    (args, message) => {
      const sut = platewise(args);
      expect(sut.status).toBe(2);
      expect(sut.stderr).toMatch(message);
    },
    120_000,
  );
});
