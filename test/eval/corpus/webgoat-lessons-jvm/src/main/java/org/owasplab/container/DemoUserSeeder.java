package org.owasplab.container;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the lesson users on a fresh database. */
@Component
@Profile("demo")
public class DemoUserSeeder implements CommandLineRunner {

  private final UserRepository users;
  private final PasswordEncoder encoder;

  public DemoUserSeeder(UserRepository users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
  }

  @Override
  public void run(String... args) {
    users.save(new LabUser("guest", encoder.encode("guest"), "ROLE_USER")); // tfl-eval-not: hardcoded-credential
    users.save(new LabUser("tom", encoder.encode("thisisasecretfortomonly"), "ROLE_USER")); // tfl-eval-not: hardcoded-credential
    users.save(new LabUser("admin", encoder.encode("Adm1nLesson!"), "ROLE_ADMIN")); // tfl-eval-not: hardcoded-credential
  }
}
