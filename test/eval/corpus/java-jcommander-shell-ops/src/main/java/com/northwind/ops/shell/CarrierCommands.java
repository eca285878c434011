package com.northwind.ops.shell;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
public class CarrierCommands {

    private final CarrierClient carriers;

    public CarrierCommands(CarrierClient carriers) {
        this.carriers = carriers;
    }

    @ShellMethod(key = "carrier rates", value = "Fetch today's rates from a carrier")
    public String rates(
            @ShellOption(help = "Carrier code, e.g. DHL") String carrier,
            @ShellOption(defaultValue = "NhjbzlcBZwOSiQpwKTb7UZDO", help = "Carrier API key") String apiKey, // tfl-eval: hardcoded-credential
            @ShellOption(defaultValue = ShellOption.NULL, help = "Account password") String password, // tfl-eval-not: hardcoded-credential
            @ShellOption(defaultValue = "EUR") String currency) {
        return carriers.rates(carrier, apiKey, password, currency).toString();
    }

    @ShellMethod(key = "carrier label", value = "Print a shipping label")
    public String label(
            @ShellOption String shipmentId,
            @ShellOption(value = {"--token", "-t"}, defaultValue = "AgNAshkTUMsmmbH7vmhuTtg4") String token) { // tfl-eval: hardcoded-credential
        return carriers.label(shipmentId, token);
    }

    @ShellMethod(key = "carrier ping", value = "Check a carrier is reachable")
    public String ping(@ShellOption(defaultValue = "__NONE__") String secret) { // tfl-eval-not: hardcoded-credential
        return carriers.ping(secret);
    }
}
