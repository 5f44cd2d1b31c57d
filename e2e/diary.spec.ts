import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// Expected numbers come from the starter catalog's per-100 g values × grams ÷ 100, not from the app.
interface StarterFood {
  name: string;
  per100g: { energyKcal: number; proteinG: number };
  portions: Array<{ label: string; grams: number }>;
}
const starter = (JSON.parse(readFileSync(new URL('../data/foods.json', import.meta.url), 'utf8')) as { foods: StarterFood[] }).foods;
const food = (name: string) => starter.find((f) => f.name === name)!;
const grams = (name: string, label: string) => food(name).portions.find((p) => p.label === label)!.grams;
const of = (name: string, g: number) => ({ kcal: (food(name).per100g.energyKcal * g) / 100, protein: (food(name).per100g.proteinG * g) / 100 });
const int = (n: number) => Math.floor(n + 0.5).toLocaleString('en-US');
const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));

/** Searches, opens a food, sets the amount and unit, and adds it to the meal. */
async function addFromSearch(page: Page, query: string, name: string, amount: string, unit: string, meal: string, shot?: string) {
  await page.getByLabel('Search foods').fill(query);
  const found = page.getByRole('list', { name: 'Foods found' });
  await found.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).first().click();
  const picker = page.getByRole('form', { name: `Amount of ${name}` });
  await picker.getByLabel('Amount').fill(amount);
  await picker.getByLabel('Unit').selectOption(unit);
  if (shot) await page.screenshot({ path: screenshot(shot), fullPage: true });
  await picker.getByRole('button', { name: `Add to ${meal}` }).click();
  await expect(page.getByRole('status')).toContainText(`of ${name} to ${meal}`);
}

