import { test, expect } from '@playwright/test';

test('logs in', async ({ page }) => {
  await page.goto('http://localhost:3000/login');
  await page.fill('#password', 'e2e-user-pass');
  await expect(page).toHaveURL(/dashboard/);
});
