package courier.legacy;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

@Singleton
public class DepotGateway {
    @Property(name = "depot.password", defaultValue = "Mk8vTq3zLw6nXc2R") // tfl-eval: hardcoded-credential
    String depotPassword;

    @Property(name = "depot.user", defaultValue = "courier")
    String depotUser;

    @Property(name = "depot.token", defaultValue = "${DEPOT_TOKEN:}") // tfl-eval-not: hardcoded-credential
    String depotToken;

    @Property(name = "depot.password-hint", defaultValue = "ask the depot manager") // tfl-eval-not: hardcoded-credential
    String passwordHint;
}
