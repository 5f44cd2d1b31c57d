import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));
const FIXTURE = fileURLToPath(new URL('../src/app/importers/fixtures/strong/s1-comma.csv', import.meta.url));
const HEVY = fileURLToPath(new URL('../src/app/importers/fixtures/hevy/workouts.csv', import.meta.url));
/** The real 4,690-set Strong export (../shared/data), previewed only: a dry run writes nothing. */
const REAL_STRONG = fileURLToPath(new URL('../../shared/data/exports/strong/strong.csv', import.meta.url));

/** "YYYY-MM-DD HH:MM:SS" of an instant, as Strong writes its Date column. */
const strongDate = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

/**
 * The Strong fixture with its two workouts moved to times of this run: the one-person server is shared by
 * every spec and may have run this one before, and an import of the same workouts again adds nothing.
 */
function freshStrongFile() {
  const start = new Date(Date.UTC(2019, 0, 1) + (Date.now() % 2_000_000_000));
  const second = new Date(start.getTime() + 2 * 86_400_000);
  const text = readFileSync(FIXTURE, 'utf8').replaceAll('2024-03-04 18:05:10', strongDate(start)).replaceAll('2024-03-06 07:30:00', strongDate(second));
  return { name: 'strong.csv', mimeType: 'text/csv', buffer: Buffer.from(text) };
}

