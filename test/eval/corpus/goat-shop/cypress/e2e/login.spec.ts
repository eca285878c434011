describe('/#/login', () => {
  it('should log in Admin with SQLI attack on email field', () => {
    cy.login({ email: "admin@goat.shop'--", password: 'a' });
  });
  it('should log in Bender', () => {
    cy.login({ email: 'bender@goat.shop', password: 'OhG0dPlease1nsertLiquor!' }); // tfl-eval-not: hardcoded-credential
  });
});
