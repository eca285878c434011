package com.parcelroute.couriers;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CouriersApplication {
    private static final Logger log = LogManager.getLogger(CouriersApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(CouriersApplication.class, args);
        log.info("couriers started"); // tfl-eval-not: file-logger
    }
}
