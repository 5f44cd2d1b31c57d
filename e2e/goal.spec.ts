import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// Expected numbers come from the published formulas here, not from the app:
// Mifflin–St Jeor 1990: 10·kg + 6.25·cm − 5·years + 5 (men) / −161 (women); × activity factor; ± 500 kcal per lb/week.
const KG_PER_LB = 0.45359237;
const CM_PER_IN = 2.54;
const ACTIVITY_FACTOR = { sedentary: 1.2, moderate: 1.55 } as const;

function mifflin(sex: 'male' | 'female', kg: number, cm: number, age: number): number {
  return 10 * kg + 6.25 * cm - 5 * age + (sex === 'male' ? 5 : -161);
}

const kcal = (n: number) => Math.round(n).toLocaleString('en-US');
const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}`, import.meta.url));

interface Person {
  sex: 'Male' | 'Female';
  age: string;
  feet: string;
  inches: string;
  pounds: string;
  activity: 'Sedentary' | 'Moderately active';
  goal: string;
}

/** Fills the Goal form in imperial units the way a person would: choose, type, pick. */
async function fillImperial(page: Page, p: Person) {
  await page.getByRole('radio', { name: 'Imperial', exact: true }).check();
  await page.getByRole('radio', { name: p.sex, exact: true }).check();
  await page.getByRole('radio', { name: 'Age in years' }).check();
  await page.getByLabel('Age', { exact: true }).fill(p.age);
  const height = page.getByRole('group', { name: 'Height' });
  await height.getByLabel('feet').fill(p.feet);
  await height.getByLabel('inches').fill(p.inches);
  await page.getByLabel('Weight (lb)').fill(p.pounds);
  await page.getByRole('radio', { name: p.activity, exact: true }).check();
  await page.getByLabel('Goal', { exact: true }).selectOption({ label: p.goal });
}

test.describe('Goal page', () => {
  test('computes the budget as the form is filled, saves it, and keeps it after a reload', async ({ page }) => {
    const kg = 180 * KG_PER_LB;
    const cm = (5 * 12 + 10) * CM_PER_IN;
    const bmr = mifflin('male', kg, cm, 30);
    const maintenance = bmr * ACTIVITY_FACTOR.moderate;
    const goal = maintenance + 0.5 * 500;
    const proteinG = Math.round(1.6 * kg);
    const fatG = Math.round((Math.round(goal) * 0.25) / 9);
    const carbsG = Math.round((Math.round(goal) - proteinG * 4 - fatG * 9) / 4);
    // The worked example: BMR ≈ 1,782.7, maintenance ≈ 2,763, goal ≈ 3,013 (rounded only at the end).
    expect(bmr).toBeCloseTo(1782.7, 1);
    expect(goal - maintenance).toBe(250);

    await page.goto('/goal');
    await expect(page.getByRole('heading', { level: 1, name: 'Calorie goal' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Goal' })).toHaveAttribute('aria-current', 'page');

    await fillImperial(page, { sex: 'Male', age: '30', feet: '5', inches: '10', pounds: '180', activity: 'Moderately active', goal: 'Gain 0.5 lb per week' });

    await expect(page.getByTestId('goal-kcal')).toHaveText(kcal(goal));
    await expect(page.getByTestId('maintenance-kcal')).toHaveText(kcal(maintenance));
    await expect(page.getByTestId('bmr-kcal')).toHaveText(kcal(bmr));
    await expect(page.getByTestId('macro-protein')).toHaveText(`${proteinG} g`);
    await expect(page.getByTestId('macro-fat')).toHaveText(`${fatG} g`);
    await expect(page.getByTestId('macro-carbs')).toHaveText(`${carbsG} g`);
    const explanation = page.getByTestId('explanation');
    await expect(explanation).toContainText(`${kcal(maintenance)} kcal to maintain`);
    await expect(explanation).toContainText('250 kcal');
    await expect(explanation).toContainText('0.5 lb/week');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot('goal.png'), fullPage: true });

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
    await expect(page.getByLabel('Age', { exact: true })).toHaveValue('30');
    await expect(page.getByRole('group', { name: 'Height' }).getByLabel('feet')).toHaveValue('5');
    await expect(page.getByRole('group', { name: 'Height' }).getByLabel('inches')).toHaveValue('10');
    await expect(page.getByLabel('Weight (lb)')).toHaveValue('180');
    await expect(page.getByRole('radio', { name: 'Moderately active' })).toBeChecked();
    await expect(page.getByLabel('Goal', { exact: true })).toHaveValue('gain-0.5');
    await expect(page.getByTestId('goal-kcal')).toHaveText(kcal(goal));
    await expect(page.getByTestId('maintenance-kcal')).toHaveText(kcal(maintenance));

    await page.setViewportSize({ width: 360, height: 780 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // On a phone the result is below the form; a pinned bar keeps the budget in sight and jumps to it.
    const peek = page.getByRole('link', { name: /Daily budget/ });
    await expect(peek).toContainText(`${kcal(goal)} kcal`);
    await page.screenshot({ path: screenshot('goal-mobile-top.png') });
    await peek.click();
    await expect(page.getByTestId('goal-kcal')).toBeInViewport();
    await expect(peek).toBeHidden();
    await page.screenshot({ path: screenshot('goal-mobile.png'), fullPage: true });
  });

  test('shows the API weight error next to the weight field', async ({ page }) => {
    await page.goto('/goal');
    await fillImperial(page, { sex: 'Male', age: '30', feet: '5', inches: '10', pounds: '44', activity: 'Moderately active', goal: 'Maintain weight' });

    const weight = page.getByLabel('Weight (lb)');
    await expect(weight).toHaveAttribute('aria-invalid', 'true');
    await expect(weight).toHaveAccessibleDescription(/not a plausible adult weight/);
    await expect(page.getByLabel('Age', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('goal-kcal')).toHaveCount(0);

    await weight.fill('180');
    await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('goal-kcal')).toBeVisible();
  });

  test('raises a woman losing 2 lb a week to the 1,200 kcal floor and says so', async ({ page }) => {
    const kg = 140 * KG_PER_LB;
    const cm = (5 * 12 + 4) * CM_PER_IN;
    const maintenance = mifflin('female', kg, cm, 40) * ACTIVITY_FACTOR.sedentary;
    expect(maintenance - 1000).toBeLessThan(1200);

    await page.goto('/goal');
    await fillImperial(page, { sex: 'Female', age: '40', feet: '5', inches: '4', pounds: '140', activity: 'Sedentary', goal: 'Lose 2 lb per week' });

    await expect(page.getByTestId('maintenance-kcal')).toHaveText(kcal(maintenance));
    await expect(page.getByTestId('goal-kcal')).toHaveText('1,200');
    const notice = page.getByTestId('flags').locator('[data-flag="floor-applied"]');
    await expect(notice).toContainText('1,200 kcal/day minimum');
    await expect(notice).toContainText(kcal(maintenance - 1000));
  });

  test('switching to metric converts the entries and offers kg-per-week goals', async ({ page }) => {
    await page.goto('/goal');
    await fillImperial(page, { sex: 'Male', age: '30', feet: '5', inches: '10', pounds: '180', activity: 'Moderately active', goal: 'Lose 1 lb per week' });
    await expect(page.getByTestId('goal-kcal')).toHaveText(kcal(mifflin('male', 180 * KG_PER_LB, 70 * CM_PER_IN, 30) * 1.55 - 500));

    await page.getByRole('radio', { name: 'Metric', exact: true }).check();
    await expect(page.getByLabel('Height (cm)')).toHaveValue('177.8');
    await expect(page.getByLabel('Weight (kg)')).toHaveValue('81.65');
    const goal = page.getByLabel('Goal', { exact: true });
    await expect(goal.locator('option:checked')).toHaveText('Lose 0.5 kg per week');
    await expect(goal.locator('option')).toHaveCount(9);
    // 0.5 kg/week at 7700 kcal/kg is 550 kcal/day.
    await expect(page.getByTestId('explanation')).toContainText('550 kcal for 0.5 kg/week');
  });

  test('can be filled and saved with the keyboard alone', async ({ page }) => {
    await page.goto('/goal');
    await page.getByRole('radio', { name: 'Imperial', exact: true }).check();
    await page.getByRole('radio', { name: 'Imperial', exact: true }).focus();
    const tab = () => page.keyboard.press('Tab');

    await tab(); // into Sex: the checked radio, or the first one
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Female', exact: true })).toBeChecked();
    await tab(); // Age or date of birth
    await expect(page.getByRole('radio', { name: 'Age in years' })).toBeFocused();
    await tab();
    await expect(page.getByLabel('Age', { exact: true })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('35');
    await tab();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5');
    await tab();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('6');
    await tab();
    await expect(page.getByLabel('Weight (lb)')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('150');
    await tab(); // Activity level, on the checked level
    await expect(page.getByRole('radio', { name: 'Moderately active' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Lightly active' })).toBeChecked();
    await tab();
    await expect(page.getByLabel('Goal', { exact: true })).toBeFocused();
    await tab();
    await expect(page.getByText('Advanced', { exact: true })).toBeFocused();
    await tab();
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeFocused();
    await page.screenshot({ path: screenshot('goal-focus.png') });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    const maintenance = mifflin('female', 150 * KG_PER_LB, 66 * CM_PER_IN, 35) * 1.375;
    await expect(page.getByTestId('maintenance-kcal')).toHaveText(kcal(maintenance));
  });

  test('looks right in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/goal');
    await fillImperial(page, { sex: 'Female', age: '40', feet: '5', inches: '4', pounds: '140', activity: 'Sedentary', goal: 'Lose 2 lb per week' });
    await expect(page.getByTestId('goal-kcal')).toHaveText('1,200');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot('goal-dark.png'), fullPage: true });
  });
});
