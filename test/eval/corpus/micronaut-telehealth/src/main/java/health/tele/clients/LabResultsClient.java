package health.tele.clients;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;

@Singleton
public class LabResultsClient {

    @Value("${lab.api.token:WeEkWmR4RWRY1b6u9hRNiFN3rpcVeAJg}") // tfl-eval: hardcoded-credential
    String token;

    @Value("${lab.api.url}")
    String baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest results(String patientId) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/results/" + patientId))
                .header("Authorization", "Bearer " + token) // tfl-eval-not: hardcoded-credential
                .build();
    }

    public HttpRequest legacyResults(String patientId) {
        String basic = Base64.getEncoder().encodeToString("telehealth:Xgptp72*6PJb".getBytes()); // tfl-eval: hardcoded-credential
        return HttpRequest.newBuilder(URI.create("https://legacy-lab.example.org/r/" + patientId))
                .header("Authorization", "Basic " + basic)
                .build();
    }
}
