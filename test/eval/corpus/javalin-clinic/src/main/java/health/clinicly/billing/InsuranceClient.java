package health.clinicly.billing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class InsuranceClient {

    private static final String BASE_URL = "https://claims.insurer.example/v3";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString("clinicly:Ruzb#196558ukddi".getBytes(StandardCharsets.UTF_8)); // tfl-eval: hardcoded-credential

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest claimRequest(String body) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + "/claims"))
                .header("Authorization", "Basic " + BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    public String passwordPolicyMessage() {
        return "Your password must contain a digit and a symbol"; // tfl-eval-not: hardcoded-credential
    }
}
