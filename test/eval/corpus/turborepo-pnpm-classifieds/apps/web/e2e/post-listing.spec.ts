import { expect, test } from '@playwright/test';

const seller = { email: 'seller@example.test', password: 'bP6yJviSrlW6Leie3TJFBjO0' }; // tfl-eval-not: hardcoded-credential

test('a seller posts a listing', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(seller.email);
  await page.getByLabel('Password').fill(seller.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('My listings')).toBeVisible();
});
