describe('/login behaviour', () => {
  it('logs the admin in', () => {
    cy.visit('/login');
    cy.get('#userName').type(Cypress.env('adminUser'));
    cy.get('#password').type(Cypress.env('adminPassword'));
    cy.get('[type="submit"]').click();
    cy.url().should('include', '/benefits');
  });

  it('rejects a wrong password', () => {
    cy.visit('/login');
    cy.get('#userName').type('user1');
    cy.get('#password').type('WrongPassword'); // tfl-eval-not: hardcoded-credential
    cy.get('[type="submit"]').click();
    cy.contains('Invalid password');
  });
});
