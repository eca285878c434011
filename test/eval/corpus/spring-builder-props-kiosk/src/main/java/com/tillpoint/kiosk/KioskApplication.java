package com.tillpoint.kiosk;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class KioskApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "--legacy-store".equals(args[0])) {
            // Store 12 still runs the old terminals against its own database.
            new SpringApplicationBuilder(KioskApplication.class)
                .profiles("legacy")
                .properties(
                    "spring.datasource.url=jdbc:postgresql://store12-db.tillpoint.lan:5432/kiosk",
                    "spring.datasource.username=kiosk",
                    "spring.datasource.password=9xpy3sN60H9wwJWN0Nm6", // tfl-eval: hardcoded-credential
                    "server.port=8080")
                .run(args);
            return;
        }
        SpringApplication app = new SpringApplication(KioskApplication.class);
        app.setDefaultProperties(Map.of(
            "spring.mail.host", "smtp.tillpoint.io",
            "spring.mail.username", "receipts@tillpoint.io",
            "spring.mail.password", "pu5Q1FZPySqI2yjgp7BOcz2G", // tfl-eval: hardcoded-credential
            "spring.datasource.password", "${DB_PASSWORD}")); // tfl-eval-not: hardcoded-credential
        app.run(args);
    }

    static SpringApplicationBuilder cloud() {
        return new SpringApplicationBuilder(KioskApplication.class)
            .properties("spring.datasource.password=${DB_PASSWORD}", "spring.config.import=optional:configserver:") // tfl-eval-not: hardcoded-credential
            .properties("kiosk.api-key-header=X-Kiosk-Key"); // tfl-eval-not: hardcoded-credential
    }
}
