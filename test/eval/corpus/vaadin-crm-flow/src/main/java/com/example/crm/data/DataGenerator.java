package com.example.crm.data;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
@Profile("dev")
public class DataGenerator {

    // Demo rows for a fresh local database; the dev profile only.
    @Bean
    CommandLineRunner seedDemoData(ContactRepository contacts, CompanyRepository companies) {
        return args -> {
            if (contacts.count() > 0) return;
            var acme = companies.save(new Company("Acme Corp"));
            contacts.save(new Contact("Ana", "Ng", "ana.ng@acme.test", acme));
            contacts.save(new Contact("Ben", "Ortiz", "ben.ortiz@acme.test", acme));
        };
    }
}
