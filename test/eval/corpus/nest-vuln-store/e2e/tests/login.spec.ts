import { expect, test } from '@playwright/test';

const ADMIN = { email: 'admin@vulnstore.test', password: 'admin123' }; // tfl-eval-not: hardcoded-credential

test('admin can log in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Administration')).toBeVisible();
});

test('rejects SQL injection in the password field', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Password').fill("' OR 1=1 --");
  await expect(page.getByText('Invalid email or password')).toBeVisible();
});
