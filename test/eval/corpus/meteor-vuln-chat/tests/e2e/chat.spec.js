describe('chat', () => {
  it('moderator can delete a message', () => {
    cy.login('moderator', 'mod-chat-pw'); // tfl-eval-not: hardcoded-credential
    cy.get('.message').first().find('.delete').click();
  });
});
