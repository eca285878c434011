describe('staff login', () => {
  beforeEach(() => cy.task('db:seed'));

  it('signs in a receptionist', () => {
    cy.visit('/login');
    cy.get('[data-test=email]').type('frontdesk@vetclinic.test');
    cy.get('[data-test=password]').type('Receptionist#2024'); // tfl-eval-not: hardcoded-credential
    cy.get('[data-test=submit]').click();
    cy.contains('Today\'s appointments');
  });

  it('shows an error for a wrong password', () => {
    cy.visit('/login');
    cy.get('[data-test=email]').type('frontdesk@vetclinic.test');
    cy.get('[data-test=password]').type('wrong-password'); // tfl-eval-not: hardcoded-credential
    cy.get('[data-test=submit]').click();
    cy.contains('Invalid email or password');
  });
});
