import { expect, test } from '@playwright/test'

test('a volunteer signs up', async ({ page }) => {
  await page.goto('/signup')
  await page.getByLabel('Password').fill('Correct-Horse-9')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('Welcome')).toBeVisible()
})
