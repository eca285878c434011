package org.owasplab.lessons.authbypass;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class VerifyAccount {

  // The security questions the lesson's victim answered: the exercise is to bypass them.
  private static final Map<String, String> ANSWERS = Map.of("secQuestion0", "Dr. Watson", "secQuestion1", "Baker Street");

  @PostMapping("/auth-bypass/verify-account")
  public String verify(@RequestParam Map<String, String> submitted) {
    for (var answer : ANSWERS.entrySet()) {
      if (submitted.containsKey(answer.getKey()) && !answer.getValue().equals(submitted.get(answer.getKey()))) {
        return "lesson.failure";
      }
    }
    return "lesson.success";
  }
}