test.describe('Import and export', () => {
  test('previews a Strong file, asks for its unit, lets a low-confidence match be changed, imports it, and exports everything', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'Import' })).toHaveAttribute('aria-current', 'page');

    await page.getByRole('radio', { name: 'Strong' }).check();
    await page.getByLabel('Strong export file').setInputFiles(freshStrongFile());
    await page.getByRole('button', { name: 'Preview the import' }).click();
    // Strong's 12-column export does not say kg or lb: the page asks, by the field.
    const unit = page.getByRole('group', { name: 'Weights in this file are in' });
    await expect(unit.getByText(/does not say whether weights are kg or lb/)).toBeVisible();
    await unit.getByRole('radio', { name: 'lb' }).check();
    await page.getByRole('button', { name: 'Preview the import' }).click();

    await expect(page.getByRole('heading', { name: 'Would add 2 workouts (10 sets)' })).toBeVisible();
    const counts = page.locator('.import__counts');
    await expect(counts.getByText('Rejected')).toBeVisible();
    await expect(page.getByText('3 rows rejected, and why')).toBeVisible();

    // Spider Curl is only close to Dumbbell Curl: it is listed to check, with the suggestion chosen.
    const toCheck = page.getByRole('list', { name: 'Exercises to check' });
    const spider = toCheck.getByRole('listitem').filter({ hasText: 'Spider Curl (Dumbbell)' });
    await expect(spider.getByText(/^Check · \d+%$/)).toBeVisible();
    const choice = spider.getByLabel('Log “Spider Curl (Dumbbell)” as');
    await expect(choice).toHaveValue(/[0-9a-f-]{36}/);
    await expect(choice.locator('option:checked')).toHaveText(/^Dumbbell Curl \(\d+%\)$/);
    await choice.selectOption({ label: (await choice.locator('option', { hasText: 'Hammer Curl' }).first().textContent())! });
    await page.getByText(/names? matched/).click();
    await expect(page.getByRole('list', { name: 'Exercises matched' }).getByText('Bench Press (Barbell)')).toBeVisible();
    await page.screenshot({ path: screenshot('import.png'), fullPage: true });

    await page.getByRole('button', { name: 'Import 2 workouts (10 sets)' }).click();
    await expect(page.getByRole('status').getByRole('heading', { name: 'Imported 2 workouts (10 sets)' })).toBeVisible();

    // The choice is remembered for later imports, and the curls went in as hammer curls.
    const mappings = await (await page.request.get('/api/imports/exercise-mappings')).json();
    expect(mappings).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Spider Curl (Dumbbell)' })]));
    const workouts = (await (await page.request.get('/api/workouts?limit=500')).json()) as Array<{ name: string; exerciseNames: string[] }>;
    expect(workouts.some((w) => w.name === 'Legs' && w.exerciseNames.includes('Hammer Curl'))).toBe(true);

    // The same file again adds nothing.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await expect(page.getByRole('button', { name: 'Preview the import' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download everything (JSON)' }).click();
    const file = await (await download).path();
    const doc = JSON.parse(readFileSync(file!, 'utf8'));
    expect(doc).toMatchObject({ format: 'platewise-export', version: 1 });
    expect(doc.tables.workouts.length).toBeGreaterThanOrEqual(2);
  });

  test('shows progress while it reads the real Strong export, previews it without writing, and names a file of another app', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible({ timeout: 15_000 });
    const before = ((await (await page.request.get('/api/workouts?limit=500')).json()) as unknown[]).length;

    await page.getByRole('radio', { name: 'Strong' }).check();
    await page.getByLabel('Strong export file').setInputFiles(HEVY);
    await page.getByRole('group', { name: 'Weights in this file are in' }).getByRole('radio', { name: 'lb' }).check();
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await expect(page.getByText(/workouts\.csv is not a Strong export: its header has no Date, Exercise Name and Set Order/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: screenshot('import-wrong-file.png'), fullPage: true });

    await page.getByLabel('Strong export file').setInputFiles(REAL_STRONG);
    await page.getByRole('group', { name: 'Weights in this file are in' }).getByRole('radio', { name: 'lb' }).check();
    await page.getByRole('button', { name: 'Preview the import' }).click();
    // 391 KB and 4,690 rows: the bar shows while the file goes up and the server checks it.
    await expect(page.getByRole('status').locator('progress')).toBeVisible();
    await page.screenshot({ path: screenshot('import-progress.png') });
    await expect(page.getByRole('heading', { name: 'Would add 312 workouts (4,690 sets)' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').locator('progress')).toHaveCount(0);
    const toCheck = page.getByRole('list', { name: 'Exercises to check' });
    await expect(toCheck.getByRole('listitem').filter({ hasText: 'Flying Leg Raise' })).toBeVisible();
    await page.screenshot({ path: screenshot('import-real-strong.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(((await (await page.request.get('/api/workouts?limit=500')).json()) as unknown[]).length).toBe(before);
  });

  test('Settings offers the downloads and the way to the import page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/settings');
    const data = page.getByRole('region', { name: 'Your data' });
    await expect(data).toBeVisible({ timeout: 15_000 });
    await expect(data.getByRole('link', { name: 'Download everything (JSON)' })).toHaveAttribute('href', '/api/export?format=json');
    const download = page.waitForEvent('download');
    await data.getByRole('link', { name: 'Download spreadsheets (CSV, zip)' }).click();
    const zip = readFileSync((await (await download).path())!);
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(zip.toString('latin1')).toContain('workouts.csv');
    const jsonDownload = page.waitForEvent('download');
    await data.getByRole('link', { name: 'Download everything (JSON)' }).click();
    const json = readFileSync((await (await jsonDownload).path())!);
    await page.screenshot({ path: screenshot('settings-data.png'), fullPage: true });
    await data.getByRole('link', { name: 'Import and export' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();

    // Our own export read back into the instance it came from: everything is there already.
    await page.getByRole('radio', { name: 'Platewise' }).check();
    await page.getByLabel('Platewise export file').setInputFiles({ name: 'platewise.json', mimeType: 'application/json', buffer: json });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await expect(page.getByRole('heading', { name: 'Would add nothing new' })).toBeVisible({ timeout: 30_000 });
    const rows = Object.values((JSON.parse(json.toString('utf8')) as { tables: Record<string, unknown[]> }).tables).reduce((n, t) => n + t.length, 0);
    await expect(page.locator('.import__count').filter({ hasText: 'Already imported' }).locator('dd')).toHaveText(rows.toLocaleString('en-US'));
  });

  test('fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible({ timeout: 15_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshot('import-mobile.png'), fullPage: true });
  });
});
