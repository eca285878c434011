package com.fleet;

import io.micronaut.runtime.Micronaut;

public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args); // tfl-eval-not: no-graceful-shutdown, hardcoded-port
    }
}
