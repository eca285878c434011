package health.tele.clients;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Headers;
import io.micronaut.http.client.annotation.Client;

@Client("https://api.rxpartner.com")
@Headers({
    @Header(name = "X-Partner-Key", value = "9MuBHXVCyjm9ZX7sklWt6LWKc4DFZOSy") // tfl-eval: hardcoded-credential
})
public interface PharmacyClient {

    @Get("/prescriptions/{id}")
    String prescription(String id, @Header("Authorization") String authorization); // tfl-eval-not: hardcoded-credential
}
