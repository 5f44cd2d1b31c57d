import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext } from '@playwright/test';

const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));

// The shared one-person server holds other specs' workouts (logged today). This history sits in three weeks
// of February 2016 and the page is asked for the report as of its last day, so nothing else falls in it.
const MONDAYS = ['2016-02-01', '2016-02-08', '2016-02-15'];
const AS_OF = '2016-02-21';
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function exerciseId(api: APIRequestContext, q: string, name: string): Promise<string> {
  const res = await api.get(`/api/exercises?q=${encodeURIComponent(q)}&limit=5`);
  expect(res.status()).toBe(200);
  const hit = ((await res.json()) as Array<{ id: string; name: string }>).find((e) => e.name === name);
  expect(hit, `${name} in the catalog`).toBeTruthy();
  return hit!.id;
}

/** Upper-body-only training: bench press, rows and overhead presses on Monday, Wednesday and Friday for three weeks. */
async function seedUpperBodyOnly(api: APIRequestContext) {
  const [bench, row, ohp] = [
    await exerciseId(api, 'barbell bench press', 'Barbell Bench Press'),
    await exerciseId(api, 'barbell row', 'Barbell Row'),
    await exerciseId(api, 'overhead press', 'Barbell Overhead Press'),
  ];
  const days = MONDAYS.flatMap((monday) => [0, 2, 4].map((n) => addDays(monday, n)));
  for (const [i, date] of days.entries()) {
    const sets = (kg: number, reps: number) => [{ load: kg / 2, reps: 8, type: 'warmup' }, ...[1, 2, 3, 4].map(() => ({ load: kg + i, reps }))];
    const res = await api.post('/api/workouts', {
      data: {
        date,
        name: `Upper ${i + 1}`,
        exercises: [
          { exerciseId: bench, sets: sets(80, 5) },
          { exerciseId: row, sets: sets(70, 8) },
          { exerciseId: ohp, sets: sets(45, 6) },
        ],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
}

test.describe('Balance page', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('shows that the legs are behind after three weeks of upper-body-only training, on the body map too', async ({ page }) => {
    await seedUpperBodyOnly(page.request);
    await page.goto(`/balance?asOf=${AS_OF}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Training balance' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Balance', exact: true })).toHaveAttribute('aria-current', 'page');

    // The verdict first, in words a person reads at a glance.
    const verdict = page.getByTestId('balance-verdict');
    await expect(verdict.getByRole('heading', { name: 'Your legs are behind' })).toBeVisible();
    await expect(page.getByTestId('lower-share')).toContainText('0%');
    await expect(page.getByTestId('legs-last-trained')).toHaveText('never');

    // The lower-body flags with a suggestion that names squats.
    const flags = page.getByTestId('balance-flags');
    await expect(flags.locator('[data-code="lower-body-gap"]')).toContainText('No lower-body training in the 20 days since you started');
    await expect(flags.locator('[data-code="lower-share-low"]')).toBeVisible();
    const suggestions = page.getByTestId('balance-suggestions');
    await expect(suggestions.getByText(/Add ~\d+ hard lower-body sets a week/)).toBeVisible();
    await expect(suggestions.getByRole('link', { name: 'Barbell Back Squat' }).first()).toBeVisible();

    // The body map (its own chunk): legs grey and outlined, chest and back coloured; every muscle has a label.
    const map = page.getByTestId('body-map');
    await expect(map).toBeVisible();
    await expect(map.getByRole('img', { name: /^Quadriceps: 0 hard sets a week \(not trained\)/ })).toHaveAttribute('data-band', 'none');
    await expect(map.getByRole('img', { name: /^Hamstrings: 0 hard sets a week/ })).toHaveAttribute('class', /body-map__muscle--flagged/);
    await expect(map.locator('[data-muscle="chest"]')).toHaveAttribute('data-band', 'target');
    await expect(map.locator('[data-muscle="upper-back"]')).not.toHaveAttribute('data-band', 'none');

    // The table alternative holds the same numbers: 4 bench sets × 3 days a week = 12 chest sets.
    await page.getByText('The same as a table').click();
    await expect(page.getByTestId('muscle-table').locator('tr[data-muscle="chest"] td').first()).toHaveText(/^12 /);
    await expect(page.getByTestId('muscle-table').locator('tr[data-muscle="quadriceps"] td').first()).toHaveText(/^0 /);

    // Weekly charts (uPlot, loaded on demand) and the strength card.
    await expect(page.getByTestId('region-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('muscle-chart').locator('canvas')).toBeVisible();
    await expect(page.getByText('Log a back squat too: the other lifts are compared with it.')).toBeVisible();

    await page.screenshot({ path: screenshot('balance.png'), fullPage: true });
    // On a phone the verdict and the map come first, one column.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(verdict.getByRole('heading', { name: 'Your legs are behind' })).toBeInViewport();
    await expect(map).toBeVisible();
    await expect(page.getByTestId('muscle-chart').locator('canvas')).toBeAttached();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshot('balance-mobile.png'), fullPage: true });
  });
});
