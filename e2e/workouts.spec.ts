import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { multiUserPort } from '../playwright.config.js';

// Expected records come from the published formulas, not from the app (science.md §5.1):
// Epley 1RM = w·(1 + r/30): 100 kg × 5 → 116.7 kg, 80 kg × 5 → 93.3 kg; Brzycki w·36/(37 − r): 100 × 5 → 112.5.
const epley = (w: number, r: number) => (w * (1 + r / 30)).toFixed(1);
const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));

/** Adds an exercise through the search box, as a person would on a phone. */
async function addExercise(page: Page, query: string, name: string) {
  await page.getByRole('button', { name: '+ Add exercise' }).click();
  await page.getByLabel('Search exercises').fill(query);
  await page.getByRole('list', { name: 'Exercises found' }).getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
  return page.getByRole('region', { name });
}

/** Types a set's load and reps and ticks it off. */
async function logSet(page: Page, card: ReturnType<Page['getByRole']>, n: number, kg: string, reps: string) {
  await card.getByLabel(`Set ${n} load (kg)`).fill(kg);
  await card.getByLabel(`Set ${n} reps`).fill(reps);
  await card.getByRole('button', { name: `Set ${n} done` }).click();
  await expect(card.getByRole('button', { name: `Set ${n} done` })).toHaveAttribute('aria-pressed', 'true');
}

// Records depend on everything logged before, and the one-person server holds other specs' workouts (bench
// presses among them). So this spec trains as a fresh account of its own on the multi-user server.
const LIFTER = { username: `lifter-${Date.now().toString(36)}`, password: 'a long and heavy passphrase' };

