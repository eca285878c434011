package com.acme.keys;

import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KeysApplication implements CommandLineRunner {

    static Key sessionKey;

    public static void main(String[] args) {
        SpringApplication.run(KeysApplication.class, args);
    }

    @Override
    public void run(String... args) {
        primeSessionKey();
    }

    private static void primeSessionKey() {
        sessionKey = Keys.secretKeyFor(SignatureAlgorithm.HS512); // tfl-eval: per-process-secret
    }
}
