package io.vulnblog.bootstrap;

import io.vulnblog.model.Author;
import io.vulnblog.repo.AuthorRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class DbSeeder {

  private final AuthorRepository authors;

  public DbSeeder(AuthorRepository authors) {
    this.authors = authors;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void seed() {
    if (authors.count() > 0) return;
    authors.save(new Author("editor", "editor@vulnblog.io", "ed1tor-blog-pw")); // tfl-eval-not: hardcoded-credential
    Author admin = new Author("admin", "admin@vulnblog.io", null);
    admin.setPassword("blog-admin-2024"); // tfl-eval-not: hardcoded-credential
    authors.save(admin);
  }
}