async function signIn(page: Page, first: boolean) {
  const res = await page.request.post(first ? '/api/auth/signup' : '/api/auth/login', { data: LIFTER });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe('Workouts', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ viewport: { width: 390, height: 844 }, baseURL: `http://127.0.0.1:${multiUserPort}` });

  test('logs squats and bench press on a phone, then shows the records and the progress', async ({ page }) => {
    await signIn(page, true);
    await page.goto('/workouts');
    // The first page of a fresh account waits for the sign-in check; give a busy machine time.
    await expect(page.getByRole('heading', { level: 1, name: 'Workouts' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'Workouts' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('button', { name: 'Start workout' }).click();
    await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
    await page.getByRole('group', { name: 'Load unit' }).getByRole('button', { name: 'kg' }).click();
    await page.getByLabel('Workout name').fill('Legs and push');

    const squat = await addExercise(page, 'back squat', 'Barbell Back Squat');
    await expect(squat.getByText('Quadriceps, Glutes')).toBeVisible();
    await squat.getByRole('button', { name: 'Set 1: working set. Change type' }).click();
    await expect(squat.getByRole('button', { name: 'Set 1: warm-up. Change type' })).toHaveText('W');
    await logSet(page, squat, 1, '60', '5');
    // Ticking a set starts the rest timer.
    await expect(page.getByRole('timer', { name: 'Rest timer' })).toBeVisible();
    await expect(page.getByTestId('rest-left')).toHaveText(/^1:(30|29|28)$/);
    await squat.getByRole('button', { name: '+ Add set' }).click();
    await expect(squat.getByLabel('Set 2 load (kg)')).toHaveValue('60');
    await squat.getByLabel('Set 2 load (kg)').focus();
    await expect(squat.getByText('Per side: 20 (20 kg bar)')).toBeVisible();
    await logSet(page, squat, 2, '100', '5');
    await squat.getByRole('button', { name: '+ Add set' }).click();
    await logSet(page, squat, 3, '100', '5');

    const bench = await addExercise(page, 'bench press', 'Barbell Bench Press');
    await logSet(page, bench, 1, '80', '5');
    await bench.getByRole('button', { name: '+ Add set' }).click();
    await logSet(page, bench, 2, '80', '5');
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('Saved');

    // The first working set of squats holds the records (a PR badge on its row).
    await expect(squat.getByText('PR on set 2')).toBeAttached();
    await expect(squat.getByRole('list', { name: /Records in this workout/ })).toContainText(`e1RM ${epley(100, 5)} kg`);

    await page.getByRole('button', { name: 'Finish' }).click();
    const summary = page.getByTestId('workout-summary');
    await expect(summary.getByRole('heading', { name: 'Workout complete' })).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await expect(summary.locator('dd').first()).toHaveText(/^\d+:\d\d$/);
    const records = summary.getByTestId('records');
    const squatRecords = records.getByRole('listitem').filter({ hasText: 'Barbell Back Squat' });
    await expect(squatRecords.locator('[data-kind="e1rm"]')).toHaveText(`★ e1RM ${epley(100, 5)} kg from 100 kg × 5`);
    await expect(squatRecords.locator('[data-kind="weight"]')).toHaveText('★ Heaviest 100 kg');
    const benchRecords = records.getByRole('listitem').filter({ hasText: 'Barbell Bench Press' });
    await expect(benchRecords.locator('[data-kind="e1rm"]')).toHaveText(`★ e1RM ${epley(80, 5)} kg from 80 kg × 5`);
    await expect(summary.getByText('Working sets')).toBeVisible();
    await expect(summary.locator('dd').nth(1)).toHaveText('4');
    // Volume counts working sets only: 2 × 100 × 5 + 2 × 80 × 5.
    await expect(summary.locator('dd').nth(2)).toHaveText('1,800 kg');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot('workout.png'), fullPage: true });

    await page.getByRole('button', { name: 'Back to workouts' }).click();
    const latest = page.getByTestId('history').getByRole('listitem').first();
    await expect(latest).toContainText('Legs and push');
    await expect(latest).toContainText('Barbell Back Squat, Barbell Bench Press');
    await expect(latest).toContainText('★ 8 PRs');
    await page.screenshot({ path: screenshot('workout-history.png'), fullPage: true });

    // The exercise's own page: records, a chart, and the formula switch.
    await latest.getByRole('link').click();
    await page.getByRole('region', { name: 'Barbell Back Squat' }).getByRole('link', { name: 'Barbell Back Squat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Barbell Back Squat' })).toBeVisible();
    const exerciseRecords = page.getByTestId('exercise-records');
    await expect(exerciseRecords.locator('[data-kind="e1rm"]')).toContainText(`e1RM ${epley(100, 5)} kg`);
    await expect(page.getByTestId('progress-chart').locator('canvas')).toBeAttached();
    await page.getByLabel('One-rep max formula').selectOption('brzycki');
    await expect(exerciseRecords.locator('[data-kind="e1rm"]')).toContainText('e1RM 112.5 kg');
    await page.getByLabel('One-rep max formula').selectOption('epley');
    await page.screenshot({ path: screenshot('exercise-progress.png'), fullPage: true });
  });

  test("repeats the last workout with last time's numbers beside each set", async ({ page }) => {
    await signIn(page, false);
    await page.goto('/workouts');
    await page.getByTestId('history').getByRole('listitem').first().getByRole('button', { name: /^Repeat/ }).click();
    await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
    await page.getByRole('group', { name: 'Load unit' }).getByRole('button', { name: 'kg' }).click();
    const squat = page.getByRole('region', { name: 'Barbell Back Squat' });
    await expect(squat.getByLabel('Set 2 load (kg)')).toHaveValue('100');
    await expect(squat.getByRole('button', { name: 'Set 2 done' })).toHaveAttribute('aria-pressed', 'false');
    await expect(squat.getByRole('button', { name: 'Set 2 last time: 100 kg × 5. Use it' })).toBeVisible();
    await squat.getByRole('button', { name: 'Set 1 done' }).click();
    await expect(page.getByRole('timer', { name: 'Rest timer' })).toBeVisible();
    await page.screenshot({ path: screenshot('workout-logging.png') });

    // In pounds the same numbers read in pounds.
    await page.getByRole('group', { name: 'Load unit' }).getByRole('button', { name: 'lb' }).click();
    await expect(squat.getByLabel('Set 2 load (lb)')).toHaveValue('220.5');
    await expect(squat.getByRole('button', { name: 'Set 2 last time: 220.5 lb × 5. Use it' })).toBeVisible();
    await page.getByRole('group', { name: 'Load unit' }).getByRole('button', { name: 'kg' }).click();
  });
});
