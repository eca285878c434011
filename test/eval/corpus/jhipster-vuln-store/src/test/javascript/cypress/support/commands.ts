Cypress.Commands.add('login', (username = 'admin', password = 'admin') => {
  cy.session([username, password], () => {
    cy.request({ method: 'POST', url: '/api/authenticate', body: { username, password, rememberMe: false } });
  });
});

export const E2E_USER = { username: 'user', password: 'cypress-user-pw' }; // tfl-eval-not: hardcoded-credential
