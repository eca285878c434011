import { Given, When } from '@cucumber/cucumber';

const SHOPPER = { email: 'shopper@webshop.test', password: 'bdd-shopper-pw' }; // tfl-eval-not: hardcoded-credential

Given('a logged-in shopper', async function () {
  await this.page.goto('/login');
  await this.page.fill('#email', SHOPPER.email);
  await this.page.fill('#password', SHOPPER.password);
  await this.page.click('text=Sign in');
});

When('they pay with the test card', async function () {
  await this.page.fill('#card', '4242424242424242');
  await this.page.fill('#cvc', '123');
});
