package org.library.config;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import org.library.loans.Member;
import org.library.loans.MemberRepository;

@Configuration
@Profile("dev")
public class DemoDataLoader {
    @Bean
    CommandLineRunner demoMembers(MemberRepository members) {
        return args -> members.save(new Member("librarian@library.test", "shelf-demo-42")); // tfl-eval-not: hardcoded-credential
    }
}
