package org.acme.vets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class VetsApplication {
    public static void main(String[] args) {
        SpringApplication.run(VetsApplication.class, args);
    }
}
