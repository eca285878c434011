describe("login", () => {
  it("signs the admin in", () => {
    cy.fixture("users").then(({ admin }) => {
      cy.visit("/login");
      cy.get('input[type="email"]').type(admin.email);
      cy.get('input[type="password"]').type(admin.password);
      cy.contains("Sign in").click();
    });
  });
});
