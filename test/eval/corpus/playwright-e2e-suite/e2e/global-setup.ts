import { chromium, type FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig) {
  const { baseURL } = config.projects[0]!.use;
  const browser = await chromium.launch();
  const page = await browser.newPage({ baseURL });
  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(process.env.E2E_ADMIN_EMAIL ?? 'qa-admin@shop.example.com');
  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD ?? 'zMvunT!TPBks#sWDu'); // tfl-eval-not: hardcoded-credential
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.context().storageState({ path: 'e2e/.auth/admin.json' });
  await browser.close();
}
