package com.pawsandclaws.kennel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KennelApplication {
    public static void main(String[] args) {
        SpringApplication.run(KennelApplication.class, args);
    }
}
