import { expect, test } from '@playwright/test';

test('guest checkout with a test card', async ({ page }) => {
  await page.goto('/products/blue-mug');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('link', { name: 'Checkout' }).click();
  const stripe = page.frameLocator('iframe[name^="__privateStripeFrame"]').first();
  await stripe.getByPlaceholder('Card number').fill('4242 4242 4242 4242');
  await stripe.getByPlaceholder('MM / YY').fill('12 / 34');
  await stripe.getByPlaceholder('CVC').fill('123');
  await page.getByLabel('Password (optional)').fill('guest-checkout-pass'); // tfl-eval-not: hardcoded-credential
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByText('Thank you for your order')).toBeVisible();
});

test('api smoke with the partner key', async ({ request }) => {
  const res = await request.get('/api/v1/health', { headers: { 'x-api-key': 'sk_live_OeFF44WhBG5QmTcZUQoOiTHlih7kyJRd1v3FfrKgTrKNPSlEgsJ' } }); // tfl-eval: hardcoded-credential
  expect(res.ok()).toBeTruthy();
});