test.describe('Food diary', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('logs a breakfast from search on a phone, checks the totals, logs a recent food in two taps, undoes a delete', async ({ page }) => {
    const profile = await page.request.put('/api/profile', {
      data: { sex: 'female', age: 35, height: '165 cm', weight: '70 kg', activity: 'light', goal: 'lose-0.5kg', units: 'metric' },
    });
    expect(profile.ok()).toBe(true);
    const goal = (await (await page.request.get('/api/goal')).json()) as { goalKcal: number; macros: { proteinG: number } };

    await page.goto('/diary');
    await expect(page.getByRole('heading', { level: 1, name: 'Food diary' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Diary' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('diary-date')).toHaveText('Today');
    await expect(page.getByTestId('goal-kcal')).toHaveText(int(goal.goalKcal));
    await expect(page.getByTestId('remaining-kcal')).toHaveText(int(goal.goalKcal));

    await page.getByRole('link', { name: 'Add food to Breakfast' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add to Breakfast' })).toBeVisible();
    await expect(page.getByLabel('Search foods')).toBeFocused();
    // Typos, plurals and word order are fine: "eggs", "bread whole wheat".
    await addFromSearch(page, 'eggs', 'Egg, whole, raw', '2', '1 large', 'breakfast');
    await addFromSearch(page, 'bread whole wheat', 'Bread, whole-wheat', '1', '1 slice', 'breakfast');
    await addFromSearch(page, 'whole milk', 'Milk, whole', '1', '1 cup', 'breakfast', 'diary-search.png');
    await page.getByRole('link', { name: 'Done' }).click();

    const eggs = of('Egg, whole, raw', 2 * grams('Egg, whole, raw', '1 large'));
    const bread = of('Bread, whole-wheat', grams('Bread, whole-wheat', '1 slice'));
    const milk = of('Milk, whole', grams('Milk, whole', '1 cup'));
    const kcal = eggs.kcal + bread.kcal + milk.kcal;
    const breakfast = page.getByRole('region', { name: 'Breakfast' });
    await expect(breakfast.getByRole('list', { name: 'Breakfast entries' }).getByRole('listitem')).toHaveCount(3);
    await expect(page.getByTestId('meal-kcal-breakfast')).toHaveText(`${int(kcal)} kcal`);
    await expect(page.getByTestId('food-kcal')).toHaveText(int(kcal));
    await expect(page.getByTestId('exercise-kcal')).toHaveText('0');
    await expect(page.getByTestId('remaining-kcal')).toHaveText(int(goal.goalKcal - Math.floor(kcal + 0.5)));
    await expect(page.getByTestId('macro-protein')).toHaveText(`${int(eggs.protein + bread.protein + milk.protein)} / ${int(goal.macros.proteinG)} g`);
    await page.screenshot({ path: screenshot('diary.png'), fullPage: true });

    // Two taps for a recent food: "Add food" on the meal, then the food's last amount.
    await page.getByRole('link', { name: 'Add food to Lunch' }).click();
    await page.getByRole('button', { name: 'Add 2 large of Egg, whole, raw' }).click();
    await expect(page.getByRole('status')).toContainText('Added 2 large of Egg, whole, raw to lunch');
    await page.screenshot({ path: screenshot('diary-add.png'), fullPage: true });
    await page.getByRole('link', { name: 'Done' }).click();
    await expect(page.getByTestId('meal-kcal-lunch')).toHaveText(`${int(eggs.kcal)} kcal`);

    // Delete with undo.
    const lunch = page.getByRole('region', { name: 'Lunch' });
    await lunch.getByRole('button', { name: /^Egg, whole, raw/ }).click();
    await lunch.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status')).toContainText('Deleted Egg, whole, raw');
    await expect(page.getByTestId('meal-kcal-lunch')).toHaveText('0 kcal');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('meal-kcal-lunch')).toHaveText(`${int(eggs.kcal)} kcal`);
    await expect(page.getByTestId('food-kcal')).toHaveText(int(kcal + eggs.kcal));

    // The week: today's calories against the goal, drawn.
    await page.getByRole('link', { name: 'Week', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Week' })).toBeVisible();
    await expect(page.getByTestId('week-food-kcal')).toHaveText(`${int(kcal + eggs.kcal)} kcal`);
    await expect(page.getByTestId('week-chart').locator('canvas')).toBeVisible();
    await page.screenshot({ path: screenshot('diary-week.png'), fullPage: true });
  });

  test('copies a meal from the day before, undoes it, and says so when there is nothing to copy', async ({ page }) => {
    // A day of its own, far from the other tests' days: yesterday's dinner, two quick adds.
    for (const [name, energyKcal] of [['Pasta night', 650], ['Side salad', 120]] as const) {
      const logged = await page.request.post('/api/diary/entries', { data: { date: '2026-01-14', meal: 'dinner', name, energyKcal } });
      expect(logged.status()).toBe(201);
    }
    await page.goto('/diary?date=2026-01-15');
    const dinner = page.getByRole('region', { name: 'Dinner' });
    await expect(page.getByTestId('meal-kcal-dinner')).toHaveText('0 kcal');
    // Every empty meal offers the copy beside its "+ Add food", on one line at a phone's width.
    for (const meal of ['Breakfast', 'Lunch', 'Dinner', 'Snacks']) {
      const section = page.getByRole('region', { name: meal });
      const add = await section.getByRole('link', { name: `Add food to ${meal}` }).boundingBox();
      const copy = await section.getByRole('button', { name: `Copy from yesterday: ${meal}` }).boundingBox();
      expect(Math.abs(copy!.y + copy!.height / 2 - (add!.y + add!.height / 2))).toBeLessThan(2);
    }
    await page.screenshot({ path: screenshot('diary-copy.png'), fullPage: true });

    await dinner.getByRole('button', { name: 'Copy from yesterday: Dinner' }).click();
    await expect(page.getByRole('status')).toContainText('Copied 2 entries from');
    await expect(dinner.getByRole('list', { name: 'Dinner entries' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByTestId('meal-kcal-dinner')).toHaveText('770 kcal');
    await expect(page.getByTestId('food-kcal')).toHaveText('770');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('meal-kcal-dinner')).toHaveText('0 kcal');

    await page.getByRole('region', { name: 'Lunch' }).getByRole('button', { name: 'Copy from yesterday: Lunch' }).click();
    await expect(page.getByText('Nothing was logged at lunch the day before.')).toBeVisible();
    await expect(page.getByTestId('meal-kcal-lunch')).toHaveText('0 kcal');
  });
});
