describe('login', () => {
  it('rejects a wrong password', async () => {
    await browser.url('/login');
    await $('#email').setValue('carl@vulnapi.dev');
    await $('#password').setValue('not-carls-password'); // tfl-eval-not: hardcoded-credential
    await $('button=Sign in').click();
    await expect($('.error')).toHaveText('Invalid credentials');
  });
});
