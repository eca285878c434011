package org.example.permits;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PermitsApplication {
    public static void main(String[] args) {
        SpringApplication.run(PermitsApplication.class, args);
    }
}
