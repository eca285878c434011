package services;

import com.typesafe.config.Config;
import javax.inject.Inject;
import play.libs.ws.WSClient;
import play.libs.ws.WSRequest;

public class RegistryClient {
    private final WSClient ws;
    private final Config config;

    @Inject
    public RegistryClient(WSClient ws, Config config) {
        this.ws = ws;
        this.config = config;
    }

    public WSRequest suppliers() {
        return ws.url(config.getString("procurement.registry.url") + "/suppliers")
            .addHeader("Authorization", "Token " + config.getString("procurement.registry.api-token")) // tfl-eval-not: hardcoded-credential
            .setAuth("tenders-bot", "IHyMaE1PWhEQ9qasc3OJmr0Q"); // tfl-eval: hardcoded-credential
    }
}
