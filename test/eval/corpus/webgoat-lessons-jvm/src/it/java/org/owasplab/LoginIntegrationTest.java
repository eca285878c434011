package org.owasplab;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

class LoginIntegrationTest {

  @Test
  void registersAndLogsIn() {
    RestAssured.given()
        .formParam("username", "it-user")
        .formParam("password", "it-password") // tfl-eval-not: hardcoded-credential
        .post("/lab/register.mvc")
        .then()
        .statusCode(302);
  }
}
