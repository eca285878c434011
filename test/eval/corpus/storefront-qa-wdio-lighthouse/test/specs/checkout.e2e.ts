describe('checkout', () => {
  it('signs in and pays', async () => {
    await browser.url('/login');
    await $('#email').setValue('qa-bot@acme-storefront.example');
    await $('#password').setValue('correct-horse-battery'); // tfl-eval-not: hardcoded-credential
    await $('button[type=submit]').click();
    await expect($('h1')).toHaveText('Your basket');
  });
});
