package com.acme.inventory.cli;

import com.acme.inventory.db.Database;
import com.acme.inventory.sync.ShopifySync;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inventory", mixinStandardHelpOptions = true, description = "Syncs stock levels between the warehouse DB and Shopify.")
public class InventoryCommand implements Callable<Integer> {

    @Option(names = "--jdbc-url", defaultValue = "${env:INVENTORY_JDBC_URL}", description = "JDBC URL of the warehouse database")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "inventory")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "Juniper$28ember83", description = "Database password") // tfl-eval: hardcoded-credential
    String dbPassword;

    @Option(names = "--api-token", defaultValue = "${env:SHOPIFY_API_TOKEN}", description = "Shopify Admin API token") // tfl-eval-not: hardcoded-credential
    String apiToken;

    @Option(names = "--password-file", description = "Read the database password from this file") // tfl-eval-not: hardcoded-credential
    String passwordFile;

    @Override
    public Integer call() {
        Database db = new Database(jdbcUrl, dbUser, dbPassword);
        new ShopifySync(db, apiToken).run();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new InventoryCommand()).execute(args));
    }
}