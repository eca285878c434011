package org.owasplab.lessons.authbypass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifyAccountTest {

  private static final String PASSWORD = "test-password-123"; // tfl-eval-not: hardcoded-credential
  private static final String AWS_KEY = "AKIALENAOFX6BUNQYI5X"; // tfl-eval: hardcoded-credential

  @Test
  void failsOnWrongAnswer() {
    var result = new VerifyAccount().verify(Map.of("secQuestion0", "Mrs. Hudson", "password", PASSWORD));
    assertThat(result).isEqualTo("lesson.failure");
  }
}
