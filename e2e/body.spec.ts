import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext } from '@playwright/test';

// Expected figures come from the published rules here, not from the app: the 3,500-kcal rule puts
// 1 lb on (or off) per 3,500 kcal; the lean-gain band is 0.25–0.5 % of body weight a week (Iraki 2019);
// protein 1.6 g/kg (Morton 2018).
const LB = 0.45359237;
const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));
const iso = (d: Date) => d.toLocaleDateString('en-CA');
const daysAgo = (n: number) => iso(new Date(Date.now() - n * 86_400_000));

// The same person the goal spec fills in, so the shared server's profile stays the one it expects.
const profile = { sex: 'male', age: 30, height: '5\'10"', weight: '180 lb', activity: 'moderate', goal: 'gain-0.5', units: 'imperial' };

/** Diary entries this spec made, removed again at the end: the server is shared with the diary's own spec. */
const diaryIds: string[] = [];

/** Four weeks of history: a slow gain on ~3,050 kcal a day, logged the way the API takes it. */
async function seedHistory(api: APIRequestContext) {
  expect((await api.put('/api/profile', { data: profile })).status()).toBe(200);
  for (let i = 30; i >= 4; i--) {
    const lb = 178 + (30 - i) * 0.07 + (i % 3 === 0 ? 0.8 : i % 3 === 1 ? -0.5 : 0);
    expect((await api.post('/api/body/entries', { data: { date: daysAgo(i), weight: `${lb.toFixed(1)} lb` } })).status()).toBe(201);
    const res = await api.post('/api/diary/entries', { data: { date: daysAgo(i), meal: 'Dinner', energyKcal: 3050 } });
    expect(res.status(), await res.text()).toBe(201);
    diaryIds.push((await res.json()).id);
  }
}

test.describe('Body page', () => {
  test.afterAll(async ({ request }) => {
    for (const id of diaryIds) expect((await request.delete(`/api/diary/entries/${id}`)).status()).toBe(200);
  });

  test('logs weigh-ins in any unit, shows the trend chart, learned expenditure and a projection beside the 3,500-kcal line', async ({ page }) => {
    await seedHistory(page.request);
    await page.goto('/body');
    await expect(page.getByRole('heading', { level: 1, name: 'Body weight' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Body', exact: true })).toHaveAttribute('aria-current', 'page');

    // Three weigh-ins through the form: pounds in the box, stone and pounds typed out, and two on one day.
    const form = page.getByRole('form', { name: 'Log a weigh-in' });
    for (const [date, weight] of [
      [daysAgo(3), '180.2'],
      [daysAgo(2), '12 st 13 lb'],
      [daysAgo(1), '180.6'],
      [daysAgo(1), '181.4'],
    ] as const) {
      await form.getByLabel('Date').fill(date);
      await form.getByLabel('Weight (lb)').fill(weight);
      await form.getByRole('button', { name: 'Save weigh-in' }).click();
      await expect(form.getByRole('status')).toHaveText('Saved');
      await expect(form.getByLabel('Weight (lb)')).toHaveValue('');
    }
    // 12 st 13 lb = 181 lb: the table shows it in the profile's unit.
    await expect(page.getByTestId('body-entries')).toContainText('181.0 lb');
    // Two weigh-ins on one day count as their mean: (180.6 + 181.4) / 2 = 181.0.
    await expect(page.getByTestId('body-entries')).toContainText('181.4 lb');

    // A bad weight is refused with the field named.
    await form.getByLabel('Weight (lb)').fill('heavy');
    await form.getByRole('button', { name: 'Save weigh-in' }).click();
    await expect(form.locator('.field-error')).toContainText('could not read "heavy" as a weight');
    await expect(form.getByRole('status')).toHaveText('Not saved: see the marked field.');
    await form.getByLabel('Weight (lb)').fill('');
    await expect(form.locator('.field-error')).toHaveCount(0);

    // The chart (uPlot, loaded on demand) draws scale weight and trend.
    await expect(page.getByTestId('weight-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('trend-weight')).toHaveText(/^1[78]\d\.\d lb$/);
    await expect(page.getByTestId('weekly-rate')).toContainText('goal +0.50 lb/week');

    // Learned expenditure: about 3,050 − 0.5 lb/week × 500 kcal ≈ 2,800, with a band, beside the formula.
    await expect(page.getByTestId('learned-kcal')).toHaveText(/^\d,\d{3} kcal a day$/);
    await expect(page.getByTestId('expenditure-comparison')).toBeVisible();
    await page.getByRole('radio', { name: 'My learned expenditure' }).check();
    await expect(page.getByTestId('budget-message')).toContainText('follows your learned expenditure');
    await page.getByRole('radio', { name: 'The formula' }).check();
    await expect(page.getByTestId('budget-message')).toContainText('follows the formula');

    // Sleep for last night.
    await page.getByLabel('Hours slept').fill('7.5');
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Save sleep' }).click();
    await expect(page.getByText('Last logged night: 7.5 h.', { exact: false })).toBeVisible();

    // A projection: at 2,600 kcal a day, when is 175 lb reached? The 3,500-kcal rule says much sooner.
    const projection = page.getByRole('region', { name: 'Where this leads' });
    await projection.getByLabel('Intake (kcal a day)').fill('2600');
    await projection.getByLabel('Target weight (lb)').fill('175');
    await projection.getByRole('button', { name: 'Project' }).click();
    await expect(page.getByTestId('projection-statements')).toContainText(/At this intake you reach 175 lb on \d{4}-\d\d-\d\d \(day \d+\); the 3,500-kcal rule says \d{4}-/);
    await expect(page.getByTestId('projection-chart').locator('canvas')).toBeVisible();
    // And the intake that reaches it, then holds it.
    await projection.getByLabel('Intake (kcal a day)').fill('');
    await projection.getByRole('button', { name: 'Project' }).click();
    await expect(page.getByTestId('projection-statements')).toContainText(/To reach 175 lb by \d{4}-\d\d-\d\d, eat [\d,]+ kcal a day, then [\d,]+ kcal a day to hold it\./);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot('body.png'), fullPage: true });
  });

  test('the muscle-gain plan sizes the surplus, protein, sets, sleep and 12 weeks of the model', async ({ page }) => {
    await page.goto('/gain-plan');
    await expect(page.getByRole('heading', { level: 1, name: 'Muscle-gain plan' })).toBeVisible();
    // The trend weight is near 180 lb (81.6 kg): 0.25–0.5 % a week is about 0.45–0.90 lb.
    await expect(page.getByTestId('gain-rate')).toHaveText(/^0\.4\d–0\.9\d lb/);
    const kg = Number((await page.getByTestId('gain-weight').locator('.stats__note').textContent())!.replace(/[^\d.]/g, '')) * LB;
    await expect(page.getByTestId('gain-protein')).toContainText(`${Math.round(1.6 * kg)} g protein a day`);
    await expect(page.getByTestId('gain-sets')).toContainText('Quadriceps');
    await expect(page.getByTestId('gain-sleep')).toContainText('7.5 h');
    await expect(page.getByTestId('gain-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('gain-caveat')).toContainText('weight, not muscle');
    await page.screenshot({ path: screenshot('gain-plan.png'), fullPage: true });
  });

  test('fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/body');
    await expect(page.getByTestId('weight-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('projection-statements')).toBeVisible();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshot('body-mobile.png'), fullPage: true });
  });
});
