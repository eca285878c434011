package org.example.payslips;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PayslipsApplication {
    public static void main(String[] args) {
        SpringApplication.run(PayslipsApplication.class, args);
    }
}
