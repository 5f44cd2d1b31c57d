import { expect, test } from '@playwright/test';
import { multiUserPort } from '../playwright.config.js';

test.use({ baseURL: `http://127.0.0.1:${multiUserPort}` });

test('a multi-user server asks for an account, and the session carries the CSRF token', async ({ page }) => {
  await page.goto('/goal');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByRole('button', { name: 'New here? Create an account' }).click();
  await page.getByLabel('Username').fill('e2e-first');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('must be at least 12 characters')).toBeVisible();

  await page.getByLabel('Password').fill('a long and happy passphrase');
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Calorie goal' })).toBeVisible();
  await expect(page.getByText('e2e-first')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/signed-in.png' });

  // Saving changes state, so it only works if the page sends the session's CSRF token.
  await page.getByRole('radio', { name: 'Female', exact: true }).check();
  await page.getByRole('radio', { name: 'Age in years' }).check();
  await page.getByLabel('Age', { exact: true }).fill('31');
  const height = page.getByRole('group', { name: 'Height' });
  await height.getByLabel('feet').fill('5');
  await height.getByLabel('inches').fill('6');
  await page.getByLabel('Weight (lb)').fill('150');
  await page.getByRole('radio', { name: 'Lightly active', exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // After a reload the token comes back from /api/auth/me and saving still works.
  await page.reload();
  await expect(page.getByLabel('Age', { exact: true })).toHaveValue('31');
  await page.getByLabel('Age', { exact: true }).fill('32');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username').fill('e2e-first');
  await page.getByLabel('Password').fill('not the passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong username or password');
  await page.screenshot({ path: 'e2e/screenshots/sign-in.png' });
});
