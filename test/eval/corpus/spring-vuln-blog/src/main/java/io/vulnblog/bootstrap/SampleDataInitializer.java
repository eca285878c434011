package io.vulnblog.bootstrap;

import java.util.List;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("sample")
public class SampleDataInitializer implements CommandLineRunner {

  static final List<String[]> READERS = List.of(
      new String[] {"reader1", "reader-one-pw"}, new String[] {"reader2", "reader-two-pw"});

  @Override
  public void run(String... args) {
    String defaultPassword = "sample-reader-pw"; // tfl-eval-not: hardcoded-credential
    READERS.forEach(r -> System.out.println("sample reader " + r[0] + " / " + defaultPassword.length()));
  }
}
