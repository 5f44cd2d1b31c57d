import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';

// A person's whole first day, as they would do it on a phone: set the goal, log a breakfast from search,
// log a leg workout, weigh in, and then see it all on the home screen. The e2e server is shared by every
// spec (one person), so food and exercise already logged today by other specs are read first and the
// checks are about what this journey adds. Expected food energy comes from the starter catalog's
// per-100 g values (data/foods.json), not from the app.
const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/journey-${name}.png`, import.meta.url));
const starter = (JSON.parse(readFileSync(new URL('../data/foods.json', import.meta.url), 'utf8')) as { foods: Array<{ name: string; per100g: { energyKcal: number }; portions: Array<{ label: string; grams: number }> }> }).foods;
const oats = starter.find((f) => f.name === 'Oats, rolled, dry')!;
const cupOfOatsKcal = (oats.per100g.energyKcal * oats.portions.find((p) => p.label === '1 cup')!.grams) / 100;
const number = async (l: Locator) => Number((await l.innerText()).replace(/[^0-9.-]/g, ''));

interface Budget {
  goal: number;
  food: number;
  exercise: number;
  remaining: number;
}

async function budgetOn(page: Page): Promise<Budget> {
  const card = page.getByTestId('budget-card');
  await expect(card).toBeVisible();
  return {
    goal: await number(card.getByTestId('budget-goal')),
    food: await number(card.getByTestId('budget-food')),
    exercise: await number(card.getByTestId('budget-exercise')),
    remaining: await number(card.getByTestId('budget-remaining')),
  };
}

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

test.describe('A new user’s journey', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('goal, breakfast, leg workout and weigh-in, then the home screen answers “how am I doing”', async ({ page }) => {
    test.setTimeout(120_000);
    // The browser's clock starts an hour back (never before today), so a 45-minute workout can be logged in seconds.
    const now = Date.now();
    const midnight = new Date(now);
    midnight.setHours(0, 0, 30, 0);
    await page.clock.install({ time: new Date(Math.max(now - 60 * 60_000, midnight.getTime())) });

    // 1. The goal (the same person the goal spec saves, so the shared profile stays the one other specs expect).
    await page.goto('/goal');
    await page.getByRole('radio', { name: 'Imperial', exact: true }).check();
    await page.getByRole('radio', { name: 'Male', exact: true }).check();
    await page.getByRole('radio', { name: 'Age in years' }).check();
    await page.getByLabel('Age', { exact: true }).fill('30');
    const height = page.getByRole('group', { name: 'Height' });
    await height.getByLabel('feet').fill('5');
    await height.getByLabel('inches').fill('10');
    await page.getByLabel('Weight (lb)').fill('180');
    await page.getByRole('radio', { name: 'Moderately active', exact: true }).check();
    await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'Gain 0.5 lb per week' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    // The saved goal, and the page showing it (its live preview may still be catching up with the form).
    const goalKcal = ((await (await page.request.get('/api/goal')).json()) as { goalKcal: number }).goalKcal;
    await expect(page.getByTestId('goal-kcal')).toHaveText(goalKcal.toLocaleString('en-US'));
    await page.screenshot({ path: screenshot('1-goal'), fullPage: true });

    // With a goal set, the first screen is Home: the budget is the goal (less anything already logged today).
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    const before = await budgetOn(page);
    expect(before.goal).toBe(goalKcal);
    expect(before.remaining).toBe(before.goal - before.food + before.exercise);
    await page.screenshot({ path: screenshot('2-home-before'), fullPage: true });

    // 2. Breakfast: search, pick, amount, add.
    await page.getByRole('link', { name: 'Log food' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Food diary' })).toBeVisible();
    await page.getByRole('link', { name: 'Add food to Breakfast' }).click();
    await page.getByLabel('Search foods').fill('rolled oats');
    await page.getByRole('list', { name: 'Foods found' }).getByRole('button', { name: /^Oats, rolled, dry/ }).first().click();
    const picker = page.getByRole('form', { name: 'Amount of Oats, rolled, dry' });
    await picker.getByLabel('Amount').fill('1');
    await picker.getByLabel('Unit').selectOption('1 cup');
    await picker.getByRole('button', { name: 'Add to breakfast' }).click();
    await expect(page.getByRole('status')).toContainText('of Oats, rolled, dry to breakfast');
    await page.getByRole('link', { name: 'Done' }).click();
    await expect(page.getByRole('region', { name: 'Breakfast' })).toContainText('Oats, rolled, dry');
    await page.screenshot({ path: screenshot('3-breakfast'), fullPage: true });

    // 3. A leg workout: back squats, three working sets, 45 minutes.
    await page.getByRole('link', { name: 'Workouts', exact: true }).click();
    await page.getByRole('button', { name: 'Start workout' }).click();
    await expect(page).toHaveURL(/\/workouts\/[0-9a-f-]{36}$/);
    const workoutId = page.url().split('/').pop()!;
    await page.getByRole('group', { name: 'Load unit' }).getByRole('button', { name: 'kg' }).click();
    await page.getByLabel('Workout name').fill('Journey leg day');
    await page.getByRole('button', { name: '+ Add exercise' }).click();
    await page.getByLabel('Search exercises').fill('back squat');
    await page.getByRole('list', { name: 'Exercises found' }).getByRole('button', { name: /^Barbell Back Squat/ }).first().click();
    const squat = page.getByRole('region', { name: 'Barbell Back Squat' });
    for (const n of [1, 2, 3]) {
      if (n > 1) await squat.getByRole('button', { name: '+ Add set' }).click();
      await squat.getByLabel(`Set ${n} load (kg)`).fill('80');
      await squat.getByLabel(`Set ${n} reps`).fill('8');
      await squat.getByRole('button', { name: `Set ${n} done` }).click();
      await expect(squat.getByRole('button', { name: `Set ${n} done` })).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await page.clock.fastForward('45:00');
    await page.getByRole('button', { name: 'Finish' }).click();
    const summary = page.getByTestId('workout-summary');
    await expect(summary.getByRole('heading', { name: 'Workout complete' })).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await expect(summary).toContainText('45:');
    await page.screenshot({ path: screenshot('4-leg-workout'), fullPage: true });
    const workout = (await (await page.request.get(`/api/workouts/${workoutId}`)).json()) as { totals: { energyKcal: number | null } };
    expect(workout.totals.energyKcal).toBeGreaterThan(50);

    // 4. A weigh-in (and last week's, noted on paper, so there is a line to draw).
    await page.getByRole('link', { name: 'Body', exact: true }).click();
    const form = page.getByRole('form', { name: 'Log a weigh-in' });
    const today = await form.getByLabel('Date').inputValue();
    const weekAgo = new Date(Date.parse(`${today}T12:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    for (const [date, lb] of [
      [weekAgo, '180.4'],
      [today, '181.2'],
    ]) {
      await form.getByLabel('Date').fill(date!);
      await form.getByLabel('Weight (lb)').fill(lb!);
      await form.getByRole('button', { name: 'Save weigh-in' }).click();
      await expect(form.getByRole('status')).toHaveText('Saved');
    }
    await page.screenshot({ path: screenshot('5-weigh-in'), fullPage: true });

    // 5. Home: the budget reflects the breakfast and the workout's energy; the balance, the trend and a tip are there.
    await goHome(page);
    const after = await budgetOn(page);
    expect(after.goal).toBe(goalKcal);
    expect(Math.abs(after.food - before.food - cupOfOatsKcal)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.exercise - before.exercise - workout.totals.energyKcal!)).toBeLessThanOrEqual(1);
    expect(after.remaining).toBe(after.goal - after.food + after.exercise);
    await expect(page.getByTestId('glance')).toContainText(`${after.remaining.toLocaleString('en-US')} kcal left to eat`);
    await expect(page.getByTestId('home-macro-protein')).toContainText('/');

    const training = page.getByTestId('workout-card');
    await expect(training.getByRole('link', { name: 'Journey leg day' })).toBeVisible();
    const balance = page.getByTestId('balance-card');
    await expect(balance.getByTestId('balance-line')).not.toBeEmpty();
    // The body map thumbnail is loaded on demand; the squats shade the quadriceps.
    await expect(balance.getByTestId('body-map-thumb').locator('[data-muscle="quadriceps"]').first()).not.toHaveAttribute('data-band', 'none');

    const trend = page.getByTestId('trend-card');
    await expect(trend.getByTestId('home-trend-weight')).toContainText('lb');
    await expect(trend).toContainText('last weigh-in 181.2 lb');
    await expect(trend.getByTestId('home-trend-chart').locator('canvas')).toBeAttached();

    const tipCard = page.getByTestId('tip-card');
    const tip = tipCard.getByTestId('tip').first();
    await expect(tip.getByRole('heading')).not.toBeEmpty();
    await expect(tip.getByTestId('tip-evidence')).toHaveText(/^(Strong evidence|Moderate evidence|Weak evidence|Expert opinion)$/);
    await expect(tip.getByTestId('tip-source')).toHaveText(/^Sources?: \S/);
    await expect(page.getByTestId('week-strip').getByRole('listitem')).toHaveCount(7);
    // One column, nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshot('6-home'), fullPage: true });

    // With the keyboard alone, from a fresh load: skip to the content, reach "Why this tip" and open it.
    await page.reload();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    const why = tip.locator('summary');
    for (let i = 0; i < 30 && !(await why.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(why).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(tip.getByRole('list', { name: 'Sources' })).toBeVisible();
    await expect(tip.getByRole('definition').first()).toBeVisible();
    await page.screenshot({ path: screenshot('7-tip-why'), fullPage: true });

    // The week follows the user's first day of the week (Settings), then goes back to Monday for the other specs.
    const week = page.getByTestId('week-strip').getByRole('listitem');
    await expect(week.first()).toHaveAttribute('aria-label', /^Mon /);
    for (const [day, short] of [
      ['Sunday', 'Sun'],
      ['Monday', 'Mon'],
    ]) {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('First day of the week').selectOption({ label: day! });
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByRole('status')).toHaveText('Saved');
      if (day === 'Sunday') await page.screenshot({ path: screenshot('8-settings'), fullPage: true });
      await goHome(page);
      await expect(week.first()).toHaveAttribute('aria-label', new RegExp(`^${short} `));
    }

    // Dismissing the tip brings the next one, and Undo brings it back.
    const first = await tip.getAttribute('data-tip');
    await tip.getByRole('button', { name: /^Dismiss/ }).click();
    await expect(tipCard.getByRole('status')).toContainText('Dismissed');
    await expect(tipCard.getByTestId('tip').first()).not.toHaveAttribute('data-tip', first!);
    await tipCard.getByRole('button', { name: 'Undo' }).click();
    await expect(tipCard.getByTestId('tip').first()).toHaveAttribute('data-tip', first!);
  });

  test('in dark mode and on a wider screen the home screen keeps its contrast and layout', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByTestId('tip-card')).toBeVisible();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 21, 19)');
    await expect(page.getByTestId('body-map-thumb')).toBeVisible();
    await page.screenshot({ path: screenshot('9-home-dark'), fullPage: true });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    // Charts take the theme's colours when drawn: draw them again in light.
    await page.reload();
    await expect(page.getByTestId('budget-card')).toBeVisible();
    await expect(page.getByTestId('home-trend-chart').locator('canvas')).toBeAttached();
    // The body map is loaded after the page (its own chunk): the picture waits for it, as the eye would.
    await expect(page.getByTestId('body-map-thumb')).toBeVisible();
    await page.screenshot({ path: screenshot('10-home-wide'), fullPage: true });
  });

  test('is installable: a manifest with 192 and 512 pixel icons and a theme colour', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const res = await request.get(href!);
    expect(res.ok()).toBe(true);
    expect(res.headers()['content-type']).toMatch(/manifest\+json|json/);
    const manifest = (await res.json()) as { name: string; start_url: string; display: string; theme_color: string; icons: Array<{ src: string; sizes: string; type: string }> };
    expect(manifest).toMatchObject({ name: 'Platewise', start_url: '/', display: 'standalone', theme_color: '#1f6f43' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png')!;
      const png = await request.get(icon.src);
      expect(png.ok()).toBe(true);
      const bytes = await png.body();
      // PNG width and height sit in the IHDR chunk at bytes 16–23.
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(size);
    }
  });
});
