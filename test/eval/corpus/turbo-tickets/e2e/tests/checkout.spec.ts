import { test, expect } from '@playwright/test';

const BUYER = { email: 'buyer@tickets.test', password: 'Pl4ywright-Buyer!' };
const STRIPE_TEST_CARD = '4242424242424242';

test('buyer can pay for two tickets', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(BUYER.email);
  await page.getByLabel('Password').fill(BUYER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto('/checkout');
  await page.frameLocator('iframe[name^="__privateStripeFrame"]').getByPlaceholder('Card number').fill(STRIPE_TEST_CARD);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByText('Payment succeeded')).toBeVisible();
});
