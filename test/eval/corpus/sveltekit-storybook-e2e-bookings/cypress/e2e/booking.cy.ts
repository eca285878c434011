describe('booking flow', () => {
  it('books a room', () => {
    cy.fixture('users').then(({ staff }) => {
      cy.visit('/login');
      cy.get('input[name=email]').type(staff.email);
      cy.get('input[name=password]').type(staff.password);
      cy.get('button[type=submit]').click();
    });
    cy.request({ url: '/api/rooms', headers: { Authorization: 'token ghp_WYfXMBRtkQphVnNwxuS3wUarnQB9Sl74D58e' } }); // tfl-eval: hardcoded-credential
  });
});
