import { test as setup } from '@playwright/test';

const STAFF_PASSWORD = 'staff-e2e-password';

setup('authenticate', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('staff@bookings.test');
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.context().storageState({ path: 'e2e/.auth/staff.json' });
});
